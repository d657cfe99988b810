// AmqpClient's commands: a request to the device's queue, the reply on linnet.replies.NAME.
#include "amqp/AmqpClient.h"

#include "amqp/AmqpClientMessage.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QTimer>

#include <proton/connection.hpp>
#include <proton/delivery.hpp>
#include <proton/io/connection_driver.hpp>
#include <proton/message.hpp>
#include <proton/receiver_options.hpp>
#include <proton/sender_options.hpp>
#include <proton/session.hpp>
#include <proton/target.hpp>
#include <proton/tracker.hpp>

using namespace amqpmsg;

void AmqpClient::on_sender_error(proton::sender &s)
{
    if (s == m_manageSender) {  // no management node (not RabbitMQ 4): the queue must exist
        qCInfo(lcAmqp) << "No management node on" << m_settings.name << ":" << text(s.error().what());
        m_manageSender = proton::sender();
        return attachReplyQueue();
    }
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
        openManagement();
        pump();
        return;  // the reply queue is declared, then attached: its on_receiver_open() comes back here
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
        m.reply_to(replyAddress().toStdString());
        m.body(std::string());
        sender.send(m);
        qCDebug(lcAmqp) << "Command" << it->id << it->action << "sent to" << it->device;
        m_inFlight.insert(it->id, *it);
        it = m_queuedCommands.erase(it);
    }
    pump();
}

void AmqpClient::on_sendable(proton::sender &s)
{
    if (s == m_manageSender)
        return sendDeclare();
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
    Q_EMIT commandFinished(command.id, status == u"ok", Body(m).text());
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
