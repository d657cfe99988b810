// The minimal receiver (the anchor): one link, Proton's own credit window (topped up as
// deliveries are consumed), each delivery accepted as it arrives and its body never decoded
// past what Proton does itself. --settled asks for pre-settled deliveries (at-most-once): the
// broker sends without waiting for dispositions, its fastest way out of a queue.
#include "ProtonBench.h"

#include <proton/connection.hpp>
#include <proton/container.hpp>
#include <proton/delivery.hpp>
#include <proton/delivery_mode.hpp>
#include <proton/duration.hpp>
#include <proton/error_condition.hpp>
#include <proton/message.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/receiver.hpp>
#include <proton/receiver_options.hpp>
#include <proton/work_queue.hpp>

namespace protonbench {
namespace {

class Receiver : public proton::messaging_handler
{
public:
    explicit Receiver(const Options &o)
        : m_o(o)
    {
    }

    int exitCode() const { return m_failedRun ? 1 : 0; }

private:
    void on_container_start(proton::container &c) override { c.connect(m_o.url, connectionOptions(m_o)); }

    void on_connection_open(proton::connection &c) override
    {
        m_connection = c;
        proton::receiver_options options;
        options.credit_window(m_o.credit).auto_accept(true);
        if (m_o.settled)
            options.delivery_mode(proton::delivery_mode::AT_MOST_ONCE);
        c.open_receiver(m_o.addresses.front(), options);
    }

    void on_receiver_open(proton::receiver &) override
    {
        printLine("ready", {});
        tick();
    }

    void tick()
    {
        if (m_closed)
            return;
        printLine("progress", field("t", double(wallUs()) / 1e6) + "," + field("items", double(m_received)));
        m_connection.work_queue().schedule(proton::duration(m_o.progressMs), [this] { tick(); });
    }

    void on_message(proton::delivery &, proton::message &) override
    {
        if (++m_received == 1) {
            m_firstUs = wallUs();
            m_firstCpu = cpuSeconds();
        }
        if (m_received < m_o.expect || m_closed)
            return;
        const int64_t done = wallUs();
        const double seconds = double(done - m_firstUs) / 1e6;
        printLine("result", field("received", double(m_received)) + "," + field("first_us", double(m_firstUs)) + ","
                                + field("done_us", double(done)) + "," + field("rate", seconds > 0 ? double(m_received) / seconds : 0.0)
                                + "," + field("cpu_s", cpuSeconds() - m_firstCpu));
        m_closed = true;
        m_connection.close();  // after the accept of this delivery (auto_accept runs first)
    }

    void on_error(const proton::error_condition &e) override
    {
        printLine("error", field("error", e.what()));
        m_failedRun = true;
        m_closed = true;
        if (m_connection)
            m_connection.close();
    }

    Options m_o;
    proton::connection m_connection;
    long m_received = 0;
    int64_t m_firstUs = 0;
    double m_firstCpu = 0;
    bool m_closed = false, m_failedRun = false;
};

}  // namespace

int runReceiver(const Options &o)
{
    Receiver receiver(o);
    proton::container(receiver).run();
    return receiver.exitCode();
}

}  // namespace protonbench
