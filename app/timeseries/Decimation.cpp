#include "Decimation.h"

#include <algorithm>
#include <cmath>

namespace Decimation {
namespace {

// The samples inside [fromMs, toMs].
std::span<const Sample> within(std::span<const Sample> samples, qint64 fromMs, qint64 toMs)
{
    const auto begin = std::lower_bound(samples.begin(), samples.end(), fromMs,
                                        [](const Sample &s, qint64 t) { return s.timeMs < t; });
    const auto end = std::upper_bound(begin, samples.end(), toMs,
                                      [](qint64 t, const Sample &s) { return t < s.timeMs; });
    return {begin, end};
}

QPointF point(const Sample &s)
{
    return QPointF(double(s.timeMs), s.value);
}

QList<QPointF> all(std::span<const Sample> samples)
{
    QList<QPointF> points;
    points.reserve(qsizetype(samples.size()));
    for (const Sample &s : samples)
        points.append(point(s));
    return points;
}

}  // namespace

QList<QPointF> minMax(std::span<const Sample> samples, qint64 fromMs, qint64 toMs, int columns)
{
    if (fromMs > toMs)
        return {};
    const auto in = within(samples, fromMs, toMs);
    columns = std::max(columns, 1);
    const auto n = qsizetype(in.size());
    if (n <= 2 * qsizetype(columns) + 2)
        return all(in);

    QList<QPointF> points;
    points.reserve(2 * columns + 2);
    points.append(point(in.front()));
    // Column c covers times up to its boundary; walking boundaries avoids a division per sample.
    const double span = double(toMs - fromMs) + 1;
    qsizetype i = 0;
    for (int c = 0; c < columns && i < n; ++c) {
        const qint64 end = c == columns - 1 ? toMs : fromMs + qint64(std::floor(span * (c + 1) / columns)) - 1;
        if (in[i].timeMs > end)
            continue;
        qsizetype lo = i, hi = i;
        for (; i < n && in[i].timeMs <= end; ++i) {
            if (in[i].value < in[lo].value)
                lo = i;
            if (in[i].value > in[hi].value)
                hi = i;
        }
        const qsizetype a = std::min(lo, hi), b = std::max(lo, hi);
        if (a != 0 && a != n - 1)
            points.append(point(in[a]));
        if (b != a && b != 0 && b != n - 1)
            points.append(point(in[b]));
    }
    points.append(point(in.back()));
    return points;
}

QList<QPointF> lttb(std::span<const Sample> samples, qint64 fromMs, qint64 toMs, int threshold)
{
    if (fromMs > toMs)
        return {};
    const auto in = within(samples, fromMs, toMs);
    const auto n = qsizetype(in.size());
    if (threshold >= n || n <= 2)
        return all(in);
    if (threshold < 3)
        return {point(in.front()), point(in.back())};

    QList<QPointF> points;
    points.reserve(threshold);
    points.append(point(in.front()));
    // Buckets between the fixed first and last: pick in each the point making the largest
    // triangle with the previous pick and the next bucket's average.
    const double every = double(n - 2) / (threshold - 2);
    qsizetype a = 0;
    for (int b = 0; b < threshold - 2; ++b) {
        const auto start = qsizetype(std::floor(b * every)) + 1;
        const auto end = std::min(qsizetype(std::floor((b + 1) * every)) + 1, n - 1);
        const auto nextStart = end;
        const auto nextEnd = std::min(qsizetype(std::floor((b + 2) * every)) + 1, n);
        double avgX = 0, avgY = 0;
        for (qsizetype j = nextStart; j < nextEnd; ++j) {
            avgX += double(in[j].timeMs);
            avgY += in[j].value;
        }
        const auto count = std::max<qsizetype>(1, nextEnd - nextStart);
        avgX /= double(count);
        avgY /= double(count);
        const double ax = double(in[a].timeMs), ay = in[a].value;
        double best = -1;
        qsizetype pick = start;
        for (qsizetype j = start; j < end; ++j) {
            const double area = std::abs((ax - avgX) * (in[j].value - ay) - (ax - double(in[j].timeMs)) * (avgY - ay));
            if (area > best) {
                best = area;
                pick = j;
            }
        }
        points.append(point(in[pick]));
        a = pick;
    }
    points.append(point(in.back()));
    return points;
}

}  // namespace Decimation
