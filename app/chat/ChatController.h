// 1:1 chat of one account, on the profile's MessageStore: nothing lives only in memory.
//
// Receiving: every message with a body that any session of the account receives (live, carbons
// of what our other resources send and receive, messages between our own resources) is
// converted with MessageConversion and stored, in batches; the open ChatModels get what the
// store answers, and newly inserted incoming messages are announced with messagesArrived. The
// store recognises one message arriving by several paths (sessions, carbons, the archive) by its
// stanza-id / origin-id. Messages of blocked contacts are neither stored nor shown.
//
// Sending goes through the Outbox (stored as Queued first, then sent, resent after a restart or
// on a new stream); corrections (XEP-0308) and attachments (an uploaded file's URL) too.
// The archive (ArchiveSync, XEP-0313) catches up when the main session starts a new stream and
// fetches older pages when a model runs out of stored history.
//
// Delivery receipts (XEP-0184): every message sent asks for one, and a receipt turns it
// "delivered". Requests are answered once per message, by the session the server delivered it
// to (never for carbons, errors, group chat or headlines, and only to contacts allowed to see
// our presence: a receipt tells that we are online).
// Chat states (XEP-0085): the composer reports typing (setComposing); the contact gets
// "composing" once, "paused" after a pause, "active" with the message or when the user stops or
// leaves the chat. The contact's states show in its ChatModel (peerTyping).
#pragma once

#include "StoredMessage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <QXmppMessage.h>

#include <chrono>
#include <functional>

class ArchiveSync;
class ChatModel;
class MessageStore;
class Outbox;
class QXmppClient;

class ChatController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Account owns one")
    Q_MOC_INCLUDE("chat/ChatModel.h")
    Q_MOC_INCLUDE("chat/ArchiveSync.h")
    Q_PROPERTY(ChatModel *currentChat READ currentChat NOTIFY currentChatChanged)
    Q_PROPERTY(QString currentJid READ currentJid NOTIFY currentChatChanged)
    // The server archive's catch-up and paging (progress for the view).
    Q_PROPERTY(ArchiveSync *archive READ archive NOTIFY archiveChanged)

public:
    // sender: the client that sends (the account's main session), or null while none is online.
    ChatController(const QString &ownBareJid, std::function<QXmppClient *()> sender, QObject *parent = nullptr);
    ~ChatController() override;

    // Messages arriving through this client (one of the account's sessions) are received; its
    // coming online sends the outbox (and, for the main session on a new stream, catches up
    // with the archive).
    void addClient(QXmppClient *client);
    // The profile's store (AccountsModel's); also creates the account's ArchiveSync on it.
    void setStore(MessageStore *store);
    MessageStore *store() const { return m_store; }
    // Replaces the archive (tests); the controller does not take ownership of one passed here.
    void setArchive(ArchiveSync *archive);
    ArchiveSync *archive() const { return m_archive; }
    // Whether a contact is blocked (XEP-0191): its messages are dropped.
    void setBlockedCheck(std::function<bool(const QString &bareJid)> isBlocked);
    // Whether a JID is a group chat room (RoomsController's): rooms have their own message
    // path, so 1:1 messages and bounces from a room JID are not this controller's, and the
    // outbox never resends a room message as a chat.
    void setRoomCheck(std::function<bool(const QString &bareJid)> isRoom);

    ChatModel *currentChat() const { return m_current; }
    QString currentJid() const;

    Q_INVOKABLE ChatModel *conversation(const QString &bareJid);
    Q_INVOKABLE void openChat(const QString &bareJid);
    // Opens the conversation at a stored row (search results): its model shows the page around
    // it and emits positionRequested.
    Q_INVOKABLE void openChatAt(const QString &bareJid, qint64 rowId);
    Q_INVOKABLE void closeChat();
    // Sends text to the open conversation (queued while offline); false if there is nothing to
    // send or no chat. resource: one of the contact's resources, or empty for the bare JID.
    Q_INVOKABLE bool sendMessage(const QString &text, const QString &resource = {});
    bool sendMessage(const QString &bareJid, const QString &text, const QString &resource);
    // XEP-0308: replaces the last message we sent in the open conversation; false if there is
    // none (or no text).
    Q_INVOKABLE bool correctLast(const QString &text);
    bool correctLast(const QString &bareJid, const QString &text);
    // An uploaded file: its URL as the body and as XEP-0066 out-of-band data.
    bool sendAttachment(const QString &bareJid, const QUrl &url);
    // Sends a failed message again (the view's Retry); bareJid: its conversation (default: the
    // open one).
    Q_INVOKABLE void retry(const QString &messageId, const QString &bareJid = {});
    // The user edited the open chat's draft: composing (text left) or not (the text is gone).
    Q_INVOKABLE void setComposing(bool composing, const QString &resource = {});

    // Messages another part stored (archive catch-up, rooms): shown in the open models; newly
    // inserted incoming ones are arrivals (live: received now rather than from an archive).
    void showStored(const QList<StoreResult> &results, bool live = false);

    // When our "composing" turns "paused" (5 s) and a contact's "composing" expires (30 s).
    void setChatStateTimeouts(std::chrono::milliseconds pause, std::chrono::milliseconds typingExpiry);

Q_SIGNALS:
    void currentChatChanged();
    void archiveChanged();
    // Newly stored incoming messages of one conversation (count of them, the last one's text);
    // live: received now, not from an archive catch-up.
    void messagesArrived(const QString &bareJid, int count, const QString &lastPreview, bool live);

private:
    void handleMessage(QXmppClient *client, const QXmppMessage &message);
    void handleConnected(QXmppClient *client);
    void storeIncoming();
    void onStored(quint64 requestId, const QList<StoreResult> &results);
    void fetchOlder(ChatModel *model, const QString &beforeStanzaId, qint64 beforeTimeMs);
    bool isBlocked(const QString &bareJid) const { return m_isBlocked && m_isBlocked(bareJid); }
    QString lastOwnMessageId(const QString &peer) const;
    // Chat states and receipts (ChatStates.cpp).
    void handleChatState(const QString &peer, const QXmppMessage &message);
    void answerReceipt(QXmppClient *client, const QXmppMessage &message);
    bool mayKnowWeAreOnline(QXmppClient *client, const QString &bareJid) const;
    bool isResourceAvailable(QXmppClient *client, const QString &fullJid) const;
    bool isRepeatWithoutId(const QXmppMessage &message);
    void sendChatState(QXmppMessage::State state);
    void leaveComposing();
    void activeSent(const QString &bareJid);

    QString m_ownJid;
    std::function<QXmppClient *()> m_sender;
    std::function<bool(const QString &)> m_isBlocked;
    std::function<bool(const QString &)> m_isRoom;
    MessageStore *m_store = nullptr;  // the profile's; outlives the accounts
    ArchiveSync *m_archive = nullptr;
    Outbox *m_outbox;
    QHash<QString, ChatModel *> m_conversations;  // by lower-case bare JID
    ChatModel *m_current = nullptr;
    // Received messages waiting for the next batch to the store, and the batches on their way.
    QList<StoredMessage> m_incoming;
    QTimer m_incomingTimer;
    QSet<quint64> m_incomingRequests;
    QHash<QString, QString> m_lastSent;  // peer -> id of the last message we sent there
    QHash<QString, qint64> m_recentWithoutId;  // sender, recipient and body -> when (ms)
    // Receipts sent (sender and id), oldest first, bounded: a message reaching several
    // sessions is answered once.
    QSet<QString> m_answered;
    QQueue<QString> m_answeredOrder;

    // Our chat state in the open conversation, and where it went (bare or full JID).
    QXmppMessage::State m_ownState = QXmppMessage::None;
    QString m_stateTo;
    QTimer m_pauseTimer;
    std::chrono::milliseconds m_typingExpiry;
    // Contacts whose last message came without a chat state: their client does not do them,
    // so standalone notifications would only be noise (XEP-0085 §5.1).
    QSet<QString> m_withoutChatStates;
};
