// ChatModel's window onto the store: the pages it asks for, what it does with their answers and
// with messages stored meanwhile (ChatModel.cpp has the rows and roles).
//
// The store answers requests in the order they were made, so a page includes every message whose
// store() was answered before it; a message stored later reaches the model through addStored()
// after the page. That is why addStored() only needs to de-duplicate by row id.
#include "ChatModel.h"

#include "MessageStore.h"
#include "core/Logging.h"

#include <QMetaMethod>

namespace {
bool before(const StoredMessage &a, const StoredMessage &b)
{
    return a.timeMs != b.timeMs ? a.timeMs < b.timeMs : a.rowId < b.rowId;
}
}  // namespace

void ChatModel::requestReset(Reset kind, qint64 rowId)
{
    m_resetKind = kind;
    const QString peer = m_peerJid.toLower();
    m_resetRequest = kind == Reset::Around ? m_store->fetchAround(m_account, peer, rowId, PageRows)
                                           : m_store->fetchNewest(m_account, peer, PageRows);
    // Pages asked for the window being replaced no longer fit it.
    m_olderRequest = 0;
    m_newerRequest = 0;
    Q_EMIT pagingChanged();
}

void ChatModel::onPageLoaded(quint64 id, const MessagePage &page)
{
    if (id == 0)
        return;
    if (id == m_resetRequest) {
        m_resetRequest = 0;
        resetTo(page.messages, page.hasOlder, page.hasNewer);
        if (!m_loaded) {
            m_loaded = true;
            Q_EMIT loadedChanged();
        }
        for (const auto &message : std::exchange(m_early, {}))
            addStored(message);
        if (std::exchange(m_resetPositions, false)) {
            const int row = m_resetKind == Reset::Around ? rowOf(m_aroundRowId) : int(m_rows.size()) - 1;
            if (row >= 0)
                Q_EMIT positionRequested(row);
        }
    } else if (id == m_olderRequest) {
        m_olderRequest = 0;
        prependOlder(page.messages, page.hasOlder);
        Q_EMIT pagingChanged();
    } else if (id == m_newerRequest) {
        m_newerRequest = 0;
        appendNewer(page.messages, page.hasNewer);
        Q_EMIT pagingChanged();
    }
}

QList<ChatModel::Row> ChatModel::buildRows(const QList<StoredMessage> &messages) const
{
    QList<Row> rows;
    rows.reserve(messages.size());
    for (const auto &message : messages) {
        const int target = message.correctionOf.isEmpty() ? -1 : correctionTarget(rows, message, isRoom());
        if (target >= 0)
            correctInto(rows[target], message);
        else
            rows.append(makeRow(message));
    }
    return rows;
}

void ChatModel::resetTo(const QList<StoredMessage> &messages, bool hasOlder, bool hasNewer)
{
    beginResetModel();
    m_rows = buildRows(messages);
    m_hasOlder = hasOlder;
    m_hasNewer = hasNewer;
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT pagingChanged();
}

void ChatModel::prependOlder(const QList<StoredMessage> &messages, bool hasOlder)
{
    QList<StoredMessage> fresh;
    for (const auto &message : messages) {
        if (rowOf(message.rowId) < 0 && (m_rows.isEmpty() || before(message, m_rows.first().message)))
            fresh.append(message);
    }
    m_hasOlder = hasOlder && !messages.isEmpty();
    if (fresh.isEmpty())
        return;
    QList<Row> older = buildRows(fresh);
    adoptCorrections(older);
    const int count = int(older.size());
    beginInsertRows({}, 0, count - 1);
    m_rows = older + m_rows;
    endInsertRows();
    if (count < m_rows.size())
        refreshRows(count, count, {FirstOfDayRole, FirstOfGroupRole});
    refreshReplies();
    Q_EMIT countChanged();
    // The user is reading at the top: what is far below goes.
    trimTo(WindowRows, false);
}

void ChatModel::appendNewer(const QList<StoredMessage> &messages, bool hasNewer)
{
    m_hasNewer = false;  // so that show() places them; set below
    for (const auto &message : messages)
        show(message);
    m_hasNewer = hasNewer && !messages.isEmpty();
    trimTo(WindowRows, true);
}

// Whether a message belongs inside the window: not before its first row while older rows exist
// that the window does not hold, nor after its last one while newer rows do.
bool ChatModel::covers(const StoredMessage &message) const
{
    if (m_rows.isEmpty())
        return !m_hasNewer && !m_hasOlder;
    if (m_hasOlder && before(message, m_rows.first().message))
        return false;
    return !m_hasNewer || before(message, m_rows.last().message);
}

void ChatModel::setHasOlder(bool hasOlder)
{
    if (m_hasOlder == hasOlder)
        return;
    m_hasOlder = hasOlder;
    Q_EMIT pagingChanged();
}

void ChatModel::addStored(const StoredMessage &message)
{
    if (m_store && message.rowId == 0)
        return;  // not stored (the store failed): nothing to page back to
    if (!message.peer.isEmpty() && message.peer.compare(m_peerJid, Qt::CaseInsensitive) != 0)
        return;
    if (!m_loaded || m_resetRequest) {
        m_early.append(message);
        return;
    }
    if (rowOf(message.rowId) >= 0) {
        show(message);  // a merged duplicate: its state or ids may have moved on
        return;
    }
    if (applyCorrection(message))
        return;
    if (covers(message)) {
        show(message);
        // A flood at the bottom: keep the window bounded (the oldest rows go).
        if (m_rows.size() > WindowRows + PageRows)
            trimTo(WindowRows, true);
    }
    // Else before the window (older rows exist: loadOlder() pages to it) or after its end (newer
    // rows exist: loadNewer() or jumpToNewest() bring it).
}

void ChatModel::updateState(const QString &messageId, StoredMessage::State state)
{
    if (messageId.isEmpty())
        return;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        auto &message = m_rows[row].message;
        if (message.messageId != messageId || message.direction != StoredMessage::Direction::Outgoing)
            continue;
        const bool retry = message.state == StoredMessage::State::Failed && state == StoredMessage::State::Queued;
        if (retry || StoredMessage::rank(state) > StoredMessage::rank(message.state)) {
            message.state = state;
            refreshRows(row, row, {DeliveryRole, DeliveryLabelRole});
        }
    }
}

void ChatModel::loadOlder()
{
    if (!m_store || !m_loaded || m_resetRequest || m_olderRequest || m_archiveBusy)
        return;
    if (m_hasOlder && !m_rows.isEmpty()) {
        m_olderRequest = m_store->fetchBefore(m_account, m_peerJid.toLower(), m_rows.first().message.rowId, PageRows);
        Q_EMIT pagingChanged();
        return;
    }
    if (m_archiveComplete)
        return;
    if (!isSignalConnected(QMetaMethod::fromSignal(&ChatModel::needsArchive))) {
        // No archive to ask (not wired, or none): the store's beginning is the beginning.
        m_archiveComplete = true;
        Q_EMIT pagingChanged();
        return;
    }
    // The archive pages back from the oldest message we have that it knows (by stanza-id).
    QString stanzaId;
    for (const auto &row : std::as_const(m_rows)) {
        if (!row.message.stanzaId.isEmpty()) {
            stanzaId = row.message.stanzaId;
            break;
        }
    }
    const qint64 timeMs = m_rows.isEmpty() ? 0 : m_rows.first().message.timeMs;
    m_archiveBusy = true;
    Q_EMIT pagingChanged();
    qCDebug(lcChat) << "Asking the archive for messages with" << m_peerJid << "before" << stanzaId << timeMs;
    Q_EMIT needsArchive(stanzaId, timeMs);
}

void ChatModel::archiveFetched(int inserted, bool complete)
{
    m_archiveBusy = false;
    m_archiveComplete = complete;
    if (inserted > 0)
        m_hasOlder = true;
    Q_EMIT pagingChanged();
    if (inserted <= 0)
        return;
    if (m_rows.isEmpty())
        requestReset(Reset::Newest);
    else
        loadOlder();
}

void ChatModel::loadNewer()
{
    if (!m_store || !m_loaded || m_resetRequest || m_newerRequest || !m_hasNewer || m_rows.isEmpty())
        return;
    m_newerRequest = m_store->fetchAfter(m_account, m_peerJid.toLower(), m_rows.last().message.rowId, PageRows);
    Q_EMIT pagingChanged();
}

void ChatModel::openAt(qint64 rowId)
{
    if (!m_store || rowId <= 0)
        return;
    if (const int row = rowOf(rowId); row >= 0 && !m_resetRequest) {
        // Queued: the view showing this model may only now be connecting to it.
        QMetaObject::invokeMethod(this, [this, rowId] {
            if (const int shown = rowOf(rowId); shown >= 0)
                Q_EMIT positionRequested(shown);
        }, Qt::QueuedConnection);
        return;
    }
    m_aroundRowId = rowId;
    m_resetPositions = true;
    requestReset(Reset::Around, rowId);
}

void ChatModel::jumpToNewest()
{
    if (m_store && (m_hasNewer || (m_resetRequest && m_resetKind == Reset::Around))) {
        m_resetPositions = true;
        requestReset(Reset::Newest);
        return;
    }
    if (!m_rows.isEmpty())
        Q_EMIT positionRequested(int(m_rows.size()) - 1);
}

// Transitional in-memory API (ChatController before the store).
bool ChatModel::append(Message message)
{
    if (!message.id.isEmpty()) {
        for (const auto &row : std::as_const(m_rows)) {
            if (row.message.messageId == message.id)
                return false;
        }
    }
    StoredMessage stored;
    // Made-up row ids far above the store's, so that they never meet a stored row's.
    stored.rowId = (qint64(1) << 52) + ++m_legacyRowId;
    stored.account = m_account;
    stored.peer = m_peerJid;
    stored.direction = message.outgoing ? StoredMessage::Direction::Outgoing : StoredMessage::Direction::Incoming;
    (message.outgoing ? stored.ownResource : stored.peerResource) = message.resource;
    stored.body = message.body;
    stored.messageId = message.id;
    stored.timeMs = message.timestamp.toMSecsSinceEpoch();
    switch (message.delivery) {
    case Delivery::Received:
        stored.state = StoredMessage::State::Received;
        break;
    case Delivery::Queued:
        stored.state = StoredMessage::State::Queued;
        break;
    case Delivery::Sending:
    case Delivery::Unconfirmed:
        stored.state = StoredMessage::State::Sent;
        break;
    case Delivery::Sent:
        stored.state = StoredMessage::State::Acknowledged;
        break;
    case Delivery::Delivered:
        stored.state = StoredMessage::State::Delivered;
        break;
    case Delivery::Failed:
        stored.state = StoredMessage::State::Failed;
        break;
    }
    addStored(stored);  // kept until the first page is there, like stored ones
    return true;
}

bool ChatModel::setDelivery(const QString &id, Delivery delivery)
{
    using State = StoredMessage::State;
    const State state = delivery == Delivery::Sent ? State::Acknowledged
        : delivery == Delivery::Delivered          ? State::Delivered
        : delivery == Delivery::Failed             ? State::Failed
                                                   : State::Sent;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        auto &message = m_rows[row].message;
        if (message.messageId != id || message.direction != StoredMessage::Direction::Outgoing)
            continue;
        if (StoredMessage::rank(state) <= StoredMessage::rank(message.state))
            return false;
        message.state = state;
        refreshRows(row, row, {DeliveryRole, DeliveryLabelRole});
        return true;
    }
    return false;
}
