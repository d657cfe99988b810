// linnet-peers-server: the test fixture's Prosody for the clients in the peers root.
//   linnet-peers-server --out DIR --accounts watcher,kaidan,dino,gajim [--password PW] [--domain D]
// Starts a ProsodyServer with those accounts in one mutual roster (subscription "both", so each
// one's presence reaches every other without a subscription dialog), writes DIR/ca.pem (the
// fixture CA, for the peers root's CA store) and then DIR/server.json (host, port, domain,
// password, accounts, ca) as the sign that it is ready. Runs until stdin closes or SIGTERM/SIGINT:
// ./dev keeps a pipe open to it, so the server also ends when ./dev does.
// Exit 0 after a clean stop, 1 if Prosody did not start, 2 on bad arguments.
#include "ProsodyServer.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    parser.addOptions({outOpt, accountsOpt, passwordOpt, domainOpt});
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
    for (const QString &name : names)
        options.accounts.append({name, parser.value(passwordOpt), name});
    ProsodyServer server(options);
    QString error;
    if (!server.start(&error))
        return fail(1, error);

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
                     {QStringLiteral("log"), server.logFile()}};
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
