// AMQP 1.0 (issue 13) against a real RabbitMQ 4.0 (tests/support/RabbitMqServer), durable
// quorum queues and durable messages, Linnet's history on disk: persistence on at both ends.
//  consume: N SenML JSON messages are queued (bench-amqp-proton publish, as fast as the broker
//           confirms), then drained by Linnet (bench-amqp-linnet: AmqpConnection into a
//           ReadingStore with history; a message counts once stored, persisted and accepted)
//           and by the anchor, a minimal Proton C++ receiver with the same credit window
//           that accepts each delivery and decodes nothing. Rate = N / (first message .. last).
//           The broker's ceiling: the confirmed publish rate of the fill, and the same drain
//           with pre-settled deliveries and a credit window of 10,000.
//  stall:   ScenarioAmqpStall.cpp.
#include "ScenarioAmqp.h"

#include "RabbitMqServer.h"
#include "Scenarios.h"
#include "Waiting.h"

#include <QDir>

namespace bench {

namespace {
constexpr double AnchorShare = 0.9;

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

void runAmqpConsume(const AmqpFixture &f)
{
    Table &t = f.bench.table();
    const QString scenario = QStringLiteral("AMQP: consume a queue at the broker's ceiling");
    const qint64 n = f.bench.config().quick ? 20000 : 60000;
    const QStringList queues{QStringLiteral("fill-anchor"), QStringLiteral("fill-linnet"), QStringLiteral("fill-settled")};
    QStringList fillArgs{QStringLiteral("publish"), QStringLiteral("--count"), QString::number(n)};
    for (const QString &q : queues)
        fillArgs << QStringLiteral("--address") << RabbitMqServer::queueAddress(q);
    QString error;
    auto publisher = f.startProton(QStringLiteral("amqp-fill"), fillArgs);
    const QJsonObject fill = awaitLine(*publisher, QStringLiteral("result"), 240000, &error);
    if (fill.isEmpty() || fill.value(u"acked").toDouble() != double(n * queues.size())) {
        t.failed(scenario, error.isEmpty() ? QStringLiteral("the broker confirmed %1 of %2 messages")
                                                 .arg(count(fill.value(u"acked").toDouble()), count(double(n * queues.size())))
                                           : error);
        return;
    }
    const QStringList expect{QStringLiteral("--expect"), QString::number(n)};
    const int bound = 180000;
    // The anchor first, then Linnet, then the ceiling: each drains a queue of its own.
    const Drain anchor = drain(f.startProton(QStringLiteral("amqp-anchor"),
                                             QStringList{QStringLiteral("receive"), QStringLiteral("--address"),
                                                         RabbitMqServer::queueAddress(queues[0]), QStringLiteral("--credit"),
                                                         QString::number(CreditWindow)} + expect),
                               bound);
    const Drain linnet = drain(f.startLinnet(QStringLiteral("amqp-linnet"), {queues[1]},
                                             QStringList{QStringLiteral("--credit"), QString::number(CreditWindow)} + expect),
                               bound);
    const Drain settled = drain(f.startProton(QStringLiteral("amqp-settled"),
                                              QStringList{QStringLiteral("receive"), QStringLiteral("--address"),
                                                          RabbitMqServer::queueAddress(queues[2]), QStringLiteral("--credit"),
                                                          QStringLiteral("10000"), QStringLiteral("--settled")} + expect),
                                bound);
    for (const Drain *d : {&anchor, &linnet, &settled}) {
        if (!d->error.isEmpty()) {
            t.failed(scenario, d->error);
            return;
        }
    }
    const auto seconds = [](const QJsonObject &r) {
        return (r.value(u"done_us").toDouble() - r.value(u"first_us").toDouble()) / 1e6;
    };
    const QJsonObject &l = linnet.result;
    const double samples = l.value(u"samples").toDouble();
    const bool complete = samples == double(n) && l.value(u"persisted").toBool() && l.value(u"duplicates").toDouble() == 0;
    const QString how = t.note(
        QStringLiteral("AMQP consume: RabbitMQ 4.0 (durable quorum queues, durable messages) filled with %1 SenML JSON messages "
                       "per queue (10 devices, plain Proton C++ publisher, %2 s); rate = N / time from the first message to "
                       "the last. Linnet: AmqpConnection into a ReadingStore with its history on disk (SQLite) and the "
                       "message-id log, credit window %7 (the default); a message counts once its reading is stored, persisted and the "
                       "delivery accepted (the counters reach the GUI thread within 5 ms once nothing waits); %3 s, "
                       "%4 samples stored, persisted: %5. Anchor: proton::container receiver, credit window %7, "
                       "auto-accept, no body decoding: %6 s. Each drains a queue of its own, one after the other")
            .arg(count(double(n)), fixed(fill.value(u"done_us").toDouble() / 1e6 - fill.value(u"start_us").toDouble() / 1e6, 1),
                 fixed(seconds(l), 2), count(samples), l.value(u"persisted").toBool() ? QStringLiteral("yes") : QStringLiteral("NO"),
                 fixed(seconds(anchor.result), 2))
            .arg(count(double(CreditWindow))));
    t.add({QStringLiteral("AMQP: consume %1 queued messages, persistence on: msgs/s ").arg(count(double(n))) + how,
           complete ? count(linnet.rate()) : QStringLiteral("%1 (only %2 of %3 samples stored)").arg(count(linnet.rate()), count(samples), count(double(n))),
           QStringLiteral("Proton C++: %1").arg(count(anchor.rate())),
           QStringLiteral(">= 90% (%1)").arg(count(AnchorShare * anchor.rate())),
           complete ? atLeast(linnet.rate(), AnchorShare * anchor.rate()) : Verdict::Failed});
    const double perThousand = 1000.0 * l.value(u"cpu_s").toDouble() / double(n);
    t.add({QStringLiteral("AMQP: consume: CPU per 1,000 messages (whole process, first message to last)"),
           fixed(perThousand * 1000.0, 0) + QStringLiteral(" ms"),
           QStringLiteral("Proton C++: %1 ms").arg(fixed(1e6 * anchor.result.value(u"cpu_s").toDouble() / double(n), 0)),
           QString(), Verdict::Info});
    const QString ceiling = t.note(QStringLiteral(
        "AMQP ceiling: the broker's own limits in this run, no client work: publish = messages/s the broker confirmed "
        "(accepted) while filling the three queues with a window of unsettled messages as large as its link credit; drain "
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
