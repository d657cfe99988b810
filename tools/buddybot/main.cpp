// linnet-buddybot: one simulated contact for the demo and for tests.
//   linnet-buddybot --host 127.0.0.1 --port 5222 --jid robin@demo.linnet --password pw --ca ca.pem
//                   [--status "Ask me anything"] [--show online|away|dnd|xa] [--persona Robin]
// Prints "READY <jid>" on stdout once online; exit 0 on SIGTERM/SIGINT, 1 if login fails,
// 2 on bad arguments.
#include "BuddyBot.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QFile>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QXmppUtils.h>

#include <csignal>
#include <cstdio>

namespace {

constexpr int kLoginTimeoutMs = 30000;

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "linnet-buddybot: %s\n", qPrintable(message));
    return code;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linnet-buddybot"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A friendly simulated XMPP contact for Linnet's demo and tests."));
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Server address."), QStringLiteral("host"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("c2s port."), QStringLiteral("port"));
    const QCommandLineOption jid(QStringLiteral("jid"), QStringLiteral("The bot's bare JID."), QStringLiteral("jid"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Its password."), QStringLiteral("password"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("PEM file of an extra CA to trust."), QStringLiteral("file"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Presence status text."), QStringLiteral("text"));
    const QCommandLineOption show(QStringLiteral("show"), QStringLiteral("online, away, dnd or xa."), QStringLiteral("show"),
                                  QStringLiteral("online"));
    const QCommandLineOption persona(QStringLiteral("persona"), QStringLiteral("The name the bot uses for itself."),
                                     QStringLiteral("name"));
    const QCommandLineOption script(QStringLiteral("script"),
                                    QStringLiteral("A file of steps once online, one per line: a message to --script-to, "
                                                   "\"file:PATH\" (upload PATH, send its link), \"join:ROOM\", "
                                                   "\"room:TEXT\" (in the room joined last), \"wait:MS\"."),
                                    QStringLiteral("file"));
    const QCommandLineOption scriptTo(QStringLiteral("script-to"), QStringLiteral("Whom --script talks to."),
                                      QStringLiteral("jid"));
    parser.addOptions({host, port, jid, password, ca, status, show, persona, script, scriptTo});
    parser.process(app);

    for (const auto *required : {&host, &port, &jid, &password, &ca}) {
        if (!parser.isSet(*required))
            return fail(2, QStringLiteral("--%1 is required (see --help)").arg(required->names().constFirst()));
    }
    bool portOk = false;
    const int portNumber = parser.value(port).toInt(&portOk);
    if (!portOk || portNumber <= 0 || portNumber > 65535)
        return fail(2, QStringLiteral("bad --port %1").arg(parser.value(port)));
    const QList<QSslCertificate> extraCas = QSslCertificate::fromPath(parser.value(ca));
    if (extraCas.isEmpty())
        return fail(2, QStringLiteral("no PEM certificate in --ca %1").arg(parser.value(ca)));

    static const QHash<QString, QXmppPresence::AvailableStatusType> shows = {
        {QStringLiteral("online"), QXmppPresence::Online}, {QStringLiteral("away"), QXmppPresence::Away},
        {QStringLiteral("dnd"), QXmppPresence::DND}, {QStringLiteral("xa"), QXmppPresence::XA}};
    if (!shows.contains(parser.value(show)))
        return fail(2, QStringLiteral("bad --show %1 (online, away, dnd or xa)").arg(parser.value(show)));
    QXmppPresence presence(QXmppPresence::Available);
    presence.setAvailableStatusType(shows.value(parser.value(show)));
    presence.setStatusText(parser.value(status));

    QXmppConfiguration config;
    config.setJid(parser.value(jid));
    config.setPassword(parser.value(password));
    config.setHost(parser.value(host));
    config.setPort(portNumber);
    config.setResource(QStringLiteral("bot"));
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    // setCaCertificates() replaces the trusted list: keep the system's and add the test CA.
    config.setCaCertificates(QSslConfiguration::systemCaCertificates() + extraCas);

    QString name = parser.value(persona);
    if (name.isEmpty()) {
        name = QXmppUtils::jidToUser(config.jidBare());
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
    }

    BuddyBot bot(config, presence, name);
    if (parser.isSet(script)) {
        QFile file(parser.value(script));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(2, QStringLiteral("cannot read --script %1").arg(parser.value(script)));
        QList<BotScript::Step> steps;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            steps.append(BotScript::Step::parse(line));
        bot.setScript(parser.value(scriptTo), steps);
        // Uploads go over QNetworkAccessManager, which trusts the default configuration.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(extraCas);
        QSslConfiguration::setDefaultConfiguration(tls);
    }
    QObject::connect(&bot, &BuddyBot::online, &app, [](const QString &bareJid) {
        std::printf("READY %s\n", qPrintable(bareJid));
        std::fflush(stdout);  // the demo waits for this line on a pipe
    });
    QObject::connect(&bot, &BuddyBot::loginFailed, &app, [&](const QString &reason) {
        fail(1, QStringLiteral("login as %1 failed: %2").arg(config.jidBare(), reason));
        QCoreApplication::exit(1);
    });
    QObject::connect(&bot, &BuddyBot::stopped, &app, [] { QCoreApplication::exit(0); });

    QTimer loginTimeout;
    loginTimeout.setSingleShot(true);
    QObject::connect(&bot, &BuddyBot::online, &loginTimeout, &QTimer::stop);
    QObject::connect(&loginTimeout, &QTimer::timeout, &app, [&] {
        fail(1, QStringLiteral("login as %1 timed out after %2 s").arg(config.jidBare()).arg(kLoginTimeoutMs / 1000));
        QCoreApplication::exit(1);
    });

    UnixSignalWatcher signalWatcher({SIGTERM, SIGINT});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::received, &app, [&] {
        loginTimeout.stop();
        bot.stop();
        // Going offline politely is best effort; a dead server must not keep us alive.
        QTimer::singleShot(3000, &app, [] { QCoreApplication::exit(0); });
    });

    loginTimeout.start(kLoginTimeoutMs);
    bot.start();
    return QCoreApplication::exec();
}
