#include "ChatController.h"

#include "ChatModel.h"
#include "core/Logging.h"

#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

ChatController::ChatController(const QString &ownBareJid, std::function<QXmppClient *()> sender, QObject *parent)
    : QObject(parent)
    , m_ownJid(ownBareJid)
    , m_sender(std::move(sender))
{
}

void ChatController::addClient(QXmppClient *client)
{
    connect(client, &QXmppClient::messageReceived, this,
            [this, client](const QXmppMessage &message) { handleMessage(client, message); });
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

bool ChatController::sendMessage(const QString &text, const QString &resource)
{
    return m_current && sendMessage(m_current->peerJid(), text, resource);
}

bool ChatController::sendMessage(const QString &bareJid, const QString &text, const QString &resource)
{
    const auto body = text.trimmed();
    auto *client = m_sender();
    if (body.isEmpty() || bareJid.isEmpty() || !client)
        return false;
    const QString to = resource.isEmpty() ? bareJid : bareJid + QLatin1Char('/') + resource;
    QXmppMessage message(QString(), to, body);
    message.setType(QXmppMessage::Chat);
    message.setId(QXmppUtils::generateStanzaUuid());
    message.setReceiptRequested(true);
    auto *model = conversation(bareJid);
    model->append({message.id(), body, QDateTime::currentDateTimeUtc(), true, ChatModel::Delivery::Sending,
                   client->configuration().resource()});

    const QString id = message.id();
    QPointer<ChatModel> guard(model);
    client->sendSensitive(std::move(message)).then(this, [guard, id](QXmpp::SendResult &&result) {
        if (!guard)
            return;
        const bool ok = std::holds_alternative<QXmpp::SendSuccess>(result);
        if (!ok)
            qCWarning(lcChat) << "Sending failed:" << std::get<QXmppError>(result).description;
        guard->setDelivery(id, ok ? ChatModel::Delivery::Sent : ChatModel::Delivery::Failed);
    });
    return true;
}

void ChatController::handleMessage(QXmppClient *client, const QXmppMessage &message)
{
    if (message.body().isEmpty() || message.type() == QXmppMessage::GroupChat || message.type() == QXmppMessage::Error
        || message.type() == QXmppMessage::Headline)
        return;
    const auto from = QXmppUtils::jidToBareJid(message.from());
    const auto to = QXmppUtils::jidToBareJid(message.to());
    // From our own bare JID: a carbon copy of what another resource sent to someone (it belongs
    // to the recipient's chat), or a message between our own resources (our own conversation).
    const bool outgoing = from == m_ownJid && to != m_ownJid && !to.isEmpty();
    const auto peer = outgoing ? to : from;
    if (peer.isEmpty())
        return;

    if (message.id().isEmpty() && isRepeatWithoutId(message))
        return;  // the same id-less message through another session or as a carbon
    const auto stamp = message.stamp().isValid() ? message.stamp().toUTC() : QDateTime::currentDateTimeUtc();
    const bool added = conversation(peer)->append({message.id(), message.body(), stamp, outgoing,
                                                   outgoing ? ChatModel::Delivery::Sent : ChatModel::Delivery::Received,
                                                   QXmppUtils::jidToResource(message.from())});
    if (!added)
        return;  // another session (or a carbon) brought it first
    qCDebug(lcChat) << "Message from" << peer << "through" << client->configuration().resource();
    if (!outgoing && (!m_current || m_current->peerJid() != peer)) {
        const int unread = ++m_unread[peer];
        Q_EMIT unreadCountChanged(peer, unread);
    }
    Q_EMIT messageReceived(peer);
}

// Messages without an id (old clients) cannot be matched by id: the same sender, recipient and
// body within two seconds is taken as the same message arriving by another path.
bool ChatController::isRepeatWithoutId(const QXmppMessage &message)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_recentWithoutId.begin(); it != m_recentWithoutId.end();)
        it = now - it.value() > 2000 ? m_recentWithoutId.erase(it) : std::next(it);
    const QString key = message.from() + QLatin1Char('\n') + message.to() + QLatin1Char('\n') + message.body();
    if (m_recentWithoutId.contains(key))
        return true;
    m_recentWithoutId.insert(key, now);
    return false;
}
