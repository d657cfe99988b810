#include "SeriesStatus.h"

#include "devices/ReadingStore.h"

#include <algorithm>

namespace SeriesStatus {

qint64 usualInterval(const DashboardContext &context, const Dashboards::SeriesRef &ref)
{
    if (!context.store)
        return 0;
    // Nine readings, eight intervals: the median ignores one late or doubled reading.
    const auto latest = context.store->latest(ref.service, ref.node, ref.name, 9);
    if (latest.size() < 2)
        return 0;
    std::vector<qint64> intervals;
    for (qsizetype i = 1; i < latest.size(); ++i)
        intervals.push_back(latest.at(i).timeMs - latest.at(i - 1).timeMs);
    std::nth_element(intervals.begin(), intervals.begin() + intervals.size() / 2, intervals.end());
    return std::max<qint64>(intervals[intervals.size() / 2], 1);
}

bool isStale(const DashboardContext &context, const Dashboards::SeriesRef &ref, qint64 nowMs, int staleIntervals)
{
    if (!context.available(ref.service, ref.node))
        return true;
    if (!context.store)
        return false;
    const auto last = context.store->last(ref.service, ref.node, ref.name);
    const qint64 interval = usualInterval(context, ref);
    if (!last || interval <= 0)
        return false;
    // Under a second of silence is never staleness, however fast the series is.
    return nowMs - last->timeMs > std::max<qint64>(staleIntervals * interval, 1000);
}

}  // namespace SeriesStatus
