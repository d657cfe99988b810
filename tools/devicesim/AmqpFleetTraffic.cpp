// AmqpFleet's traffic: readings out on the schedule, command requests in and their replies
// out, and the broker's outcomes of what was sent (the connection's life is AmqpFleet.cpp's).
#include "AmqpDevice.h"
#include "AmqpFleet.h"
#include "AmqpFleetPrivate.h"
#include "ToolIo.h"

#include <QJsonObject>

#include <proton/delivery.hpp>
#include <proton/message_id.hpp>
#include <proton/scalar.hpp>
#include <proton/tracker.hpp>

#include <algorithm>
#include <optional>

namespace devicesim {

using namespace amqpfleet;

bool AmqpFleet::canPublish() const
{
    return m_readings.active() && m_readings.credit() > 0 && m_inFlight < m_options.window;
}

// A reading taken at `now` (in the past for the history).
void AmqpFleet::publish(Slot &slot, qint64 now)
{
    if (!canPublish()) {
        ++m_skipped;
        return;
    }
    const std::optional<bool> relay = slot.state.relayReported ? std::optional<bool>(slot.state.relay) : std::nullopt;
    const QByteArray json = amqp::senmlJson(slot.spec.id, sampleAt(slot.spec, m_options.clock, now), relay);
    proton::message m;
    m.id(proton::message_id(str(QStringLiteral("%1-%2-%3").arg(slot.spec.id, m_sessionTag).arg(++slot.sequence))));
    m.subject(str(slot.spec.id));
    m.properties().put("device", str(slot.spec.id));
    m.content_type(str(amqp::SenmlJsonType.toString()));
    m.creation_time(proton::timestamp(now));
    m.durable(true);
    m.body(proton::binary(json.toStdString()));
    m_readings.send(m);
    ++m_sent;
    ++m_inFlight;
}

void AmqpFleet::on_sendable(proton::sender &s)
{
    if (s.name() == RepliesLink)
        flushReplies();
}

void AmqpFleet::on_message(proton::delivery &d, proton::message &m)
{
    const std::string link = d.receiver().name();
    for (Slot &slot : m_slots) {
        if (link == CommandsLinkPrefix + str(slot.spec.id)) {
            answer(slot, m);
            return;  // accepted on return (auto-accept): the reply is on its way
        }
    }
}

void AmqpFleet::answer(Slot &slot, const proton::message &request)
{
    const QString action = qstr(request.subject());
    QString value;
    if (request.properties().exists("value")) {
        const proton::scalar v = request.properties().get("value");
        value = v.type() == proton::STRING ? qstr(proton::get<std::string>(v))
            : v.type() == proton::SYMBOL   ? qstr(proton::get<proton::symbol>(v))
                                           : qstr(proton::to_string(v));
    }
    const amqp::CommandOutcome outcome = amqp::applyCommand(slot.state, action, value);
    if (outcome.intervalChanged)
        slot.nextDueMs = nowMs() + slot.state.intervalMs;  // the new interval counts from now
    ++m_commands;
    if (!outcome.ok)
        ++m_commandErrors;
    qCInfo(lcAmqpSim).noquote() << slot.spec.id << action << value << "->" << (outcome.ok ? "ok:" : "error:") << outcome.text;
    printJsonLine({{QStringLiteral("type"), QStringLiteral("command")}, {QStringLiteral("device"), slot.spec.id},
                   {QStringLiteral("action"), action}, {QStringLiteral("value"), value},
                   {QStringLiteral("status"), outcome.ok ? QStringLiteral("ok") : QStringLiteral("error")},
                   {QStringLiteral("text"), outcome.text}});
    if (request.reply_to().empty()) {
        qCWarning(lcAmqpSim).noquote() << slot.spec.id << "command without reply-to: done, nobody told";
        return;
    }
    proton::message reply;
    reply.to(request.reply_to());
    reply.correlation_id(request.id());
    reply.subject(str(action));
    reply.properties().put("status", outcome.ok ? "ok" : "error");
    reply.properties().put("device", str(slot.spec.id));
    reply.body(str(outcome.text));
    m_pendingReplies.push_back(std::move(reply));
    flushReplies();
}

void AmqpFleet::flushReplies()
{
    while (!m_pendingReplies.empty() && m_replies.active() && m_replies.credit() > 0) {
        m_replies.send(m_pendingReplies.front());
        m_pendingReplies.pop_front();
    }
}

void AmqpFleet::on_tracker_accept(proton::tracker &t)
{
    if (t.sender().name() != ReadingsLink)
        return;
    ++m_accepted;
    settled();
}

void AmqpFleet::on_tracker_reject(proton::tracker &t)
{
    if (t.sender().name() != ReadingsLink) {
        qCWarning(lcAmqpSim) << "a reply was rejected (its reply-to queue is gone?)";
        return;
    }
    ++m_rejected;
    qCWarning(lcAmqpSim).noquote() << "the broker rejected a reading";
    settled();
}

void AmqpFleet::on_tracker_release(proton::tracker &t)
{
    if (t.sender().name() != ReadingsLink) {
        qCWarning(lcAmqpSim) << "a reply was released (no queue at its reply-to?)";
        return;
    }
    ++m_released;
    settled();
}

void AmqpFleet::settled()
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (m_stopping && m_inFlight == 0)
        closeNow();
}

void AmqpFleet::printProgress()
{
    printJsonLine({{QStringLiteral("type"), QStringLiteral("progress")}, {QStringLiteral("sent"), double(m_sent)},
                   {QStringLiteral("accepted"), double(m_accepted)}, {QStringLiteral("skipped"), double(m_skipped)},
                   {QStringLiteral("commands"), double(m_commands)}, {QStringLiteral("connected"), m_connected}});
}

}  // namespace devicesim
