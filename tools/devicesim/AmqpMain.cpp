// linnet-devicesim --amqp URL: simulated devices publishing SenML JSON readings to an AMQP 1.0
// broker and answering commands on their queues (protocol: AmqpDevice.h).
//
//   linnet-devicesim --amqp amqps://127.0.0.1:5671 --amqp-user dev --amqp-ca ca.pem
//       [--amqp-address /queues/sensors] [--device press-1 --device kiln-2 ...] [--rate 1]
//       [--history-seconds 600]
//
// The password is --amqp-password or, without it, the first line of stdin (so it stays out of
// ps); without --amqp-user the devices log in anonymously and need none. The queues must exist
// (the readings queue and <id>.commands of every device). Later stdin lines: "stop". stdout:
// JSON lines (AmqpFleet.h). Exit 0 on success, 1 on a failure, 2 on bad arguments.
#include "AmqpDevice.h"
#include "AmqpFleet.h"
#include "AmqpMain.h"
#include "ToolIo.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <memory>
#include <utility>

using namespace devicesim;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "linnet-devicesim: %s (see --amqp --help)\n", qPrintable(message));
    return 2;
}

}  // namespace

bool isAmqpCommandLine(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == u"--amqp" || a.startsWith(u"--amqp="))
            return true;
    }
    return false;
}

int runAmqp(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulates sensor devices on an AMQP 1.0 broker (RabbitMQ 4)."));
    parser.addHelpOption();
    auto opt = [&](const char *name, const char *help, const char *value = nullptr) {
        return addOption(parser, name, help, value);
    };
    const auto urlOpt = opt("amqp", "The broker: amqps://host:port (TLS only).", "url");
    const auto userOpt = opt("amqp-user", "SASL PLAIN user (default: ANONYMOUS).", "user");
    const auto passwordOpt = opt("amqp-password", "Password (default: the first line of stdin).", "pw");
    const auto caOpt = opt("amqp-ca", "PEM file with the only CA certificates to trust (default: the system's).", "file");
    const auto addressOpt = opt("amqp-address", "Where readings go (default /queues/sensors).", "address");
    const auto deviceOpt = opt("device", "A device id (repeatable; default press-1, kiln-2, chiller-3).", "id");
    const auto rateOpt = opt("rate", "Readings per second per device at the start (default 1).", "hz");
    const auto windowOpt = opt("window", "Readings awaiting the broker's outcome at most (default 200).", "n");
    const auto seedOpt = opt("seed", "Seed of the signals (default 1).", "n");
    const auto progressOpt = opt("progress-ms", "Interval of progress lines, 0 for none (default 1000).", "ms");
    const auto secondsOpt = opt("seconds", "Stop this long after ready.", "s");
    const auto historyOpt = opt("history-seconds", "First publish this many seconds of back-dated readings, one per device every 5 s (default 0).", "s");
    const auto listOpt = opt("list", "Print the devices as JSON lines and exit.");
    parser.process(app);

    if (QCoreApplication::arguments().contains(QStringLiteral("--fleet")))
        return fail(QStringLiteral("--amqp devices are not XMPP accounts: run the fleet and the AMQP devices as two processes"));
    bool ok = true;
    auto number = [&](const QCommandLineOption &o, double fallback, double min = 0) {
        if (!parser.isSet(o))
            return fallback;
        bool good = false;
        const double v = parser.value(o).toDouble(&good);
        ok = ok && good && v >= min;
        return v;
    };
    AmqpFleetOptions options;
    const double rate = number(rateOpt, 1, 0.001);
    options.intervalMs = std::max<qint64>(10, qint64(std::llround(1000.0 / rate)));
    options.window = int(number(windowOpt, options.window, 1));
    options.progressMs = int(number(progressOpt, options.progressMs));
    options.seconds = number(secondsOpt, -1);
    options.historySeconds = number(historyOpt, 0);
    options.clock.seed = quint64(number(seedOpt, 1));
    if (!ok)
        return fail(QStringLiteral("numeric options need a number in range"));
    options.devices = parser.isSet(deviceOpt) ? amqp::devicesNamed(parser.values(deviceOpt)) : amqp::demoDevices();
    if (parser.isSet(listOpt)) {
        for (const DeviceSpec &d : std::as_const(options.devices)) {
            printJsonLine({{QStringLiteral("type"), QStringLiteral("device")}, {QStringLiteral("id"), d.id},
                           {QStringLiteral("title"), d.title}, {QStringLiteral("commands"), amqp::commandAddress(d.id)}});
        }
        return 0;
    }
    const QUrl url(parser.value(urlOpt));
    if (!url.isValid() || url.scheme() != u"amqps" || url.host().isEmpty())
        return fail(QStringLiteral("--amqp needs an amqps://host:port URL (plain amqp:// would send the password in the clear)"));
    // Proton checks the certificate against the name in the URL, and only against DNS names:
    // with an IP address every certificate fails as "certificate verify failed".
    if (!QHostAddress(url.host()).isNull())
        return fail(QStringLiteral("--amqp needs the broker's DNS name, not an IP address (the certificate is checked by name)"));
    options.url = url.toString();
    options.user = parser.value(userOpt);
    options.caFile = parser.value(caOpt);
    if (!options.caFile.isEmpty() && !QFileInfo(options.caFile).isReadable())
        return fail(QStringLiteral("cannot read %1").arg(options.caFile));
    if (parser.isSet(addressOpt))
        options.readingsAddress = parser.value(addressOpt);
    options.clock.originMs = QDateTime::currentMSecsSinceEpoch();
    options.clock.utcOffsetS = QDateTime::currentDateTime().offsetFromUtc();

    std::unique_ptr<AmqpFleet> fleet;
    auto begin = [&](const QString &password) {
        options.password = password;
        fleet = std::make_unique<AmqpFleet>(options);
        fleet->start([](int code) {
            // On the fleet's thread: end the event loop from the main thread's side.
            QMetaObject::invokeMethod(qApp, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
        });
    };
    StdinLines stdinLines;
    bool needPassword = !options.user.isEmpty() && !parser.isSet(passwordOpt);
    QObject::connect(&stdinLines, &StdinLines::line, &app, [&](const QString &line) {
        if (std::exchange(needPassword, false)) {
            begin(line);
            return;
        }
        if (line == u"stop" && fleet)
            fleet->stop();
    });
    QObject::connect(&stdinLines, &StdinLines::closed, &app, [&] {
        if (needPassword) {
            std::fprintf(stderr, "linnet-devicesim: no --amqp-password and nothing on stdin\n");
            QCoreApplication::exit(2);
        }
    });
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::received, &app, [&] {
        if (fleet)
            fleet->stop();
        else
            QCoreApplication::exit(1);
    });
    if (!needPassword)
        QTimer::singleShot(0, &app, [&] { begin(parser.value(passwordOpt)); });
    const int code = QCoreApplication::exec();
    fleet.reset();  // joins its thread
    return code;
}
