// Backlogs: what a subscriber does with a pile of items it could not read in time.
//  pause: publishing at 1,000 items/s, the subscriber is SIGSTOPped for 10 s (a GUI freeze, a
//         laptop lid) and resumed while publishing goes on. Caught up = the newest item of a
//         progress interval is under 100 ms old.
//  queue: 20,000 items are published while the subscriber is stopped, then it is resumed and
//         nothing more is published. Caught up = all 20,000 received.
// Drain rate = items received from the resume to the catch-up / that time. A subscriber that
// has not caught up within the bound is reported with its rate so far and marked.
#include "Bench.h"
#include "Measures.h"
#include "Scenarios.h"
#include "Waiting.h"

namespace bench {
namespace {

constexpr double FreshMs = 100;

// Waits (up to boundMs) for the first progress line after tResume that satisfies done(), and
// fills rate / catchUpS (or the not-caught-up figures) from it.
void drain(Child &sub, double tResume, double itemsBefore, int boundMs, const std::function<bool(const Progress &)> &done,
           DrainResult &r)
{
    r.boundS = boundMs / 1000.0;
    Progress hit;
    const bool caught = waitUntil([&] {
        for (const Progress &p : progressOf(sub)) {
            if (p.t > tResume && done(p)) {
                hit = p;
                return true;
            }
        }
        return sub.hasExited();
    }, boundMs);
    if (caught && hit.t > 0) {
        r.catchUpS = hit.t - tResume;
        r.rate = (hit.items - itemsBefore) / r.catchUpS;
        return;
    }
    if (sub.hasExited()) {
        r.error = QStringLiteral("the subscriber ended while draining: ") + sub.errorTail(3);
        return;
    }
    const auto lines = progressOf(sub);
    const Progress last = lines.isEmpty() ? Progress{} : lines.last();
    r.rate = last.t > tResume ? (last.items - itemsBefore) / (last.t - tResume) : 0;
    r.behindS = last.lastMs / 1000.0;
}

double itemsNow(const Child &sub)
{
    const auto lines = progressOf(sub);
    return lines.isEmpty() ? 0 : lines.last().items;
}

}  // namespace

DrainResult measurePause(Bench &b, Sub which)
{
    DrainResult r;
    const QString node = QStringLiteral("pause-") + Bench::key(which);
    auto pub = b.startPublisher(node, {QStringLiteral("--rate"), QString::number(PauseRate), QStringLiteral("--seconds"), QStringLiteral("120")}, &r.error);
    if (!pub)
        return r;
    auto sub = b.startSubscriber(which, node, &r.error);
    if (!sub)
        return r;
    pub->send(QStringLiteral("go"));
    sleepMs(3000);
    sleepMs(150);  // the last line before the stop is in
    sub->pause();
    const double tStop = nowSeconds();
    const double before = itemsNow(*sub);
    sleepMs(10000);
    if (interrupted())
        return r;
    sub->resume();
    const double tResume = nowSeconds();
    const auto published = progressOf(*pub, QStringLiteral("acked"));
    r.backlog = (published.isEmpty() ? 0 : published.last().items) - before;
    r.publishRate = rateBetween(published, tStop, tResume);
    drain(*sub, tResume, before, b.ms(20000), [](const Progress &p) { return p.n > 0 && p.lastMs < FreshMs; }, r);
    return r;
}

DrainResult measureQueue(Bench &b, Sub which)
{
    DrainResult r;
    constexpr int Items = 20000;
    const QString node = QStringLiteral("queue-") + Bench::key(which);
    auto pub = b.startPublisher(node, {QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--count"), QString::number(Items),
                                       QStringLiteral("--nagle")},  // throughput: batch the publishes
                                &r.error);
    if (!pub)
        return r;
    auto sub = b.startSubscriber(which, node, &r.error);
    if (!sub)
        return r;
    sleepMs(150);
    sub->pause();
    const double before = itemsNow(*sub);
    pub->send(QStringLiteral("go"));
    // Acked means Prosody has already written the notification to the subscriber's connection.
    if (!waitUntil([&] { return pub->hasExited(); }, 90000)) {
        r.error = QStringLiteral("publishing %1 items did not finish in 90 s").arg(Items);
        return r;
    }
    const double acked = pub->last(QStringLiteral("done")).value(u"acked").toDouble();
    r.backlog = acked;
    sub->resume();
    const double tResume = nowSeconds();
    drain(*sub, tResume, before, b.ms(60000), [&](const Progress &p) { return p.items >= before + acked; }, r);
    return r;
}

QString catchUpText(const DrainResult &r)
{
    if (r.catchUpS >= 0)
        return fixed(r.catchUpS, 1) + QStringLiteral(" s");
    return QStringLiteral("not within %1 s (newest item %2 s old)").arg(fixed(r.boundS, 0), fixed(r.behindS, 1));
}

QString rateText(const DrainResult &r)
{
    return count(r.rate) + (r.catchUpS < 0 ? QStringLiteral(" (so far)") : QString());
}

void runBacklogPause(Bench &b)
{
    const DrainResult linnet = measurePause(b, Sub::Linnet);
    const DrainResult anchor = measurePause(b, Sub::Anchor);
    Table &t = b.table();
    if (!linnet.error.isEmpty() || !anchor.error.isEmpty()) {
        t.failed(QStringLiteral("backlog after a 10 s pause"), QStringLiteral("pause: ") + (linnet.error.isEmpty() ? anchor.error : linnet.error));
        return;
    }
    const QString how = t.note(QStringLiteral("pause: SIGSTOP 10 s while publishing 1,000 items/s (~%1 items queued), then "
                                              "SIGCONT with publishing going on; caught up = newest item of a 100 ms "
                                              "progress interval < 100 ms old; drain = items received until then / time")
                                   .arg(count(linnet.backlog)));
    // Without 1,000/s reaching the server, the scenario did not happen as specified.
    QString linnetRate = rateText(linnet), linnetCatchUp = catchUpText(linnet);
    QString anchorRate = QStringLiteral("QXmpp ") + rateText(anchor), anchorCatchUp = QStringLiteral("QXmpp ") + catchUpText(anchor);
    const bool valid = linnet.publishRate >= RateTolerance * PauseRate;
    auto mark = [&](const DrainResult &r, QString &rate, QString &catchUp) {
        if (r.publishRate >= RateTolerance * PauseRate)
            return;
        const QString n = t.note(QStringLiteral("pause: the server acked only %1 items/s of the 1,000/s published in this run "
                                                "(busy machine): the backlog piled up in the server, so the figures do not "
                                                "measure the subscriber").arg(count(r.publishRate)));
        rate += QLatin1Char(' ') + n;
        catchUp += QLatin1Char(' ') + n;
    };
    mark(linnet, linnetRate, linnetCatchUp);
    mark(anchor, anchorRate, anchorCatchUp);
    t.add({QStringLiteral("backlog, 10 s pause at 1,000/s: drain items/s ") + how, linnetRate, anchorRate, QStringLiteral(">= 8,500"),
           valid ? atLeast(linnet.rate, 8500) : Verdict::NotApplicable});
    t.add({QStringLiteral("backlog, 10 s pause at 1,000/s: time to catch up"), linnetCatchUp, anchorCatchUp, QStringLiteral("<= 5 s"),
           !valid ? Verdict::NotApplicable : linnet.catchUpS >= 0 && linnet.catchUpS <= 5 ? Verdict::Ok : Verdict::Short});
}

void runBacklogQueue(Bench &b)
{
    const DrainResult linnet = measureQueue(b, Sub::Linnet);
    const DrainResult anchor = measureQueue(b, Sub::Anchor);
    Table &t = b.table();
    if (!linnet.error.isEmpty() || !anchor.error.isEmpty()) {
        t.failed(QStringLiteral("backlog of 20,000 queued items"), QStringLiteral("queue: ") + (linnet.error.isEmpty() ? anchor.error : linnet.error));
        return;
    }
    const QString how = t.note(QStringLiteral("queue: 20,000 items published (as fast as Prosody acks) while the subscriber "
                                              "is SIGSTOPped, then SIGCONT; drain = 20,000 / time until all are received"));
    t.add({QStringLiteral("backlog, 20,000 queued: drain items/s ") + how, rateText(linnet),
           QStringLiteral("QXmpp ") + rateText(anchor), QStringLiteral(">= 8,500"), atLeast(linnet.rate, 8500)});
    t.add({QStringLiteral("backlog, 20,000 queued: time to drain"), catchUpText(linnet),
           QStringLiteral("QXmpp ") + catchUpText(anchor), QStringLiteral("(= 20,000 / rate)"), Verdict::Info});
}

}  // namespace bench
