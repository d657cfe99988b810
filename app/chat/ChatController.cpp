#include "ChatController.h"

#include "ChatModel.h"
#include "core/Logging.h"

#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

ChatController::ChatController(QXmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &QXmppClient::messageReceived, this, &ChatController::handleMessage);
}

QString ChatController::currentJid() const
{
    return m_current ? m_current->peerJid() : QString();
}

ChatModel *ChatController::conversation(const QString &bareJid)
{
    auto &model = m_conversations[bareJid];
    if (!model)
        model = new ChatModel(bareJid, this);
    return model;
}

void ChatController::openChat(const QString &bareJid)
{
    auto *model = bareJid.isEmpty() ? nullptr : conversation(bareJid);
    if (model != m_current) {
        m_current = model;
        Q_EMIT currentChatChanged();
    }
    if (m_unread.remove(bareJid))
        Q_EMIT unreadCountChanged(bareJid, 0);
}

void ChatController::closeChat()
{
    openChat({});
}

bool ChatController::sendMessage(const QString &text)
{
    return m_current && sendMessage(m_current->peerJid(), text);
}

bool ChatController::sendMessage(const QString &bareJid, const QString &text)
{
    const auto body = text.trimmed();
    if (body.isEmpty() || bareJid.isEmpty())
        return false;
    QXmppMessage message(QString(), bareJid, body);
    message.setType(QXmppMessage::Chat);
    message.setId(QXmppUtils::generateStanzaUuid());
    message.setReceiptRequested(true);
    auto *model = conversation(bareJid);
    model->append({message.id(), body, QDateTime::currentDateTimeUtc(), true, ChatModel::Delivery::Sending});

    const QString id = message.id();
    QPointer<ChatModel> guard(model);
    m_client->sendSensitive(std::move(message)).then(this, [guard, id](QXmpp::SendResult &&result) {
        if (!guard)
            return;
        const bool ok = std::holds_alternative<QXmpp::SendSuccess>(result);
        if (!ok)
            qCWarning(lcChat) << "Sending failed:" << std::get<QXmppError>(result).description;
        guard->setDelivery(id, ok ? ChatModel::Delivery::Sent : ChatModel::Delivery::Failed);
    });
    return true;
}

void ChatController::handleMessage(const QXmppMessage &message)
{
    if (message.body().isEmpty() || message.type() == QXmppMessage::GroupChat || message.type() == QXmppMessage::Error
        || message.type() == QXmppMessage::Headline)
        return;
    const auto from = QXmppUtils::jidToBareJid(message.from());
    const auto own = QXmppUtils::jidToBareJid(m_client->configuration().jid());
    // A carbon copy of our own message from another resource belongs to the recipient's chat.
    const bool outgoing = from == own;
    const auto peer = outgoing ? QXmppUtils::jidToBareJid(message.to()) : from;
    if (peer.isEmpty() || peer == own)
        return;

    const auto stamp = message.stamp().isValid() ? message.stamp().toUTC() : QDateTime::currentDateTimeUtc();
    conversation(peer)->append({message.id(), message.body(), stamp, outgoing,
                                outgoing ? ChatModel::Delivery::Sent : ChatModel::Delivery::Received});
    qCDebug(lcChat) << "Message from" << peer;
    if (!outgoing && (!m_current || m_current->peerJid() != peer)) {
        const int unread = ++m_unread[peer];
        Q_EMIT unreadCountChanged(peer, unread);
    }
    Q_EMIT messageReceived(peer);
}
