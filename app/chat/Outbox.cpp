#include "Outbox.h"

#include "Attachment.h"
#include "core/Logging.h"

#include <QDateTime>

#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include <algorithm>

Outbox::Outbox(const QString &ownBareJid, std::function<QXmppClient *()> sender, QObject *parent)
    : QObject(parent)
    , m_ownJid(ownBareJid.toLower())
    , m_sender(std::move(sender))
{
    m_ackTimer.setSingleShot(true);
    connect(&m_ackTimer, &QTimer::timeout, this, &Outbox::checkDeadlines);
}

void Outbox::setStore(MessageStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (!store)
        return;
    connect(store, &MessageStore::stored, this, &Outbox::onStored);
    connect(store, &MessageStore::outboxLoaded, this, &Outbox::onOutboxLoaded);
    connect(store, &MessageStore::stateUpdated, this, &Outbox::onStateUpdated);
    flush();  // what a previous run left unsent (goes out once a session is online)
}

QString Outbox::submit(StoredMessage message)
{
    message.account = m_ownJid;
    message.peer = message.peer.toLower();
    message.direction = StoredMessage::Direction::Outgoing;
    message.messageId = QXmppUtils::generateStanzaUuid();
    message.originId = message.messageId;  // what receivers and archives recognise a resend by
    message.stanzaId.clear();
    message.timeMs = QDateTime::currentMSecsSinceEpoch();
    message.state = StoredMessage::State::Queued;
    if (message.ownResource.isEmpty()) {
        if (auto *client = m_sender())
            message.ownResource = client->configuration().resource();
    }
    if (!m_store) {
        qCWarning(lcChat) << "No message store: not sending" << message.messageId;
        return {};
    }
    const auto request = m_store->store({message});
    m_submits.insert(request);
    m_sequence.append(Step{request, {}});
    return message.messageId;
}

void Outbox::onStored(MessageStore::RequestId id, const QList<StoreResult> &results)
{
    if (!m_submits.remove(id))
        return;
    for (const auto &result : results) {
        if (!result.stored()) {
            qCWarning(lcChat) << "Could not store the message to" << result.message.peer << "; not sent";
            continue;
        }
        Q_EMIT submitted(result);
        // On disk: now it may leave. Offline, the next flush sends it.
        if (auto *client = m_sender(); client && result.message.state == StoredMessage::State::Queued)
            send(client, result.message);
    }
    // What was waiting behind this submission goes now, up to the next one still on its way.
    while (!m_sequence.isEmpty()) {
        const Step &step = m_sequence.constFirst();
        if (step.submit && m_submits.contains(step.submit))
            break;
        if (step.stanza) {
            if (auto *client = m_sender())
                client->send(std::move(*step.stanza));
        }
        m_sequence.removeFirst();
    }
}

void Outbox::sendInOrder(QXmppMessage stanza)
{
    if (m_sequence.isEmpty()) {
        if (auto *client = m_sender())
            client->send(std::move(stanza));
        return;
    }
    m_sequence.append(Step{0, std::make_shared<QXmppMessage>(std::move(stanza))});
}

void Outbox::flush()
{
    if (!m_store || !m_sender())
        return;
    if (m_flushRequest) {
        m_flushAgain = true;  // what was stored meanwhile may not be in the answer on its way
        return;
    }
    m_flushRequest = m_store->fetchOutbox(m_ownJid);
}

void Outbox::onOutboxLoaded(MessageStore::RequestId id, const QString &, const QList<StoredMessage> &messages)
{
    if (id != m_flushRequest)
        return;
    m_flushRequest = 0;
    auto *client = m_sender();
    int sent = 0;
    for (const auto &message : messages) {
        if (!client)
            break;
        if (m_inFlight.contains(message.messageId) || m_writtenUnacked.contains(message.messageId)
            || (m_isRoom && m_isRoom(message.peer)))
            continue;
        send(client, message);
        ++sent;
    }
    if (sent)
        qCInfo(lcChat) << "Sent" << sent << "waiting message(s) from the outbox";
    if (std::exchange(m_flushAgain, false))
        flush();
}

QXmppMessage Outbox::toStanza(const StoredMessage &stored)
{
    const QString to = stored.peerResource.isEmpty() ? stored.peer : stored.peer + QLatin1Char('/') + stored.peerResource;
    QXmppMessage message(QString(), to, stored.body);
    message.setType(QXmppMessage::Chat);
    message.setId(stored.messageId);
    message.setOriginId(stored.originId.isEmpty() ? stored.messageId : stored.originId);
    message.setReceiptRequested(true);
    // A content message ends "composing" by itself (XEP-0085).
    message.setState(QXmppMessage::Active);
    if (!stored.correctionOf.isEmpty())
        message.setReplaceId(stored.correctionOf);
    // An uploaded file (XEP-0363) goes as its URL, in the body and as XEP-0066 out-of-band
    // data. Only the body is stored: a body that is a lone URL gets the oob element again.
    if (Attachment::fromBody(stored.body))
        message.setOutOfBandUrl(stored.body.trimmed());  // exactly the body's URL
    return message;
}

void Outbox::send(QXmppClient *client, const StoredMessage &stored)
{
    const QString id = stored.messageId;
    const QString peer = stored.peer;
    m_inFlight.insert(id);
    setState(peer, id, StoredMessage::State::Sent);
    clearOverdue(peer, id);  // a resend: its own wait starts now
    if (client->isAuthenticated())
        watchAck(peer, id);
    QPointer<Outbox> self(this);
    client->sendSensitive(toStanza(stored)).then(this, [self, id, peer](QXmpp::SendResult &&result) {
        if (!self)
            return;
        self->m_inFlight.remove(id);
        self->m_sendOf.remove(id);  // its deadline, if still queued, does nothing
        if (const auto *success = std::get_if<QXmpp::SendSuccess>(&result)) {
            self->clearOverdue(peer, id);
            if (success->acknowledged)
                self->setState(peer, id, StoredMessage::State::Acknowledged);
            else
                self->m_writtenUnacked.insert(id);  // no stream management: no ack will come
            return;
        }
        // The stream went away with it unacknowledged (QXmpp gave up on it): it stays Sent in
        // the store (and overdue, if it was), and the next flush sends it again.
        qCInfo(lcChat) << "Sending" << id << "did not complete:" << std::get<QXmppError>(result).description;
        self->flush();
    });
}

// The ack is the send task's end; if it has not come when the time is up, the message is
// overdue. One timer for all: the deadlines come in send order (one fixed delay). Each send has
// its own number, so the deadline of an earlier send of the message does nothing.
void Outbox::watchAck(const QString &peer, const QString &messageId)
{
    if (!m_clock.isValid())
        m_clock.start();
    const quint64 send = ++m_lastSend;
    m_sendOf.insert(messageId, send);
    m_deadlines.enqueue({m_clock.elapsed() + m_unconfirmedAfter.count(), peer, messageId, send});
    if (!m_ackTimer.isActive())
        m_ackTimer.start(m_unconfirmedAfter);
}

void Outbox::checkDeadlines()
{
    const qint64 now = m_clock.elapsed();
    while (!m_deadlines.isEmpty() && m_deadlines.head().dueMs <= now) {
        const Deadline d = m_deadlines.dequeue();
        if (m_sendOf.value(d.messageId) != d.send || !m_inFlight.contains(d.messageId) || m_overdue.contains(d.messageId))
            continue;
        qCInfo(lcChat) << "Message" << d.messageId << "not confirmed by the server after" << m_unconfirmedAfter.count() << "ms";
        m_overdue.insert(d.messageId);
        Q_EMIT overdueChanged(d.peer, d.messageId, true);
    }
    if (!m_deadlines.isEmpty())
        m_ackTimer.start(std::chrono::milliseconds(std::max<qint64>(0, m_deadlines.head().dueMs - now)));
}

void Outbox::clearOverdue(const QString &peer, const QString &messageId)
{
    if (m_overdue.remove(messageId))
        Q_EMIT overdueChanged(peer, messageId, false);
}

void Outbox::retry(const QString &messageId, const QString &peer)
{
    if (!m_store || messageId.isEmpty())
        return;
    const auto id = m_store->updateState(m_ownJid, messageId, StoredMessage::State::Queued, peer.toLower());
    m_stateRequests.insert(id, peer.toLower());
    m_retries.insert(id);
}

void Outbox::setState(const QString &peer, const QString &messageId, StoredMessage::State state)
{
    if (!m_store || messageId.isEmpty())
        return;
    if (state != StoredMessage::State::Queued && state != StoredMessage::State::Sent)
        clearOverdue(peer.toLower(), messageId);  // confirmed after all, delivered or bounced
    m_stateRequests.insert(m_store->updateState(m_ownJid, messageId, state, peer.toLower()), peer.toLower());
}

void Outbox::onStateUpdated(MessageStore::RequestId id, const QString &, const QString &messageId,
                            StoredMessage::State state, const QList<qint64> &rowIds)
{
    const auto it = m_stateRequests.constFind(id);
    if (it == m_stateRequests.cend())
        return;
    const QString peer = *it;
    m_stateRequests.erase(it);
    const bool retried = m_retries.remove(id);
    if (rowIds.isEmpty()) {
        return;  // unknown id, or no advance
    }
    Q_EMIT stateChanged(peer, messageId, state);
    if (retried) {
        m_writtenUnacked.remove(messageId);
        flush();
    }
}
