// Group chat (XEP-0045) of one account: joins, creates and leaves rooms through the account's
// main session, keeps the rooms as XEP-0402 bookmarks (autojoined at login), and stores every
// room message in the profile's MessageStore (peer = the room's JID, peerResource = the nick,
// Outgoing when the nick is ours, stanza-id by the room), so the chat views page room history
// like any conversation. Our own messages are stored first (Queued, origin-id = id), sent when
// the room is joined, and the room's reflection of them is the same row (origin-id), which it
// turns Acknowledged.
//
// On a new stream (not a resumed one) every room we were in is joined again. A room whose
// stored messages carry its stanza-ids keeps an archive (XEP-0313): it is joined without
// history and caught up from its archive since the newest of them, so nothing said while we
// were away is lost to the join history's limit (Prosody: 20). Other rooms are asked for the
// history since the newest stored message (MUC <history since/>, at most 50).
#pragma once

#include "chat/MessageStore.h"

#include <QXmppClient.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

#include <functional>

class Account;
class ChatController;
class ChatModel;
class Room;
class Session;
class RoomsModel;
class QXmppClient;
class QXmppMessage;
class QXmppPresence;
struct RoomBookmark;

class RoomsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Account owns one")
    Q_MOC_INCLUDE("muc/RoomsModel.h")
    Q_MOC_INCLUDE("muc/Room.h")
    Q_MOC_INCLUDE("chat/ChatModel.h")
    Q_PROPERTY(RoomsModel *model READ model CONSTANT)
    Q_PROPERTY(Room *currentRoom READ currentRoom NOTIFY currentRoomChanged)
    // Where a room name without a service goes ("conference.example.org").
    Q_PROPERTY(QString defaultService READ defaultService CONSTANT)
    Q_PROPERTY(QString defaultNick READ defaultNick CONSTANT)
    // The bookmarks were read from the server this login (the list is complete).
    Q_PROPERTY(bool bookmarksLoaded READ bookmarksLoaded NOTIFY bookmarksLoadedChanged)

public:
    // Room history asked for at a join without an archive to catch up from (XEP-0045
    // §7.2.13): enough to see what is going on.
    static constexpr int JoinHistoryStanzas = 50;

    explicit RoomsController(Account *account, QObject *parent = nullptr);
    ~RoomsController() override;

    // The profile's message store; by default the account's ChatController's (AccountsModel
    // gives it one), taken when first needed.
    void setStore(MessageStore *store);
    MessageStore *store() const { return m_store; }

    RoomsModel *model() const { return m_model; }
    Room *currentRoom() const { return m_current; }
    QString defaultService() const;
    QString defaultNick() const;
    bool bookmarksLoaded() const { return m_bookmarksLoaded; }

    // The room with this JID, or null if the account does not know it.
    Q_INVOKABLE Room *room(const QString &roomJid) const;
    bool isRoom(const QString &jid) const { return m_rooms.contains(jid.toLower()); }
    // "name" alone means name@defaultService; returns the bare room JID ("" if invalid).
    Q_INVOKABLE QString roomJidFor(const QString &nameOrJid) const;

    // Joins (nick empty: defaultNick) and, with remember, keeps the room as a bookmark that is
    // joined at every login. Returns false for an invalid JID.
    Q_INVOKABLE bool join(const QString &roomJid, const QString &nick = {}, const QString &password = {},
                          bool remember = true);
    // Creates the room and joins it: instant (the service's default configuration) or, with
    // reserved, configured first with the name and as persistent. A room that exists already
    // is simply joined.
    Q_INVOKABLE bool create(const QString &roomJid, const QString &nick = {}, const QString &name = {},
                            bool reserved = false);
    // Leaves the room; its bookmark stays but no longer autojoins. forget: the bookmark goes too
    // (and the room leaves the list; its stored messages stay).
    Q_INVOKABLE void leave(const QString &roomJid, bool forget = false);
    // Stores the message and sends it (type groupchat) if the room is joined, else when it is.
    Q_INVOKABLE bool sendMessage(const QString &roomJid, const QString &text);
    // The room's conversation (the account's ChatController's model, in group chat mode with
    // our nick): what the room page shows and pages back through.
    Q_INVOKABLE ChatModel *conversation(const QString &roomJid);
    // The room the user looks at: its unread count clears; null: none.
    Q_INVOKABLE void openRoom(const QString &roomJid);
    Q_INVOKABLE void closeRoom() { openRoom({}); }

Q_SIGNALS:
    void currentRoomChanged();
    void bookmarksLoadedChanged();
    // Room messages were stored (inserted or merged): for ChatController::showStored.
    void messagesStored(const QList<StoreResult> &results);
    // An outgoing room message moved on (Sent, Acknowledged by its reflection, Failed): for the
    // open ChatModel's updateState.
    void messageStateChanged(const QString &roomJid, const QString &messageId, StoredMessage::State state);
    // A join or create failed, in words.
    void errorOccurred(const QString &roomJid, const QString &message);

private:
    Room *ensureRoom(const QString &roomJid);
    bool ensureStore();
    void showInChats(const QList<StoreResult> &results, bool live);
    void showState(const QString &roomJid, const QString &messageId, StoredMessage::State state);
    QXmppClient *client() const { return m_client; }
    void watchSessions();
    void sessionLoggedIn(QXmppClient *client);
    void sessionStateChanged(Session *session);
    void switchTo(QXmppClient *client);
    void startRooms();
    void loadBookmarks();
    void saveBookmark(Room *room);
    void sendJoin(Room *room);
    void sendJoinPresence(Room *room, qint64 sinceMs, int maxStanzas);
    void roomCreated(Room *room);
    void handlePresence(QXmppClient *from, const QXmppPresence &presence);
    void requestRoomName(Room *room);

    // RoomMessages.cpp (roomCreated and requestRoomName: RoomSetup.cpp)
    void handleMessage(QXmppClient *from, const QXmppMessage &message);
    void queueForStore(const StoredMessage &message, bool live);
    void flushStore();
    void handleStored(MessageStore::RequestId id, const QList<StoreResult> &results);
    void sendStored(Room *room, const StoredMessage &message);
    void sendOutbox(Room *room);
    void handleOutbox(MessageStore::RequestId id, const QString &account, const QList<StoredMessage> &messages);
    void handlePage(MessageStore::RequestId id, const MessagePage &page);
    void catchUpFromArchive(Room *room);
    void lendNicksToArchive();

    Account *m_account;
    QString m_ownJid;
    MessageStore *m_store = nullptr;
    RoomsModel *m_model;
    QHash<QString, Room *> m_rooms;  // by bare JID, lower case
    Room *m_current = nullptr;
    QPointer<QXmppClient> m_client;  // the session the rooms are joined through
    QSet<QXmppClient *> m_watched;
    bool m_bookmarksLoaded = false;
    QSet<QString> m_leaving;            // rooms left whose confirmation is still to come
    QSet<QString> m_wanted;             // rooms to be in (joined by the user, or autojoin)
    QHash<QString, bool> m_creating;    // room -> reserved, until its 201 arrives
    QHash<QString, QString> m_roomNames;  // a name asked for at create, for the configuration

    // Messages waiting for one store() batch, and which of them arrived live.
    QList<StoredMessage> m_toStore;
    QList<bool> m_toStoreLive;
    bool m_flushQueued = false;
    QHash<MessageStore::RequestId, QList<bool>> m_storing;  // live flags per batch
    QHash<QString, QPointer<ChatModel>> m_conversations;     // room -> its open model
    QSet<MessageStore::RequestId> m_sending;                // our own new messages being stored
    QHash<MessageStore::RequestId, QString> m_outboxFor;    // room whose outbox was asked for
    QHash<MessageStore::RequestId, QString> m_lastFor;      // room whose newest row was asked for
    // Rooms joined without history: the time of the newest stored message with the room's
    // stanza-id, where the room's archive catch-up starts once we are in.
    QHash<QString, qint64> m_archiveSince;
};
