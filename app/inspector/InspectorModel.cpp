#include "InspectorModel.h"

#include <QDateTime>

InspectorModel::InspectorModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &InspectorModel::fetchNow);
}

void InspectorModel::setTrace(ProtocolTrace *trace)
{
    if (m_trace == trace)
        return;
    if (m_trace)
        m_trace->disconnect(this);
    m_trace = trace;
    m_sequence = 0;
    reset();
    if (m_trace) {
        // The timer is started by the first event after a fetch: at most one fetch per interval.
        connect(m_trace, &ProtocolTrace::eventsAvailable, this, [this] {
            if (!m_timer.isActive())
                m_timer.start();
        });
        connect(m_trace, &ProtocolTrace::cleared, this, &InspectorModel::reset);
        fetchNow();
    }
    Q_EMIT traceChanged();
}

qint64 InspectorModel::dropped() const
{
    return m_trace ? qint64(m_trace->dropped()) : 0;
}

int InspectorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InspectorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TraceEvent &e = m_rows.at(index.row());
    switch (role) {
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(e.timeMs);
    case TimeTextRole:
        return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case ConnectionRole:
        return e.connection;
    case ProtocolRole:
        return QVariant::fromValue(Protocol(e.protocol));
    case DirectionRole:
        return QVariant::fromValue(Direction(e.direction));
    case KindRole:
        return e.kind;
    case ChannelRole:
        return e.channel;
    case HandleRole:
        return e.handle;
    case DeliveryIdRole:
        return e.deliveryId;
    case CreditRole:
        return e.credit;
    case Qt::DisplayRole:
    case SummaryRole:
        return e.summary;
    case DetailRole:
        return e.detail;
    }
    return {};
}

QHash<int, QByteArray> InspectorModel::roleNames() const
{
    return {{TimeRole, "time"},         {TimeTextRole, "timeText"},
            {ConnectionRole, "connection"}, {ProtocolRole, "protocol"},
            {DirectionRole, "direction"},   {KindRole, "kind"},
            {ChannelRole, "channel"},       {HandleRole, "handle"},
            {DeliveryIdRole, "deliveryId"}, {CreditRole, "credit"},
            {SummaryRole, "summary"},       {DetailRole, "detail"}};
}

void InspectorModel::clear()
{
    if (m_trace)
        m_trace->clear();  // cleared() resets the list
    else
        reset();
}

void InspectorModel::fetchNow()
{
    m_timer.stop();
    if (!m_trace)
        return;
    QList<TraceEvent> events = m_trace->eventsSince(&m_sequence);
    if (events.isEmpty())
        return;
    const qsizetype capacity = m_trace->capacity();
    // A batch larger than the capacity only happens when the reader fell behind; its head
    // would be dropped at once.
    if (events.size() > capacity)
        events.remove(0, events.size() - capacity);
    const qsizetype excess = m_rows.size() + events.size() - capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess) - 1);
        m_rows.remove(0, excess);
        endRemoveRows();
    }
    noteNames(events);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + events.size()) - 1);
    m_rows.append(std::move(events));
    endInsertRows();
    Q_EMIT countChanged();
}

void InspectorModel::reset()
{
    m_timer.stop();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    // After a clear the trace holds nothing older than what comes next, so m_sequence needs
    // no adjusting: eventsSince() starts at the oldest event it still has.
    const bool hadConnections = !m_connections.isEmpty();
    const bool hadKinds = !m_kinds.isEmpty();
    m_connections.clear();
    m_kinds.clear();
    if (hadConnections)
        Q_EMIT connectionsChanged();
    if (hadKinds)
        Q_EMIT kindsChanged();
    Q_EMIT countChanged();
}

void InspectorModel::noteNames(const QList<TraceEvent> &events)
{
    bool connectionsGrew = false;
    bool kindsGrew = false;
    for (const auto &e : events) {
        if (!e.connection.isEmpty() && !m_connections.contains(e.connection)) {
            m_connections.append(e.connection);
            connectionsGrew = true;
        }
        if (!e.kind.isEmpty() && !m_kinds.contains(e.kind)) {
            m_kinds.append(e.kind);
            kindsGrew = true;
        }
    }
    if (connectionsGrew) {
        m_connections.sort(Qt::CaseInsensitive);
        Q_EMIT connectionsChanged();
    }
    if (kindsGrew) {
        m_kinds.sort(Qt::CaseInsensitive);
        Q_EMIT kindsChanged();
    }
}
