// 1:1 chat of one account: receives messages into per-buddy ChatModels, sends, and tracks
// which conversation is open and what is unread.
#pragma once

#include <QHash>
#include <QObject>
#include <QtQml/qqmlregistration.h>

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
    explicit ChatController(QXmppClient *client, QObject *parent = nullptr);

    ChatModel *currentChat() const { return m_current; }
    QString currentJid() const;

    Q_INVOKABLE ChatModel *conversation(const QString &bareJid);
    Q_INVOKABLE void openChat(const QString &bareJid);
    Q_INVOKABLE void closeChat();
    // Sends text to the open conversation; returns false if there is nothing to send or no chat.
    Q_INVOKABLE bool sendMessage(const QString &text);
    bool sendMessage(const QString &bareJid, const QString &text);
    int unreadCount(const QString &bareJid) const { return m_unread.value(bareJid); }

Q_SIGNALS:
    void currentChatChanged();
    void unreadCountChanged(const QString &bareJid, int count);
    void messageReceived(const QString &bareJid);

private:
    void handleMessage(const QXmppMessage &message);

    QXmppClient *m_client;
    QHash<QString, ChatModel *> m_conversations;
    QHash<QString, int> m_unread;
    ChatModel *m_current = nullptr;
};
