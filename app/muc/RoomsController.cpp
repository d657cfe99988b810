#include "RoomsController.h"

#include "BookmarkStore.h"
#include "OccupantsModel.h"
#include "Room.h"
#include "RoomsModel.h"
#include "account/Account.h"
#include "account/ConnectionController.h"
#include "account/Session.h"
#include "chat/ChatController.h"
#include "chat/ChatModel.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QTimeZone>
#include <QXmppClient.h>
#include <QXmppTask.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppElement.h>
#include <QXmppMucIq.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

namespace {
const QString MucNs = QStringLiteral("http://jabber.org/protocol/muc");

bool isValidRoomJid(const QString &jid)
{
    return !QXmppUtils::jidToUser(jid).isEmpty() && !QXmppUtils::jidToDomain(jid).isEmpty()
           && QXmppUtils::jidToResource(jid).isEmpty() && !jid.contains(QLatin1Char(' '));
}
}  // namespace

RoomsController::RoomsController(Account *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_ownJid(account->jid().toLower())
    , m_model(new RoomsModel(this))
{
    watchSessions();
    connect(account, &Account::sessionsChanged, this, &RoomsController::watchSessions);
}

RoomsController::~RoomsController() = default;

void RoomsController::setStore(MessageStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store)
        return;
    connect(store, &MessageStore::stored, this, &RoomsController::handleStored);
    connect(store, &MessageStore::outboxLoaded, this, &RoomsController::handleOutbox);
    connect(store, &MessageStore::pageLoaded, this, &RoomsController::handlePage);
    for (const QString &jid : m_rooms.keys())
        store->markRoom(m_ownJid, jid);
}

bool RoomsController::ensureStore()
{
    if (!m_store && m_account->chats()->store())
        setStore(m_account->chats()->store());
    return m_store;
}

ChatModel *RoomsController::conversation(const QString &roomJid)
{
    Room *room = this->room(roomJid);
    if (!room)
        return nullptr;
    ensureStore();
    lendNicksToArchive();  // for paging back through the room's archive
    ChatModel *model = m_account->chats()->conversation(room->jid());
    model->setRoomNick(room->nick().isEmpty() ? defaultNick() : room->nick());
    if (!m_conversations.contains(room->jid())) {
        connect(room, &Room::nickChanged, model, [model, room] { model->setRoomNick(room->nick()); });
        m_conversations.insert(room->jid(), model);
    }
    return model;
}

// Room messages reach the open views and the unread counts like any others.
void RoomsController::showInChats(const QList<StoreResult> &results, bool live)
{
    if (!results.isEmpty())
        m_account->chats()->showStored(results, live);
}

void RoomsController::showState(const QString &roomJid, const QString &messageId, StoredMessage::State state)
{
    if (auto model = m_conversations.value(roomJid))
        model->updateState(messageId, state);
    Q_EMIT messageStateChanged(roomJid, messageId, state);
}

QString RoomsController::defaultService() const
{
    return QStringLiteral("conference.") + QXmppUtils::jidToDomain(m_ownJid);
}

QString RoomsController::defaultNick() const
{
    return m_account->displayName();
}

Room *RoomsController::room(const QString &roomJid) const
{
    return m_rooms.value(roomJid.toLower());
}

QString RoomsController::roomJidFor(const QString &nameOrJid) const
{
    QString jid = nameOrJid.trimmed().toLower();
    if (!jid.isEmpty() && !jid.contains(QLatin1Char('@')))
        jid += QLatin1Char('@') + defaultService();
    return isValidRoomJid(jid) ? jid : QString();
}

Room *RoomsController::ensureRoom(const QString &roomJid)
{
    const QString jid = roomJid.toLower();
    Room *&room = m_rooms[jid];
    if (!room) {
        room = new Room(jid, this);
        connect(room, &Room::joined, this, [this, room] {
            sendOutbox(room);
            catchUpFromArchive(room);
        });
        m_model->add(room);
        // Its stanza-ids are the room's: never where the own archive's catch-up starts.
        if (m_store)
            m_store->markRoom(m_ownJid, jid);
    }
    return room;
}

// Every session's stanzas are watched; only those of the session the rooms use count.
void RoomsController::watchSessions()
{
    for (Session *session : m_account->sessions()) {
        QXmppClient *client = session->client();
        if (m_watched.contains(client))
            continue;
        m_watched.insert(client);
        connect(client, &QObject::destroyed, this, [this, client] { m_watched.remove(client); });
        connect(client, &QXmppClient::messageReceived, this,
                [this, client](const QXmppMessage &message) { handleMessage(client, message); });
        connect(client, &QXmppClient::presenceReceived, this,
                [this, client](const QXmppPresence &presence) { handlePresence(client, presence); });
        connect(session->connection(), &ConnectionController::loggedIn, this, [this, client] { sessionLoggedIn(client); });
        connect(session->connection(), &ConnectionController::stateChanged, this,
                [this, session] { sessionStateChanged(session); });
    }
}

// The main session logged in: on a new stream the rooms are joined again (a resumed stream
// kept us in them); a session that became the main one takes the rooms over.
void RoomsController::sessionLoggedIn(QXmppClient *client)
{
    ensureStore();
    if (client != m_account->mainClient())
        return;
    if (client == m_client && client->streamManagementState() == QXmppClient::ResumedStream)
        return;
    switchTo(client);
}

// The session the rooms went through went offline while another is online: that one takes
// over (a new full JID, so the rooms are joined again). With none online the rooms wait for
// the next login, which may resume the stream and keep us in them.
void RoomsController::sessionStateChanged(Session *session)
{
    if (session->client() != m_client || session->isOnline())
        return;
    if (QXmppClient *main = m_account->mainClient(); main && main != m_client)
        switchTo(main);
}

void RoomsController::switchTo(QXmppClient *client)
{
    if (m_client && m_client != client && m_client->isAuthenticated()) {
        // The old session leaves the rooms: one of our resources in each is enough.
        for (Room *room : std::as_const(m_rooms)) {
            if (room->state() == Room::State::NotJoined || room->state() == Room::State::Failed)
                continue;
            QXmppPresence presence(QXmppPresence::Unavailable);
            presence.setTo(room->jid() + QLatin1Char('/') + room->nick());
            m_client->send(std::move(presence));
        }
    }
    m_client = client;
    m_leaving.clear();
    startRooms();
}

void RoomsController::startRooms()
{
    for (Room *room : std::as_const(m_rooms))
        room->setNotJoined();
    // Rooms the user joined this run go first; the bookmarks add the autojoin ones.
    for (const QString &jid : std::as_const(m_wanted))
        sendJoin(ensureRoom(jid));
    loadBookmarks();
}

void RoomsController::loadBookmarks()
{
    BookmarkStore::load(m_client, this, [this, client = m_client](const QList<RoomBookmark> &bookmarks, const QString &error) {
        if (client != m_client)
            return;  // an answer for a session no longer used
        if (!error.isEmpty())
            return;
        for (const RoomBookmark &bookmark : bookmarks) {
            Room *room = ensureRoom(bookmark.jid);
            room->setBookmark(bookmark);
            if (bookmark.autojoin && !m_wanted.contains(room->jid())) {
                m_wanted.insert(room->jid());
                sendJoin(room);
            }
        }
        qCInfo(lcRooms) << "Bookmarks of" << m_ownJid << ":" << bookmarks.size();
        if (!std::exchange(m_bookmarksLoaded, true))
            Q_EMIT bookmarksLoadedChanged();
    });
}

void RoomsController::saveBookmark(Room *room)
{
    BookmarkStore::publish(m_client, room->bookmark(), this);
}

bool RoomsController::join(const QString &roomJid, const QString &nick, const QString &password, bool remember)
{
    const QString jid = roomJidFor(roomJid);
    if (jid.isEmpty())
        return false;
    Room *room = ensureRoom(jid);
    room->setNick(nick.trimmed().isEmpty() ? (room->nick().isEmpty() ? defaultNick() : room->nick()) : nick.trimmed());
    if (!password.isEmpty())
        room->setPassword(password);
    m_wanted.insert(jid);
    if (remember) {
        RoomBookmark bookmark = room->bookmark();
        bookmark.nick = room->nick();
        bookmark.password = room->password();
        bookmark.autojoin = true;
        room->setBookmark(bookmark);
        saveBookmark(room);
    }
    if (room->state() == Room::State::NotJoined || room->state() == Room::State::Failed)
        sendJoin(room);
    return true;
}

bool RoomsController::create(const QString &roomJid, const QString &nick, const QString &name, bool reserved)
{
    const QString jid = roomJidFor(roomJid);
    if (jid.isEmpty())
        return false;
    m_creating.insert(jid, reserved);
    if (!name.trimmed().isEmpty()) {
        m_roomNames.insert(jid, name.trimmed());
        Room *room = ensureRoom(jid);
        RoomBookmark bookmark = room->bookmark();
        bookmark.name = name.trimmed();
        room->setBookmark(bookmark, room->isBookmarked());
    }
    return join(jid, nick, {}, true);
}

void RoomsController::leave(const QString &roomJid, bool forget)
{
    Room *room = this->room(roomJid);
    if (!room)
        return;
    m_wanted.remove(room->jid());
    if (m_client && room->state() != Room::State::NotJoined) {
        QXmppPresence presence(QXmppPresence::Unavailable);
        presence.setTo(room->jid() + QLatin1Char('/') + room->nick());
        m_client->send(std::move(presence));
        m_leaving.insert(room->jid());  // its answer is not about a join that may follow
    }
    room->setNotJoined();
    if (forget) {
        if (room->isBookmarked())
            BookmarkStore::retract(m_client, room->jid(), this);
        if (m_current == room)
            openRoom({});
        m_rooms.remove(room->jid());
        m_model->remove(room);
        room->deleteLater();
    } else if (room->isBookmarked() && room->autojoin()) {
        RoomBookmark bookmark = room->bookmark();
        bookmark.autojoin = false;
        room->setBookmark(bookmark);
        saveBookmark(room);
    }
}

void RoomsController::openRoom(const QString &roomJid)
{
    Room *room = roomJid.isEmpty() ? nullptr : this->room(roomJid);
    if (room)
        room->clearUnread();
    if (std::exchange(m_current, room) != room)
        Q_EMIT currentRoomChanged();
}

// Asks the store for the room's newest messages first: the history asked for starts there.
void RoomsController::sendJoin(Room *room)
{
    if (!m_client || room->nick().isEmpty())
        return;
    room->setJoining();
    if (!ensureStore()) {
        sendJoinPresence(room, 0, JoinHistoryStanzas);
        return;
    }
    // Several: the newest may be our own, not yet reflected (no stanza-id by the room).
    m_lastFor.insert(m_store->fetchNewest(m_ownJid, room->jid(), 20), room->jid());
}

void RoomsController::sendJoinPresence(Room *room, qint64 sinceMs, int maxStanzas)
{
    if (!m_client)
        return;
    QXmppPresence presence = m_client->clientPresence();
    presence.setType(QXmppPresence::Available);
    presence.setTo(room->jid() + QLatin1Char('/') + room->nick());
    QXmppElement x;
    x.setTagName(QStringLiteral("x"));
    x.setAttribute(QStringLiteral("xmlns"), MucNs);
    QXmppElement history;
    history.setTagName(QStringLiteral("history"));
    history.setAttribute(QStringLiteral("maxstanzas"), QString::number(maxStanzas));
    if (sinceMs > 0 && maxStanzas > 0)
        history.setAttribute(QStringLiteral("since"), QXmppUtils::datetimeToString(QDateTime::fromMSecsSinceEpoch(sinceMs, QTimeZone::UTC)));
    x.appendChild(history);
    if (!room->password().isEmpty()) {
        QXmppElement password;
        password.setTagName(QStringLiteral("password"));
        password.setValue(room->password());
        x.appendChild(password);
    }
    auto extensions = presence.extensions();
    extensions << x;
    presence.setExtensions(extensions);
    qCInfo(lcRooms) << "Joining" << room->jid() << "as" << room->nick();
    m_client->send(std::move(presence));
}

void RoomsController::handlePresence(QXmppClient *from, const QXmppPresence &presence)
{
    if (from != m_client)
        return;
    Room *room = m_rooms.value(QXmppUtils::jidToBareJid(presence.from()).toLower());
    if (!room)
        return;
    if (presence.type() == QXmppPresence::Unavailable && QXmppUtils::jidToResource(presence.from()) == room->nick()
        && m_leaving.remove(room->jid()))
        return;  // the room confirms we left
    if (room->state() == Room::State::NotJoined)
        return;
    const bool wasJoining = room->state() == Room::State::Joining;
    const bool created = room->handlePresence(presence);
    if (created)
        roomCreated(room);
    else if (m_creating.contains(room->jid()) && room->isJoined())
        m_creating.remove(room->jid());  // it existed already: joined, nothing to configure
    if (wasJoining && room->isJoined())
        requestRoomName(room);
    if (room->state() == Room::State::Failed) {
        m_wanted.remove(room->jid());
        m_creating.remove(room->jid());
        Q_EMIT errorOccurred(room->jid(), room->error());
    }
}
