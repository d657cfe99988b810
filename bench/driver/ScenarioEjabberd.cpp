// The ejabberd ceiling (issue 12): the live scenario of ScenarioLive.cpp once more, on the
// fixture's ejabberd instead of Prosody. The publisher publishes as fast as the server acks
// (200 outstanding), Linnet's subscriber and then the QXmpp anchor receive; rows: what the
// server acks (its ceiling on this machine, with its CPU), whether Linnet keeps up, and
// Linnet's CPU. ejabberd runs on the Erlang VM's schedulers (one per core), so unlike Prosody's
// single Lua thread its CPU can pass 100%: on a 2-core machine the publisher, the subscriber
// and the server share the cores, and the ceiling says what such a machine carries.
#include "Bench.h"
#include "Measures.h"
#include "Scenarios.h"

namespace bench {

void runEjabberd(Bench &b)
{
    Table &t = b.table();
    const QString scenario = QStringLiteral("ejabberd: live at server ceiling: items/s received");
    QString error;
    if (!b.startServer(/*nagle=*/false, &error, {}, XmppTestServer::Kind::Ejabberd)) {
        t.failed(scenario, QStringLiteral("ejabberd did not start: ") + error);
        return;
    }
    const LiveResult linnet = measureLive(b, Sub::Linnet);
    const LiveResult anchor = measureLive(b, Sub::Anchor);
    if (!linnet.error.isEmpty() || !anchor.error.isEmpty()) {
        t.failed(scenario, QStringLiteral("ejabberd live: ") + (linnet.error.isEmpty() ? anchor.error : linnet.error));
        return;
    }
    const QString how = t.note(QStringLiteral("ejabberd: the live scenario on the fixture's ejabberd (single node, "
                                              "pubsub in memory); server CPU = the Erlang VM (beam.smp, all schedulers) "
                                              "over the window, so it may pass 100%"));
    t.add({scenario + QLatin1Char(' ') + how, rateText(linnet), QStringLiteral("QXmpp ") + rateText(anchor),
           QStringLiteral("= server ceiling"), linnet.keptUp ? Verdict::Ok : Verdict::Short});
    auto ceilingText = [](const LiveResult &r) {
        return count(r.ceiling)
               + (r.serverCpuPercent >= 0 ? QStringLiteral(" (ejabberd at %1% CPU)").arg(fixed(r.serverCpuPercent, 0)) : QString());
    };
    t.add({QStringLiteral("ejabberd: server ceiling (publisher-acked items/s)"), ceilingText(linnet),
           QStringLiteral("%1 in QXmpp's run").arg(ceilingText(anchor)), QStringLiteral("-"), Verdict::Info});
    t.add({QStringLiteral("ejabberd: live at server ceiling: subscriber CPU"), fixed(linnet.cpuPercent, 0) + QStringLiteral("% of a core"),
           QStringLiteral("QXmpp %1%").arg(fixed(anchor.cpuPercent, 0)), QStringLiteral("<= 30%"), atMost(linnet.cpuPercent, 30)});
}

}  // namespace bench
