// RoomsController: room messages in and out, through the MessageStore.
#include "Room.h"
#include "RoomsController.h"
#include "account/Account.h"
#include "chat/ArchiveSync.h"
#include "chat/ChatController.h"
#include "chat/MessageConversion.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppTask.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

void RoomsController::handleMessage(QXmppClient *from, const QXmppMessage &message)
{
    if (from != m_client)
        return;
    Room *room = m_rooms.value(QXmppUtils::jidToBareJid(message.from()).toLower());
    if (!room)
        return;
    ensureStore();
    if (message.type() == QXmppMessage::Error) {
        // One of ours bounced (not in the room, not allowed to speak, ...).
        if (!message.id().isEmpty() && m_store) {
            qCInfo(lcRooms) << "A message to" << room->jid() << "was refused:" << message.error().text();
            m_store->updateState(m_ownJid, message.id(), StoredMessage::State::Failed, room->jid());
            showState(room->jid(), message.id(), StoredMessage::State::Failed);
        }
        return;
    }
    if (message.type() != QXmppMessage::GroupChat)
        return;  // private messages through the room are 1:1 chats
    if (message.body().isEmpty()) {
        if (!message.subject().isEmpty())
            room->setSubject(message.subject());
        return;
    }
    StoredMessage stored = MessageConversion::fromStanza(
        message, {m_ownJid, m_client->configuration().resource(), room->jid()});
    stored.peer = room->jid();
    stored.peerResource = QXmppUtils::jidToResource(message.from());
    if (!room->nick().isEmpty() && stored.peerResource == room->nick()) {
        // Our own message reflected by the room (or from another client of ours in it).
        stored.direction = StoredMessage::Direction::Outgoing;
        stored.state = StoredMessage::State::Received;  // the store counts it Acknowledged
    }
    // Messages from the room's history carry a delay; they are not news.
    queueForStore(stored, !message.stamp().isValid());
}

// Messages arriving together (a room's history at a join) go to the store as one batch.
void RoomsController::queueForStore(const StoredMessage &message, bool live)
{
    m_toStore << message;
    m_toStoreLive << live;
    if (!std::exchange(m_flushQueued, true))
        QTimer::singleShot(0, this, &RoomsController::flushStore);
}

void RoomsController::flushStore()
{
    m_flushQueued = false;
    if (m_toStore.isEmpty())
        return;
    if (!m_store) {
        qCWarning(lcRooms) << "No message store: dropping" << m_toStore.size() << "room messages";
        m_toStore.clear();
        m_toStoreLive.clear();
        return;
    }
    m_storing.insert(m_store->store(std::exchange(m_toStore, {})), std::exchange(m_toStoreLive, {}));
}

void RoomsController::handleStored(MessageStore::RequestId id, const QList<StoreResult> &results)
{
    if (m_sending.remove(id)) {
        // Our new messages: stored first, now sent (or left Queued until the room is joined).
        for (const StoreResult &result : results) {
            Room *room = m_rooms.value(result.message.peer);
            if (result.stored() && room && room->isJoined())
                sendStored(room, result.message);
        }
        showInChats(results, true);
        Q_EMIT messagesStored(results);
        return;
    }
    if (!m_storing.contains(id))
        return;  // someone else's request
    const QList<bool> live = m_storing.take(id);
    QHash<Room *, std::pair<int, bool>> unread;  // count, mentioned
    for (qsizetype i = 0; i < results.size(); ++i) {
        const StoreResult &result = results.at(i);
        const StoredMessage &m = result.message;
        Room *room = m_rooms.value(m.peer);
        if (!room)
            continue;
        if (result.changed && m.direction == StoredMessage::Direction::Outgoing)
            showState(room->jid(), m.messageId, m.state);  // the reflection
        // Unread: new messages from others while the room is not in view (history is not news).
        if (result.inserted && live.value(i) && m.direction == StoredMessage::Direction::Incoming && room != m_current) {
            auto &[count, mentioned] = unread[room];
            ++count;
            mentioned = mentioned || Room::mentions(m.body, room->nick());
        }
    }
    for (auto it = unread.cbegin(); it != unread.cend(); ++it)
        it.key()->addUnread(it.value().first, it.value().second);
    QList<StoreResult> now, history;
    for (qsizetype i = 0; i < results.size(); ++i)
        (live.value(i) ? now : history) << results.at(i);
    showInChats(history, false);
    showInChats(now, true);
    Q_EMIT messagesStored(results);
}

bool RoomsController::sendMessage(const QString &roomJid, const QString &text)
{
    Room *room = this->room(roomJid);
    const QString body = text.trimmed();
    if (!room || body.isEmpty() || room->nick().isEmpty())
        return false;
    ensureStore();
    StoredMessage m;
    m.account = m_ownJid;
    m.peer = room->jid();
    m.peerResource = room->nick();
    m.ownResource = m_client ? m_client->configuration().resource() : QString();
    m.direction = StoredMessage::Direction::Outgoing;
    m.body = MessageConversion::boundedBody(body);
    m.messageId = QXmppUtils::generateStanzaUuid();
    m.originId = m.messageId;  // receivers (and our own reflection) recognise it by this
    m.timeMs = QDateTime::currentMSecsSinceEpoch();
    m.state = StoredMessage::State::Queued;
    if (!m_store) {
        if (!room->isJoined())
            return false;
        sendStored(room, m);
        return true;
    }
    m_sending.insert(m_store->store({m}));
    return true;
}

void RoomsController::sendStored(Room *room, const StoredMessage &stored)
{
    if (!m_client)
        return;
    QXmppMessage message(QString(), room->jid(), stored.body);
    message.setType(QXmppMessage::GroupChat);
    message.setId(stored.messageId);
    message.setOriginId(stored.originId);
    const QString roomJid = room->jid();
    const QString id = stored.messageId;
    m_client->send(std::move(message)).then(this, [this, roomJid, id](QXmpp::SendResult &&result) {
        if (std::holds_alternative<QXmppError>(result) && m_store) {
            qCWarning(lcRooms) << "Sending to" << roomJid << "failed:" << std::get<QXmppError>(result).description;
            m_store->updateState(m_ownJid, id, StoredMessage::State::Failed, roomJid);
            showState(roomJid, id, StoredMessage::State::Failed);
        }
    });
    if (m_store && stored.state == StoredMessage::State::Queued) {
        m_store->updateState(m_ownJid, id, StoredMessage::State::Sent, roomJid);
        showState(roomJid, id, StoredMessage::State::Sent);
    }
}

// What was written while the room was not joined goes out now. Messages already handed to a
// stream (Sent) are not repeated: the room may have them, and a room does not de-duplicate.
void RoomsController::sendOutbox(Room *room)
{
    if (m_store)
        m_outboxFor.insert(m_store->fetchOutbox(m_ownJid), room->jid());
}

void RoomsController::handleOutbox(MessageStore::RequestId id, const QString &, const QList<StoredMessage> &messages)
{
    const QString roomJid = m_outboxFor.take(id);
    Room *room = m_rooms.value(roomJid);
    if (!room || !room->isJoined())
        return;
    for (const StoredMessage &m : messages) {
        if (m.peer == roomJid && m.state == StoredMessage::State::Queued)
            sendStored(room, m);
    }
}

// The newest stored messages of a room being joined. One with the room's stanza-id: the room
// archives, so the join asks for no history and the archive fills in from that message's time
// on. Otherwise history is asked for from the newest message on.
void RoomsController::handlePage(MessageStore::RequestId id, const MessagePage &page)
{
    if (!m_lastFor.contains(id))
        return;
    Room *room = m_rooms.value(m_lastFor.take(id));
    if (!room || room->state() != Room::State::Joining)
        return;
    m_archiveSince.remove(room->jid());
    for (auto it = page.messages.crbegin(); it != page.messages.crend(); ++it) {
        if (!it->stanzaId.isEmpty()) {
            m_archiveSince.insert(room->jid(), it->timeMs);
            sendJoinPresence(room, 0, 0);
            return;
        }
    }
    const qint64 since = page.messages.isEmpty() ? 0 : page.messages.constLast().timeMs + 1;
    sendJoinPresence(room, since, JoinHistoryStanzas);
}

// We are in a room that was joined without history: what it said since, from its archive.
void RoomsController::catchUpFromArchive(Room *room)
{
    const qint64 since = m_archiveSince.take(room->jid());
    ArchiveSync *archive = m_account->chats()->archive();
    if (since <= 0 || !archive || !m_client)
        return;
    lendNicksToArchive();
    qCInfo(lcRooms) << "Catching up with the archive of" << room->jid();
    archive->catchUpRoom(m_client, room->jid(), since);
}

// The archive tells our own room messages by our nick (they are stored as outgoing, and merge
// with the rows we stored when sending).
void RoomsController::lendNicksToArchive()
{
    ArchiveSync *archive = m_account->chats()->archive();
    if (!archive || archive->roomNick)
        return;
    archive->roomNick = [self = QPointer<RoomsController>(this)](const QString &roomJid) {
        const Room *r = self ? self->room(roomJid) : nullptr;
        return r ? r->nick() : QString();
    };
}
