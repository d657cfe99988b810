#include "ChatController.h"

#include "ChatModel.h"
#include "core/Logging.h"

#include <QXmppClient.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

using namespace std::chrono_literals;

namespace {
// How many answered receipt requests are remembered; only copies of one message arriving
// through several sessions within moments of each other need to be recognised.
constexpr qsizetype AnsweredKept = 2000;

bool isComposingOrPaused(QXmppMessage::State state)
{
    return state == QXmppMessage::Composing || state == QXmppMessage::Paused;
}
}  // namespace

ChatController::ChatController(const QString &ownBareJid, std::function<QXmppClient *()> sender, QObject *parent)
    : QObject(parent)
    , m_ownJid(ownBareJid)
    , m_sender(std::move(sender))
    , m_typingExpiry(30s)
{
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setInterval(5s);  // XEP-0085's suggestion for "paused"
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        if (m_ownState == QXmppMessage::Composing)
            sendChatState(QXmppMessage::Paused);
    });
}

void ChatController::addClient(QXmppClient *client)
{
    connect(client, &QXmppClient::messageReceived, this,
            [this, client](const QXmppMessage &message) { handleMessage(client, message); });
}

void ChatController::setChatStateTimeouts(std::chrono::milliseconds pause, std::chrono::milliseconds typingExpiry)
{
    m_pauseTimer.setInterval(pause);
    m_typingExpiry = typingExpiry;
    for (auto *model : std::as_const(m_conversations))
        model->setTypingExpiry(typingExpiry);
}

QString ChatController::currentJid() const
{
    return m_current ? m_current->peerJid() : QString();
}

ChatModel *ChatController::conversation(const QString &bareJid)
{
    auto &model = m_conversations[bareJid];
    if (!model) {
        model = new ChatModel(bareJid, this);
        model->setTypingExpiry(m_typingExpiry);
    }
    return model;
}

void ChatController::openChat(const QString &bareJid)
{
    auto *model = bareJid.isEmpty() ? nullptr : conversation(bareJid);
    if (model != m_current) {
        leaveComposing();
        m_current = model;
        m_ownState = QXmppMessage::None;
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
    // The message ends "composing" by itself (XEP-0085: a content message carries <active/>).
    message.setState(QXmppMessage::Active);
    if (m_current && m_current->peerJid() == bareJid) {
        m_ownState = QXmppMessage::Active;
        m_pauseTimer.stop();
    }
    auto *model = conversation(bareJid);
    model->append({message.id(), body, QDateTime::currentDateTimeUtc(), true, ChatModel::Delivery::Sending,
                   client->configuration().resource()});

    const QString id = message.id();
    QPointer<ChatModel> guard(model);
    // With stream management (XEP-0198) the task ends when the server acknowledges the message.
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

void ChatController::setComposing(bool composing, const QString &resource)
{
    if (!m_current)
        return;
    if (!composing) {
        leaveComposing();
        return;
    }
    m_pauseTimer.start();
    if (m_ownState == QXmppMessage::Composing)
        return;  // once per run of typing, not per key
    m_stateTo = resource.isEmpty() ? m_current->peerJid() : m_current->peerJid() + QLatin1Char('/') + resource;
    sendChatState(QXmppMessage::Composing);
}

// The user stopped writing in the open chat, or left it: "active" ends a composing or paused.
void ChatController::leaveComposing()
{
    m_pauseTimer.stop();
    if (isComposingOrPaused(m_ownState))
        sendChatState(QXmppMessage::Active);
}

void ChatController::sendChatState(QXmppMessage::State state)
{
    m_ownState = state;
    auto *client = m_sender();
    const auto bareTo = QXmppUtils::jidToBareJid(m_stateTo);
    if (!client || m_stateTo.isEmpty() || m_withoutChatStates.contains(bareTo))
        return;
    QXmppMessage message(QString(), m_stateTo);
    message.setType(QXmppMessage::Chat);
    message.setState(state);
    message.addHint(QXmppMessage::NoStore);  // nothing to keep in archives or offline storage
    client->send(std::move(message));
}

void ChatController::handleMessage(QXmppClient *client, const QXmppMessage &message)
{
    const auto from = QXmppUtils::jidToBareJid(message.from());
    const auto to = QXmppUtils::jidToBareJid(message.to());
    // From our own bare JID: a carbon copy of what another resource sent to someone (it belongs
    // to the recipient's chat), or a message between our own resources (our own conversation).
    const bool outgoing = from == m_ownJid && to != m_ownJid && !to.isEmpty();
    const auto peer = outgoing ? to : from;
    if (peer.isEmpty() || message.type() == QXmppMessage::GroupChat || message.type() == QXmppMessage::Headline)
        return;
    if (message.type() == QXmppMessage::Error) {
        // A message of ours bounced (the contact does not exist, blocks us, ...).
        if (!outgoing && !message.id().isEmpty() && conversation(peer)->setDelivery(message.id(), ChatModel::Delivery::Failed))
            qCInfo(lcChat) << "Message to" << peer << "bounced";
        return;
    }
    // A receipt from the contact (a copy of our own other resource's receipt is not one).
    if (!outgoing && !message.receiptId().isEmpty())
        conversation(peer)->setDelivery(message.receiptId(), ChatModel::Delivery::Delivered);
    if (!outgoing)
        handleChatState(peer, message);
    if (message.body().isEmpty())
        return;

    if (message.id().isEmpty() && isRepeatWithoutId(message))
        return;  // the same id-less message through another session or as a carbon
    const auto stamp = message.stamp().isValid() ? message.stamp().toUTC() : QDateTime::currentDateTimeUtc();
    const bool added = conversation(peer)->append({message.id(), message.body(), stamp, outgoing,
                                                   outgoing ? ChatModel::Delivery::Sent : ChatModel::Delivery::Received,
                                                   QXmppUtils::jidToResource(message.from())});
    if (!outgoing)
        answerReceipt(client, message);
    if (!added)
        return;  // another session (or a carbon) brought it first
    qCDebug(lcChat) << "Message from" << peer << "through" << client->configuration().resource();
    if (!outgoing && (!m_current || m_current->peerJid() != peer)) {
        const int unread = ++m_unread[peer];
        Q_EMIT unreadCountChanged(peer, unread);
    }
    Q_EMIT messageReceived(peer);
}

void ChatController::handleChatState(const QString &peer, const QXmppMessage &message)
{
    const auto state = message.state();
    if (!message.body().isEmpty()) {
        // Whether the contact's client does chat states shows in its messages.
        if (state == QXmppMessage::None)
            m_withoutChatStates.insert(peer);
        else
            m_withoutChatStates.remove(peer);
    } else if (state != QXmppMessage::None) {
        m_withoutChatStates.remove(peer);
    }
    if (state == QXmppMessage::None && message.body().isEmpty())
        return;  // a receipt or something else, saying nothing about typing
    conversation(peer)->setPeerTyping(state == QXmppMessage::Composing && message.body().isEmpty());
}

// XEP-0184: answered by the session the server delivered the message to, once. A carbon went
// to another resource, which answers itself (and a message sent by a resource of ours is not
// answered by the resource that sent it).
void ChatController::answerReceipt(QXmppClient *client, const QXmppMessage &message)
{
    if (!message.isReceiptRequested() || message.id().isEmpty() || message.isCarbonForwarded()
        || message.from() == client->configuration().jid())
        return;
    const QString key = message.from() + QLatin1Char('\n') + message.id();
    if (m_answered.contains(key))
        return;
    const auto from = QXmppUtils::jidToBareJid(message.from());
    if (!mayKnowWeAreOnline(client, from)) {
        qCDebug(lcChat) << "No receipt for" << from << "(no presence subscription)";
        return;
    }
    m_answered.insert(key);
    m_answeredOrder.enqueue(key);
    if (m_answeredOrder.size() > AnsweredKept)
        m_answered.remove(m_answeredOrder.dequeue());

    QXmppMessage receipt(QString(), message.from());
    receipt.setType(message.type());
    receipt.setId(QXmppUtils::generateStanzaUuid());
    receipt.setReceiptId(message.id());
    // Kept for a sender that went offline meanwhile (servers drop bodiless messages otherwise).
    receipt.addHint(QXmppMessage::Store);
    client->send(std::move(receipt));
}

// A receipt says we are online: only for those who may see our presence anyway (XEP-0184 §8).
bool ChatController::mayKnowWeAreOnline(QXmppClient *client, const QString &bareJid) const
{
    if (bareJid == m_ownJid)
        return true;
    auto *roster = client->findExtension<QXmppRosterManager>();
    if (!roster)
        return false;
    const auto subscription = roster->getRosterEntry(bareJid).subscriptionType();
    return subscription == QXmppRosterIq::Item::From || subscription == QXmppRosterIq::Item::Both;
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
