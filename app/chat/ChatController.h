// 1:1 chat of one account: receives messages from every session of the account into per-buddy
// ChatModels (each message once, however many sessions or carbons deliver it), sends through
// the account's main session, and tracks which conversation is open and what is unread.
// Messages between one's own resources land in the conversation with one's own bare JID.
//
// Delivery receipts (XEP-0184): every message sent asks for one, and a receipt turns it
// "delivered". Requests are answered once per message, by the session the server delivered it
// to (never for carbons, errors, group chat or headlines, and only to contacts allowed to see
// our presence: a receipt tells that we are online).
// Chat states (XEP-0085): the composer reports typing (setComposing); the contact gets
// "composing" once, "paused" after a pause, "active" with the message or when the user stops or
// leaves the chat. The contact's states show in its ChatModel (peerTyping).
#pragma once

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <QXmppMessage.h>

#include <chrono>
#include <functional>

class ChatModel;
class QXmppClient;

class ChatController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Account owns one")
    Q_MOC_INCLUDE("chat/ChatModel.h")
    Q_PROPERTY(ChatModel *currentChat READ currentChat NOTIFY currentChatChanged)
    Q_PROPERTY(QString currentJid READ currentJid NOTIFY currentChatChanged)

public:
    // sender: the client that sends (the account's main session), or null while none is online.
    ChatController(const QString &ownBareJid, std::function<QXmppClient *()> sender, QObject *parent = nullptr);

    // Messages arriving through this client (one of the account's sessions) are received.
    void addClient(QXmppClient *client);

    ChatModel *currentChat() const { return m_current; }
    QString currentJid() const;

    Q_INVOKABLE ChatModel *conversation(const QString &bareJid);
    Q_INVOKABLE void openChat(const QString &bareJid);
    Q_INVOKABLE void closeChat();
    // Sends text to the open conversation; returns false if there is nothing to send or no chat.
    // resource: one of the contact's resources, or empty for the bare JID (the server picks).
    Q_INVOKABLE bool sendMessage(const QString &text, const QString &resource = {});
    bool sendMessage(const QString &bareJid, const QString &text, const QString &resource);
    // The user edited the open chat's draft: composing (text left) or not (the text is gone).
    Q_INVOKABLE void setComposing(bool composing, const QString &resource = {});
    int unreadCount(const QString &bareJid) const { return m_unread.value(bareJid); }

    // When our "composing" turns "paused" (5 s) and a contact's "composing" expires (30 s).
    void setChatStateTimeouts(std::chrono::milliseconds pause, std::chrono::milliseconds typingExpiry);

Q_SIGNALS:
    void currentChatChanged();
    void unreadCountChanged(const QString &bareJid, int count);
    void messageReceived(const QString &bareJid);

private:
    void handleMessage(QXmppClient *client, const QXmppMessage &message);
    void handleChatState(const QString &peer, const QXmppMessage &message);
    void answerReceipt(QXmppClient *client, const QXmppMessage &message);
    bool mayKnowWeAreOnline(QXmppClient *client, const QString &bareJid) const;
    bool isRepeatWithoutId(const QXmppMessage &message);
    void sendChatState(QXmppMessage::State state);
    void leaveComposing();

    QString m_ownJid;
    std::function<QXmppClient *()> m_sender;
    QHash<QString, ChatModel *> m_conversations;
    QHash<QString, int> m_unread;
    ChatModel *m_current = nullptr;
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
