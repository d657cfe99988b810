// Latency at 1,000 items/s: publish→store for Linnet (store time = ReadingStore's observer),
// publish→receive for the QXmpp anchor (its event handler), over an 8 s window after 2 s of
// warm-up. The p50/p95/p99 rows come from runs with one subscriber each (as issue 3 measured
// QXmpp), first on the bench's server (nagle = false), then on a fresh one with Prosody's
// default (Nagle on), which is what a user's server usually runs.
//
// "Added by Linnet" comes from one more run in which Linnet and the anchor subscribe to the same
// node at once and so get the very same items under the same server and machine load: on a
// shared 2-core machine stalls of tens of ms come and go, and two separate runs would compare
// two different samples of that noise. Added = Linnet's p99 - the anchor's p99 of that run.
// (A direct socket-read→store figure would need a timestamp at StreamBridge's read.)
#include "Bench.h"
#include "Scenarios.h"
#include "Waiting.h"

#include <map>

namespace bench {
namespace {

constexpr double Rate = 1000;

struct Latency {
    double p50 = 0, p95 = 0, p99 = 0, items = 0;
};

struct Run {
    QString error;
    std::map<Sub, Latency> latency;
    double publishRate = 0;  // acked by the server over the window
    double serverCpu = -1;   // Prosody's CPU % over the window
    double ackP50 = -1, ackP99 = -1;  // the publisher's publish→ack round trips (whole run)
    double rate = Rate;
    bool loaded() const { return publishRate >= 0.95 * rate; }
};

Run measure(Bench &b, const QString &node, const QList<Sub> &subs, double rate = Rate)
{
    Run r;
    r.rate = rate;
    auto pub = b.startPublisher(node, {QStringLiteral("--rate"), QString::number(rate), QStringLiteral("--seconds"), QStringLiteral("60")}, &r.error);
    if (!pub)
        return r;
    std::map<Sub, std::unique_ptr<Child>> children;
    for (Sub which : subs) {
        if (!(children[which] = b.startSubscriber(which, node, &r.error)))
            return r;
    }
    pub->send(QStringLiteral("go"));
    sleepMs(2000);
    for (auto &[which, child] : children)
        child->send(QStringLiteral("window"));
    const double t0 = nowSeconds();
    const double server0 = b.serverCpuSeconds();
    sleepMs(b.ms(8000));
    for (auto &[which, child] : children)
        child->send(QStringLiteral("summary"));
    const double t1 = nowSeconds();
    const double server1 = b.serverCpuSeconds();
    const bool summaries = waitUntil([&] {
        for (auto &[which, child] : children) {
            if (child->last(QStringLiteral("summary")).isEmpty())
                return false;
        }
        return true;
    }, 5000);
    if (!summaries) {
        r.error = QStringLiteral("no latency summary from the subscribers");
        return r;
    }
    for (auto &[which, child] : children) {
        const QJsonObject s = child->last(QStringLiteral("summary"));
        const Latency l{s.value(u"p50_ms").toDouble(), s.value(u"p95_ms").toDouble(), s.value(u"p99_ms").toDouble(),
                        s.value(u"window_items").toDouble()};
        if (l.items < 1000)
            r.error = QStringLiteral("only %1 items in the %2 latency window").arg(l.items).arg(Bench::label(which));
        r.latency[which] = l;
    }
    r.publishRate = rateBetween(progressOf(*pub, QStringLiteral("acked")), t0, t1);
    if (server0 >= 0 && server1 >= 0)
        r.serverCpu = 100.0 * (server1 - server0) / (t1 - t0);
    pub->send(QStringLiteral("stop"));
    if (waitUntil([&] { return !pub->last(QStringLiteral("done")).isEmpty(); }, 10000)) {
        r.ackP50 = pub->last(QStringLiteral("done")).value(u"ack_p50_ms").toDouble();
        r.ackP99 = pub->last(QStringLiteral("done")).value(u"ack_p99_ms").toDouble();
    }
    return r;
}

// "p50 / p95 / p99 ms" of one subscriber, with what the server contributed in that run.
QString text(Table &t, const Run &run, Sub which)
{
    const Latency &l = run.latency.at(which);
    QString s = QStringLiteral("%1 / %2 / %3 ms").arg(fixed(l.p50, 1), fixed(l.p95, 1), fixed(l.p99, 1));
    if (run.ackP50 >= 0)
        s += QStringLiteral(" (ack %1 / %2").arg(fixed(run.ackP50, 1), fixed(run.ackP99, 1))
             + (run.serverCpu >= 0 ? QStringLiteral(", Prosody %1%)").arg(fixed(run.serverCpu, 0)) : QStringLiteral(")"));
    if (!run.loaded())
        s += QLatin1Char(' ') + t.note(QStringLiteral("latency: the server acked only %1 items/s of the %2/s published "
                                                      "(busy machine): items queued in the server, so this is queueing "
                                                      "delay, not the subscriber's").arg(count(run.publishRate), count(run.rate)));
    return s;
}

bool addRow(Bench &b, const QString &scenario, const QString &tag)
{
    Table &t = b.table();
    const Run linnet = measure(b, QStringLiteral("latency-%1-linnet").arg(tag), {Sub::Linnet});
    const Run anchor = linnet.error.isEmpty() ? measure(b, QStringLiteral("latency-%1-qxmpp").arg(tag), {Sub::Anchor}) : Run{};
    if (!linnet.error.isEmpty() || !anchor.error.isEmpty()) {
        t.failed(scenario, linnet.error.isEmpty() ? anchor.error : linnet.error);
        return false;
    }
    t.add({scenario, text(t, linnet, Sub::Linnet), QStringLiteral("QXmpp ") + text(t, anchor, Sub::Anchor), QStringLiteral("-"), Verdict::Info});
    return true;
}

}  // namespace

void runLatency(Bench &b)
{
    Table &t = b.table();
    const QString how = t.note(QStringLiteral("latency: publish (the publisher's wall clock in SenML bt, ms) to store (Linnet: "
                                              "ReadingStore observer) or receive (QXmpp: its event handler), one subscriber "
                                              "per run, %1 s at 1,000 items/s; bt has ms resolution: +-0.5 ms. In brackets: "
                                              "the publisher's publish->ack round trip p50 / p99 (the server's and machine's "
                                              "share) and Prosody's CPU")
                                   .arg(b.ms(8000) / 1000.0));
    addRow(b, QStringLiteral("latency at 1,000/s, Prosody nagle = false: p50/p95/p99 ") + how, QStringLiteral("nonagle"));

    const QString derived = t.note(QStringLiteral("added by Linnet = Linnet p99 - QXmpp p99 while both are subscribed to "
                                                  "the same node at once (same items, same load; nagle = false); "
                                                  "negative: Linnet's path is faster than QXmpp's"));
    // Two subscribers double Prosody's forwarding work; on a busy machine it may not manage
    // 1,000/s for both, and the run would measure the server's queue. Then half the rate, said so.
    Run both = measure(b, QStringLiteral("latency-paired"), {Sub::Linnet, Sub::Anchor});
    QString rateNote;
    if (both.error.isEmpty() && !both.loaded()) {
        rateNote = QLatin1Char(' ') + t.note(QStringLiteral("added by Linnet: with two subscribers the server acked only %1 of "
                                                            "1,000 items/s (busy machine), so the pair ran again at 500/s")
                                                 .arg(count(both.publishRate)));
        both = measure(b, QStringLiteral("latency-paired-500"), {Sub::Linnet, Sub::Anchor}, Rate / 2);
    }
    if (!both.error.isEmpty()) {
        t.failed(QStringLiteral("latency added by Linnet"), both.error);
    } else {
        const Latency &l = both.latency.at(Sub::Linnet), &a = both.latency.at(Sub::Anchor);
        t.add({QStringLiteral("latency added by Linnet, p99 ") + derived,
               QStringLiteral("%1 ms (%2 - %3)").arg(fixed(l.p99 - a.p99, 1), fixed(l.p99, 1), fixed(a.p99, 1)) + rateNote
                   + (both.loaded() ? QString()
                                    : QLatin1Char(' ') + t.note(QStringLiteral("added by Linnet: the server acked only %1 of %2 "
                                                                              "items/s even then: not a measurement of the clients")
                                                                   .arg(count(both.publishRate), count(both.rate)))),
               QStringLiteral("-"), QStringLiteral("<= 2 ms"), both.loaded() ? atMost(l.p99 - a.p99, 2) : Verdict::NotApplicable});
    }

    QString error;
    if (!b.startServer(/*nagle=*/true, &error)) {
        t.failed(QStringLiteral("latency at 1,000/s, Nagle on"), QStringLiteral("Prosody with Nagle on did not start: ") + error);
        return;
    }
    addRow(b, QStringLiteral("latency at 1,000/s, Prosody default (Nagle on): p50/p95/p99"), QStringLiteral("nagle"));
}

}  // namespace bench
