// linnet-devicesim --fleet N: many simulated devices in one process (see Fleet.h, SimDevice.h).
//
//   linnet-devicesim --fleet 8 --domain demo.linnet --host 127.0.0.1 --port 5222 --ca ca.pem
//       [--prosody-data DIR --watcher sensors --watcher alice] [--rate 1] [--history-seconds 600]
//       [--flap greenhouse-2 --flap-first 20 --flap-offline 120 --flap-online 180]
//       [--allow alice@demo.linnet]
//
// Every device logs in as <id>@DOMAIN/sensor with the one password (--password, else the
// first line of stdin). --prosody-data writes the accounts, and the rosters with the watchers,
// straight into a Prosody's file store first (ProsodyAccounts.h). Every device offers ad-hoc
// commands (DeviceCommands.h) to the --allow JIDs, by default the watchers. Later stdin lines are
// commands: "offline ID", "online ID", "stop". stdout: JSON lines, "ready" once every device
// is online and has published its history, "progress", "presence" (a device went offline or
// came back), and "done" with the figures. Exit 0 on success, 1 on a failure, 2 on bad arguments.
#include "DeviceCatalog.h"
#include "Fleet.h"
#include "FleetMain.h"
#include "ProsodyAccounts.h"
#include "ToolIo.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <utility>

using namespace devicesim;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "linnet-devicesim: %s (see --fleet --help)\n", qPrintable(message));
    return 2;
}

}  // namespace

bool isFleetCommandLine(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == u"--fleet" || a.startsWith(u"--fleet="))
            return true;
    }
    return false;
}

int runFleet(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulates a fleet of XMPP sensor devices publishing SenML readings."));
    parser.addHelpOption();
    auto opt = [&](const char *name, const char *help, const char *value = nullptr) {
        return addOption(parser, name, help, value);
    };
    const auto fleetOpt = opt("fleet", "Number of devices (1 to 10,000; up to 8 get the demo's names).", "n");
    const auto namesOpt = opt("names", "demo (greenhouse-1, cellar, ...; at most 8) or numbered (dev-0001, ...).", "kind");
    const auto domainOpt = opt("domain", "The devices' domain: each is <id>@DOMAIN/sensor.", "domain");
    const auto hostOpt = opt("host", "Server host (default 127.0.0.1).", "host");
    const auto portOpt = opt("port", "c2s port (default 5222).", "port");
    const auto caOpt = opt("ca", "PEM file with the only CA certificates to trust (default: the system's).", "file");
    const auto serviceOpt = opt("service", "PubSub service (default pubsub.DOMAIN).", "jid");
    const auto passwordOpt = opt("password", "The devices' password (default: the first line of stdin).", "pw");
    const auto dataOpt = opt("prosody-data", "Write the accounts into this Prosody data directory first (internal storage).", "dir");
    const auto watcherOpt = opt("watcher", "With --prosody-data: a user (local part) with every device in its roster, and in theirs (repeatable).", "user");
    const auto rateOpt = opt("rate", "Items per second per device (default 1).", "hz");
    const auto historyOpt = opt("history-seconds", "Publish this many seconds of back-dated readings first (default 0).", "s");
    const auto packOpt = opt("history-pack", "Readings per history item (default 30).", "n");
    const auto maxItemsOpt = opt("max-items", "pubsub#max_items asked for at node creation (default 2000; the server's cap if lower).", "n");
    const auto seedOpt = opt("seed", "Seed of the signals (default 1).", "n");
    const auto flapOpt = opt("flap", "A device that goes offline and comes back (repeatable).", "id");
    const auto flapFirstOpt = opt("flap-first", "Seconds from the start to its first offline spell (default 60).", "s");
    const auto flapOfflineOpt = opt("flap-offline", "Length of each offline spell (default 90).", "s");
    const auto flapOnlineOpt = opt("flap-online", "Online time between spells (default 180).", "s");
    const auto loginOpt = opt("login-concurrency", "Logins under way at once (default 50).", "n");
    const auto windowOpt = opt("window", "Publishes per device awaiting their ack (default 32).", "n");
    const auto progressOpt = opt("progress-ms", "Interval of progress lines, 0 for none (default 1000).", "ms");
    const auto secondsOpt = opt("seconds", "Stop this long after ready.", "s");
    const auto allowOpt = opt("allow", "A bare JID that may run the devices' ad-hoc commands (repeatable; default: the --watcher users).", "jid");
    const auto listOpt = opt("list", "Print the devices as JSON lines and exit.");
    parser.process(app);

    bool ok = true;
    auto number = [&](const QCommandLineOption &o, double fallback, double min = 0) {
        if (!parser.isSet(o))
            return fallback;
        bool good = false;
        const double v = parser.value(o).toDouble(&good);
        ok = ok && good && v >= min;
        return v;
    };
    const int count = int(number(fleetOpt, 8, 1));
    const QString names = parser.isSet(namesOpt) ? parser.value(namesOpt) : QString();
    FleetOptions options;
    options.rate = number(rateOpt, 1, 0.001);
    options.historySeconds = number(historyOpt, 0);
    options.historyPerItem = int(number(packOpt, options.historyPerItem, 1));
    options.flapFirstS = number(flapFirstOpt, options.flapFirstS);
    options.flapOfflineS = number(flapOfflineOpt, options.flapOfflineS, 1);
    options.flapOnlineS = number(flapOnlineOpt, options.flapOnlineS, 1);
    options.loginConcurrency = int(number(loginOpt, options.loginConcurrency, 1));
    options.window = int(number(windowOpt, options.window, 1));
    options.progressMs = int(number(progressOpt, options.progressMs));
    options.seconds = number(secondsOpt, -1);
    FleetConnection &c = options.connection;
    c.port = quint16(number(portOpt, c.port, 1));
    c.maxItems = quint64(number(maxItemsOpt, double(c.maxItems), 1));
    c.clock.seed = quint64(number(seedOpt, 1));
    if (!ok)
        return fail(QStringLiteral("numeric options need a number in range"));
    if (count > 10000)
        return fail(QStringLiteral("--fleet takes at most 10,000 devices"));
    if (!names.isEmpty() && names != u"demo" && names != u"numbered")
        return fail(QStringLiteral("--names is demo or numbered"));
    if (names == u"demo" && count > 8)
        return fail(QStringLiteral("the demo has 8 named devices; use --names numbered"));
    options.devices = names == u"numbered" ? numberedDevices(count) : fleetDevices(count);
    c.domain = parser.value(domainOpt);
    if (parser.isSet(listOpt)) {
        for (const DeviceSpec &d : std::as_const(options.devices)) {
            printJsonLine({{QStringLiteral("type"), QStringLiteral("device")}, {QStringLiteral("id"), d.id},
                           {QStringLiteral("jid"), QString(d.id + QLatin1Char('@') + c.domain)},
                           {QStringLiteral("node"), d.id}, {QStringLiteral("title"), d.title}});
        }
        return 0;
    }
    if (c.domain.isEmpty())
        return fail(QStringLiteral("--domain is required"));
    if (parser.isSet(hostOpt))
        c.host = parser.value(hostOpt);
    c.service = parser.isSet(serviceOpt) ? parser.value(serviceOpt) : QStringLiteral("pubsub.") + c.domain;
    if (parser.isSet(caOpt)) {
        c.caCertificates = QSslCertificate::fromPath(parser.value(caOpt), QSsl::Pem);
        if (c.caCertificates.isEmpty())
            return fail(QStringLiteral("no certificate in %1").arg(parser.value(caOpt)));
    }
    // Who may command the devices: the people who watch them, unless told otherwise; nobody
    // when neither is given (a device does not take orders from strangers).
    if (parser.isSet(allowOpt)) {
        c.commandsAllowed = parser.values(allowOpt);
    } else {
        for (const QString &watcher : parser.values(watcherOpt))
            c.commandsAllowed.append(watcher.contains(QLatin1Char('@')) ? watcher : watcher + QLatin1Char('@') + c.domain);
    }
    qCInfo(lcFleet).noquote() << "commands allowed for:" << (c.commandsAllowed.isEmpty() ? QStringLiteral("nobody") : c.commandsAllowed.join(u", "));
    options.flapping = parser.values(flapOpt);
    for (const QString &id : std::as_const(options.flapping)) {
        if (std::none_of(options.devices.cbegin(), options.devices.cend(), [&](const DeviceSpec &d) { return d.id == id; }))
            return fail(QStringLiteral("--flap %1: no such device in this fleet").arg(id));
    }
    // The scenario starts now: the demo's CO2 ramp and the flapping count from here.
    c.clock.originMs = QDateTime::currentMSecsSinceEpoch();
    c.clock.utcOffsetS = QDateTime::currentDateTime().offsetFromUtc();
    c.presenceStatus = options.rate == 1 ? QStringLiteral("Publishing every second")
        : options.rate > 1             ? QStringLiteral("Publishing %1 readings a second").arg(options.rate)
                                       : QStringLiteral("Publishing every %1 s").arg(1.0 / options.rate);

    auto fleet = std::make_unique<Fleet>(options);
    auto begin = [&, dataDir = parser.value(dataOpt), watchers = parser.values(watcherOpt)](const QString &password) {
        fleet->setPassword(password);
        if (!dataDir.isEmpty()) {
            FleetAccountsResult written;
            QString error;
            if (!writeFleetAccounts(dataDir, c.domain, options.devices, password, watchers, &written, &error)) {
                std::fprintf(stderr, "linnet-devicesim: %s\n", qPrintable(error));
                QCoreApplication::exit(1);
                return;
            }
            printJsonLine({{QStringLiteral("type"), QStringLiteral("accounts")},
                           {QStringLiteral("accounts"), written.accounts},
                           {QStringLiteral("roster_entries"), written.rosterEntries},
                           {QStringLiteral("ms"), double(written.elapsedMs)}});
        }
        fleet->start();
    };

    StdinLines stdinLines;
    bool needPassword = !parser.isSet(passwordOpt);
    QObject::connect(fleet.get(), &Fleet::finished, &app, [](int code) {
        // Give the closing </stream:stream>s a moment on the wire.
        QTimer::singleShot(100, qApp, [code] { QCoreApplication::exit(code); });
    });
    QObject::connect(&stdinLines, &StdinLines::line, &app, [&](const QString &line) {
        if (std::exchange(needPassword, false)) {
            begin(line);
            return;
        }
        const QString command = line.section(QLatin1Char(' '), 0, 0);
        const QString id = line.section(QLatin1Char(' '), 1).trimmed();
        if (command == u"stop")
            fleet->stop();
        else if ((command == u"offline" || command == u"online") && !fleet->setDeviceOnline(id, command == u"online"))
            qCWarning(lcFleet) << "no device" << id;
    });
    QObject::connect(&stdinLines, &StdinLines::closed, &app, [&] {
        if (needPassword) {
            std::fprintf(stderr, "linnet-devicesim: no --password and nothing on stdin\n");
            QCoreApplication::exit(2);
        }
    });
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::received, fleet.get(), &Fleet::stop);
    if (!needPassword)
        QTimer::singleShot(0, &app, [&] { begin(parser.value(passwordOpt)); });
    return QCoreApplication::exec();
}
