#include "ChartFeeder.h"

#include "Dashboard.h"
#include "DashboardsModel.h"
#include "FrameTicker.h"
#include "SeriesStatus.h"
#include "TilesModel.h"
#include "devices/ReadingStore.h"
#include "timeseries/Decimation.h"

#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>

#include <limits>

using namespace Dashboards;

struct ChartFeeder::Line {
    SeriesRef ref;
    QString unit;
    int unitIndex = 0;
    QPointer<QXYSeries> series;                // QML's: the first segment
    QList<QPointer<QXYSeries>> extras;         // ours: the segments after a gap
    QList<QList<QPointF>> drawn;               // points per segment as last handed over
    bool stale = false;
    // The samples of [cacheFrom, cacheTo], and how many the store held when they were read:
    // live, only the newer ones are read each frame unless the store changed otherwise.
    std::vector<Sample> cache;
    qint64 cacheFrom = 0;
    qint64 cacheTo = -1;
    qsizetype storeCount = -1;
};

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
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

ChartFeeder::ChartFeeder(QObject *parent)
    : QObject(parent)
{
    connect(FrameTicker::instance(), &FrameTicker::tick, this, [this] {
        if (m_dirty)
            render();
    });
    m_slowTimer.setInterval(1000);
    connect(&m_slowTimer, &QTimer::timeout, this, &ChartFeeder::slide);
    m_slowTimer.start();
}

ChartFeeder::~ChartFeeder()
{
    // The segments we added belong to the chart; take them out while it is still there.
    for (auto &line : m_lines) {
        for (auto &extra : line->extras) {
            if (extra && extra->chart())
                extra->chart()->removeSeries(extra);
            delete extra.data();
        }
    }
}

void ChartFeeder::setDashboard(Dashboard *dashboard)
{
    if (m_dashboard == dashboard)
        return;
    m_dashboard = dashboard;
    reloadTile();
    Q_EMIT tileChanged();
}

void ChartFeeder::setTileId(const QString &tileId)
{
    if (m_tileId == tileId)
        return;
    m_tileId = tileId;
    reloadTile();
    Q_EMIT tileChanged();
}

void ChartFeeder::setPlotWidth(int width)
{
    width = std::clamp(width, 2, 8192);
    if (m_plotWidth == width)
        return;
    m_plotWidth = width;
    Q_EMIT plotWidthChanged();
    markDirty();
}

void ChartFeeder::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    Q_EMIT viewChanged();
    markDirty();
}

QDateTime ChartFeeder::viewFrom() const
{
    return QDateTime::fromMSecsSinceEpoch(m_fromMs);
}

QDateTime ChartFeeder::viewTo() const
{
    return QDateTime::fromMSecsSinceEpoch(m_toMs);
}

qint64 ChartFeeder::windowMs() const
{
    if (!m_dashboard)
        return DefaultWindow;
    const auto tile = m_dashboard->tiles()->tile(m_tileId);
    return tile ? tile->windowMs : DefaultWindow;
}

QVariantList ChartFeeder::seriesList() const
{
    QVariantList list;
    for (qsizetype i = 0; i < qsizetype(m_lines.size()); ++i) {
        const auto &line = *m_lines[i];
        const QColor colour = line.ref.colour.isValid() ? line.ref.colour : paletteColour(i);
        // "dev-1:temperature" of node dev-1 reads as "temperature"; another node's keeps its prefix.
        QString label = line.ref.name;
        if (label.startsWith(line.ref.node + QLatin1Char(':')))
            label = label.mid(line.ref.node.size() + 1) + QStringLiteral(" (") + line.ref.node + QLatin1Char(')');
        list << QVariantMap{{QStringLiteral("service"), line.ref.service}, {QStringLiteral("node"), line.ref.node},
                            {QStringLiteral("name"), line.ref.name},       {QStringLiteral("label"), label},
                            {QStringLiteral("unit"), line.unit},           {QStringLiteral("unitIndex"), line.unitIndex},
                            {QStringLiteral("colour"), colour.name()}};
    }
    return list;
}

QVariantList ChartFeeder::axisRanges() const
{
    QVariantList list;
    for (qsizetype i = 0; i < m_units.size(); ++i) {
        const auto range = m_ranges.value(i, {0.0, 1.0});
        list << QVariantMap{{QStringLiteral("unit"), m_units.at(i)},
                            {QStringLiteral("min"), range.first},
                            {QStringLiteral("max"), range.second}};
    }
    return list;
}

QVariantList ChartFeeder::stale() const
{
    QVariantList list;
    for (const auto &line : m_lines)
        list << line->stale;
    return list;
}

bool ChartFeeder::anyStale() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(), [](const auto &line) { return line->stale; });
}

QVariantList ChartFeeder::gaps() const
{
    QVariantList list;
    for (const auto &[from, to] : m_gaps)
        list << QVariantMap{{QStringLiteral("from"), QDateTime::fromMSecsSinceEpoch(from)},
                            {QStringLiteral("to"), QDateTime::fromMSecsSinceEpoch(to)}};
    return list;
}

void ChartFeeder::setSeries(int index, QAbstractSeries *series)
{
    if (index < 0 || index >= int(m_lines.size()))
        return;
    auto &line = *m_lines[index];
    auto *xy = qobject_cast<QXYSeries *>(series);
    if (xy != line.series) {
        // The segments belonged with the old series (its chart, its axes).
        for (auto &extra : line.extras) {
            if (extra && extra->chart())
                extra->chart()->removeSeries(extra);
            delete extra.data();
        }
        line.extras.clear();
    }
    line.series = xy;
    line.drawn.clear();
    markDirty();
}

QList<QXYSeries *> ChartFeeder::segments(int index) const
{
    QList<QXYSeries *> result;
    if (index < 0 || index >= int(m_lines.size()))
        return result;
    const auto &line = *m_lines[index];
    for (qsizetype i = 0; i < line.drawn.size(); ++i) {
        auto *series = i == 0 ? line.series.data() : line.extras.value(i - 1).data();
        if (series && !line.drawn.at(i).isEmpty())
            result << series;
    }
    return result;
}

void ChartFeeder::zoom(double factor, double anchor)
{
    if (!(factor > 0) || m_toMs <= m_fromMs)
        return;
    anchor = std::clamp(anchor, 0.0, 1.0);
    const double span = double(m_toMs - m_fromMs);
    // 100 ms to 10 years: past that a pixel means nothing either way.
    const double newSpan = std::clamp(span * factor, 100.0, 3650.0 * 24 * 3600 * 1000);
    const double pivot = double(m_fromMs) + span * anchor;
    setRange(qint64(pivot - newSpan * anchor), qint64(pivot + newSpan * (1 - anchor)), true);
}

void ChartFeeder::pan(double fraction)
{
    const qint64 shift = qint64(double(m_toMs - m_fromMs) * fraction);
    if (shift != 0)
        setRange(m_fromMs + shift, m_toMs + shift, true);
}

void ChartFeeder::setView(const QDateTime &from, const QDateTime &to)
{
    if (from.isValid() && to.isValid() && from < to)
        setRange(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), true);
}

void ChartFeeder::resetView()
{
    m_manualView = false;
    m_paused = false;
    const qint64 t = now();
    setRange(t - windowMs(), t, false);
}

void ChartFeeder::setRange(qint64 fromMs, qint64 toMs, bool manual)
{
    const bool changed = fromMs != m_fromMs || toMs != m_toMs || manual != m_manualView;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_manualView = manual;
    if (changed) {
        Q_EMIT viewChanged();
        markDirty();
    }
}

void ChartFeeder::flush()
{
    if (m_dirty)
        render();
}

void ChartFeeder::markDirty()
{
    m_dirty = true;
    FrameTicker::instance()->request();
}

void ChartFeeder::reloadTile()
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    std::vector<std::unique_ptr<Line>> old;
    old.swap(m_lines);
    const auto tile = m_dashboard ? m_dashboard->tiles()->tile(m_tileId) : std::nullopt;
    if (tile) {
        for (const auto &ref : tile->series) {
            auto line = std::make_unique<Line>();
            line->ref = ref;
            // Keep what QML handed over for a series that stays at its place.
            const auto kept = m_lines.size() < old.size() ? old[m_lines.size()].get() : nullptr;
            if (kept && kept->ref.service == ref.service && kept->ref.node == ref.node && kept->ref.name == ref.name) {
                line->series = kept->series;
                line->extras = std::exchange(kept->extras, {});
            }
            m_lines.push_back(std::move(line));
        }
        auto *model = m_dashboard->owner();
        auto *tiles = m_dashboard->tiles();
        m_connections << connect(tiles, &TilesModel::tileChanged, this, [this](const QString &id) {
            if (id == m_tileId)
                reloadTile();
        });
        m_connections << connect(model, &DashboardsModel::nodeAvailabilityChanged, this, &ChartFeeder::updateStale);
        if (auto *store = model->context().store.get()) {
            m_connections << connect(store, &ReadingStore::readingsAdded, this, &ChartFeeder::readingsAdded);
            m_connections << connect(store, &ReadingStore::gapsChanged, this, &ChartFeeder::readingsAdded);
        }
    }
    // Segments of series no longer shown leave the chart.
    for (auto &line : old) {
        for (auto &extra : line->extras) {
            if (extra && extra->chart())
                extra->chart()->removeSeries(extra);
            delete extra.data();
        }
    }
    // Units are known once a series has readings (render() completes them).
    m_units.clear();
    for (auto &line : m_lines) {
        if (auto *store = m_dashboard->owner()->context().store.get()) {
            for (const auto &info : store->seriesInfo(line->ref.service, line->ref.node)) {
                if (info.name == line->ref.name)
                    line->unit = info.unit;
            }
        }
        if (!m_units.contains(line->unit))
            m_units << line->unit;
        line->unitIndex = int(m_units.indexOf(line->unit));
    }
    m_ranges.clear();
    if (!m_manualView && !m_paused) {
        m_toMs = now();
        m_fromMs = m_toMs - windowMs();
    }
    Q_EMIT seriesChanged();
    Q_EMIT viewChanged();
    updateStale();
    markDirty();
}

void ChartFeeder::readingsAdded(const QString &service, const QString &node)
{
    for (const auto &line : m_lines) {
        if (line->ref.service == service && line->ref.node == node) {
            markDirty();
            return;
        }
    }
}

void ChartFeeder::slide()
{
    updateStale();
    // Live, the view moves on by itself; a pixel's worth of time is worth a frame.
    if (isLive() && now() - m_toMs >= std::max<qint64>(1, windowMs() / std::max(1, m_plotWidth)))
        markDirty();
}

void ChartFeeder::updateStale()
{
    if (!m_dashboard)
        return;
    const auto &context = m_dashboard->owner()->context();
    bool changed = false;
    const qint64 t = now();
    for (auto &line : m_lines) {
        const bool stale = SeriesStatus::isStale(context, line->ref, t, StaleIntervals);
        changed |= stale != line->stale;
        line->stale = stale;
    }
    if (changed)
        Q_EMIT staleChanged();
}

void ChartFeeder::render()
{
    m_dirty = false;
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
    // One y range per unit over what is drawn, padded so lines do not run along the frame.
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
        else if (range.first == range.second)
            range = {range.first - 1, range.second + 1};
        const double pad = (range.second - range.first) * 0.05;
        range = {range.first - pad, range.second + pad};
    }
    if (ranges != m_ranges) {
        m_ranges = ranges;
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
