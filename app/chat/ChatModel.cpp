#include "ChatModel.h"

ChatModel::ChatModel(const QString &peerJid, QObject *parent)
    : QAbstractListModel(parent)
    , m_peerJid(peerJid)
{
}

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto &message = m_messages.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return message.body;
    case TimestampRole:
        return message.timestamp;
    case OutgoingRole:
        return message.outgoing;
    case DeliveryRole:
        return QVariant::fromValue(message.delivery);
    case FirstOfDayRole:
        return row == 0 || m_messages.at(row - 1).timestamp.toLocalTime().date() != message.timestamp.toLocalTime().date();
    case FirstOfGroupRole: {
        if (row == 0)
            return true;
        const auto &previous = m_messages.at(row - 1);
        // A new group after a change of sender or a pause of five minutes.
        return previous.outgoing != message.outgoing || previous.resource != message.resource
            || previous.timestamp.secsTo(message.timestamp) > 300;
    }
    case ResourceRole:
        return message.resource;
    }
    return {};
}

QHash<int, QByteArray> ChatModel::roleNames() const
{
    return {
        {BodyRole, "body"},
        {TimestampRole, "timestamp"},
        {OutgoingRole, "outgoing"},
        {DeliveryRole, "delivery"},
        {FirstOfDayRole, "firstOfDay"},
        {FirstOfGroupRole, "firstOfGroup"},
        {ResourceRole, "resource"},
    };
}

bool ChatModel::append(Message message)
{
    if (!message.id.isEmpty()) {
        if (m_ids.contains(message.id))
            return false;
        m_ids.insert(message.id);
    }
    // Keep time order when a delayed message (offline storage, carbons) arrives late.
    auto pos = std::upper_bound(m_messages.begin(), m_messages.end(), message.timestamp,
                                [](const QDateTime &t, const Message &m) { return t < m.timestamp; });
    const int row = int(pos - m_messages.begin());
    beginInsertRows({}, row, row);
    m_messages.insert(row, std::move(message));
    endInsertRows();
    // The neighbour below may stop being first of its day or group.
    if (row + 1 < m_messages.size())
        Q_EMIT dataChanged(index(row + 1), index(row + 1), {FirstOfDayRole, FirstOfGroupRole});
    Q_EMIT countChanged();
    return true;
}

void ChatModel::setDelivery(const QString &id, Delivery delivery)
{
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        if (m_messages[row].id == id) {
            m_messages[row].delivery = delivery;
            Q_EMIT dataChanged(index(row), index(row), {DeliveryRole});
            return;
        }
    }
}
