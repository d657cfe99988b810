// Fewer points for drawing: a chart needs no more than a couple of points per pixel column.
#pragma once

#include "Sample.h"

#include <QList>
#include <QPointF>
#include <span>

namespace Decimation {

// x = ms since the epoch (as QDateTimeAxis wants), y = value. At most ~2*columns+2 points,
// first and last sample kept; samples outside [fromMs, toMs] ignored. Per column, its minimum
// and its maximum in time order, so spikes survive at any zoom. samples: in time order.
QList<QPointF> minMax(std::span<const Sample> samples, qint64 fromMs, qint64 toMs, int columns);

// Largest-Triangle-Three-Buckets (Steinarsson 2013): threshold points that keep the shape of
// the line; first and last kept. For smooth series where min/max looks noisy.
QList<QPointF> lttb(std::span<const Sample> samples, qint64 fromMs, qint64 toMs, int threshold);

}  // namespace Decimation
