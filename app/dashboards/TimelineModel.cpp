#include "TimelineModel.h"

#include "Dashboard.h"
#include "DashboardsModel.h"
#include "FrameTicker.h"
#include "SeriesStatus.h"
#include "TilesModel.h"
#include "devices/ReadingStore.h"

namespace {
constexpr int StaleIntervals = 3;  // as ChartFeeder::StaleIntervals
}

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &TimelineModel::schedule);
    connect(FrameTicker::instance(), &FrameTicker::tick, this, [this] {
        if (m_pending)
            refresh();
    });
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &segment = m_segments.at(index.row());
    const double window = double(std::max<qint64>(1, m_toMs - m_fromMs));
    switch (role) {
    case FromRole:
        return QDateTime::fromMSecsSinceEpoch(segment.fromMs);
    case ToRole:
        return QDateTime::fromMSecsSinceEpoch(segment.toMs);
    case OnRole:
        return segment.on;
    case StartRole:
        return double(segment.fromMs - m_fromMs) / window;
    case LengthRole:
        return double(segment.toMs - segment.fromMs) / window;
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{FromRole, "from"}, {ToRole, "to"}, {OnRole, "on"}, {StartRole, "start"}, {LengthRole, "length"}};
}

void TimelineModel::setDashboard(Dashboard *dashboard)
{
    if (m_dashboard != dashboard) {
        m_dashboard = dashboard;
        rebind();
    }
}

void TimelineModel::setTileId(const QString &tileId)
{
    if (m_tileId != tileId) {
        m_tileId = tileId;
        rebind();
    }
}

void TimelineModel::setSeriesIndex(int index)
{
    if (m_seriesIndex != index) {
        m_seriesIndex = index;
        rebind();
    }
}

QDateTime TimelineModel::viewFrom() const
{
    return QDateTime::fromMSecsSinceEpoch(m_fromMs);
}

QDateTime TimelineModel::viewTo() const
{
    return QDateTime::fromMSecsSinceEpoch(m_toMs);
}

QVariant TimelineModel::current() const
{
    return m_segments.isEmpty() ? QVariant() : QVariant(m_segments.last().on);
}

void TimelineModel::rebind()
{
    m_binding.bind(this, m_dashboard, m_tileId, m_seriesIndex, [this] { schedule(); }, [this] { rebind(); });
    Q_EMIT tileChanged();
    m_timer.start();
    refresh();
}

void TimelineModel::schedule()
{
    m_pending = true;
    FrameTicker::instance()->request();
}

void TimelineModel::refresh()
{
    const Dashboards::SeriesRef &ref = m_binding.ref();
    m_pending = false;
    const DashboardContext context = m_dashboard ? m_dashboard->owner()->context() : DashboardContext();
    const auto tile = m_dashboard ? m_dashboard->tiles()->tile(m_tileId) : std::nullopt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 window = tile ? tile->windowMs : Dashboards::DefaultWindow;
    QList<Segment> segments;
    bool stale = false;
    if (context.store && !ref.name.isEmpty()) {
        // The state at the window's start is the last one before it.
        const auto before = context.store->samples(ref.service, ref.node, ref.name, now - 8 * window, now - window - 1);
        const auto samples = context.store->samples(ref.service, ref.node, ref.name, now - window, now);
        std::optional<bool> state;
        if (!before.empty())
            state = before.back().value != 0;
        qint64 since = now - window;
        for (const auto &sample : samples) {
            const bool on = sample.value != 0;
            if (state && *state == on)
                continue;
            if (state)
                segments << Segment{since, sample.timeMs, *state};
            state = on;
            since = sample.timeMs;
        }
        if (state)
            segments << Segment{since, now, *state};
        // Bounded: merge the shortest segment into its neighbours until few enough remain.
        while (segments.size() > MaxSegments) {
            qsizetype shortest = 1;
            for (qsizetype i = 1; i + 1 < segments.size(); ++i) {
                if (segments.at(i).toMs - segments.at(i).fromMs < segments.at(shortest).toMs - segments.at(shortest).fromMs)
                    shortest = i;
            }
            // Its neighbours share a state: the three become one.
            segments[shortest - 1].toMs = segments.at(shortest + 1 < segments.size() ? shortest + 1 : shortest).toMs;
            segments.remove(shortest, shortest + 1 < segments.size() ? 2 : 1);
        }
        stale = SeriesStatus::isStale(context, ref, now, StaleIntervals);
    }
    beginResetModel();
    m_segments = segments;
    m_fromMs = now - window;
    m_toMs = now;
    endResetModel();
    Q_EMIT segmentsChanged();
    if (stale != m_stale) {
        m_stale = stale;
        Q_EMIT staleChanged();
    }
}
