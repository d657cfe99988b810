// The rows of the window and their roles; the store's paging is in ChatModelPaging.cpp.
#include "ChatModel.h"

#include "MessageConversion.h"
#include "MessageStore.h"
#include "roster/RosterModel.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace std::chrono_literals;

namespace {
// A new group after a pause of five minutes.
constexpr qint64 GroupPauseMs = 5 * 60 * 1000;

QDateTime timeOf(const StoredMessage &message)
{
    return QDateTime::fromMSecsSinceEpoch(message.timeMs, QTimeZone::UTC);
}

bool before(const StoredMessage &a, const StoredMessage &b)
{
    return a.timeMs != b.timeMs ? a.timeMs < b.timeMs : a.rowId < b.rowId;
}

// MessageConversion::truncationMarker's text at the end of a cut body: how many were dropped.
const QRegularExpression &truncationPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\n\\[… ([0-9,]+) more characters not shown\\]$"));
    return pattern;
}
}  // namespace

ChatModel::ChatModel(MessageStore *store, const QString &account, const QString &peerJid, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_account(account.toLower())
    , m_peerJid(peerJid)
{
    // XEP-0085 leaves it to the receiver; a client that sends "composing" refreshes or ends it
    // well within half a minute (ours pauses after 5 s).
    m_typingExpiry.setInterval(30s);
    m_typingExpiry.setSingleShot(true);
    connect(&m_typingExpiry, &QTimer::timeout, this, [this] { setPeerTyping(false); });
    if (m_store) {
        connect(m_store, &MessageStore::pageLoaded, this, &ChatModel::onPageLoaded);
        requestReset(Reset::Newest);
    } else {
        m_loaded = true;
    }
}

ChatModel::ChatModel(const QString &peerJid, QObject *parent)
    : ChatModel(nullptr, QString(), peerJid, parent)
{
}

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int rowIndex = index.row();
    const Row &row = m_rows.at(rowIndex);
    const StoredMessage &message = row.message;
    const bool outgoing = message.direction == StoredMessage::Direction::Outgoing;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return row.shownBody;
    case TimestampRole:
        return timeOf(message);
    case OutgoingRole:
        return outgoing;
    case DeliveryRole:
        return QVariant::fromValue(deliveryOf(message));
    case FirstOfDayRole:
        return rowIndex == 0
            || timeOf(m_rows.at(rowIndex - 1).message).toLocalTime().date() != timeOf(message).toLocalTime().date();
    case FirstOfGroupRole: {
        if (rowIndex == 0)
            return true;
        const auto &previous = m_rows.at(rowIndex - 1).message;
        return !sameSender(previous, message) || message.timeMs - previous.timeMs > GroupPauseMs;
    }
    case ResourceRole:
        return outgoing ? message.ownResource : message.peerResource;
    case DeliveryLabelRole:
        return deliveryLabel(deliveryOf(message));
    case RowIdRole:
        return message.rowId;
    case MessageIdRole:
        return message.messageId;
    case EditedRole:
        return row.edited();
    case ReplyToBodyRole:
        return replyBody(message);
    case AttachmentUrlRole:
        return row.attachment ? row.attachment->url : QUrl();
    case AttachmentNameRole:
        return row.attachment ? row.attachment->fileName : QString();
    case AttachmentKindRole:
        return int(row.attachment ? row.attachment->kind : Attachment::Kind::File);
    case SenderNameRole:
        return senderName(message);
    case SenderColorRole:
        return isRoom() ? ContactLook::color(senderName(message)) : QColor();
    case MentionedRole:
        return isMentioned(row);
    case TruncatedRole:
        return !row.truncatedNote.isEmpty();
    case TruncatedNoteRole:
        return row.truncatedNote;
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
        {RowIdRole, "rowId"},
        {MessageIdRole, "messageId"},
        {EditedRole, "edited"},
        {ReplyToBodyRole, "replyToBody"},
        {AttachmentUrlRole, "attachmentUrl"},
        {AttachmentNameRole, "attachmentName"},
        {AttachmentKindRole, "attachmentKind"},
        {SenderNameRole, "senderName"},
        {SenderColorRole, "senderColor"},
        {MentionedRole, "mentioned"},
        {TruncatedRole, "truncated"},
        {TruncatedNoteRole, "truncatedNote"},
    };
}

int ChatModel::rowOf(qint64 rowId) const
{
    if (rowId == 0)
        return -1;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).message.rowId == rowId)
            return row;
    }
    return -1;
}

qint64 ChatModel::rowIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).message.rowId : 0;
}

QString ChatModel::lastOutgoingText() const
{
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (it->message.direction == StoredMessage::Direction::Outgoing)
            return it->shownBody;
    }
    return {};
}

ChatModel::Row ChatModel::makeRow(const StoredMessage &message)
{
    Row row;
    row.message = message;
    setShownBody(row, message.body);
    return row;
}

void ChatModel::setShownBody(Row &row, const QString &body)
{
    row.shownBody = body;
    row.truncatedNote.clear();
    if (body.size() > MessageConversion::MaxBodyChars) {
        const auto match = truncationPattern().match(body);
        if (match.hasMatch()) {
            row.shownBody = body.left(match.capturedStart());
            const qlonglong dropped = match.captured(1).remove(QLatin1Char(',')).toLongLong();
            row.truncatedNote = tr("%1 more characters not shown").arg(QLocale().toString(dropped));
        }
    }
    row.attachment = Attachment::fromBody(row.shownBody);
}

// A message of this conversation that the window covers: a duplicate updates its row, a
// correction whose original is shown changes that row's text, anything else is inserted.
void ChatModel::show(const StoredMessage &message)
{
    if (const int row = rowOf(message.rowId); row >= 0) {
        auto &shown = m_rows[row];
        const auto oldDelivery = deliveryFor(shown.message);
        shown.message = message;
        if (shown.correctedBy.isEmpty())
            setShownBody(shown, message.body);
        if (deliveryFor(message) != oldDelivery)
            refreshRows(row, row, {DeliveryRole, DeliveryLabelRole});
        return;
    }
    if (applyCorrection(message))
        return;
    insertAt(insertPosition(message), makeRow(message));
}

int ChatModel::insertPosition(const StoredMessage &message) const
{
    auto pos = std::upper_bound(m_rows.cbegin(), m_rows.cend(), message,
                                [](const StoredMessage &m, const Row &row) { return before(m, row.message); });
    return int(pos - m_rows.cbegin());
}

void ChatModel::insertAt(int at, Row row)
{
    const bool reply = !row.message.replyTo.isEmpty();
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    endInsertRows();
    // The neighbour below may stop being first of its day or group.
    if (at + 1 < m_rows.size())
        refreshRows(at + 1, at + 1, {FirstOfDayRole, FirstOfGroupRole});
    if (!reply)
        refreshReplies();  // a reply may quote the new row
    Q_EMIT countChanged();
}

void ChatModel::dropRows(int first, int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, first, first + count - 1);
    m_rows.remove(first, count);
    endRemoveRows();
    if (first == 0 && !m_rows.isEmpty())
        refreshRows(0, 0, {FirstOfDayRole, FirstOfGroupRole});
    else if (first < m_rows.size())
        refreshRows(first, first, {FirstOfDayRole, FirstOfGroupRole});
    Q_EMIT countChanged();
}

// Keeps at most `rows`, dropping the far end: the oldest when keepNewest, else the newest.
void ChatModel::trimTo(int rows, bool keepNewest)
{
    const int excess = int(m_rows.size()) - rows;
    if (excess <= 0)
        return;
    if (keepNewest) {
        dropRows(0, excess);
        setHasOlder(true);
    } else {
        dropRows(rows, excess);
        if (!m_hasNewer) {
            m_hasNewer = true;
            Q_EMIT pagingChanged();
        }
    }
}

void ChatModel::refreshRows(int first, int last, const QList<int> &roles)
{
    Q_EMIT dataChanged(index(first), index(last), roles);
}

ChatModel::Delivery ChatModel::deliveryFor(const StoredMessage &message)
{
    if (message.direction == StoredMessage::Direction::Incoming)
        return Delivery::Received;
    switch (message.state) {
    case StoredMessage::State::Queued:
        return Delivery::Queued;
    case StoredMessage::State::Sent:
        return Delivery::Sending;
    case StoredMessage::State::Acknowledged:
    case StoredMessage::State::Received:  // a copy from the server: it has it
        return Delivery::Sent;
    case StoredMessage::State::Delivered:
        return Delivery::Delivered;
    case StoredMessage::State::Failed:
        return Delivery::Failed;
    }
    return Delivery::Sent;
}

ChatModel::Delivery ChatModel::deliveryOf(const StoredMessage &message) const
{
    const Delivery delivery = deliveryFor(message);
    return delivery == Delivery::Sending && m_overdue.contains(message.messageId) ? Delivery::Unconfirmed : delivery;
}

void ChatModel::setOverdue(const QString &messageId, bool overdue)
{
    if (overdue ? !m_overdue.contains(messageId) : m_overdue.remove(messageId)) {
        if (overdue)
            m_overdue.insert(messageId);
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (m_rows.at(row).message.messageId == messageId) {
                refreshRows(row, row, {DeliveryRole, DeliveryLabelRole});
                break;
            }
        }
    }
}

QString ChatModel::deliveryLabel(Delivery delivery)
{
    switch (delivery) {
    case Delivery::Received:
        return {};
    case Delivery::Queued:
        return tr("waiting to send");
    case Delivery::Sending:
        return tr("sending");
    case Delivery::Sent:
        return tr("sent");
    case Delivery::Delivered:
        return tr("delivered");
    case Delivery::Failed:
        return tr("not sent");
    case Delivery::Unconfirmed:
        return tr("not confirmed yet");
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
