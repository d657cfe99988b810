#include "AmqpTestPeer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/container.hpp>
#include <proton/delivery.hpp>
#include <proton/error_condition.hpp>
#include <proton/message_id.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/receiver.hpp>
#include <proton/sender.hpp>
#include <proton/ssl.hpp>
#include <proton/target.hpp>
#include <proton/tracker.hpp>

#include <map>
#include <proton/work_queue.hpp>

namespace {
proton::connection_options options(const AmqpPeerLogin &login)
{
    proton::connection_options o;
    o.ssl_client_options(proton::ssl_client_options(login.caFile.toStdString(), proton::ssl::VERIFY_PEER));
    o.sasl_allowed_mechs("PLAIN");
    o.user(login.user.toStdString());
    o.password(login.password.toStdString());
    return o;
}

struct Publisher : proton::messaging_handler {
    AmqpPeerLogin login;
    std::string address;
    const std::vector<proton::message> *messages = nullptr;
    size_t sent = 0, settled = 0, accepted = 0;
    std::string error;

    void on_container_start(proton::container &c) override { c.connect(login.url.toString().toStdString(), options(login)); }
    void on_connection_open(proton::connection &c) override { c.open_sender(address); }
    void on_sendable(proton::sender &s) override
    {
        while (s.credit() > 0 && sent < messages->size())
            s.send((*messages)[sent++]);
    }
    void done(proton::tracker &t)
    {
        if (++settled == messages->size())
            t.connection().close();
    }
    void on_tracker_accept(proton::tracker &t) override
    {
        ++accepted;
        done(t);
    }
    void on_tracker_reject(proton::tracker &t) override { done(t); }
    void on_tracker_release(proton::tracker &t) override { done(t); }
    void on_error(const proton::error_condition &e) override { error = e.what(); }
};
}  // namespace

bool publishMessages(const AmqpPeerLogin &login, const QString &address, const std::vector<proton::message> &messages,
                     QString *error)
{
    Publisher publisher;
    publisher.login = login;
    publisher.address = address.toStdString();
    publisher.messages = &messages;
    try {
        proton::container(publisher).run();
    } catch (const std::exception &e) {
        publisher.error = e.what();
    }
    if (error)
        *error = QString::fromStdString(publisher.error);
    return publisher.error.empty() && publisher.accepted == messages.size();
}

proton::message senmlJsonMessage(const QString &id, const QString &device, double value, qint64 timeMs)
{
    QJsonObject record;
    record.insert(u"bn", QString(device + u':'));
    record.insert(u"n", QStringLiteral("temp"));
    record.insert(u"u", QStringLiteral("Cel"));
    record.insert(u"v", value);
    record.insert(u"t", double(timeMs) / 1000.0);
    const QJsonArray pack{record};
    proton::message m;
    m.id(proton::message_id(id.toStdString()));
    m.content_type("application/senml+json");
    m.properties().put("device", device.toStdString());
    const QByteArray json = QJsonDocument(pack).toJson(QJsonDocument::Compact);
    m.body(proton::binary(json.constData(), json.constData() + json.size()));
    m.durable(true);
    return m;
}

struct CommandResponder::Handler : proton::messaging_handler {
    AmqpPeerLogin login;
    std::string address;
    bool silent = false;
    std::atomic<bool> ready{false};
    std::atomic<int> *answered = nullptr;
    proton::connection connection;
    std::map<std::string, proton::sender> replies;  // per reply-to address
    std::vector<proton::message> unsent;
    std::unique_ptr<proton::container> container;

    void on_container_start(proton::container &c) override { c.connect(login.url.toString().toStdString(), options(login)); }
    void on_connection_open(proton::connection &c) override
    {
        connection = c;
        c.open_receiver(address);
    }
    void on_receiver_open(proton::receiver &) override { ready = true; }
    void on_message(proton::delivery &, proton::message &request) override
    {
        if (silent)
            return;
        proton::message reply;
        reply.to(request.reply_to());
        reply.correlation_id(request.id());
        const std::string action = request.subject();
        const auto value = proton::get<std::string>(request.properties().get("value"));
        std::string status = "ok", text;
        if (action == "relay" && (value == "on" || value == "off"))
            text = "Relay " + value;
        else if (action == "interval")
            text = "Interval is now " + value + " s";
        else
            status = "error", text = "Unknown command " + action;
        reply.properties().put("status", status);
        reply.body(text);
        auto it = replies.find(request.reply_to());
        if (it == replies.end())
            it = replies.emplace(request.reply_to(), connection.open_sender(request.reply_to())).first;
        unsent.push_back(reply);
        on_sendable(it->second);
    }
    void on_sendable(proton::sender &s) override
    {
        for (auto it = unsent.begin(); it != unsent.end() && s.credit() > 0;) {
            if (it->to() != s.target().address()) {
                ++it;
                continue;
            }
            s.send(*it);
            it = unsent.erase(it);
            ++*answered;
        }
    }
};

CommandResponder::CommandResponder(const AmqpPeerLogin &login, const QString &device, bool silent)
    : m_handler(std::make_unique<Handler>())
{
    m_handler->login = login;
    m_handler->address = QString(QStringLiteral("/queues/") + device + QStringLiteral(".commands")).toStdString();
    m_handler->silent = silent;
    m_handler->answered = &m_answered;
    m_handler->container = std::make_unique<proton::container>(*m_handler);
    m_thread = std::thread([this] {
        try {
            m_handler->container->run();
        } catch (const std::exception &) {
        }
    });
}

CommandResponder::~CommandResponder()
{
    m_handler->container->stop();
    m_thread.join();
}

bool CommandResponder::waitUntilReady(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_handler->ready && timer.elapsed() < timeoutMs)
        QThread::msleep(20);
    return m_handler->ready;
}
