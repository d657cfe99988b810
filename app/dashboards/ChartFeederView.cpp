// ChartFeeder's view: the time range shown (zoom, pan, a range typed in, back to live) and
// what QML reads of it (series, axis ranges, staleness, gaps).
#include "ChartFeeder.h"
#include "ChartFeederLine.h"

#include "AxisScale.h"
#include "Dashboard.h"
#include "TilesModel.h"

using namespace Dashboards;

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
        const auto scale = m_ranges.value(i, AxisScale::nice(0, 1, AxisScale::ticksForHeight(m_plotHeight)));
        list << QVariantMap{{QStringLiteral("unit"), m_units.at(i)},
                            {QStringLiteral("min"), scale.min},
                            {QStringLiteral("max"), scale.max},
                            {QStringLiteral("tickCount"), scale.tickCount},
                            {QStringLiteral("decimals"), scale.decimals},
                            {QStringLiteral("labelFormat"), AxisScale::labelFormat(scale)}};
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
    if (xy != line.series)
        line.dropExtras();  // they belonged with the old series (its chart, its axes)
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
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    setRange(t - windowMs(), t, false);
}

void ChartFeeder::setRange(qint64 fromMs, qint64 toMs, bool manual)
{
    const bool changed = fromMs != m_fromMs || toMs != m_toMs || manual != m_manualView;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_manualView = manual;
    if (changed && manual) {
        const bool was = m_interaction.isActive();
        m_interaction.start();
        if (!was)
            Q_EMIT interactingChanged();
    }
    if (changed) {
        Q_EMIT viewChanged();
        markDirty();
    }
}
