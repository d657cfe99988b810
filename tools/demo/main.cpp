// linnet-demo: Linnet against an embedded XMPP server with simulated buddies.
//   linnet-demo --app build/dev/app/linnet --bot build/dev/tools/buddybot/linnet-buddybot --out build/demo [--seconds N]
//               [--devicesim PATH (default: the one of this build tree)]
//   linnet-demo --serve --bot build/dev/tools/buddybot/linnet-buddybot --out DIR
// --serve: no app; the server, the bots and the devices only, for a client started elsewhere
// (installer/test/e2e). Prints "READY <path of demo.json>" once all are online, runs until stdin
// closes (or SIGTERM/SIGINT), exit 0 then.
// Headless (no DISPLAY/WAYLAND_DISPLAY): screenshots dashboard.png, dashboard-dark.png, devices.png, roster.png,
// chat.png, chat-dark.png, command-form.png, command-form-dark.png, command-table.png, accounts.png, accounts-dark.png, trust.png and trust-changed-dark.png in --out.
// Exit 0 on success, 1 if a step failed, 2 on bad arguments, 130 when interrupted.
#include "Demo.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linnet-demo"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs Linnet against a demo XMPP server with simulated buddies."));
    parser.addHelpOption();
    const QCommandLineOption appOpt(QStringLiteral("app"), QStringLiteral("The linnet executable."), QStringLiteral("path"));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The linnet-buddybot executable."), QStringLiteral("path"));
    const QCommandLineOption devicesimOpt(QStringLiteral("devicesim"),
                                          QStringLiteral("The linnet-devicesim executable (default: this build's)."),
                                          QStringLiteral("path"), QStringLiteral(LINNET_DEVICESIM));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Output directory."), QStringLiteral("dir"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"),
                                        QStringLiteral("Then keep the app running for N seconds (headless), or close the window after N seconds."),
                                        QStringLiteral("N"));
    const QCommandLineOption serveOpt(QStringLiteral("serve"),
                                      QStringLiteral("No app: serve the demo (server, bots, devices) until stdin closes."));
    parser.addOptions({appOpt, botOpt, devicesimOpt, outOpt, secondsOpt, serveOpt});
    parser.process(app);

    Demo::Options options;
    options.app = parser.value(appOpt);
    options.bot = parser.value(botOpt);
    options.devicesim = parser.value(devicesimOpt);
    options.out = parser.value(outOpt);
    options.serve = parser.isSet(serveOpt);
    if ((options.app.isEmpty() && !options.serve) || options.bot.isEmpty() || options.out.isEmpty()) {
        std::fprintf(stderr, "linnet-demo: --app (unless --serve), --bot and --out are required (see --help)\n");
        return 2;
    }
    if (parser.isSet(secondsOpt)) {
        bool ok = false;
        options.seconds = parser.value(secondsOpt).toInt(&ok);
        if (!ok || options.seconds <= 0) {
            std::fprintf(stderr, "linnet-demo: --seconds needs a positive number\n");
            return 2;
        }
    }
    options.headless = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");

    Demo demo(options);
    QObject::connect(&demo, &Demo::finished, &app, [](int code) { QCoreApplication::exit(code); });
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::received, &demo, &Demo::interrupt);
    QTimer::singleShot(0, &demo, &Demo::start);
    return QCoreApplication::exec();
}
