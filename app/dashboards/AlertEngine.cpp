#include "AlertEngine.h"

#include "AlertsModel.h"
#include "Dashboard.h"
#include "DashboardsModel.h"
#include "DesktopNotifier.h"
#include "TilesModel.h"
#include "core/Logging.h"
#include "devices/ReadingStore.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Dashboards;

AlertEngine::AlertEngine(DashboardsModel *dashboards)
    : QObject(dashboards)
    , m_dashboards(dashboards)
{
    if (auto *store = dashboards->context().store.get())
        connect(store, &ReadingStore::readingsAdded, this, &AlertEngine::readingsAdded);
}

QString AlertEngine::key(const QString &dashboard, const QString &tileId, const SeriesRef &ref)
{
    return dashboard + QLatin1Char('\n') + tileId + QLatin1Char('\n') + ref.service + QLatin1Char('\n') + ref.node
        + QLatin1Char('\n') + ref.name;
}

void AlertEngine::reevaluate(const QString &dashboard, const QString &tileId)
{
    auto *board = m_dashboards->dashboard(dashboard);
    if (!board)
        return;
    const auto tile = board->tiles()->tile(tileId);
    if (!tile)
        return;
    evaluate(dashboard, *tile, {}, {}, true);
}

void AlertEngine::forget(const QString &dashboard)
{
    const QString prefix = dashboard + QLatin1Char('\n');
    m_states.removeIf([&](const auto &it) { return it.key().startsWith(prefix); });
}

void AlertEngine::readingsAdded(const QString &service, const QString &node)
{
    for (auto *dashboard : m_dashboards->dashboards()) {
        for (const auto &tile : dashboard->tiles()->tiles()) {
            if (!tile.low && !tile.high)
                continue;
            const bool uses = std::any_of(tile.series.cbegin(), tile.series.cend(), [&](const SeriesRef &ref) {
                return ref.service == service && ref.node == node;
            });
            if (uses)
                evaluate(dashboard->name(), tile, service, node, false);
        }
    }
}

void AlertEngine::evaluate(const QString &dashboard, const TileData &tile, const QString &service, const QString &node,
                           bool reset)
{
    auto *store = m_dashboards->context().store.get();
    auto *board = m_dashboards->dashboard(dashboard);
    if (!store || !board)
        return;
    const auto stateOf = [&](double value) {
        if (tile.high && value > *tile.high)
            return State::High;
        if (tile.low && value < *tile.low)
            return State::Low;
        return State::Normal;
    };
    bool alert = false;
    for (const auto &ref : tile.series) {
        const QString k = key(dashboard, tile.id, ref);
        const bool mine = service.isEmpty() || (ref.service == service && ref.node == node);
        auto it = m_states.find(k);
        if (mine && (reset || it == m_states.end())) {
            // A new or changed tile judges its series by their last values and logs nothing:
            // only data crossing a threshold is an alert.
            SeriesState state;
            if (const auto last = store->last(ref.service, ref.node, ref.name)) {
                state.lastMs = last->timeMs;
                state.state = stateOf(last->value);
            } else {
                // Nothing yet: history restored later is no news; a minute of clock skew is.
                state.lastMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
            }
            it = m_states.insert(k, state);
        } else if (mine) {
            auto &state = it.value();
            const auto samples = store->samples(ref.service, ref.node, ref.name, state.lastMs + 1,
                                                std::numeric_limits<qint64>::max());
            for (const auto &sample : samples) {
                const State next = stateOf(sample.value);
                if (next != State::Normal && next != state.state) {
                    const bool high = next == State::High;
                    AlertRecord record{sample.timeMs, dashboard, tile.id,   tile.title, ref, sample.value,
                                       high ? *tile.high : *tile.low, high, false};
                    m_dashboards->alerts()->add(record);
                    notify(record);
                    Q_EMIT alertRaised(record);
                }
                state.state = next;
            }
            if (!samples.empty())
                state.lastMs = samples.back().timeMs;
        }
        if (it != m_states.end() && it->state != State::Normal)
            alert = true;
    }
    board->tiles()->setAlert(tile.id, alert);
}

void AlertEngine::notify(const AlertRecord &alert)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(alert.timeMs, QTimeZone::UTC).toLocalTime().toString(Qt::ISODate);
    const QString title = alert.tileTitle.isEmpty() ? alert.dashboard : alert.dashboard + QStringLiteral(": ") + alert.tileTitle;
    const QString text = (alert.high ? tr("%1 is %2, above %3") : tr("%1 is %2, below %3"))
                             .arg(alert.series.name)
                             .arg(alert.value)
                             .arg(alert.threshold);
    const bool shown = DesktopNotifier::notify(title, text);
    qCInfo(lcDashboards).noquote() << "Alert:" << title << "-" << text << "at" << time
                                   << (shown ? "(notified)" : "(no system tray: in the app only)");
}
