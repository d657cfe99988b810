// Live at the server ceiling: the publisher publishes as fast as Prosody acks (Prosody's single
// Lua thread is then the bottleneck) while one subscriber receives. Measured over a window after
// a warm-up: items/s received, the publisher's acked rate (the server ceiling in this very run),
// and the subscriber's CPU from /proc/PID/stat.
#include "Bench.h"
#include "Measures.h"
#include "Scenarios.h"
#include "Waiting.h"

namespace bench {

LiveResult measureLive(Bench &b, Sub which)
{
    LiveResult r;
    const QString node = QStringLiteral("live-") + Bench::key(which);
    // --nagle: the publisher's kernel batches its publishes, so Prosody reads many per syscall
    // and reaches a higher ceiling; latency does not matter here.
    auto pub = b.startPublisher(node, {QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--seconds"),
                                       QStringLiteral("60"), QStringLiteral("--window"), QStringLiteral("200"), QStringLiteral("--nagle")},
                                &r.error);
    if (!pub)
        return r;
    auto sub = b.startSubscriber(which, node, &r.error);
    if (!sub)
        return r;
    pub->send(QStringLiteral("go"));
    sleepMs(b.ms(3000));  // warm-up: TCP windows, Prosody's buffers, caches
    const double t0 = nowSeconds();
    const double cpu0 = sub->cpuSeconds();
    const double server0 = b.serverCpuSeconds();
    sleepMs(b.ms(8000));
    const double t1 = nowSeconds();
    const double cpu1 = sub->cpuSeconds();
    const double server1 = b.serverCpuSeconds();
    sleepMs(300);  // lines stamped before t1 are in
    if (interrupted() || sub->hasExited() || pub->hasExited()) {
        r.error = interrupted() ? QStringLiteral("interrupted") : QStringLiteral("a program ended early: ") + sub->errorTail() + pub->errorTail();
        return r;
    }
    const auto subLines = progressOf(*sub);
    const auto pubLines = progressOf(*pub, QStringLiteral("acked"));
    const Progress s0 = firstAtOrAfter(subLines, t0), s1 = lastAtOrBefore(subLines, t1);
    const Progress p0 = firstAtOrAfter(pubLines, t0), p1 = lastAtOrBefore(pubLines, t1);
    if (s1.t <= s0.t || p1.t <= p0.t) {
        r.error = QStringLiteral("no progress lines in the window");
        return r;
    }
    r.rate = (s1.items - s0.items) / (s1.t - s0.t);
    r.ceiling = (p1.items - p0.items) / (p1.t - p0.t);
    r.cpuPercent = 100.0 * (cpu1 - cpu0) / (t1 - t0);
    if (server0 >= 0 && server1 >= 0)
        r.serverCpuPercent = 100.0 * (server1 - server0) / (t1 - t0);
    // The newest item of the last interval that had any: BOSH hands items over in batches, so
    // a 100 ms interval without one says nothing about lag.
    r.lagMs = s1.lastMs;
    for (const Progress &p : subLines) {
        if (p.t > t1)
            break;
        if (p.n > 0)
            r.lagMs = p.lastMs;
    }
    // Keeping up: receives what the server forwards, and the newest item is fresh.
    r.keptUp = r.rate >= 0.95 * r.ceiling && r.lagMs >= 0 && r.lagMs < 500;
    pub->send(QStringLiteral("stop"));
    waitUntil([&] { return pub->hasExited(); }, 10000);
    return r;
}

QString rateText(const LiveResult &r)
{
    return count(r.rate) + (r.keptUp ? QStringLiteral(" (keeps up)")
                                     : QStringLiteral(" (behind: newest item %1 s old)").arg(fixed(r.lagMs / 1000.0, 1)));
}

void runLive(Bench &b)
{
    const LiveResult linnet = measureLive(b, Sub::Linnet);
    const LiveResult anchor = measureLive(b, Sub::Anchor);
    Table &t = b.table();
    const QString scenario = QStringLiteral("live at server ceiling: items/s received");
    if (!linnet.error.isEmpty() || !anchor.error.isEmpty()) {
        t.failed(scenario, QStringLiteral("live: ") + (linnet.error.isEmpty() ? anchor.error : linnet.error));
        return;
    }
    const QString window = t.note(QStringLiteral("live: publisher at --rate 0 (as fast as Prosody acks, 200 outstanding, Nagle on "
                                                 "for batching); "
                                                 "rates over %1 s after %2 s of warm-up; CPU = utime+stime of the "
                                                 "whole subscriber process (all threads) over the window, an upper bound "
                                                 "for its receive path")
                                      .arg(b.ms(8000) / 1000.0)
                                      .arg(b.ms(3000) / 1000.0));
    t.add({scenario + QLatin1Char(' ') + window, rateText(linnet), QStringLiteral("QXmpp ") + rateText(anchor),
           QStringLiteral("= server ceiling"), linnet.keptUp ? Verdict::Ok : Verdict::Short});
    auto ceilingText = [](const LiveResult &r) {
        return count(r.ceiling) + (r.serverCpuPercent >= 0 ? QStringLiteral(" (Prosody at %1% CPU)").arg(fixed(r.serverCpuPercent, 0)) : QString());
    };
    t.add({QStringLiteral("live: server ceiling (publisher-acked items/s)"), ceilingText(linnet),
           QStringLiteral("%1 in QXmpp's run").arg(ceilingText(anchor)), QStringLiteral("-"), Verdict::Info});
    t.add({QStringLiteral("live at server ceiling: subscriber CPU"), fixed(linnet.cpuPercent, 0) + QStringLiteral("% of a core"),
           QStringLiteral("QXmpp %1%").arg(fixed(anchor.cpuPercent, 0)), QStringLiteral("<= 30%"),
           atMost(linnet.cpuPercent, 30)});
}

}  // namespace bench
