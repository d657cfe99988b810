// AmqpClient's links: attaching the sources (each on a session of its own), re-attaching one
// the broker detached, credit, and the errors the broker reports.
#include "amqp/AmqpClient.h"

#include "amqp/AmqpClientMessage.h"
#include "core/Logging.h"

#include <QTimer>

#include <algorithm>

#include <proton/connection.hpp>
#include <proton/error_condition.hpp>
#include <proton/io/connection_driver.hpp>
#include <proton/receiver_options.hpp>
#include <proton/session.hpp>
#include <proton/source.hpp>
#include <proton/transport.hpp>

using namespace amqpmsg;

void AmqpClient::on_connection_open(proton::connection &)
{
    m_wasOpen = true;
    m_backoffStep = 0;
    qCInfo(lcAmqp) << "Connection" << m_settings.name << "open";
    setState(State::Connected);
    for (const auto &source : std::as_const(m_settings.sources))
        attachSource(source);
    if (!m_queuedCommands.isEmpty())
        flushCommands();
}

void AmqpClient::attachSource(const QString &address)
{
    proton::receiver_options options;
    options.credit_window(0).auto_accept(false);  // credit and settlement are ours
    proton::session session = m_driver->connection().open_session();
    m_sources.append({address, session, session.open_receiver(address.toStdString(), options)});
}

void AmqpClient::on_receiver_open(proton::receiver &r)
{
    if (r == m_replyReceiver) {
        m_replyReady = true;
        r.add_credit(50);
        flushCommands();
        return;
    }
    if (r == m_manageReceiver) {
        r.add_credit(1);  // the one answer
        sendDeclare();    // waited for this if the sender was ready first
        return;
    }
    // A refusal is an attach without a source, then a detach with the reason: not back yet.
    const auto it = std::find_if(m_sources.cbegin(), m_sources.cend(), [&](const Source &s) { return s.receiver == r; });
    if (it != m_sources.cend() && !r.source().address().empty())
        sourceRecovered(it->address);
    grantCredit();
}

void AmqpClient::sourceRecovered(const QString &address)
{
    if (!m_relinkStep.remove(address))
        return;
    qCInfo(lcAmqp) << "Source" << address << "of" << m_settings.name << "attached again";
    m_linkTrouble.remove(address);
    // Connected with no error clears the facade's errorText; else the next source in trouble.
    m_lastError = m_linkTrouble.isEmpty() ? QString() : *m_linkTrouble.cbegin();
    Q_EMIT stateChanged(m_state, m_lastError);
}

void AmqpClient::on_receiver_error(proton::receiver &r)
{
    const auto error = r.error();
    const QString why = text(error.description().empty() ? error.name() : error.description());
    qCWarning(lcAmqp) << "Link" << text(r.name()) << "of" << m_settings.name << "detached:" << text(error.what());
    if (r == m_manageReceiver) {  // no management node (not RabbitMQ 4): the queue must exist
        m_manageReceiver = proton::receiver();
        return attachReplyQueue();
    }
    if (r == m_replyReceiver) {
        ++m_counters.linkErrors;
        countersDirty();
        m_replyReceiver = proton::receiver();
        m_replyReady = false;
        m_lastError = tr("The broker closed the reply queue: %1").arg(why);
        Q_EMIT stateChanged(m_state, m_lastError);
        return;
    }
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).receiver == r)
            return sourceFailed(i, why);
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
        m_manageSender = proton::sender();
        m_manageReceiver = proton::receiver();
        m_commandSession = proton::session();
        m_replyReady = false;
        return;
    }
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).session == s)
            return sourceFailed(i, why);
    }
}

// Counted and shown once per outage (the failed re-attaches are the same one); attached again
// after a backoff on a new session, the rest of the connection untouched.
void AmqpClient::sourceFailed(qsizetype index, const QString &why)
{
    Source source = m_sources.takeAt(index);
    if (source.session.active())
        source.session.close();  // ours too: the retry gets a fresh one
    const int step = m_relinkStep.value(source.address, 0);
    if (step == 0) {
        ++m_counters.linkErrors;
        countersDirty();
    }
    m_relinkStep.insert(source.address, step + 1);
    m_lastError = tr("The broker closed the source %1: %2").arg(source.address, why);
    m_linkTrouble.insert(source.address, m_lastError);
    Q_EMIT stateChanged(m_state, m_lastError);
    const int delay = std::min(MaxRelinkDelayMs, FirstRelinkDelayMs << std::min(step, 5));
    qCInfo(lcAmqp) << "Attaching" << source.address << "of" << m_settings.name << "again in" << delay << "ms";
    QTimer::singleShot(delay, this, [this, generation = m_generation, address = source.address] {
        if (generation != m_generation || !m_driver || m_state != State::Connected)
            return;  // that connection is gone; a new one attaches every source anyway
        attachSource(address);
        pump();
    });
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

// Credit up to the window, spread over the sources, granted when a link's credit fell below
// half its share (batches, not one flow per message); what waits for the disk and the credit
// out stay within UnsettledWindows windows.
bool AmqpClient::grantCredit()
{
    if (m_sources.isEmpty())
        return false;
    const int window = std::max(1, m_settings.creditWindow);
    const int held = int(m_pending.size() + m_toStore.size());
    const int room = int(std::clamp<qint64>(qint64(window) * UnsettledWindows - held, 0, window));
    const int share = room / int(m_sources.size());
    bool granted = false;
    for (auto &source : m_sources) {
        const int credit = source.receiver.credit();
        if (share > 0 && credit < std::max(1, share / 2)) {
            source.receiver.add_credit(uint32_t(share - credit));
            granted = true;
        }
    }
    return granted;
}
