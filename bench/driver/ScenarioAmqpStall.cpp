// AMQP stall (issue 13): devices publish live at a fixed rate into a durable quorum queue
// (bench-amqp-proton publish --rate); Linnet consumes (bench-amqp-linnet); after a warm-up its
// history writer is held for 10 s (ReadingStore::holdHistoryForTesting), so no delivery can be
// accepted and Linnet stops granting credit once two windows are held: the broker's queue grows
// instead of anything being dropped. Then the writer resumes with publishing going on.
//  drain   = messages stored from the release until caught up / that time; caught up = Linnet's
//            stored count within 0.2 s of traffic of the publisher's confirmed count.
//  dropped = confirmed by the broker but not among the samples stored at the end; stored twice =
//            more samples than confirmed, or redeliveries counted.
#include "ScenarioAmqp.h"

#include "RabbitMqServer.h"
#include "Waiting.h"

#include <algorithm>

namespace bench {

namespace {
constexpr double LiveRate = 1000;   // messages/s over 10 devices
constexpr int WarmUpMs = 3000;
constexpr int StallMs = 10000;
constexpr int AfterMs = 12000;      // publishing goes on this long after the release
constexpr int DepthEveryMs = 2000;  // rabbitmqctl boots a VM per call: not more often
constexpr double RateTolerance = 0.95;
}  // namespace

void runAmqpStall(const AmqpFixture &f)
{
    Table &t = f.bench.table();
    const QString scenario = QStringLiteral("AMQP: 10 s stall of Linnet's store");
    const QString queue = QStringLiteral("live");
    QString error;
    auto linnet = f.startLinnet(QStringLiteral("amqp-stall-linnet"), {queue},
                                {QStringLiteral("--credit"), QString::number(CreditWindow)});
    if (awaitLine(*linnet, QStringLiteral("ready"), 30000, &error).isEmpty()) {
        t.failed(scenario, error);
        return;
    }
    const double seconds = (WarmUpMs + StallMs + AfterMs) / 1000.0;
    auto publisher = f.startProton(QStringLiteral("amqp-live"),
                                   {QStringLiteral("publish"), QStringLiteral("--address"), RabbitMqServer::queueAddress(queue),
                                    QStringLiteral("--rate"), QString::number(LiveRate), QStringLiteral("--seconds"), QString::number(seconds)});
    if (awaitLine(*publisher, QStringLiteral("ready"), 30000, &error).isEmpty()) {
        t.failed(scenario, error);
        return;
    }
    sleepMs(WarmUpMs);
    linnet->send(QStringLiteral("hold"));
    const double tHold = nowSeconds();
    qint64 peak = -1;
    double lastPoll = 0;
    const auto pollDepth = [&] {
        if (nowSeconds() - lastPoll < DepthEveryMs / 1000.0)
            return;
        lastPoll = nowSeconds();
        peak = std::max<qint64>(peak, f.broker.queueDepth(queue).value_or(-1));
    };
    waitUntil([&] {
        pollDepth();
        return nowSeconds() - tHold >= StallMs / 1000.0;
    }, StallMs + 5000);
    if (interrupted())
        return;
    linnet->send(QStringLiteral("release"));
    const double tRelease = nowSeconds();
    const double storedAtRelease = lastAtOrBefore(progressOf(*linnet), tRelease).items;
    const double ackedAtRelease = lastAtOrBefore(progressOf(*publisher, QStringLiteral("acked")), tRelease).items;
    const double publishRate = rateBetween(progressOf(*publisher, QStringLiteral("acked")), tHold, tRelease);

    Progress hit;
    const bool caught = waitUntil([&] {
        pollDepth();
        const auto acked = progressOf(*publisher, QStringLiteral("acked"));
        for (const Progress &p : progressOf(*linnet)) {
            if (p.t > tRelease && p.items >= lastAtOrBefore(acked, p.t).items - 0.2 * LiveRate) {
                hit = p;
                return true;
            }
        }
        return linnet->hasExited();
    }, AfterMs);
    const QJsonObject published = awaitLine(*publisher, QStringLiteral("result"), AfterMs + 30000, &error);
    if (published.isEmpty()) {
        t.failed(scenario, error);
        return;
    }
    const double confirmed = published.value(u"acked").toDouble();
    waitUntil([&] { return lastAtOrBefore(progressOf(*linnet), nowSeconds()).items >= confirmed; }, 30000);
    linnet->send(QStringLiteral("report"));
    const QJsonObject report = awaitLine(*linnet, QStringLiteral("report"), 30000, &error);
    linnet->send(QStringLiteral("quit"));
    if (report.isEmpty()) {
        t.failed(scenario, error);
        return;
    }
    const double samples = report.value(u"samples").toDouble();
    const double dropped = std::max(0.0, confirmed - samples);
    const double twice = std::max(0.0, samples - confirmed) + report.value(u"duplicates").toDouble();
    const double drainRate = caught ? (hit.items - storedAtRelease) / (hit.t - tRelease) : 0;
    const bool valid = publishRate >= RateTolerance * LiveRate;

    const QString how = t.note(
        QStringLiteral("AMQP stall: a Proton C++ publisher sends %1 SenML JSON messages/s (10 devices, durable, quorum queue) for "
                       "%2 s; Linnet (as in the consume row) consumes; after %3 s its history writer is held for 10 s "
                       "(ReadingStore::holdHistoryForTesting: no delivery can be accepted, so no credit is granted once "
                       "the deliveries held and the credit reach two windows of %6), then resumed with publishing going on. The broker confirmed %4/s during the stall. "
                       "Drain = messages stored from the release until Linnet is within 0.2 s of the publisher (%5) / that "
                       "time. Queue depth from rabbitmqctl every ~2 s (quorum queues report it late); backlog at the release = "
                       "confirmed - stored then")
            .arg(count(LiveRate), fixed(seconds, 0), fixed(WarmUpMs / 1000.0, 0), count(publishRate),
                 caught ? QStringLiteral("%1 s after the release").arg(fixed(hit.t - tRelease, 1)) : QStringLiteral("not within %1 s").arg(AfterMs / 1000))
            .arg(count(double(CreditWindow))));
    t.add({QStringLiteral("AMQP: 10 s stall of Linnet's store at %1 msgs/s: drain msgs/s ").arg(count(LiveRate)) + how,
           caught ? count(drainRate) : QStringLiteral("did not catch up"), QStringLiteral("live rate %1").arg(count(LiveRate)),
           QStringLiteral(">= %1").arg(count(LiveRate)),
           !valid ? Verdict::NotApplicable : caught ? atLeast(drainRate, LiveRate) : Verdict::Short});
    t.add({QStringLiteral("AMQP: 10 s stall: the broker's queue, and what was lost"),
           QStringLiteral("queue peak %1 (backlog at the release %2); dropped: %3, stored twice: %4 of %5")
               .arg(peak >= 0 ? count(double(peak)) : QStringLiteral("?"), count(ackedAtRelease - storedAtRelease), count(dropped),
                    count(twice), count(confirmed)),
           QString(), QStringLiteral("dropped: 0"), dropped == 0 && twice == 0 ? Verdict::Ok : Verdict::Failed});
}

}  // namespace bench
