// AmqpClient's reply queue: declared through RabbitMQ 4's HTTP-over-AMQP management node
// (/management: a sender and a receiver of the same name marked "paired"; a request is a
// message whose subject is the method and whose `to` is the path, the answer's subject the
// status code) before it is attached, so it need not exist beforehand. A broker without that
// node gets the plain attach, and the queue must exist there.
#include "amqp/AmqpClient.h"

#include "amqp/AmqpClientMessage.h"
#include "core/Logging.h"

#include <QUrl>
#include <QUuid>

#include <proton/codec/map.hpp>
#include <proton/delivery.hpp>
#include <proton/message.hpp>
#include <proton/receiver_options.hpp>
#include <proton/sender_options.hpp>
#include <proton/session.hpp>
#include <proton/tracker.hpp>

#include <map>

using namespace amqpmsg;

QString AmqpClient::replyQueue() const
{
    return QStringLiteral("linnet.replies.") + m_settings.name;
}

QString AmqpClient::replyAddress() const
{
    return QStringLiteral("/queues/") + QString::fromLatin1(QUrl::toPercentEncoding(replyQueue()));
}

void AmqpClient::openManagement()
{
    const std::map<proton::symbol, proton::value> paired{{proton::symbol("paired"), proton::value(true)}};
    const std::string name = "linnet-management-" + m_settings.name.toStdString();
    m_declareId.clear();
    m_manageSender = m_commandSession.open_sender(
        "/management",
        proton::sender_options().name(name).delivery_mode(proton::delivery_mode::AT_MOST_ONCE).properties(paired));
    m_manageReceiver = m_commandSession.open_receiver("/management", proton::receiver_options()
                                                                         .name(name)
                                                                         .delivery_mode(proton::delivery_mode::AT_MOST_ONCE)
                                                                         .credit_window(0)
                                                                         .auto_accept(false)
                                                                         .properties(paired));
}

// PUT /queues/NAME: non-durable, deleted once its last consumer (this connection) is gone, a
// classic queue (a quorum queue cannot be transient). 200: it exists like that already.
void AmqpClient::sendDeclare()
{
    // The answer needs credit on our receiving link first: RabbitMQ ends the whole session when
    // it has an answer for a management link without credit (seen when the sender's credit
    // came before the receiver's attach).
    if (!m_declareId.isEmpty() || !m_manageSender || m_manageSender.credit() <= 0 || !m_manageReceiver
        || m_manageReceiver.credit() <= 0)
        return;
    m_declareId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    proton::message m;
    m.id(m_declareId.toStdString());
    m.subject("PUT");
    m.to(replyAddress().toStdString());
    m.reply_to("$me");
    const std::map<std::string, proton::value> arguments{{"x-queue-type", proton::value(std::string("classic"))}};
    const std::map<std::string, proton::value> body{{"durable", proton::value(false)},
                                                    {"auto_delete", proton::value(true)},
                                                    {"exclusive", proton::value(false)},
                                                    {"arguments", proton::value(arguments)}};
    m.body(body);
    m_manageSender.send(m);
    qCDebug(lcAmqp) << "Declaring" << replyQueue() << "on" << m_settings.name;
}

void AmqpClient::handleManagementReply(proton::delivery &d, proton::message &m)
{
    d.accept();
    if (idText(m.correlation_id()) != m_declareId)
        return;
    const QString status = text(m.subject());
    qCDebug(lcAmqp) << "Declaring" << replyQueue() << "on" << m_settings.name << "answered" << status;
    // 409: it exists with other properties (made by an administrator): use it as it is.
    if (status == u"200" || status == u"201" || status == u"409") {
        attachReplyQueue();
        return;
    }
    const QString why = QStringLiteral("%1 %2").arg(status, Body(m).text());
    qCWarning(lcAmqp) << "Cannot declare" << replyQueue() << "on" << m_settings.name << ":" << why;
    for (const auto &c : std::as_const(m_queuedCommands))
        Q_EMIT commandFinished(c.id, false, tr("The broker refused to make the reply queue: %1").arg(why));
    m_queuedCommands.clear();
}

// After the declaration, or at once when the broker has no management node.
void AmqpClient::attachReplyQueue()
{
    if (m_replyReceiver || !m_commandSession)
        return;
    for (proton::link *link : {static_cast<proton::link *>(&m_manageSender), static_cast<proton::link *>(&m_manageReceiver)}) {
        if (*link && link->active())
            link->close();  // one request per connection: not needed any more
    }
    m_replyReceiver = m_commandSession.open_receiver(replyAddress().toStdString(),
                                                     proton::receiver_options().credit_window(0).auto_accept(false));
    pump();
}
