// linnet-peers-server: the test fixture's Prosody for the clients in the peers root.
//   linnet-peers-server --out DIR --accounts watcher,kaidan,dino,gajim [--password PW] [--domain D]
//                       [--big-roster kaidan-big,dino-big --big-roster-size 2000]
// Starts a ProsodyServer with those accounts in one mutual roster (subscription "both", so each
// one's presence reaches every other without a subscription dialog). The --big-roster accounts
// (also listed in --accounts) get --big-roster-size more contacts on top (contact-N@DOMAIN in ten
// groups, subscription "both", not registered: the race's 2,000-contact roster). Writes DIR/ca.pem (the
// fixture CA, for the peers root's CA store) and then DIR/server.json (host, port, domain,
// password, accounts, ca) as the sign that it is ready. Runs until stdin closes or SIGTERM/SIGINT:
// ./dev keeps a pipe open to it, so the server also ends when ./dev does.
// Exit 0 after a clean stop, 1 if Prosody did not start, 2 on bad arguments.
#include "ProsodyFiles.h"
#include "ProsodyServer.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "linnet-peers-server: %s\n", qPrintable(message));
    return code;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);  // whole or nothing: the reader polls for server.json
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

qint64 prosodyPid(const ProsodyServer &server)
{
    QFile pidFile(QFileInfo(server.dataDir()).dir().filePath(QStringLiteral("prosody.pid")));
    return pidFile.open(QIODevice::ReadOnly) ? pidFile.readAll().trimmed().toLongLong() : 0;
}

// Rewrites user's roster file: every other account (as the fixture's mutual roster has them) plus
// `extra` contacts that exist only in this roster. Prosody reads a roster file at login, so this
// works on a running server as long as the user has not logged in yet.
bool writeBigRoster(const ProsodyServer &server, const QStringList &accounts, const QString &user, int extra,
                    QString *error)
{
    using linnet::test::luaQuote;
    const QString domain = server.domain();
    QString lua = QStringLiteral("return {\n\t[false] = { [\"version\"] = 1; [\"pending\"] = {}; };\n");
    auto item = [&](const QString &jid, const QString &name, const QString &group) {
        lua += QStringLiteral("\t[%1] = { [\"subscription\"] = \"both\"; [\"name\"] = %2; [\"groups\"] = { [%3] = true; }; };\n")
                   .arg(luaQuote(jid), luaQuote(name), luaQuote(group));
    };
    for (const QString &other : accounts) {
        if (other != user)
            item(other + QLatin1Char('@') + domain, other, QStringLiteral("Race"));
    }
    for (int i = 1; i <= extra; ++i)
        item(QStringLiteral("contact-%1@%2").arg(i).arg(domain), QStringLiteral("Contact %1").arg(i),
             QStringLiteral("Group %1").arg(i % 10));
    lua += QStringLiteral("};\n");
    const QString path = linnet::test::prosodyDataFile(server.dataDir(), domain, user, QStringLiteral("roster"));
    return QDir().mkpath(QFileInfo(path).path()) && writeFile(path, lua.toUtf8(), error);
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linnet-peers-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The test fixture's Prosody for the peers root's clients."));
    parser.addHelpOption();
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Directory for server.json and ca.pem."),
                                    QStringLiteral("dir"));
    const QCommandLineOption accountsOpt(QStringLiteral("accounts"), QStringLiteral("Comma-separated local parts."),
                                         QStringLiteral("names"));
    const QCommandLineOption passwordOpt(QStringLiteral("password"), QStringLiteral("Every account's password."),
                                         QStringLiteral("pw"), QStringLiteral("peers-pw"));
    const QCommandLineOption domainOpt(QStringLiteral("domain"), QStringLiteral("The server's domain."),
                                       QStringLiteral("domain"), QStringLiteral("linnet.test"));
    const QCommandLineOption bigOpt(QStringLiteral("big-roster"), QStringLiteral("Accounts that get a big roster."),
                                    QStringLiteral("names"));
    const QCommandLineOption bigSizeOpt(QStringLiteral("big-roster-size"), QStringLiteral("Extra contacts of each."),
                                        QStringLiteral("n"), QStringLiteral("2000"));
    parser.addOptions({outOpt, accountsOpt, passwordOpt, domainOpt, bigOpt, bigSizeOpt});
    parser.process(app);

    const QString out = parser.value(outOpt);
    const QStringList names = parser.value(accountsOpt).split(u',', Qt::SkipEmptyParts);
    if (out.isEmpty() || names.isEmpty())
        return fail(2, QStringLiteral("--out and --accounts are required"));
    if (!QDir().mkpath(out))
        return fail(2, QStringLiteral("cannot create %1").arg(out));

    ProsodyServer::Options options;
    options.domain = parser.value(domainOpt);
    options.mutualRoster = true;
    options.archiveStorage = QStringLiteral("sql");  // a production-like archive: the server is nobody's limit
    // Prosody's own log (its temp dir, kept with LINNET_KEEP_PROSODY=1), e.g. "debug" to see every stanza.
    options.logLevel = qEnvironmentVariable("LINNET_PROSODY_LOG_LEVEL", options.logLevel);
    for (const QString &name : names)
        options.accounts.append({name, parser.value(passwordOpt), name});
    ProsodyServer server(options);
    QString error;
    if (!server.start(&error))
        return fail(1, error);

    const QStringList big = parser.value(bigOpt).split(u',', Qt::SkipEmptyParts);
    for (const QString &user : big) {
        if (!names.contains(user))
            return fail(2, QStringLiteral("--big-roster %1 is not in --accounts").arg(user));
        if (!writeBigRoster(server, names, user, parser.value(bigSizeOpt).toInt(), &error))
            return fail(1, error);
    }

    QByteArray pem;
    for (const QSslCertificate &ca : server.caCertificates())
        pem += ca.toPem();
    const QString caFile = QDir(out).filePath(QStringLiteral("ca.pem"));
    QJsonObject info{{QStringLiteral("host"), server.host()},
                     {QStringLiteral("port"), server.c2sPort()},
                     {QStringLiteral("domain"), server.domain()},
                     {QStringLiteral("password"), parser.value(passwordOpt)},
                     {QStringLiteral("accounts"), QJsonArray::fromStringList(names)},
                     {QStringLiteral("ca"), caFile},
                     {QStringLiteral("log"), server.logFile()},
                     // The race charges Prosody's CPU per phase (the fixture writes the pid file
                     // next to its data directory, in this root's private /tmp).
                     {QStringLiteral("prosody_pid"), prosodyPid(server)}};
    if (!writeFile(caFile, pem, &error)
        || !writeFile(QDir(out).filePath(QStringLiteral("server.json")), QJsonDocument(info).toJson(), &error))
        return fail(1, error);
    std::printf("READY %s:%u %s\n", qPrintable(server.host()), server.c2sPort(), qPrintable(server.domain()));
    std::fflush(stdout);

    // Stop on SIGTERM/SIGINT or when stdin reaches its end (the caller went away).
    UnixSignalWatcher stopSignals({SIGTERM, SIGINT});
    QObject::connect(&stopSignals, &UnixSignalWatcher::received, &app, [] { QCoreApplication::quit(); });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&input] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    const int code = app.exec();
    server.stop();
    return code;
}
