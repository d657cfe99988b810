// How a series is doing: its usual interval between readings and whether it is stale (its
// device is unavailable, or no reading came for staleIntervals usual intervals).
#pragma once

#include "DashboardContext.h"
#include "DashboardData.h"

namespace SeriesStatus {

// The median of the last few intervals, 0 while there are fewer than two readings.
qint64 usualInterval(const DashboardContext &context, const Dashboards::SeriesRef &ref);
bool isStale(const DashboardContext &context, const Dashboards::SeriesRef &ref, qint64 nowMs, int staleIntervals);

}  // namespace SeriesStatus
