// Issue 12: Linnet's receive path over XMPP over WebSocket (RFC 7395) and BOSH (XEP-0206) on the
// server's https port, next to TCP. The same two measurements as the live and queue rows
// (Measures.h), each run for Linnet over TCP (the anchor column, measured in this scenario so
// the three runs sit next to each other in time), over WebSocket and over BOSH, one after the
// other on the bench's server: live at the server ceiling, and the drain of 20,000 items queued
// while the subscriber was stopped. Over HTTP the server frames every stanza (WebSocket) or
// batches them into HTTP responses (BOSH), so its ceiling and the drain may differ from TCP's;
// each row says what the server acked in its own run.
#include "Bench.h"
#include "Measures.h"
#include "Scenarios.h"
#include "Waiting.h"

namespace bench {
namespace {

QString over(Sub which)
{
    return which == Sub::LinnetWebSocket ? QStringLiteral("WebSocket") : which == Sub::LinnetBosh ? QStringLiteral("BOSH")
                                                                                                   : QStringLiteral("TCP");
}

QString liveText(const LiveResult &r)
{
    QString text = rateText(r) + QStringLiteral("; ceiling %1").arg(count(r.ceiling));
    if (r.serverCpuPercent >= 0)
        text += QStringLiteral(" (server %1% CPU)").arg(fixed(r.serverCpuPercent, 0));
    return text + QStringLiteral("; %1% CPU").arg(fixed(r.cpuPercent, 0));
}

QString drainText(const DrainResult &r)
{
    return rateText(r) + QStringLiteral(", ") + (r.catchUpS >= 0 ? QStringLiteral("drained in ") : QString()) + catchUpText(r);
}

}  // namespace

void runTransports(Bench &b)
{
    Table &t = b.table();
    const QList<Sub> http{Sub::LinnetWebSocket, Sub::LinnetBosh};

    // Live at the ceiling.
    const LiveResult tcpLive = measureLive(b, Sub::Linnet);
    if (!tcpLive.error.isEmpty()) {
        t.failed(QStringLiteral("transports: live over TCP (the anchor)"), QStringLiteral("transports: ") + tcpLive.error);
    } else {
        const QString how = t.note(QStringLiteral(
            "transports: as the live rows (publisher over TCP at --rate 0, %1 s warm-up, %2 s window), with Linnet's "
            "subscriber over WebSocket (wss://DOMAIN:HTTPS/xmpp-websocket) or BOSH (https://DOMAIN:HTTPS/http-bind), "
            "each next to a run over TCP (STARTTLS) in this scenario; ceiling = what the server acked in that run (over "
            "BOSH the server's own HTTP work lowers it); the subscriber checks it connected over the named transport")
                                       .arg(b.ms(3000) / 1000.0)
                                       .arg(b.ms(8000) / 1000.0));
        for (Sub which : http) {
            const LiveResult r = measureLive(b, which);
            const QString scenario = QStringLiteral("live at server ceiling over %1: items/s received").arg(over(which));
            if (!r.error.isEmpty()) {
                t.failed(scenario, QStringLiteral("transports: ") + r.error);
                continue;
            }
            t.add({scenario + QLatin1Char(' ') + how, liveText(r), QStringLiteral("TCP ") + liveText(tcpLive),
                   QStringLiteral("= server ceiling; <= 30% CPU"),
                   r.keptUp && r.cpuPercent <= 30 ? Verdict::Ok : Verdict::Short});
        }
    }
    if (interrupted())
        return;

    // Backlog: 20,000 queued while stopped.
    const DrainResult tcpQueue = measureQueue(b, Sub::Linnet);
    if (!tcpQueue.error.isEmpty()) {
        t.failed(QStringLiteral("transports: 20,000 queued over TCP (the anchor)"), QStringLiteral("transports: ") + tcpQueue.error);
        return;
    }
    const QString how = t.note(QStringLiteral(
        "transports: as the queue row (20,000 items published while the subscriber is SIGSTOPped, then SIGCONT; drain = "
        "20,000 / time until all are received), over WebSocket or BOSH next to TCP"));
    for (Sub which : http) {
        const DrainResult r = measureQueue(b, which);
        const QString scenario = QStringLiteral("backlog, 20,000 queued, over %1: drain items/s").arg(over(which));
        if (!r.error.isEmpty()) {
            t.failed(scenario, QStringLiteral("transports: ") + r.error);
            continue;
        }
        t.add({scenario + QLatin1Char(' ') + how, drainText(r), QStringLiteral("TCP ") + drainText(tcpQueue),
               QStringLiteral(">= 8,500"), atLeast(r.rate, 8500)});
    }
}

}  // namespace bench
