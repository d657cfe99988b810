// ChatController's chat states (XEP-0085) and delivery receipt answers (XEP-0184); the rest is
// in ChatController.cpp.
#include "ChatController.h"

#include "ChatModel.h"
#include "Outbox.h"
#include "core/Logging.h"

#include <QDateTime>

#include <QXmppClient.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace {
// How many answered receipt requests are remembered; only copies of one message arriving
// through several sessions within moments of each other need to be recognised.
constexpr qsizetype AnsweredKept = 2000;

bool isComposingOrPaused(QXmppMessage::State state)
{
    return state == QXmppMessage::Composing || state == QXmppMessage::Paused;
}
}  // namespace

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

// A content message went to bareJid: it carries <active/>, ending a composing there.
void ChatController::activeSent(const QString &bareJid)
{
    if (m_current && m_current->peerJid() == bareJid) {
        m_ownState = QXmppMessage::Active;
        m_pauseTimer.stop();
    }
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
    const auto bareTo = QXmppUtils::jidToBareJid(m_stateTo).toLower();
    if (!client || m_stateTo.isEmpty() || m_withoutChatStates.contains(bareTo))
        return;
    QXmppMessage message(QString(), m_stateTo);
    message.setType(QXmppMessage::Chat);
    message.setState(state);
    message.addHint(QXmppMessage::NoStore);  // nothing to keep in archives or offline storage
    // Behind a message just written (it is stored before it leaves): "composing" must not
    // arrive before the message it follows.
    m_outbox->sendInOrder(std::move(message));
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
    // A sender that went offline meanwhile gets it from offline storage or its archive (servers
    // drop bodiless messages otherwise). To a resource we see online it goes straight through,
    // and the hint would make the server archive every receipt of a burst twice.
    if (!isResourceAvailable(client, message.from()))
        receipt.addHint(QXmppMessage::Store);
    client->send(std::move(receipt));
}

bool ChatController::isResourceAvailable(QXmppClient *client, const QString &fullJid) const
{
    auto *roster = client->findExtension<QXmppRosterManager>();
    const QString resource = QXmppUtils::jidToResource(fullJid);
    if (!roster || resource.isEmpty())
        return false;
    const auto presences = roster->getAllPresencesForBareJid(QXmppUtils::jidToBareJid(fullJid));
    const auto it = presences.constFind(resource);
    return it != presences.cend() && it->type() == QXmppPresence::Available;
}

// A receipt says we are online: only for those who may see our presence anyway (XEP-0184 §8).
bool ChatController::mayKnowWeAreOnline(QXmppClient *client, const QString &bareJid) const
{
    if (bareJid.compare(m_ownJid, Qt::CaseInsensitive) == 0)
        return true;
    auto *roster = client->findExtension<QXmppRosterManager>();
    if (!roster)
        return false;
    const auto subscription = roster->getRosterEntry(bareJid).subscriptionType();
    return subscription == QXmppRosterIq::Item::From || subscription == QXmppRosterIq::Item::Both;
}

// Messages without any id (old clients) are never merged by the store: the same sender,
// recipient and body within two seconds is taken as the same message arriving by another path
// (a second session, a carbon).
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
