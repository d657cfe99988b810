// linnet-bench: runs issue 3's scenarios against the fixture's Prosody and prints one table.
// bench/run is the entry point (./dev bench). Everything it starts dies with it; Ctrl-C or
// SIGTERM stops the running scenario and prints the rows measured so far.
//
//   linnet-bench --out DIR [--only live,pause,queue,replay,latency] [--pubsub-storage memory] [--quick]
//
// Exit 0 when every row was measured (whether ok or short), 1 if a scenario failed to run,
// 2 on bad arguments, 130 when interrupted.
#include "Bench.h"
#include "BenchLogging.h"
#include "ProsodyServer.h"
#include "Scenarios.h"
#include "UnixSignalWatcher.h"
#include "Waiting.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("?");
}
}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linnet-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Linnet's receive-path benchmarks (issue 3)."));
    parser.addHelpOption();
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Directory for the programs' logs."), QStringLiteral("dir"));
    const QCommandLineOption onlyOpt(QStringLiteral("only"), QStringLiteral("Comma-separated scenarios: live,pause,queue,transports,replay,latency,sessions,timeseries,dashboard,panzoom,discovery,reconnect,chatstore,chatburst,archive,roster,ejabberd,cluster,amqp."),
                                     QStringLiteral("list"));
    const QCommandLineOption storageOpt(QStringLiteral("pubsub-storage"), QStringLiteral("Prosody storage for PubSub (default memory)."),
                                        QStringLiteral("driver"));
    const QCommandLineOption quickOpt(QStringLiteral("quick"), QStringLiteral("Shorter windows and bounds (a smoke test)."));
    parser.addOptions({outOpt, onlyOpt, storageOpt, quickOpt});
    parser.process(app);

    bench::Config config;
    config.outDir = parser.value(outOpt);
    if (config.outDir.isEmpty()) {
        std::fprintf(stderr, "linnet-bench: --out is required\n");
        return 2;
    }
    config.only = parser.value(onlyOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList known{QStringLiteral("live"), QStringLiteral("pause"), QStringLiteral("queue"), QStringLiteral("transports"),
                            QStringLiteral("replay"),
                            QStringLiteral("latency"), QStringLiteral("sessions"),
                            QStringLiteral("timeseries"), QStringLiteral("dashboard"), QStringLiteral("panzoom"),
                            QStringLiteral("discovery"), QStringLiteral("reconnect"),
                            QStringLiteral("chatstore"), QStringLiteral("chatburst"), QStringLiteral("archive"),
                            QStringLiteral("roster"), QStringLiteral("ejabberd"), QStringLiteral("cluster"),
                            QStringLiteral("amqp")};
    for (const QString &s : std::as_const(config.only)) {
        if (!known.contains(s)) {
            std::fprintf(stderr, "linnet-bench: unknown scenario %s\n", qPrintable(s));
            return 2;
        }
    }
    if (parser.isSet(storageOpt))
        config.pubsubStorage = parser.value(storageOpt);
    config.quick = parser.isSet(quickOpt);

    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::received, &app, [](int) {
        std::fprintf(stderr, "linnet-bench: interrupted; stopping\n");
        bench::interrupt();
    });

    bench::Bench b(config);
    const QString loadBefore = loadAverage();
    QTextStream err(stderr);
    auto phase = [&](const QString &name, void (*run)(bench::Bench &)) {
        if (!b.wants(name) || bench::interrupted())
            return;
        err << "linnet-bench: " << name << " ..." << Qt::endl;
        run(b);
    };
    const bool needServer = b.wants(QStringLiteral("live")) || b.wants(QStringLiteral("pause")) || b.wants(QStringLiteral("queue"))
                            || b.wants(QStringLiteral("transports")) || b.wants(QStringLiteral("latency"));
    QString error;
    if (needServer && !b.startServer(/*nagle=*/false, &error)) {
        b.table().failed(QStringLiteral("all server scenarios"), QStringLiteral("Prosody did not start: ") + error);
    } else {
        phase(QStringLiteral("live"), bench::runLive);
        phase(QStringLiteral("pause"), bench::runBacklogPause);
        phase(QStringLiteral("queue"), bench::runBacklogQueue);
        phase(QStringLiteral("transports"), bench::runTransports);  // WebSocket and BOSH next to TCP
        phase(QStringLiteral("replay"), bench::runReplay);
        phase(QStringLiteral("latency"), bench::runLatency);  // it switches to a Nagle-on server
        phase(QStringLiteral("sessions"), bench::runSessions);  // it starts a server of its own
        phase(QStringLiteral("timeseries"), bench::runTimeseries);  // no server
        phase(QStringLiteral("panzoom"), bench::runPanZoom);  // no server
        phase(QStringLiteral("dashboard"), bench::runDashboard);  // a server and fleet of its own
        phase(QStringLiteral("chatstore"), bench::runChatStore);  // no server
        phase(QStringLiteral("chatburst"), bench::runChatBurst);  // a server of its own
        phase(QStringLiteral("archive"), bench::runArchive);  // a server of its own
        phase(QStringLiteral("roster"), bench::runRoster);  // a server of its own, 5,000 contacts
        phase(QStringLiteral("ejabberd"), bench::runEjabberd);  // an ejabberd of its own: its ceiling
        phase(QStringLiteral("cluster"), bench::runCluster);  // one ejabberd node, then a two-node cluster
        phase(QStringLiteral("amqp"), bench::runAmqp);  // a RabbitMQ of its own: consume, then a store stall
        if ((b.wants(QStringLiteral("discovery")) || b.wants(QStringLiteral("reconnect"))) && !bench::interrupted()) {
            err << "linnet-bench: discovery, reconnect ..." << Qt::endl;
            bench::runFleetScenarios(b);  // one server and fleet of 1,000 for both
        }
    }

    bench::Table &t = b.table();
    if (!b.linnetMode().isEmpty() && b.linnetMode() != u"linnet")
        t.note(QStringLiteral("Linnet rows measured a ") + b.linnetMode());
    t.note(QStringLiteral("machine: %1 cores, load average %2 before, %3 after; Prosody pubsub storage %4; logs in %5")
               .arg(QThread::idealThreadCount())
               .arg(loadBefore, loadAverage(), config.pubsubStorage, config.outDir));
    QTextStream out(stdout);
    out << Qt::endl << t.render();
    out.flush();
    if (bench::interrupted())
        return 130;
    return t.anyFailed() ? 1 : 0;
}
