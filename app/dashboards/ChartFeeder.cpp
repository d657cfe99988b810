#include "ChartFeeder.h"
#include "ChartFeederLine.h"

#include "AxisScale.h"
#include "Dashboard.h"
#include "DashboardsModel.h"
#include "FrameTicker.h"
#include "SeriesStatus.h"
#include "TilesModel.h"
#include "devices/ReadingStore.h"

#include <QDeadlineTimer>

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
}  // namespace

// Draws the dirty feeders of a frame tick: urgent ones (view, size, series) all; those with
// new data only once their interval passed, at most DataRendersPerFrame, longest waiting first.
class ChartFeederScheduler : public QObject
{
public:
    static ChartFeederScheduler *instance()
    {
        static auto *scheduler = new ChartFeederScheduler;
        return scheduler;
    }
    void add(ChartFeeder *feeder) { m_feeders.append(feeder); }
    void remove(ChartFeeder *feeder) { m_feeders.removeOne(feeder); }

private:
    ChartFeederScheduler()
        : QObject(FrameTicker::instance())
    {
        connect(FrameTicker::instance(), &FrameTicker::tick, this, &ChartFeederScheduler::tick);
    }
    void tick()
    {
        const qint64 t = monotonicMs();
        int budget = ChartFeeder::DataRendersPerFrame;
        bool waiting = false;
        QList<ChartFeeder *> drawn;
        // A copy: render() may create or delete feeders (QML reacting to its signals).
        const QList<QPointer<ChartFeeder>> feeders(m_feeders.cbegin(), m_feeders.cend());
        for (const auto &feeder : feeders) {
            if (!feeder || !feeder->m_dirty)
                continue;
            if (feeder->m_urgent || (budget > 0 && t - feeder->m_lastRenderMs >= feeder->dataIntervalMs())) {
                if (!feeder->m_urgent)
                    --budget;
                drawn << feeder.data();
                feeder->render();
            } else {
                waiting = true;
            }
        }
        // Those drawn now go to the back of the queue.
        for (auto *feeder : std::as_const(drawn)) {
            if (m_feeders.removeOne(feeder))
                m_feeders.append(feeder);
        }
        if (waiting)
            FrameTicker::instance()->request();
    }
    QList<ChartFeeder *> m_feeders;
};

ChartFeeder::ChartFeeder(QObject *parent)
    : QObject(parent)
{
    ChartFeederScheduler::instance()->add(this);
    m_slowTimer.setInterval(1000);
    connect(&m_slowTimer, &QTimer::timeout, this, &ChartFeeder::slide);
    m_interaction.setSingleShot(true);
    m_interaction.setInterval(InteractionMs);
    connect(&m_interaction, &QTimer::timeout, this, [this] {
        Q_EMIT interactingChanged();
        markDirty();  // drawn once more, smooth
    });
    m_slowTimer.start();
}

ChartFeeder::~ChartFeeder()
{
    ChartFeederScheduler::instance()->remove(this);
    // Take our segments out of the chart while it is still there.
    for (auto &line : m_lines)
        line->dropExtras();
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

void ChartFeeder::setPlotHeight(int height)
{
    height = std::clamp(height, 2, 8192);
    if (m_plotHeight == height)
        return;
    // Only a change in how many ticks fit is worth new scales.
    const bool ticks = AxisScale::ticksForHeight(height) != AxisScale::ticksForHeight(m_plotHeight);
    m_plotHeight = height;
    Q_EMIT plotHeightChanged();
    if (ticks)
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

void ChartFeeder::flush()
{
    if (m_dirty)
        render();
}

void ChartFeeder::markDirty(bool urgent)
{
    m_dirty = true;
    m_urgent |= urgent;
    FrameTicker::instance()->request();
}

qint64 ChartFeeder::dataIntervalMs() const
{
    const qint64 pixelMs = (m_toMs - m_fromMs) / std::max(1, m_plotWidth);
    return std::clamp<qint64>(pixelMs, FrameTicker::FrameMs, MaxDataIntervalMs);
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
    for (auto &line : old)
        line->dropExtras();
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
            markDirty(/*urgent=*/false);
            return;
        }
    }
}

void ChartFeeder::slide()
{
    updateStale();
    // Live, the view moves on by itself; a pixel's worth of time is worth a frame.
    if (isLive() && now() - m_toMs >= std::max<qint64>(1, windowMs() / std::max(1, m_plotWidth)))
        markDirty(/*urgent=*/false);
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
