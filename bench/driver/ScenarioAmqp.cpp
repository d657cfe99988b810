// AMQP 1.0 (issue 13) against a real RabbitMQ 4.0 (tests/support/RabbitMqServer), durable
// quorum queues and durable messages, Linnet's history on disk: persistence on at both ends.
//  consume: N SenML JSON messages are queued (bench-amqp-proton publish, as fast as the broker
//           confirms), then drained by Linnet (bench-amqp-linnet: AmqpConnection into a
//           ReadingStore with history; a message counts once stored, persisted and accepted)
//           and by the anchor, a minimal Proton C++ receiver with the same credit window
//           that accepts each delivery and decodes nothing. Rate = N / (first message .. last),
//           the median of five rounds that alternate which of the two goes first.
//           The broker's ceiling: the confirmed publish rate of the fill, and the same drain
//           with pre-settled deliveries and a credit window of 10,000.
//  stall:   ScenarioAmqpStall.cpp.
#include "ScenarioAmqp.h"

#include "RabbitMqServer.h"
#include "Scenarios.h"
#include "Waiting.h"

#include <QDir>

#include <algorithm>
#include <vector>

namespace bench {

namespace {
constexpr double AnchorShare = 0.9;
constexpr int ConsumeRounds = 5;

QStringList login(const RabbitMqServer &broker)
{
    return {QStringLiteral("--ca"), broker.caCertificateFile(), QStringLiteral("--user"), QStringLiteral("bench")};
}

struct Drain {
    QString error;
    QJsonObject result;
    double rate() const { return result.value(u"rate").toDouble(); }
};

// Runs a receiver until its result line (then tells Linnet's to quit).
Drain drain(std::unique_ptr<Child> child, int timeoutMs)
{
    Drain d;
    d.result = awaitLine(*child, QStringLiteral("result"), timeoutMs, &d.error);
    child->send(QStringLiteral("quit"));
    return d;
}
}  // namespace

std::unique_ptr<Child> AmqpFixture::startProton(const QString &name, const QStringList &args) const
{
    QStringList all{args.value(0), QStringLiteral("--url"), QStringLiteral("amqps://linnet.test:%1").arg(broker.port())};
    all << login(broker) << args.mid(1);
    auto child = bench.startProgram(name, QStringLiteral(BENCH_AMQP_PROTON), all);
    child->send(Bench::password());
    return child;
}

std::unique_ptr<Child> AmqpFixture::startLinnet(const QString &name, const QStringList &queues, const QStringList &args) const
{
    QStringList all{QStringLiteral("--url"), broker.url().toString(), QStringLiteral("--dir"),
                    QDir(bench.config().outDir).filePath(name)};
    all << login(broker);
    for (const QString &q : queues)
        all << QStringLiteral("--queue") << q;
    auto child = bench.startProgram(name, QStringLiteral(BENCH_AMQP_LINNET), all + args);
    child->send(Bench::password());
    return child;
}

QJsonObject awaitLine(Child &child, const QString &type, int timeoutMs, QString *error)
{
    waitUntil([&] { return !child.last(type).isEmpty() || !child.last(QStringLiteral("error")).isEmpty() || child.hasExited(); },
              timeoutMs);
    const QJsonObject line = child.last(type);
    if (line.isEmpty() && error) {
        const QString why = child.last(QStringLiteral("error")).value(u"error").toString();
        *error = QStringLiteral("%1: no %2: %3").arg(child.name(), type,
                                                   !why.isEmpty() ? why
                                                   : interrupted() ? QStringLiteral("interrupted")
                                                   : child.hasExited() ? child.errorTail(3)
                                                                       : QStringLiteral("timeout"));
    }
    return line;
}

// Fills the queues with n messages each; the fill's result line, or empty with *error set.
QJsonObject fillQueues(const AmqpFixture &f, const QString &name, const QStringList &queues, qint64 n, QString *error)
{
    QStringList args{QStringLiteral("publish"), QStringLiteral("--count"), QString::number(n)};
    for (const QString &q : queues)
        args << QStringLiteral("--address") << RabbitMqServer::queueAddress(q);
    auto publisher = f.startProton(name, args);
    const QJsonObject fill = awaitLine(*publisher, QStringLiteral("result"), 240000, error);
    if (!fill.isEmpty() && fill.value(u"acked").toDouble() != double(n * queues.size())) {
        *error = QStringLiteral("the broker confirmed %1 of %2 messages")
                     .arg(count(fill.value(u"acked").toDouble()), count(double(n * queues.size())));
        return {};
    }
    return fill;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void runAmqpConsume(const AmqpFixture &f)
{
    Table &t = f.bench.table();
    const QString scenario = QStringLiteral("AMQP: consume a queue at the broker's ceiling");
    const qint64 n = f.bench.config().quick ? 20000 : 60000;
    const int rounds = f.bench.config().quick ? 1 : ConsumeRounds;
    const QString anchorQueue = QStringLiteral("fill-anchor"), linnetQueue = QStringLiteral("fill-linnet");
    const QString settledQueue = QStringLiteral("fill-settled");
    const QStringList expect{QStringLiteral("--expect"), QString::number(n)};
    const int bound = 180000;
    QString error;
    const QJsonObject fill = fillQueues(f, QStringLiteral("amqp-fill"), {anchorQueue, linnetQueue, settledQueue}, n, &error);
    if (fill.isEmpty())
        return t.failed(scenario, error);
    // A drain's rate varies by +-25% from one to the next (the broker's garbage collection, the
    // machine), and going first or second matters: so several rounds, the order alternating,
    // and the medians compared. Each Linnet round starts with a fresh history and id log.
    std::vector<double> anchorRates, linnetRates, anchorCpu, linnetCpu;
    QStringList perRound;
    for (int round = 0; round < rounds && !interrupted(); ++round) {
        if (round > 0 && fillQueues(f, QStringLiteral("amqp-fill-%1").arg(round + 1), {anchorQueue, linnetQueue}, n, &error).isEmpty())
            return t.failed(scenario, error);
        const auto runAnchor = [&] {
            return drain(f.startProton(QStringLiteral("amqp-anchor-%1").arg(round + 1),
                                       QStringList{QStringLiteral("receive"), QStringLiteral("--address"), RabbitMqServer::queueAddress(anchorQueue),
                                                   QStringLiteral("--credit"), QString::number(CreditWindow)} + expect),
                         bound);
        };
        const auto runLinnet = [&] {
            return drain(f.startLinnet(QStringLiteral("amqp-linnet-%1").arg(round + 1), {linnetQueue},
                                       QStringList{QStringLiteral("--credit"), QString::number(CreditWindow)} + expect),
                         bound);
        };
        Drain anchor, linnet;
        if (round % 2 == 0) {
            anchor = runAnchor();
            linnet = runLinnet();
        } else {
            linnet = runLinnet();
            anchor = runAnchor();
        }
        for (const Drain *d : {&anchor, &linnet}) {
            if (!d->error.isEmpty())
                return t.failed(scenario, d->error);
        }
        const QJsonObject &l = linnet.result;
        const double samples = l.value(u"samples").toDouble();
        if (samples != double(n) || !l.value(u"persisted").toBool() || l.value(u"duplicates").toDouble() != 0)
            return t.failed(scenario, QStringLiteral("round %1: %2 of %3 samples stored, persisted: %4, duplicates: %5")
                                          .arg(round + 1)
                                          .arg(count(samples), count(double(n)), l.value(u"persisted").toBool() ? QStringLiteral("yes") : QStringLiteral("NO"),
                                               count(l.value(u"duplicates").toDouble())));
        anchorRates.push_back(anchor.rate());
        linnetRates.push_back(linnet.rate());
        anchorCpu.push_back(anchor.result.value(u"cpu_s").toDouble());
        linnetCpu.push_back(l.value(u"cpu_s").toDouble());
        perRound << QStringLiteral("%1 / %2").arg(count(linnet.rate()), count(anchor.rate()));
    }
    if (linnetRates.empty())
        return t.failed(scenario, QStringLiteral("interrupted"));
    const Drain settled = drain(f.startProton(QStringLiteral("amqp-settled"),
                                              QStringList{QStringLiteral("receive"), QStringLiteral("--address"),
                                                          RabbitMqServer::queueAddress(settledQueue), QStringLiteral("--credit"),
                                                          QStringLiteral("10000"), QStringLiteral("--settled")} + expect),
                                bound);
    if (!settled.error.isEmpty())
        return t.failed(scenario, settled.error);
    const double linnetRate = median(linnetRates), anchorRate = median(anchorRates);
    const QString how = t.note(
        QStringLiteral("AMQP consume: RabbitMQ 4.0 (durable quorum queues, durable messages) filled with %1 SenML JSON messages "
                       "per queue (10 devices, plain Proton C++ publisher, %2 s for the first three queues); rate = N / time from "
                       "the first message to the last. Linnet: AmqpConnection into a ReadingStore with its history on disk (SQLite) "
                       "and the message-id log, credit window %3 (the default); a message counts once its reading is stored, "
                       "persisted and the delivery accepted (the counters reach the GUI thread within 5 ms once nothing waits); "
                       "every round stored all %1 samples, persisted, none twice. Anchor: proton::container receiver, credit "
                       "window %3, auto-accept, no body decoding. %4 rounds, each filling a queue for each and draining them one "
                       "after the other, the order alternating; the figures are the medians. Linnet / the anchor by round: %5")
            .arg(count(double(n)), fixed(fill.value(u"done_us").toDouble() / 1e6 - fill.value(u"start_us").toDouble() / 1e6, 1),
                 count(double(CreditWindow)), QString::number(linnetRates.size()), perRound.join(u", ")));
    t.add({QStringLiteral("AMQP: consume %1 queued messages, persistence on: msgs/s ").arg(count(double(n))) + how,
           count(linnetRate), QStringLiteral("Proton C++: %1").arg(count(anchorRate)),
           QStringLiteral(">= 90% (%1)").arg(count(AnchorShare * anchorRate)), atLeast(linnetRate, AnchorShare * anchorRate)});
    t.add({QStringLiteral("AMQP: consume: CPU per 1,000 messages (whole process, first message to last; medians)"),
           fixed(1e6 * median(linnetCpu) / double(n), 0) + QStringLiteral(" ms"),
           QStringLiteral("Proton C++: %1 ms").arg(fixed(1e6 * median(anchorCpu) / double(n), 0)), QString(), Verdict::Info});
    const QString ceiling = t.note(QStringLiteral(
        "AMQP ceiling: the broker's own limits in this run, no client work: publish = messages/s the broker confirmed "
        "(accepted) while filling the first three queues with a window of unsettled messages as large as its link credit; drain "
        "= the minimal receiver with pre-settled deliveries (at-most-once: no dispositions) and a credit window of 10,000"));
    t.add({QStringLiteral("AMQP: the broker's ceiling (RabbitMQ, quorum queue) ") + ceiling, QString(),
           QStringLiteral("drain %1/s, publish %2/s").arg(count(settled.rate()), count(fill.value(u"rate").toDouble())), QString(),
           Verdict::Info});
}

void runAmqp(Bench &b)
{
    RabbitMqServer broker({.users = {{QStringLiteral("bench"), Bench::password(), {}}},
                           .queues = {QStringLiteral("fill-anchor"), QStringLiteral("fill-linnet"), QStringLiteral("fill-settled"),
                                      QStringLiteral("live")},
                           .logLevel = QStringLiteral("warning")});
    QString error;
    if (!broker.start(&error)) {
        b.table().failed(QStringLiteral("AMQP"), QStringLiteral("RabbitMQ did not start: ") + error);
        return;
    }
    const AmqpFixture f{b, broker};
    runAmqpConsume(f);
    if (!interrupted())
        runAmqpStall(f);
}

}  // namespace bench
