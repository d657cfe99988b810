// The other end of tst_devicesim_amqp: a small Proton client on its own thread that receives
// from some queues and sends anything anywhere.
#pragma once

#include "RabbitMqServer.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QString>
#include <QStringList>

#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/container.hpp>
#include <proton/delivery.hpp>
#include <proton/message.hpp>
#include <proton/message_id.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/receiver.hpp>
#include <proton/receiver_options.hpp>
#include <proton/scalar.hpp>
#include <proton/sender.hpp>
#include <proton/sender_options.hpp>
#include <proton/source.hpp>
#include <proton/ssl.hpp>
#include <proton/target_options.hpp>
#include <proton/work_queue.hpp>

#include <atomic>
#include <deque>
#include <mutex>
#include <thread>

namespace amqpprobe {

// A message as the test saw it (copied out of Proton's thread).
struct Seen {
    QString address;
    QString id;
    QString correlationId;
    QString subject;
    QString contentType;
    QString device;
    QString status;
    QByteArray body;
    bool binaryBody = false;
};

template<class Scalar>  // proton::scalar or proton::message_id
QString scalarText(const Scalar &s)
{
    if (s.empty())
        return {};
    return s.type() == proton::STRING ? QString::fromStdString(proton::get<std::string>(s)) : QString::fromStdString(proton::to_string(s));
}

// Receives from some queues and sends anything anywhere (anonymous sender, "to" per message),
// on its own Proton thread. Thread-safe: send(), seen(), isReady().
class ProbeClient : public proton::messaging_handler
{
public:
    ProbeClient(const QString &url, const QString &caFile, QStringList queues, const QString &user, const QString &password)
        : m_url(url.toStdString())
        , m_user(user.toStdString())
        , m_password(password.toStdString())
        , m_ca(caFile.toStdString())
        , m_queues(std::move(queues))
    {
    }
    ~ProbeClient() override
    {
        if (m_connection)
            m_connection->work_queue().add([this] { m_connection->close(); });
        if (m_thread.joinable())
            m_thread.join();
    }
    void start()
    {
        m_thread = std::thread([this] {
            try {
                m_container.run();
            } catch (const std::exception &e) {
                qWarning() << "probe:" << e.what();
            }
        });
    }
    bool isReady() const { return m_ready; }
    void send(proton::message m)
    {
        m_connection->work_queue().add([this, m] {
            m_pending.push_back(m);
            flush();
        });
    }
    QList<Seen> seen(const QString &address) const
    {
        std::lock_guard lock(m_mutex);
        QList<Seen> out;
        for (const Seen &s : m_seen)
            if (s.address == address)
                out.append(s);
        return out;
    }

private:
    void on_container_start(proton::container &c) override
    {
        proton::connection_options co;
        co.user(m_user).password(m_password).sasl_allowed_mechs("PLAIN");
        co.ssl_client_options(proton::ssl_client_options(m_ca, proton::ssl::VERIFY_PEER_NAME));
        c.connect(m_url, co);
    }
    void on_connection_open(proton::connection &c) override
    {
        m_connection = std::make_unique<proton::connection>(c);
        for (const QString &q : std::as_const(m_queues))
            c.open_receiver(RabbitMqServer::queueAddress(q).toStdString(), proton::receiver_options().credit_window(500));
        proton::target_options anonymous;
        anonymous.anonymous(true);
        m_sender = c.open_sender(std::string(), proton::sender_options().target(anonymous));
    }
    void on_receiver_open(proton::receiver &) override
    {
        ++m_openReceivers;
        m_ready = m_openReceivers == m_queues.size() && m_senderOpen;
    }
    void on_sender_open(proton::sender &) override
    {
        m_senderOpen = true;
        m_ready = m_openReceivers == m_queues.size() && m_senderOpen;
    }
    void on_sendable(proton::sender &) override { flush(); }
    void on_message(proton::delivery &d, proton::message &m) override
    {
        Seen s;
        s.address = QString::fromStdString(d.receiver().source().address());
        s.id = scalarText(m.id());
        s.correlationId = scalarText(m.correlation_id());
        s.subject = QString::fromStdString(m.subject());
        s.contentType = QString::fromStdString(m.content_type());
        if (m.properties().exists("device"))
            s.device = scalarText(m.properties().get("device"));
        if (m.properties().exists("status"))
            s.status = scalarText(m.properties().get("status"));
        s.binaryBody = m.body().type() == proton::BINARY;
        if (s.binaryBody) {
            const auto b = proton::get<proton::binary>(m.body());
            s.body = QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
        } else if (m.body().type() == proton::STRING) {
            s.body = QByteArray::fromStdString(proton::get<std::string>(m.body()));
        }
        std::lock_guard lock(m_mutex);
        m_seen.append(s);
    }
    void on_error(const proton::error_condition &e) override { qWarning() << "probe:" << e.what().c_str(); }
    void flush()
    {
        while (!m_pending.empty() && m_sender.active() && m_sender.credit() > 0) {
            m_sender.send(m_pending.front());
            m_pending.pop_front();
        }
    }

    std::string m_url;
    std::string m_user;
    std::string m_password;
    std::string m_ca;
    QStringList m_queues;
    proton::container m_container{*this};
    std::thread m_thread;
    std::unique_ptr<proton::connection> m_connection;
    proton::sender m_sender;
    std::deque<proton::message> m_pending;
    int m_openReceivers = 0;
    bool m_senderOpen = false;
    std::atomic<bool> m_ready{false};
    mutable std::mutex m_mutex;
    QList<Seen> m_seen;
};

}  // namespace amqpprobe
