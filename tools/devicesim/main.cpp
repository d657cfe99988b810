// linnet-devicesim: a simulated sensor device that publishes SenML readings to PubSub nodes.
//
//   linnet-devicesim --jid sensor@linnet.test --host 127.0.0.1 --port 5222 --ca ca.pem
//       --service pubsub.linnet.test --node dev-001 --rate 1000 --seconds 10
//
// The password is --password or, without it, the first line of stdin (so it stays out of ps).
// Later stdin lines are commands: "go" (with --wait-go), "stop". stdout carries one JSON object
// per line: {"type":"ready"} once logged in with the nodes in place, "progress" lines, and a
// final "done" line with what was achieved (rates, how far behind schedule, ack round trips).
// Exit 0 on success, 1 on a failure, 2 on bad arguments.
//
// With --fleet N it simulates N devices instead, each its own account (FleetMain.cpp); with
// --amqp URL devices on an AMQP 1.0 broker (AmqpMain.cpp).
#include "AmqpMain.h"
#include "FleetMain.h"
#include "Publisher.h"
#include "ToolIo.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {
int fail(const char *message)
{
    std::fprintf(stderr, "linnet-devicesim: %s (see --help)\n", message);
    return 2;
}
}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linnet-devicesim"));
    if (isAmqpCommandLine(QCoreApplication::arguments()))
        return runAmqp(app);
    if (isFleetCommandLine(QCoreApplication::arguments()))
        return runFleet(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Publishes simulated SenML sensor readings to XMPP PubSub nodes."));
    parser.addHelpOption();
    auto opt = [&](const char *name, const char *help, const char *value = nullptr) {
        return addOption(parser, name, help, value);
    };
    const auto jidOpt = opt("jid", "Account (bare JID).", "jid");
    const auto passwordOpt = opt("password", "Password (default: the first line of stdin).", "pw");
    const auto hostOpt = opt("host", "Server host (default 127.0.0.1).", "host");
    const auto portOpt = opt("port", "c2s port (default 5222).", "port");
    const auto caOpt = opt("ca", "PEM file with the only CA certificates to trust (default: the system's).", "file");
    const auto serviceOpt = opt("service", "PubSub service JID.", "jid");
    const auto nodeOpt = opt("node", "Node to publish to (repeatable; items go round-robin).", "name");
    const auto rateOpt = opt("rate", "Items per second over all nodes; 0: as fast as the server acks (default 100).", "n");
    const auto countOpt = opt("count", "Stop after this many items.", "n");
    const auto secondsOpt = opt("seconds", "Stop after this many seconds.", "s");
    const auto windowOpt = opt("window", "Most publishes awaiting an ack at once (default 200).", "n");
    const auto maxItemsOpt = opt("max-items", "pubsub#max_items of created nodes: a number or max (default max).", "n");
    const auto progressOpt = opt("progress-ms", "Interval of progress lines, 0 for none (default 500).", "ms");
    const auto waitGoOpt = opt("wait-go", "After login and node setup, wait for a \"go\" line on stdin.");
    const auto nagleOpt = opt("nagle", "Leave Nagle's algorithm on (default: TCP_NODELAY, every publish leaves at once).");
    parser.process(app);

    PublisherOptions options;
    options.jid = parser.value(jidOpt);
    options.service = parser.value(serviceOpt);
    options.nodes = parser.values(nodeOpt);
    options.caFile = parser.value(caOpt);
    if (parser.isSet(hostOpt))
        options.host = parser.value(hostOpt);
    bool ok = true;
    auto number = [&](const QCommandLineOption &o, auto fallback) {
        if (!parser.isSet(o))
            return fallback;
        bool good = false;
        const double v = parser.value(o).toDouble(&good);
        ok = ok && good && v >= 0;
        return decltype(fallback)(v);
    };
    options.port = number(portOpt, options.port);
    options.rate = number(rateOpt, options.rate);
    options.count = number(countOpt, options.count);
    options.seconds = number(secondsOpt, options.seconds);
    options.window = number(windowOpt, options.window);
    options.progressMs = number(progressOpt, options.progressMs);
    options.nagle = parser.isSet(nagleOpt);
    if (parser.isSet(maxItemsOpt))
        options.maxItems = parser.value(maxItemsOpt);
    if (!ok)
        return fail("numeric options need a non-negative number");
    if (options.jid.isEmpty() || options.service.isEmpty() || options.nodes.isEmpty())
        return fail("--jid, --service and --node are required");
    if (options.window < 1)
        return fail("--window must be at least 1");

    Publisher publisher(options);
    StdinLines stdinLines;
    const bool waitGo = parser.isSet(waitGoOpt);
    bool needPassword = !parser.isSet(passwordOpt);
    bool goRequested = false;  // "go" may come before the login is done

    QObject::connect(&publisher, &Publisher::ready, &app, [&] {
        printJsonLine({{QStringLiteral("type"), QStringLiteral("ready")}});
        if (!waitGo || goRequested)
            publisher.go();
    });
    QObject::connect(&publisher, &Publisher::finished, &app, [](int code) {
        // Give the closing </stream:stream> a moment on the wire.
        QTimer::singleShot(50, qApp, [code] { QCoreApplication::exit(code); });
    });
    QObject::connect(&stdinLines, &StdinLines::line, &app, [&](const QString &line) {
        if (needPassword) {
            needPassword = false;
            publisher.start(line);
            return;
        }
        if (line == u"go") {
            goRequested = true;
            publisher.go();
        }
        else if (line == u"stop")
            publisher.stop();
    });
    QObject::connect(&stdinLines, &StdinLines::closed, &app, [&] {
        if (needPassword) {
            std::fprintf(stderr, "linnet-devicesim: no --password and nothing on stdin\n");
            QCoreApplication::exit(2);
        }
    });
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::received, &publisher, &Publisher::stop);
    if (!needPassword)
        QTimer::singleShot(0, &publisher, [&] { publisher.start(parser.value(passwordOpt)); });
    return QCoreApplication::exec();
}
