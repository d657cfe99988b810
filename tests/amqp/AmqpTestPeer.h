// The broker's other side for tests: a blocking Proton C++ publisher, and a command responder
// on a thread of its own that answers like a device (request/reply protocol of app/amqp).
#pragma once

#include <QString>
#include <QUrl>

#include <proton/message.hpp>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

struct AmqpPeerLogin {
    QUrl url;
    QString caFile;
    QString user;
    QString password;
};

// Sends every message to address and waits until the broker settled each; true if all were
// accepted. *error tells why not.
bool publishMessages(const AmqpPeerLogin &login, const QString &address, const std::vector<proton::message> &messages,
                     QString *error = nullptr);

// A SenML JSON reading of device (application property "device"), value at timeMs.
proton::message senmlJsonMessage(const QString &id, const QString &device, double value, qint64 timeMs);

// Answers requests on /queues/DEVICE.commands: relay on/off and interval N; anything else is
// an error. silent: receives and never answers (the timeout test).
class CommandResponder
{
public:
    CommandResponder(const AmqpPeerLogin &login, const QString &device, bool silent = false);
    ~CommandResponder();
    bool waitUntilReady(int timeoutMs);
    int answered() const { return m_answered.load(); }

private:
    struct Handler;
    std::unique_ptr<Handler> m_handler;
    std::thread m_thread;
    std::atomic<int> m_answered{0};
};
