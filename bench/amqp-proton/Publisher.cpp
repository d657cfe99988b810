// The publisher: SenML JSON readings (durable, a unique message-id each) into one or more
// queues. Fill mode sends `count` per address as fast as the broker grants credit; live mode
// paces `rate` messages/s for `seconds`. Acked = accepted by the broker (for a quorum queue:
// written to its log), so the fill's acked/s is the broker's ingest ceiling.
#include "ProtonBench.h"

#include <proton/connection.hpp>
#include <proton/container.hpp>
#include <proton/delivery_mode.hpp>
#include <proton/duration.hpp>
#include <proton/error_condition.hpp>
#include <proton/message.hpp>
#include <proton/message_id.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/sender.hpp>
#include <proton/sender_options.hpp>
#include <proton/tracker.hpp>
#include <proton/work_queue.hpp>

#include <cmath>
#include <cstdio>

namespace protonbench {
namespace {

class Publisher : public proton::messaging_handler
{
public:
    explicit Publisher(const Options &o)
        : m_o(o)
        , m_sentPer(o.addresses.size(), 0)
    {
    }

    int exitCode() const { return m_failedRun ? 1 : 0; }

private:
    bool live() const { return m_o.count <= 0; }
    long total() const { return live() ? -1 : m_o.count * long(m_o.addresses.size()); }

    void on_container_start(proton::container &c) override { c.connect(m_o.url, connectionOptions(m_o)); }

    void on_connection_open(proton::connection &c) override
    {
        m_connection = c;
        for (const auto &address : m_o.addresses)
            m_senders.push_back(c.open_sender(address, proton::sender_options().delivery_mode(proton::delivery_mode::AT_LEAST_ONCE)));
    }

    void on_sender_open(proton::sender &) override
    {
        if (++m_open < int(m_senders.size()))
            return;
        m_startUs = wallUs();
        m_timeOriginMs = live() ? 0 : m_startUs / 1000 - 3600 * 1000;  // fill: an hour ago, 1 ms apart
        printLine("ready", {});
        tick();
    }

    // Live pacing and progress lines, every 5 ms on the connection's thread.
    void tick()
    {
        if (m_closed)
            return;
        const int64_t now = wallUs();
        if (now - m_lastProgressUs >= int64_t(m_o.progressMs) * 1000) {
            m_lastProgressUs = now;
            printLine("progress", field("t", double(now) / 1e6) + "," + field("sent", double(m_sent)) + ","
                                      + field("acked", double(m_acked)));
        }
        if (live()) {
            const double elapsed = double(now - m_startUs) / 1e6;
            m_due = elapsed >= m_o.seconds ? long(std::llround(m_o.rate * m_o.seconds)) : long(m_o.rate * elapsed);
            for (auto &s : m_senders)
                sendSome(s);
            if (elapsed >= m_o.seconds && m_sent >= m_due) {
                m_liveDone = true;
                finishIfSettled();
            }
        }
        if (!m_closed)
            m_connection.work_queue().schedule(proton::duration(5), [this] { tick(); });
    }

    void on_sendable(proton::sender &s) override { sendSome(s); }

    void sendSome(proton::sender &s)
    {
        size_t a = 0;
        while (a < m_senders.size() && m_senders[a] != s)
            ++a;
        if (a == m_senders.size() || m_closed)
            return;
        while (s.credit() > 0) {
            if (live() ? m_sent >= m_due : m_sentPer[a] >= m_o.count)
                break;
            const long i = live() ? m_sent : m_sentPer[a];
            s.send(reading(a, i));
            ++m_sentPer[a];
            ++m_sent;
        }
    }

    proton::message reading(size_t address, long i)
    {
        const int device = int(i % m_o.devices);
        const int64_t timeMs = live() ? wallUs() / 1000 : m_timeOriginMs + i;
        char body[200];
        const int n = std::snprintf(body, sizeof body, "[{\"bn\":\"dev-%d:\",\"n\":\"temp\",\"u\":\"Cel\",\"v\":%ld,\"t\":%lld.%03lld}]",
                                    device, i, static_cast<long long>(timeMs / 1000), static_cast<long long>(timeMs % 1000));
        char id[48], name[24];
        std::snprintf(id, sizeof id, "a%zu-%ld", address, i);
        std::snprintf(name, sizeof name, "dev-%d", device);
        proton::message m;
        m.id(proton::message_id(std::string(id)));
        m.content_type("application/senml+json");
        m.properties().put("device", std::string(name));
        m.body(proton::binary(body, body + n));
        m.durable(true);
        return m;
    }

    void on_tracker_accept(proton::tracker &) override
    {
        if (++m_acked == 1)
            m_firstAckUs = wallUs();
        finishIfSettled();
    }
    void on_tracker_reject(proton::tracker &) override
    {
        ++m_failed;
        finishIfSettled();
    }
    void on_tracker_release(proton::tracker &) override
    {
        ++m_failed;
        finishIfSettled();
    }

    void finishIfSettled()
    {
        const bool allSent = live() ? m_liveDone : m_sent >= total();
        if (!allSent || m_acked + m_failed < m_sent || m_closed)
            return;
        const int64_t done = wallUs();
        const double seconds = double(done - m_startUs) / 1e6;
        printLine("result", field("sent", double(m_sent)) + "," + field("acked", double(m_acked)) + ","
                                + field("failed", double(m_failed)) + "," + field("start_us", double(m_startUs)) + ","
                                + field("done_us", double(done)) + "," + field("rate", seconds > 0 ? double(m_acked) / seconds : 0.0));
        m_failedRun = m_failed > 0;
        m_closed = true;
        m_connection.close();
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
    std::vector<proton::sender> m_senders;
    std::vector<long> m_sentPer;
    int m_open = 0;
    long m_sent = 0, m_acked = 0, m_failed = 0, m_due = 0;
    int64_t m_startUs = 0, m_firstAckUs = 0, m_lastProgressUs = 0, m_timeOriginMs = 0;
    bool m_liveDone = false, m_closed = false, m_failedRun = false;
};

}  // namespace

int runPublisher(const Options &o)
{
    Publisher publisher(o);
    proton::container(publisher).run();
    return publisher.exitCode();
}

}  // namespace protonbench
