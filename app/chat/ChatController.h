// 1:1 chat of one account: receives messages from every session of the account into per-buddy
// ChatModels (each message once, however many sessions or carbons deliver it), sends through
// the account's main session, and tracks which conversation is open and what is unread.
// Messages between one's own resources land in the conversation with one's own bare JID.
#pragma once

#include <QHash>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

class ChatModel;
class QXmppClient;
class QXmppMessage;

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
    int unreadCount(const QString &bareJid) const { return m_unread.value(bareJid); }

Q_SIGNALS:
    void currentChatChanged();
    void unreadCountChanged(const QString &bareJid, int count);
    void messageReceived(const QString &bareJid);

private:
    void handleMessage(QXmppClient *client, const QXmppMessage &message);
    bool isRepeatWithoutId(const QXmppMessage &message);

    QString m_ownJid;
    std::function<QXmppClient *()> m_sender;
    QHash<QString, ChatModel *> m_conversations;
    QHash<QString, int> m_unread;
    ChatModel *m_current = nullptr;
    QHash<QString, qint64> m_recentWithoutId;  // sender, recipient and body -> when (ms)
};
