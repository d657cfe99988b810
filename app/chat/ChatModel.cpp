#include "ChatModel.h"

using namespace std::chrono_literals;

ChatModel::ChatModel(const QString &peerJid, QObject *parent)
    : QAbstractListModel(parent)
    , m_peerJid(peerJid)
{
    // XEP-0085 leaves it to the receiver; a client that sends "composing" refreshes or ends it
    // well within half a minute (ours pauses after 5 s).
    m_typingExpiry.setInterval(30s);
    m_typingExpiry.setSingleShot(true);
    connect(&m_typingExpiry, &QTimer::timeout, this, [this] { setPeerTyping(false); });
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
    case DeliveryLabelRole:
        return deliveryLabel(message.delivery);
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
        {DeliveryLabelRole, "deliveryLabel"},
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

bool ChatModel::setDelivery(const QString &id, Delivery delivery)
{
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        auto &message = m_messages[row];
        if (message.id != id || !message.outgoing)
            continue;
        if (!advances(message.delivery, delivery))
            return false;
        message.delivery = delivery;
        Q_EMIT dataChanged(index(row), index(row), {DeliveryRole, DeliveryLabelRole});
        return true;
    }
    return false;
}

bool ChatModel::advances(Delivery from, Delivery to)
{
    switch (to) {
    case Delivery::Received:
    case Delivery::Sending:
        return false;
    case Delivery::Sent:
        return from == Delivery::Sending;
    case Delivery::Delivered:
        // A receipt proves arrival even when our side thought the send had failed.
        return from != Delivery::Delivered && from != Delivery::Received;
    case Delivery::Failed:
        // An error bounce may follow the server's acknowledgement; never a receipt.
        return from == Delivery::Sending || from == Delivery::Sent;
    }
    return false;
}

QString ChatModel::deliveryLabel(Delivery delivery)
{
    switch (delivery) {
    case Delivery::Received:
        return {};
    case Delivery::Sending:
        return tr("sending");
    case Delivery::Sent:
        return tr("sent");
    case Delivery::Delivered:
        return tr("delivered");
    case Delivery::Failed:
        return tr("not sent");
    }
    return {};
}

QString ChatModel::peerActivity() const
{
    return m_peerTyping ? tr("typing…") : QString();
}

void ChatModel::setPeerTyping(bool typing)
{
    if (typing)
        m_typingExpiry.start();
    else
        m_typingExpiry.stop();
    if (m_peerTyping == typing)
        return;
    m_peerTyping = typing;
    Q_EMIT peerTypingChanged(typing);
}
