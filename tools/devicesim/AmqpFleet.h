// Simulated devices on an AMQP 1.0 broker (RabbitMQ 4): one connection for all of them, a
// sender of readings to one address, a receiver per device on its command queue and one
// anonymous sender (null target, RabbitMQ 4's "to" routing) for the replies. The protocol is
// in AmqpDevice.h.
//
// Everything runs on a Proton container on its own thread (the tool is not the app: no Qt
// socket needed); start(), stop() and join() are the only calls from other threads. It prints
// JSON lines on stdout from that thread: "ready" once every link is attached, "command" per
// request answered, "connection" when the broker goes away and comes back, "progress", and
// "done" (or "error" when the first connection fails: wrong password, untrusted certificate,
// a queue that does not exist). After the first success, a lost connection is retried with
// backoff and the readings due meanwhile are skipped (counted), like a device whose uplink is
// down.
#pragma once

#include "DeviceState.h"
#include "Signals.h"

#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <proton/container.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/message.hpp>
#include <proton/receiver.hpp>
#include <proton/sender.hpp>

#include <atomic>
#include <deque>
#include <functional>
#include <string>
#include <thread>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcAmqpSim)

namespace devicesim {

struct AmqpFleetOptions {
    QString url;            // amqps://host:port (TLS only: amqp:// is refused by the command line)
    QString user;           // SASL PLAIN; empty: ANONYMOUS
    QString password;
    QString caFile;         // PEM of the only CAs to trust; empty: the system's
    QString readingsAddress = QStringLiteral("/queues/sensors");
    QList<DeviceSpec> devices;
    SignalClock clock;
    qint64 intervalMs = 1000;  // every device's at the start; an "interval" command changes its own
    int window = 200;          // readings awaiting the broker's outcome at most; beyond: skipped
    int progressMs = 1000;     // 0: no progress lines
    double seconds = -1;       // stop this long after "ready" (-1: until stopped)
    // At the first "ready", back-dated readings of this many seconds before it, one every
    // HistoryStepMs per device (as the XMPP fleet's --history-seconds), ahead of the live ones.
    double historySeconds = 0;
};

class AmqpFleet : public proton::messaging_handler
{
public:
    explicit AmqpFleet(AmqpFleetOptions options);
    ~AmqpFleet() override;

    // Runs the container on its thread; finished(exitCode) is called on that thread at the end.
    void start(std::function<void(int)> finished);
    void stop();  // any thread: waits briefly for outstanding outcomes, closes, finishes
    void join();

private:
    struct Slot {
        DeviceSpec spec;
        DeviceState state;
        qint64 nextDueMs = 0;
        qint64 historyNextMs = 0;  // the next back-dated reading, up to historyEndMs
        qint64 historyEndMs = 0;
        quint64 sequence = 0;
        proton::receiver commands;
        bool attached = false;
    };

    void on_container_start(proton::container &c) override;
    void on_connection_open(proton::connection &c) override;
    void on_connection_error(proton::connection &c) override;
    void on_transport_error(proton::transport &t) override;
    void on_transport_close(proton::transport &t) override;
    void on_sender_open(proton::sender &s) override;
    void on_receiver_open(proton::receiver &r) override;
    void on_sender_error(proton::sender &s) override;
    void on_receiver_error(proton::receiver &r) override;
    void on_sendable(proton::sender &s) override;
    void on_message(proton::delivery &d, proton::message &m) override;
    void on_tracker_accept(proton::tracker &t) override;
    void on_tracker_reject(proton::tracker &t) override;
    void on_tracker_release(proton::tracker &t) override;
    void on_error(const proton::error_condition &e) override;

    void connect();
    void tick();
    void inConnection(std::function<void()> work);
    void publishDue();
    void publish(Slot &slot, qint64 timeMs);
    bool canPublish() const;
    void answer(Slot &slot, const proton::message &request);
    void flushReplies();
    void linkFailed(const std::string &what, const proton::error_condition &e);
    void settled();
    void maybeReady();
    void beginStop();
    void closeNow();
    void finish(int exitCode, const QString &error = {});
    void printProgress();

    AmqpFleetOptions m_options;
    std::vector<Slot> m_slots;
    QString m_sessionTag;  // makes message-ids unique across runs of the tool
    proton::container m_container;
    std::thread m_thread;
    std::function<void(int)> m_finished;
    std::atomic<bool> m_running{false};

    proton::connection m_connection;
    proton::sender m_readings;
    proton::sender m_replies;
    bool m_readingsOpen = false;
    bool m_repliesOpen = false;
    std::deque<proton::message> m_pendingReplies;
    std::string m_lastError;
    bool m_connected = false;  // the current connection is up with every link attached
    bool m_everReady = false;
    bool m_stopping = false;
    bool m_done = false;
    int m_exitCode = 0;
    int m_reconnectDelayMs = 500;
    int m_inFlight = 0;
    qint64 m_readyAtMs = 0;
    qint64 m_nextProgressMs = 0;

    quint64 m_sent = 0;
    quint64 m_accepted = 0;
    quint64 m_rejected = 0;
    quint64 m_released = 0;
    quint64 m_skipped = 0;
    quint64 m_unconfirmed = 0;  // outcomes lost with a connection
    quint64 m_commands = 0;
    quint64 m_commandErrors = 0;
    int m_reconnects = 0;
};

}  // namespace devicesim
