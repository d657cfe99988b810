// AmqpFleet's connection: login, links, readiness, losing and regaining the broker, stopping.
#include "AmqpFleet.h"

#include "AmqpDevice.h"
#include "AmqpFleetPrivate.h"
#include "ToolIo.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/delivery.hpp>
#include <proton/error_condition.hpp>
#include <proton/message_id.hpp>
#include <proton/receiver_options.hpp>
#include <proton/scalar.hpp>
#include <proton/sender_options.hpp>
#include <proton/source.hpp>
#include <proton/ssl.hpp>
#include <proton/target.hpp>
#include <proton/target_options.hpp>
#include <proton/tracker.hpp>
#include <proton/transport.hpp>
#include <proton/work_queue.hpp>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcAmqpSim, "linnet.devicesim.amqp")

namespace devicesim {

using namespace amqpfleet;

AmqpFleet::AmqpFleet(AmqpFleetOptions options)
    : m_options(std::move(options))
    , m_sessionTag(QString::number(QRandomGenerator::global()->generate64(), 36))
    , m_container(*this, "linnet-devicesim-" + str(m_sessionTag))
{
    m_container.auto_stop(false);  // a lost connection is not the end: finish() stops it
    for (const DeviceSpec &spec : std::as_const(m_options.devices)) {
        Slot slot;
        slot.spec = spec;
        slot.state.intervalMs = m_options.intervalMs;
        m_slots.push_back(std::move(slot));
    }
}

AmqpFleet::~AmqpFleet()
{
    stop();
    join();
}

void AmqpFleet::start(std::function<void(int)> finished)
{
    m_finished = std::move(finished);
    m_running = true;
    m_thread = std::thread([this] {
        int code = 0;
        try {
            m_container.run();
            code = m_done ? m_exitCode : 1;
        } catch (const std::exception &e) {
            qCCritical(lcAmqpSim) << "Proton:" << e.what();
            printJsonLine({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("error"), QString::fromUtf8(e.what())}});
            code = 1;
        }
        m_running = false;
        if (m_finished)
            m_finished(code);
    });
}

void AmqpFleet::stop()
{
    if (m_running)
        m_container.schedule(proton::duration(0), [this] { inConnection([this] { beginStop(); }); });
}

void AmqpFleet::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void AmqpFleet::on_container_start(proton::container &)
{
    connect();
    tick();
}

void AmqpFleet::connect()
{
    proton::connection_options co;
    co.sasl_enabled(true);
    if (m_options.user.isEmpty()) {
        co.sasl_allowed_mechs("ANONYMOUS");
    } else {
        // Proton's own SASL never offers PLAIN without TLS; amqps:// is all the tool accepts.
        co.user(str(m_options.user)).password(str(m_options.password)).sasl_allowed_mechs("PLAIN");
    }
    co.ssl_client_options(m_options.caFile.isEmpty()
                              ? proton::ssl_client_options(proton::ssl::VERIFY_PEER_NAME)
                              : proton::ssl_client_options(str(m_options.caFile), proton::ssl::VERIFY_PEER_NAME));
    co.idle_timeout(proton::duration(30000));
    qCInfo(lcAmqpSim).noquote() << "connecting to" << m_options.url << (m_options.user.isEmpty() ? QStringLiteral("anonymously") : QStringLiteral("as ") + m_options.user);
    m_lastError.clear();
    m_connection = m_container.connect(str(m_options.url), co);
}

void AmqpFleet::on_connection_open(proton::connection &c)
{
    // Every link again after a reconnect: the broker forgot them with the old connection.
    m_readings = c.open_sender(str(m_options.readingsAddress), proton::sender_options().name(ReadingsLink));
    proton::target_options anonymous;
    anonymous.anonymous(true);
    m_replies = c.open_sender(std::string(), proton::sender_options().name(RepliesLink).target(anonymous));
    for (Slot &slot : m_slots) {
        slot.commands = c.open_receiver(str(amqp::commandAddress(slot.spec.id)),
                                        proton::receiver_options().name(CommandsLinkPrefix + str(slot.spec.id)).credit_window(16));
    }
}

void AmqpFleet::on_sender_open(proton::sender &s)
{
    // RabbitMQ refuses a target by attaching with a null one, then detaching with the error.
    if (s.name() == ReadingsLink && !s.target().address().empty())
        m_readingsOpen = true;
    else if (s.name() == RepliesLink)
        m_repliesOpen = true;
    maybeReady();
}

void AmqpFleet::on_receiver_open(proton::receiver &r)
{
    if (r.source().address().empty())
        return;
    for (Slot &slot : m_slots) {
        if (r.name() == CommandsLinkPrefix + str(slot.spec.id))
            slot.attached = true;
    }
    maybeReady();
}

void AmqpFleet::maybeReady()
{
    if (m_connected || !m_readingsOpen || !m_repliesOpen)
        return;
    if (std::any_of(m_slots.cbegin(), m_slots.cend(), [](const Slot &s) { return !s.attached; }))
        return;
    m_connected = true;
    m_reconnectDelayMs = 500;
    const qint64 now = nowMs();
    for (Slot &slot : m_slots)
        slot.nextDueMs = now;  // a reading right away, then at the device's interval
    if (std::exchange(m_everReady, true)) {
        qCInfo(lcAmqpSim) << "connection back after" << m_reconnects << "reconnect(s)";
        printJsonLine({{QStringLiteral("type"), QStringLiteral("connection")}, {QStringLiteral("state"), QStringLiteral("open")}});
        return;
    }
    m_readyAtMs = now;
    for (Slot &slot : m_slots) {
        slot.historyNextMs = now - qint64(m_options.historySeconds * 1000);
        slot.historyEndMs = now;
    }
    QJsonArray ids;
    for (const Slot &slot : m_slots)
        ids.append(slot.spec.id);
    qCInfo(lcAmqpSim).noquote() << m_slots.size() << "devices ready on" << m_options.url;
    printJsonLine({{QStringLiteral("type"), QStringLiteral("ready")}, {QStringLiteral("devices"), ids},
                   {QStringLiteral("address"), m_options.readingsAddress}});
}

void AmqpFleet::linkFailed(const std::string &what, const proton::error_condition &e)
{
    const QString text = QStringLiteral("%1: %2").arg(qstr(what), conditionText(e));
    qCWarning(lcAmqpSim).noquote() << text;
    if (!m_everReady) {
        finish(1, text);  // a missing queue or a refused permission: nothing to retry
        return;
    }
    // Later (a queue deleted under the device): the connection goes and comes back, so every
    // link is attached again once the queue is there.
    m_lastError = str(text);
    if (m_connection.active())
        m_connection.close();
}

void AmqpFleet::on_sender_error(proton::sender &s)
{
    linkFailed("sender " + s.name(), s.error());
}

void AmqpFleet::on_receiver_error(proton::receiver &r)
{
    linkFailed("receiver " + r.name(), r.error());
}

void AmqpFleet::on_connection_error(proton::connection &c)
{
    m_lastError = c.error().what();
}

void AmqpFleet::on_transport_error(proton::transport &t)
{
    m_lastError = t.error().what();
}

void AmqpFleet::on_error(const proton::error_condition &e)
{
    qCWarning(lcAmqpSim).noquote() << "AMQP error:" << conditionText(e);
}

void AmqpFleet::on_transport_close(proton::transport &)
{
    m_connection = proton::connection();
    m_readings = proton::sender();
    m_replies = proton::sender();
    m_readingsOpen = m_repliesOpen = false;
    for (Slot &slot : m_slots)
        slot.attached = false;
    m_pendingReplies.clear();
    m_unconfirmed += quint64(m_inFlight);
    m_inFlight = 0;
    const bool wasConnected = std::exchange(m_connected, false);
    if (m_done)
        return;
    if (m_stopping) {
        finish(0);
        return;
    }
    const QString why = m_lastError.empty() ? QStringLiteral("the connection closed") : qstr(m_lastError);
    if (!m_everReady) {
        finish(1, why);  // wrong password, untrusted certificate, no broker: say so and stop
        return;
    }
    ++m_reconnects;
    qCWarning(lcAmqpSim).noquote() << "connection lost:" << why << "- again in" << m_reconnectDelayMs << "ms";
    if (wasConnected) {
        printJsonLine({{QStringLiteral("type"), QStringLiteral("connection")}, {QStringLiteral("state"), QStringLiteral("lost")},
                       {QStringLiteral("error"), why}});
    }
    m_container.schedule(proton::duration(m_reconnectDelayMs), [this] {
        if (!m_done && !m_stopping)
            connect();
    });
    m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, MaxReconnectDelayMs);
}

void AmqpFleet::tick()
{
    if (m_done)
        return;
    if (m_everReady && !m_stopping)
        inConnection([this] { publishDue(); });
    m_container.schedule(proton::duration(TickMs), [this] { tick(); });
}

void AmqpFleet::inConnection(std::function<void()> work)
{
    // Timers run in the container's context: what they do to the connection is only written
    // out when it runs in the connection's own (its work queue wakes it up afterwards).
    if (m_connection.active())
        m_connection.work_queue().add(std::move(work));
    else
        work();
}

void AmqpFleet::publishDue()
{
    const qint64 now = nowMs();
    if (m_everReady && !m_stopping) {
        for (Slot &slot : m_slots) {
            // The history goes first, as fast as the broker takes it (never skipped).
            while (m_connected && slot.historyNextMs < slot.historyEndMs && canPublish()) {
                publish(slot, slot.historyNextMs);
                slot.historyNextMs += HistoryStepMs;
            }
            if (now < slot.nextDueMs)
                continue;
            if (m_connected)
                publish(slot, now);
            else
                ++m_skipped;  // the uplink is down: a real device would not buffer forever either
            slot.nextDueMs += slot.state.intervalMs;
            if (slot.nextDueMs <= now)  // far behind (a stalled thread): no burst to catch up
                slot.nextDueMs = now + slot.state.intervalMs;
        }
        if (m_options.seconds >= 0 && now - m_readyAtMs >= qint64(m_options.seconds * 1000))
            beginStop();
        if (m_options.progressMs > 0 && now >= m_nextProgressMs) {
            m_nextProgressMs = now + m_options.progressMs;
            printProgress();
        }
    }
}

void AmqpFleet::beginStop()
{
    if (std::exchange(m_stopping, true) || m_done)
        return;
    qCInfo(lcAmqpSim) << "stopping with" << m_inFlight << "reading(s) awaiting their outcome";
    if (!m_connection.active()) {  // between reconnects
        finish(0);
        return;
    }
    if (m_inFlight == 0) {
        closeNow();
        return;
    }
    m_container.schedule(proton::duration(StopGraceMs), [this] { inConnection([this] { closeNow(); }); });
}

void AmqpFleet::closeNow()
{
    if (m_done)
        return;
    if (m_connection.active())
        m_connection.close();  // on_transport_close finishes
    else if (m_connection.uninitialized())
        finish(0);
}

void AmqpFleet::finish(int exitCode, const QString &error)
{
    if (std::exchange(m_done, true))
        return;
    m_exitCode = exitCode;
    if (!error.isEmpty()) {
        qCWarning(lcAmqpSim).noquote() << error;
        printJsonLine({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("error"), error}});
    }
    printJsonLine({{QStringLiteral("type"), QStringLiteral("done")}, {QStringLiteral("sent"), double(m_sent)},
                   {QStringLiteral("accepted"), double(m_accepted)}, {QStringLiteral("rejected"), double(m_rejected)},
                   {QStringLiteral("released"), double(m_released)}, {QStringLiteral("skipped"), double(m_skipped)},
                   {QStringLiteral("unconfirmed"), double(m_unconfirmed + quint64(m_inFlight))},
                   {QStringLiteral("commands"), double(m_commands)}, {QStringLiteral("command_errors"), double(m_commandErrors)},
                   {QStringLiteral("reconnects"), m_reconnects}});
    if (m_connection.active())
        m_connection.close();
    m_container.stop();
}

}  // namespace devicesim
