// AmqpClient's AMQP side: links, readings, settlement after persistence, credit, commands.
#include "amqp/AmqpClient.h"

#include "amqp/AmqpIdLog.h"
#include "core/Logging.h"
#include "devices/PayloadDecoder.h"
#include "devices/ReadingStore.h"

#include <QDateTime>
#include <QTimer>
#include <QUuid>

#include <proton/connection.hpp>
#include <proton/error_condition.hpp>
#include <proton/io/connection_driver.hpp>
#include <proton/target.hpp>
#include <proton/message.hpp>
#include <proton/message_id.hpp>
#include <proton/receiver_options.hpp>
#include <proton/scalar.hpp>
#include <proton/sender_options.hpp>
#include <proton/session.hpp>
#include <proton/source_options.hpp>
#include <proton/tracker.hpp>
#include <proton/transport.hpp>

namespace {
QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString idText(const proton::message_id &id)
{
    if (id.empty())
        return {};
    if (id.type() == proton::STRING)
        return text(proton::get<std::string>(id));
    return text(proton::to_string(id));
}

QString appProperty(const proton::message &m, const char *name)
{
    const auto &properties = m.properties();
    if (!properties.exists(name))
        return {};
    const auto value = properties.get(name);
    return value.type() == proton::STRING ? text(proton::get<std::string>(value)) : text(proton::to_string(value));
}

// The body's bytes: a data section (binary) or an amqp-value string; nullopt for anything else.
std::optional<QByteArray> bodyBytes(const proton::message &m)
{
    const proton::value &body = m.body();
    if (body.type() == proton::BINARY) {
        const auto b = proton::get<proton::binary>(body);
        return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
    }
    if (body.type() == proton::STRING)
        return QByteArray::fromStdString(proton::get<std::string>(body));
    return std::nullopt;
}

// Where replies come back: a queue the broker has (see the report / README: pre-declared).
QString replyQueueAddress(const AmqpSettings &s)
{
    return QStringLiteral("/queues/linnet.replies.") + s.name;
}
}  // namespace

void AmqpClient::on_connection_open(proton::connection &c)
{
    m_wasOpen = true;
    m_backoffStep = 0;
    qCInfo(lcAmqp) << "Connection" << m_settings.name << "open";
    setState(State::Connected);
    proton::receiver_options options;
    options.credit_window(0).auto_accept(false);  // credit and settlement are ours
    for (const auto &source : std::as_const(m_settings.sources))
        m_receivers.append(c.open_receiver(source.toStdString(), options));
    if (!m_queuedCommands.isEmpty())
        flushCommands();
}

void AmqpClient::on_receiver_open(proton::receiver &r)
{
    if (r == m_replyReceiver) {
        m_replyReady = true;
        r.add_credit(50);
        flushCommands();
        return;
    }
    grantCredit();
}

void AmqpClient::on_receiver_error(proton::receiver &r)
{
    const auto error = r.error();
    ++m_counters.linkErrors;
    countersDirty();
    const QString address = text(r.source().address());
    m_lastError = tr("The broker closed the source %1: %2").arg(address, text(error.description().empty() ? error.name() : error.description()));
    qCWarning(lcAmqp) << "Link" << address << "of" << m_settings.name << "detached:" << text(error.what());
    m_receivers.removeAll(r);
    if (r == m_replyReceiver) {
        m_replyReceiver = proton::receiver();
        m_replyReady = false;
    }
    // Shown, not retried on this connection: the next connection attaches again.
    Q_EMIT stateChanged(m_state, m_lastError);
}

void AmqpClient::on_sender_error(proton::sender &s)
{
    const QString address = text(s.target().address());
    qCWarning(lcAmqp) << "Sender" << address << "detached:" << text(s.error().what());
    for (auto it = m_commandSenders.begin(); it != m_commandSenders.end();) {
        if (it.value() == s)
            it = m_commandSenders.erase(it);
        else
            ++it;
    }
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (AmqpSettings::commandAddress(it->device) == address) {
            Q_EMIT commandFinished(it->id, false, tr("The device's command queue is not available: %1").arg(text(s.error().description())));
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
}

void AmqpClient::on_session_error(proton::session &s)
{
    const QString why = text(s.error().description().empty() ? s.error().name() : s.error().description());
    qCWarning(lcAmqp) << "Session of" << m_settings.name << "ended by the broker:" << why;
    if (s == m_commandSession) {
        // Commands fail with the reason (no reply queue, no such device queue); the next
        // command opens a new session.
        for (const auto &c : std::as_const(m_inFlight))
            Q_EMIT commandFinished(c.id, false, tr("The broker refused the command: %1").arg(why));
        for (const auto &c : std::as_const(m_queuedCommands))
            Q_EMIT commandFinished(c.id, false, tr("The broker refused the command: %1").arg(why));
        m_inFlight.clear();
        m_queuedCommands.clear();
        m_commandSenders.clear();
        m_replyReceiver = proton::receiver();
        m_commandSession = proton::session();
        m_replyReady = false;
        return;
    }
    ++m_counters.linkErrors;
    countersDirty();
    m_lastError = tr("The broker closed the connection: %1").arg(why);
    m_receivers.clear();
    Q_EMIT stateChanged(m_state, m_lastError);
}

void AmqpClient::on_transport_error(proton::transport &t)
{
    const auto error = t.error();
    const QString name = text(error.name());
    if (name == u"amqp:unauthorized-access" || text(error.description()).contains(u"SASL", Qt::CaseInsensitive)
        || text(error.description()).contains(u"Authentication failed")) {
        m_wanted = false;
        m_lastError = tr("The AMQP broker refused the user name or password.");
        ConnectionError::Details details(ConnectionError::Kind::AuthenticationFailed, m_lastError);
        qCWarning(lcAmqp) << "Login to" << m_settings.name << "refused:" << text(error.what());
        Q_EMIT failed(details);
        return;
    }
    if (name != u"linnet:socket")
        m_lastError = tr("The AMQP connection failed: %1").arg(text(error.what()));
}

void AmqpClient::on_connection_error(proton::connection &c)
{
    m_lastError = tr("The broker closed the connection: %1").arg(text(c.error().what()));
    qCWarning(lcAmqp) << "Connection" << m_settings.name << "closed by the broker:" << text(c.error().what());
}

void AmqpClient::on_message(proton::delivery &d, proton::message &m)
{
    if (d.receiver() == m_replyReceiver)
        handleReply(d, m);
    else
        handleReading(d, m);
}

void AmqpClient::refuse(proton::delivery &d, const QString &why)
{
    // Rejected, not released: a poison message must not come back forever.
    ++m_counters.refused;
    countersDirty();
    qCWarning(lcAmqp) << "Refused a message on" << m_settings.name << ":" << why;
    d.reject();
    grantCredit();
}

void AmqpClient::handleReading(proton::delivery &d, proton::message &m)
{
    ++m_counters.received;
    const QString id = idText(m.id());
    const auto body = bodyBytes(m);
    if (!body)
        return refuse(d, QStringLiteral("body is neither data nor a string"));
    if (body->size() > MaxMessageBytes)
        return refuse(d, QStringLiteral("body of %1 bytes").arg(body->size()));
    // Already accepted once (a redelivery), or stored and waiting for the disk.
    if (!id.isEmpty() && m_ids->contains(id)) {
        ++m_counters.duplicates;
        d.accept();
        countersDirty();
        grantCredit();
        return;
    }
    const bool pendingAlready = !id.isEmpty() && std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const Pending &p) {
        return p.messageId == id;
    });
    if (pendingAlready) {
        m_pending.push_back({m_nextSeq++, d, id, true});
        countersDirty();
        requestPersistence();
        return;
    }
    QString device = appProperty(m, "device");
    if (device.isEmpty())
        device = text(m.subject());
    if (device.isEmpty())
        return refuse(d, QStringLiteral("no device named"));
    const QString type = text(m.content_type()).section(u';', 0, 0).trimmed().toLower();
    const qint64 created = m.creation_time().milliseconds();
    const qint64 baseMs = created > 0 ? created : QDateTime::currentMSecsSinceEpoch();
    DecodedPayload decoded;
    if (type == u"application/senml+json") {
        decoded = decodeSenmlJson(*body, baseMs);
    } else if (type == u"application/senml+xml") {
        decoded = decodeSenmlXml(*body, baseMs);
    } else if (type == u"text/plain") {
        QString series = appProperty(m, "series");
        decoded = decodeBareNumber(*body, series.isEmpty() ? QStringLiteral("value") : series, appProperty(m, "unit"), baseMs);
    } else {
        return refuse(d, QStringLiteral("content type \"%1\"").arg(type));
    }
    if (decoded.readings.isEmpty())
        return refuse(d, QStringLiteral("no readings in a %1 body from %2").arg(type, device));
    m_store->append(m_settings.service(), device, decoded.readings);
    m_pending.push_back({m_nextSeq++, d, id, false});
    countersDirty();
    requestPersistence();
}

// One request at a time: the store's writer commits everything appended before it, so each
// answer settles a whole batch of deliveries.
void AmqpClient::requestPersistence()
{
    if (m_persistInFlight || m_pending.empty() || m_pending.back().seq <= m_requestedUpTo)
        return;
    m_persistInFlight = true;
    const quint64 upTo = m_pending.back().seq;
    m_requestedUpTo = upTo;
    QPointer<AmqpClient> self(this);
    m_store->whenPersisted([self, upTo](bool ok) {
        QMetaObject::invokeMethod(self, [self, upTo, ok] {
            if (self)
                self->persisted(upTo, ok);
        }, Qt::QueuedConnection);
    });
}

void AmqpClient::persisted(quint64 upTo, bool ok)
{
    m_persistInFlight = false;
    if (!ok)
        qCWarning(lcAmqp) << "The history did not confirm; accepting" << m_settings.name << "deliveries held in memory only";
    QStringList ids;
    std::vector<Pending> done;
    while (!m_pending.empty() && m_pending.front().seq <= upTo) {
        done.push_back(std::move(m_pending.front()));
        m_pending.pop_front();
    }
    for (const auto &p : done) {
        if (!p.messageId.isEmpty() && !p.duplicate)
            ids.append(p.messageId);
    }
    m_ids->add(ids);  // before accepting: a crash in between gives a redelivery we recognise
    for (auto &p : done) {
        ++(p.duplicate ? m_counters.duplicates : m_counters.stored);
        if (p.delivery)
            p.delivery.accept();
    }
    countersDirty();
    grantCredit();
    requestPersistence();
    pump();
}

// Credit up to the window minus what waits for the disk, spread over the sources, granted
// when a link's credit fell below half its share (batches, not one flow per message).
void AmqpClient::grantCredit()
{
    if (m_receivers.isEmpty())
        return;
    const int window = std::max(1, m_settings.creditWindow);
    const int room = std::max(0, window - int(m_pending.size()));
    const int share = room / int(m_receivers.size());
    for (auto &r : m_receivers) {
        const int credit = r.credit();
        if (share > 0 && credit < std::max(1, share / 2))
            r.add_credit(uint32_t(share - credit));
    }
}

void AmqpClient::sendCommand(const QString &id, const QString &device, const QString &action, const QString &value)
{
    m_queuedCommands.append({id, device, action, value, QDateTime::currentMSecsSinceEpoch() + CommandTimeoutMs});
    flushCommands();
    if (m_commandTimer && !m_commandTimer->isActive())
        m_commandTimer->start();
}

void AmqpClient::flushCommands()
{
    if (!m_driver || m_state != State::Connected)
        return;
    if (!m_commandSession) {
        m_commandSession = m_driver->connection().open_session();
        m_replyReceiver = m_commandSession.open_receiver(replyQueueAddress(m_settings).toStdString(),
                                                         proton::receiver_options().credit_window(0).auto_accept(false));
        pump();
        return;  // on_receiver_open() of the reply link comes back here
    }
    if (!m_replyReady)
        return;
    for (auto it = m_queuedCommands.begin(); it != m_queuedCommands.end();) {
        auto sender = m_commandSenders.value(it->device);
        if (!sender) {
            sender = m_commandSession.open_sender(AmqpSettings::commandAddress(it->device).toStdString());
            m_commandSenders.insert(it->device, sender);
        }
        if (sender.credit() <= 0) {
            ++it;  // on_sendable() sends it
            continue;
        }
        proton::message m;
        m.id(it->id.toStdString());
        m.subject(it->action.toStdString());
        m.properties().put("value", it->value.toStdString());
        m.reply_to(replyQueueAddress(m_settings).toStdString());
        m.body(std::string());
        sender.send(m);
        qCDebug(lcAmqp) << "Command" << it->id << it->action << "sent to" << it->device;
        m_inFlight.insert(it->id, *it);
        it = m_queuedCommands.erase(it);
    }
    pump();
}

void AmqpClient::on_sendable(proton::sender &)
{
    if (!m_queuedCommands.isEmpty())
        QMetaObject::invokeMethod(this, &AmqpClient::flushCommands, Qt::QueuedConnection);
}

void AmqpClient::handleReply(proton::delivery &d, proton::message &m)
{
    d.accept();
    m_replyReceiver.add_credit(1);
    const QString id = idText(m.correlation_id());
    const auto command = m_inFlight.take(id);
    if (command.id.isEmpty()) {
        qCDebug(lcAmqp) << "Reply to an unknown or expired command" << id;
        return;
    }
    const QString status = appProperty(m, "status");
    const auto body = bodyBytes(m);
    const QString shown = body ? QString::fromUtf8(*body) : QString();
    Q_EMIT commandFinished(command.id, status == u"ok", shown);
}

void AmqpClient::expireCommands()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto expire = [&](const Command &c) {
        if (c.deadlineMs > now)
            return false;
        qCWarning(lcAmqp) << "Command" << c.id << "to" << c.device << "timed out";
        Q_EMIT commandFinished(c.id, false, tr("The device did not answer in time."));
        return true;
    };
    m_queuedCommands.removeIf(expire);
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();)
        it = expire(*it) ? m_inFlight.erase(it) : std::next(it);
    if (m_queuedCommands.isEmpty() && m_inFlight.isEmpty() && m_commandTimer)
        m_commandTimer->stop();
}
