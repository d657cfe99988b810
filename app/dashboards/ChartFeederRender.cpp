// ChartFeeder's drawing part: reads the visible samples, breaks lines at gaps, decimates, hands
// the points to Qt Charts and works out the y-axis scales.
#include "ChartFeeder.h"
#include "ChartFeederLine.h"

#include "AxisScale.h"
#include "Dashboard.h"
#include "DashboardsModel.h"
#include "TilesModel.h"
#include "devices/ReadingStore.h"
#include "timeseries/Decimation.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QPen>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>

#include <limits>

using namespace Dashboards;

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 monotonicMs()
{
    return QDeadlineTimer::current().deadline();
}

QList<std::pair<qint64, qint64>> merged(QList<std::pair<qint64, qint64>> spans)
{
    std::sort(spans.begin(), spans.end());
    QList<std::pair<qint64, qint64>> result;
    for (const auto &span : std::as_const(spans)) {
        if (!result.isEmpty() && span.first <= result.last().second)
            result.last().second = std::max(result.last().second, span.second);
        else
            result << span;
    }
    return result;
}
}  // namespace

void ChartFeeder::render()
{
    m_dirty = false;
    m_urgent = false;
    m_lastRenderMs = monotonicMs();
    if (!m_dashboard)
        return;
    if (isLive()) {
        const qint64 t = now();
        if (t != m_toMs || m_toMs - m_fromMs != windowMs()) {
            m_toMs = t;
            m_fromMs = t - windowMs();
            Q_EMIT viewChanged();
        }
    }
    QList<std::pair<qint64, qint64>> gapSpans;
    m_pointCount = 0;
    bool unitsChanged = false;
    for (int i = 0; i < int(m_lines.size()); ++i) {
        auto &line = *m_lines[i];
        const QString unit = line.unit;
        renderLine(i, line, gapSpans);
        unitsChanged |= line.unit != unit;
    }
    if (unitsChanged) {
        m_units.clear();
        for (auto &line : m_lines) {
            if (!m_units.contains(line->unit))
                m_units << line->unit;
            line->unitIndex = int(m_units.indexOf(line->unit));
        }
        Q_EMIT seriesChanged();
    }
    // One y scale per unit over what is drawn, with nice ticks and a little room so lines do
    // not run along the frame.
    QList<std::pair<double, double>> ranges(m_units.size(), {std::numeric_limits<double>::max(),
                                                               std::numeric_limits<double>::lowest()});
    for (const auto &line : m_lines) {
        auto &range = ranges[line->unitIndex];
        for (const auto &segment : line->drawn) {
            for (const auto &point : segment) {
                range.first = std::min(range.first, point.y());
                range.second = std::max(range.second, point.y());
            }
        }
    }
    const auto tile = m_dashboard->tiles()->tile(m_tileId);
    QList<AxisScale::Scale> scales;
    for (auto &range : ranges) {
        // Thresholds are shown on a single-unit chart: they must be inside its axis.
        if (tile && m_units.size() == 1) {
            for (const auto &threshold : {tile->low, tile->high}) {
                if (threshold)
                    range = {std::min(range.first, *threshold), std::max(range.second, *threshold)};
            }
        }
        if (range.first > range.second)
            range = {0.0, 1.0};
        const double pad = (range.second - range.first) * 0.04;
        // Padding never crosses zero: power that is never negative gets no "-2000" tick.
        const double low = range.first >= 0 ? std::max(0.0, range.first - pad) : range.first - pad;
        const double high = range.second <= 0 ? std::min(0.0, range.second + pad) : range.second + pad;
        scales << AxisScale::nice(low, high, AxisScale::ticksForHeight(m_plotHeight));
    }
    if (scales != m_ranges) {
        m_ranges = scales;
        Q_EMIT axisRangesChanged();
    }
    const auto visibleGaps = merged(gapSpans);
    if (visibleGaps != m_gaps) {
        m_gaps = visibleGaps;
        Q_EMIT gapsChanged();
    }
    ++m_updates;
    Q_EMIT updated();
}

void ChartFeeder::renderLine(int index, Line &line, QList<std::pair<qint64, qint64>> &gapSpans)
{
    Q_UNUSED(index);
    auto *store = m_dashboard->owner()->context().store.get();
    if (!store)
        return;
    const auto &ref = line.ref;
    SeriesInfo info;
    for (const auto &candidate : store->seriesInfo(ref.service, ref.node)) {
        if (candidate.name == ref.name)
            info = candidate;
    }
    line.unit = info.unit;

    // Samples: read the newer ones only, unless the store changed some other way (older ones
    // inserted, a full ring dropping its oldest) or the view left what was read.
    const qint64 span = m_toMs - m_fromMs;
    bool full = m_fromMs < line.cacheFrom || m_toMs > line.cacheTo + (isLive() ? span : 0) || line.storeCount < 0;
    if (!full && m_toMs > line.cacheTo) {
        const auto tail = store->samples(ref.service, ref.node, ref.name, line.cacheTo + 1, m_toMs);
        if (info.count == line.storeCount + qsizetype(tail.size())) {
            line.cache.insert(line.cache.end(), tail.begin(), tail.end());
            line.cacheTo = m_toMs;
            line.storeCount = info.count;
        } else {
            full = true;
        }
    } else if (!full && info.count != line.storeCount) {
        full = true;
    }
    if (full) {
        // Panning needs no reading for a view's width either side (live: only behind).
        line.cacheFrom = m_fromMs - span;
        line.cacheTo = isLive() ? m_toMs : m_toMs + span;
        line.cache = store->samples(ref.service, ref.node, ref.name, line.cacheFrom, line.cacheTo);
        line.storeCount = info.count;
    }
    // Drop what slid out behind a live view for good.
    if (isLive() && line.cacheFrom < m_fromMs - 2 * span) {
        const auto keep = std::lower_bound(line.cache.begin(), line.cache.end(), m_fromMs - span,
                                           [](const Sample &s, qint64 t) { return s.timeMs < t; });
        line.cache.erase(line.cache.begin(), keep);
        line.cacheFrom = m_fromMs - span;
    }
    const auto begin = std::lower_bound(line.cache.cbegin(), line.cache.cend(), m_fromMs,
                                        [](const Sample &s, qint64 t) { return s.timeMs < t; });
    const auto end = std::upper_bound(begin, line.cache.cend(), m_toMs, [](qint64 t, const Sample &s) { return t < s.timeMs; });
    const std::span<const Sample> visible(line.cache.data() + (begin - line.cache.cbegin()), size_t(end - begin));

    // Breaks: the store's gaps for the node, and silences far longer than the usual interval.
    const auto storeGaps = store->gaps(ref.service, ref.node, m_fromMs, m_toMs);
    for (const auto &gap : storeGaps)
        gapSpans << std::pair{std::max(gap.first, m_fromMs), std::min(gap.second, m_toMs)};
    qint64 interval = 0;
    if (visible.size() > 2) {
        std::vector<qint64> deltas;
        const size_t step = std::max<size_t>(1, visible.size() / 64);
        for (size_t i = step; i < visible.size(); i += step)
            deltas.push_back(visible[i].timeMs - visible[i - 1].timeMs);
        std::nth_element(deltas.begin(), deltas.begin() + deltas.size() / 2, deltas.end());
        interval = deltas[deltas.size() / 2];
    }
    const qint64 silence = std::max(MinGapMs, GapIntervals * interval);
    struct Break {
        size_t at;  // a segment starts here
        qint64 length;
    };
    std::vector<Break> breaks;
    auto gap = storeGaps.cbegin();
    for (size_t i = 1; i < visible.size(); ++i) {
        const qint64 a = visible[i - 1].timeMs, b = visible[i].timeMs;
        while (gap != storeGaps.cend() && gap->second < a)
            ++gap;
        const bool inGap = gap != storeGaps.cend() && gap->first <= b && gap->second >= a;
        if (inGap || b - a > silence) {
            breaks.push_back({i, b - a});
            if (!inGap)
                gapSpans << std::pair{a, b};
        }
    }
    if (breaks.size() >= size_t(MaxSegments)) {
        // Too many to draw apart: the longest gaps break the line, the rest are bridged.
        std::nth_element(breaks.begin(), breaks.begin() + (MaxSegments - 1), breaks.end(),
                         [](const Break &x, const Break &y) { return x.length > y.length; });
        breaks.resize(MaxSegments - 1);
        std::sort(breaks.begin(), breaks.end(), [](const Break &x, const Break &y) { return x.at < y.at; });
    }
    QList<QList<QPointF>> segments;
    size_t start = 0;
    for (size_t b = 0; b <= breaks.size(); ++b) {
        const size_t stop = b < breaks.size() ? breaks[b].at : visible.size();
        segments << Decimation::minMax(visible.subspan(start, stop - start), m_fromMs, m_toMs, m_plotWidth);
        start = stop;
    }
    if (visible.empty())
        segments = {QList<QPointF>()};

    for (qsizetype s = 0; s < std::max(segments.size(), line.drawn.size()); ++s) {
        const auto points = segments.value(s);
        if (s < line.drawn.size() && line.drawn.at(s) == points)
            continue;  // unchanged: Qt Charts is not touched
        auto *series = s < segments.size() ? segmentSeries(line, int(s)) : (s == 0 ? line.series.data() : line.extras.value(s - 1).data());
        if (series)
            series->replace(points);
    }
    // A dense line (a min/max zigzag) gets a 1-px cosmetic pen, a sparse one 2 px. The segments
    // follow the QML series' pen (penChanged).
    if (line.series) {
        qsizetype points = 0;
        for (const auto &segment : std::as_const(segments))
            points += segment.size();
        const bool dense = points * DensePixelsPerPoint > m_plotWidth;
        QPen pen = line.series->pen();
        const qreal width = dense ? 1 : SparsePenWidth;
        if (pen.widthF() != width || pen.isCosmetic() != dense) {
            pen.setWidthF(width);
            pen.setCosmetic(dense);
            line.series->setPen(pen);
        }
    }
    line.drawn = segments;
    // What was not handed to a series (none yet) is not drawn.
    if (!line.series)
        line.drawn.clear();
    for (const auto &segment : std::as_const(line.drawn))
        m_pointCount += int(segment.size());
}

QXYSeries *ChartFeeder::segmentSeries(Line &line, int segment)
{
    if (segment == 0 || !line.series)
        return line.series;
    while (line.extras.size() < segment)
        line.extras << QPointer<QXYSeries>();
    auto &extra = line.extras[segment - 1];
    if (extra)
        return extra;
    auto *chart = line.series->chart();
    if (!chart)
        return nullptr;
    // Same pen, same axes, no legend entry: to the eye it is the same line, interrupted.
    auto *series = new QLineSeries;
    series->setName(line.series->name());
    series->setPen(line.series->pen());
    series->setColor(line.series->color());
    chart->addSeries(series);
    for (auto *axis : line.series->attachedAxes())
        series->attachAxis(axis);
    for (auto *marker : chart->legend()->markers(series))
        marker->setVisible(false);
    // QML restyles its series (a stale one greys out): the segments follow.
    connect(line.series, &QXYSeries::colorChanged, series, &QXYSeries::setColor);
    connect(line.series, &QXYSeries::penChanged, series, &QXYSeries::setPen);
    connect(line.series, &QAbstractSeries::opacityChanged, series, [series, source = line.series] {
        if (source)
            series->setOpacity(source->opacity());
    });
    series->setOpacity(line.series->opacity());
    extra = series;
    return series;
}
