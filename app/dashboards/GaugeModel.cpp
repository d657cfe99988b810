#include "GaugeModel.h"

#include "Dashboard.h"
#include "DashboardsModel.h"
#include "SeriesStatus.h"
#include "TilesModel.h"
#include "devices/ReadingStore.h"

#include <cmath>

namespace {
constexpr int StaleIntervals = 3;  // as ChartFeeder::StaleIntervals
// The window's range is re-read this often (new readings only widen it meanwhile).
constexpr qint64 WindowReadMs = 10'000;

// Units with a fixed scale: percentages and ratios.
std::optional<std::pair<double, double>> fixedScale(const QString &unit)
{
    if (unit == u"%" || unit == u"%RH" || unit == u"%EL")
        return std::pair{0.0, 100.0};
    if (unit == u"/")
        return std::pair{0.0, 1.0};
    return std::nullopt;
}
}  // namespace

GaugeModel::GaugeModel(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &GaugeModel::refresh);
}

void GaugeModel::setDashboard(Dashboard *dashboard)
{
    if (m_dashboard != dashboard) {
        m_dashboard = dashboard;
        rebind();
    }
}

void GaugeModel::setTileId(const QString &tileId)
{
    if (m_tileId != tileId) {
        m_tileId = tileId;
        rebind();
    }
}

void GaugeModel::setSeriesIndex(int index)
{
    if (m_seriesIndex != index) {
        m_seriesIndex = index;
        rebind();
    }
}

QDateTime GaugeModel::time() const
{
    return m_hasValue ? QDateTime::fromMSecsSinceEpoch(m_timeMs) : QDateTime();
}

void GaugeModel::rebind()
{
    m_binding.bind(this, m_dashboard, m_tileId, m_seriesIndex, [this] { refresh(); }, [this] { rebind(); });
    m_windowKnown = false;
    Q_EMIT tileChanged();
    m_timer.start();
    refresh();
}

void GaugeModel::refresh()
{
    const Dashboards::SeriesRef &ref = m_binding.ref();
    const DashboardContext context = m_dashboard ? m_dashboard->owner()->context() : DashboardContext();
    bool hasValue = false;
    double value = 0;
    qint64 timeMs = 0;
    QString unit;
    bool stale = false;
    if (context.store && !ref.name.isEmpty()) {
        if (const auto last = context.store->last(ref.service, ref.node, ref.name)) {
            hasValue = true;
            value = last->value;
            timeMs = last->timeMs;
        }
        for (const auto &info : context.store->seriesInfo(ref.service, ref.node)) {
            if (info.name == ref.name)
                unit = info.unit;
        }
        stale = SeriesStatus::isStale(context, ref, QDateTime::currentMSecsSinceEpoch(),
                                      StaleIntervals);
    }
    if (hasValue != m_hasValue || value != m_value || timeMs != m_timeMs || unit != m_unit) {
        m_hasValue = hasValue, m_value = value, m_timeMs = timeMs, m_unit = unit;
        Q_EMIT valueChanged();
    }
    if (stale != m_stale) {
        m_stale = stale;
        Q_EMIT staleChanged();
    }
    updateScale(context);
}

void GaugeModel::updateScale(const DashboardContext &context)
{
    const Dashboards::SeriesRef &ref = m_binding.ref();
    const auto tile = m_dashboard ? m_dashboard->tiles()->tile(m_tileId) : std::nullopt;
    AxisScale::Scale scale;
    if (const auto fixed = fixedScale(m_unit)) {
        scale = AxisScale::nice(fixed->first, fixed->second, 5);
    } else {
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        if (context.store && tile && !ref.name.isEmpty() && (!m_windowKnown || t - m_windowReadMs >= WindowReadMs)) {
            const auto samples = context.store->samples(ref.service, ref.node, ref.name, t - tile->windowMs, t);
            m_windowKnown = !samples.empty();
            m_windowReadMs = t;
            if (m_windowKnown) {
                const auto [low, high] = std::minmax_element(samples.cbegin(), samples.cend(),
                                                             [](const Sample &a, const Sample &b) { return a.value < b.value; });
                m_windowLow = low->value;
                m_windowHigh = high->value;
            }
        }
        double low = m_hasValue ? m_value : 0, high = m_hasValue ? m_value : 0;
        bool any = m_hasValue;
        const auto include = [&](double v) {
            low = any ? std::min(low, v) : v;
            high = any ? std::max(high, v) : v;
            any = true;
        };
        if (m_windowKnown) {
            include(m_windowLow);
            include(m_windowHigh);
        }
        if (tile && tile->low)
            include(*tile->low);
        if (tile && tile->high)
            include(*tile->high);
        // Room around the values so neither the value nor a threshold sits at an end.
        const double pad = (high - low) * 0.15;
        scale = any ? AxisScale::nice(low - pad, high + pad, 5) : AxisScale::nice(0, 100, 5);
    }
    if (!(scale == m_scale)) {
        m_scale = scale;
        Q_EMIT scaleChanged();
    }
}
