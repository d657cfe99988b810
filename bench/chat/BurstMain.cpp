// bench-chat-burst: a live burst of chat messages into Linnet's Account + ChatController (with
// the profile's MessageStore attached), against the fixture's Prosody, measuring the GUI thread.
// The writer is this program again (--send: a plain QXmppClient in a process of its own, so its
// work does not count against the receiver's GUI thread). Measures, from the writer's first send:
//   - the last receipt (XEP-0184: Linnet answers each request once it handled the message);
//   - all stored: inserted rows of the writer's conversation (MessageStore::stored answers);
//   - all shown: rows inserted into the conversation's ChatModel (its window may drop old ones);
//   - the GUI thread's longest stall (a 2 ms timer's largest gap) over the burst until all is
//     done, and the same timer's largest gap while idle (the anchor).
// Prints JSON lines: {"type":"result", ...} or {"type":"error","error":...}.
//
//   bench-chat-burst --host H --port P --ca FILE --domain D --reader R --writer W [--count 10000]
//                    --dir DIR          (the password of both accounts on stdin)
//   bench-chat-burst --send ...         (the writer; started by the reader)
#include "ChatBench.h"
#include "account/Account.h"
#include "account/Session.h"
#include "chat/ChatController.h"
#include "chat/ChatModel.h"
#include "chat/MessageStore.h"
#include "net/NetworkThread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSslCertificate>
#include <QTextStream>

#include <QXmppClient.h>
#include <QXmppMessage.h>

using namespace chatbench;

namespace {
struct Options {
    QString host, ca, domain, reader, writer, dir;
    quint16 port = 0;
    int count = 10000;
};

// ChatController::setStore (A1) where the tree has it: the bench builds before and after.
template<typename Controller>
bool attachStore(Controller *chats, MessageStore *store)
{
    if constexpr (requires { chats->setStore(store); }) {
        chats->setStore(store);
        return true;
    } else {
        return false;
    }
}

// The writer: logs in, says ready, sends on "go", reports the time of the last receipt.
int runWriter(const Options &o)
{
    QXmppClient client;
    QXmppConfiguration config;
    config.setHost(o.host);
    config.setPort(o.port);
    config.setJid(o.writer + QLatin1Char('@') + o.domain);
    config.setResource(QStringLiteral("writer"));
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setIgnoreSslErrors(false);
    config.setAutoReconnectionEnabled(false);
    config.setCaCertificates(QSslCertificate::fromPath(o.ca, QSsl::Pem));
    QSet<QString> waiting;
    QElapsedTimer clock;
    int receipts = 0;
    QObject::connect(&client, &QXmppClient::messageReceived, &client, [&](const QXmppMessage &m) {
        if (m.receiptId().isEmpty() || !waiting.remove(m.receiptId()))
            return;
        if (++receipts == o.count) {
            printJsonLine({{QStringLiteral("type"), QStringLiteral("receipts")}, {QStringLiteral("ms"), double(clock.nsecsElapsed()) / 1e6}});
            QCoreApplication::quit();
        }
    });
    QObject::connect(&client, &QXmppClient::connected, &client, [] { printJsonLine({{QStringLiteral("type"), QStringLiteral("ready")}}); });
    StdinLines input;
    // The first line is the password (read here: a QTextStream on stdin would read ahead).
    QObject::connect(&input, &StdinLines::line, &client, [&](const QString &line) {
        if (config.password().isEmpty()) {
            config.setPassword(line);
            client.connectToServer(config);
            return;
        }
        if (line != u"go")
            return;
        const QString to = o.reader + QLatin1Char('@') + o.domain;
        clock.start();
        for (int i = 0; i < o.count; ++i) {
            QXmppMessage m(QString(), to, QStringLiteral("Burst message %1 of %2: the quick brown fox jumps over the lazy dog").arg(i).arg(o.count));
            m.setId(QStringLiteral("burst-%1").arg(i));
            m.setOriginId(m.id());
            m.setReceiptRequested(true);
            waiting.insert(m.id());
            client.sendPacket(m);
        }
        printJsonLine({{QStringLiteral("type"), QStringLiteral("sent")}, {QStringLiteral("ms"), double(clock.nsecsElapsed()) / 1e6}});
    });
    QObject::connect(&input, &StdinLines::closed, &client, [] { QCoreApplication::exit(1); });
    return QCoreApplication::exec();
}
}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const auto hostOpt = addOption(parser, "host", "Server host.", "host");
    const auto portOpt = addOption(parser, "port", "Server port.", "port");
    const auto caOpt = addOption(parser, "ca", "CA file.", "file");
    const auto domainOpt = addOption(parser, "domain", "XMPP domain.", "domain");
    const auto readerOpt = addOption(parser, "reader", "The receiving (Linnet) user.", "user");
    const auto writerOpt = addOption(parser, "writer", "The sending user.", "user");
    const auto countOpt = addOption(parser, "count", "Messages in the burst.", "n");
    const auto dirOpt = addOption(parser, "dir", "Where the message store goes.", "dir");
    const auto sendOpt = addOption(parser, "send", "Be the writer.");
    parser.process(app);
    Options o{parser.value(hostOpt), parser.value(caOpt), parser.value(domainOpt), parser.value(readerOpt),
              parser.value(writerOpt), parser.value(dirOpt), quint16(parser.value(portOpt).toUInt())};
    if (parser.isSet(countOpt))
        o.count = parser.value(countOpt).toInt();
    if (o.reader.isEmpty() || o.writer.isEmpty() || o.count < 1)
        failJson(QStringLiteral("usage: see the source"));
    if (parser.isSet(sendOpt))
        return runWriter(o);
    const QString password = QTextStream(stdin).readLine().trimmed();
    if (password.isEmpty())
        failJson(QStringLiteral("no password on stdin"));
    if (o.dir.isEmpty())
        failJson(QStringLiteral("--dir is required"));

    const QString writerJid = o.writer + QLatin1Char('@') + o.domain;
    const QString storeFile = QDir(o.dir).filePath(QStringLiteral("burst-messages.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(storeFile + suffix);
    MessageStore store;  // outlives the account, as AccountsModel's does
    store.open(storeFile);
    int stored = 0;
    QObject::connect(&store, &MessageStore::stored, &app, [&](MessageStore::RequestId, const QList<StoreResult> &results) {
        for (const StoreResult &r : results)
            stored += r.inserted && r.message.peer == writerJid ? 1 : 0;
    });

    NetworkThread network;
    AccountConfig config;
    config.jid = o.reader + QLatin1Char('@') + o.domain;
    config.host = o.host;
    config.port = o.port;
    config.caCertificatesFile = o.ca;
    config.sessions << SessionConfig{QStringLiteral("bench"), true};
    Account account(config, &network);
    const bool storeAttached = attachStore(account.chats(), &store);
    QAbstractItemModel *model = account.chats()->conversation(writerJid);
    int shown = 0;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &app, [&](const QModelIndex &, int first, int last) { shown += last - first + 1; });
    account.setPassword(password);
    account.connectAll();
    if (!waitFor([&] { return account.onlineSessions() == 1; }, 30000, 5))
        failJson(QStringLiteral("the reader did not get online"));

    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QList<QJsonObject> writerLines;
    QObject::connect(&writer, &QProcess::readyReadStandardOutput, &app, [&] {
        while (writer.canReadLine())
            writerLines << QJsonDocument::fromJson(writer.readLine()).object();
    });
    const auto writerSaid = [&](const QString &type) {
        for (const QJsonObject &line : std::as_const(writerLines)) {
            if (line.value(u"type").toString() == type)
                return line;
        }
        return QJsonObject();
    };
    QStringList args = QCoreApplication::arguments().mid(1);
    writer.start(QCoreApplication::applicationFilePath(), args << QStringLiteral("--send"));
    writer.write(password.toUtf8() + '\n');
    if (!waitFor([&] { return !writerSaid(QStringLiteral("ready")).isEmpty() || writer.state() == QProcess::NotRunning; }, 30000, 5)
        || writerSaid(QStringLiteral("ready")).isEmpty())
        failJson(QStringLiteral("the writer did not get online"));

    StallMeter stalls;
    stalls.start();
    waitFor([] { return false; }, 1000, 50);
    const qint64 idleStall = stalls.stop();

    const double rssBefore = residentMb();
    double peakRss = rssBefore;
    QElapsedTimer clock;
    double storedMs = -1, shownMs = -1, receiptsMs = -1;
    QTimer rss;
    QObject::connect(&rss, &QTimer::timeout, &app, [&] { peakRss = std::max(peakRss, residentMb()); });
    rss.start(200);
    stalls.start();
    clock.start();
    writer.write("go\n");
    const auto done = [&] {
        const double now = double(clock.nsecsElapsed()) / 1e6;
        if (storedMs < 0 && stored >= o.count)
            storedMs = now;
        if (shownMs < 0 && shown >= o.count)
            shownMs = now;
        if (receiptsMs < 0 && !writerSaid(QStringLiteral("receipts")).isEmpty())
            receiptsMs = now;
        // All in; or the receipts are in and 20 s passed without the rest (nothing more comes).
        return (receiptsMs >= 0 && (storedMs >= 0 || !storeAttached) && shownMs >= 0) || (receiptsMs >= 0 && now - receiptsMs > 20000);
    };
    const bool finished = waitFor(done, 300000, 5);
    const qint64 burstStall = stalls.stop();
    writer.kill();
    writer.waitForFinished(5000);

    printJsonLine({{QStringLiteral("type"), QStringLiteral("result")},
                   {QStringLiteral("count"), o.count},
                   {QStringLiteral("finished"), finished},
                   {QStringLiteral("store_attached"), storeAttached},
                   {QStringLiteral("receipts_ms"), receiptsMs},
                   {QStringLiteral("writer_receipts_ms"), writerSaid(QStringLiteral("receipts")).value(u"ms").toDouble(-1)},
                   {QStringLiteral("writer_sent_ms"), writerSaid(QStringLiteral("sent")).value(u"ms").toDouble(-1)},
                   {QStringLiteral("stored"), stored},
                   {QStringLiteral("stored_ms"), storedMs},
                   {QStringLiteral("shown"), shown},
                   {QStringLiteral("shown_ms"), shownMs},
                   {QStringLiteral("burst_stall_ms"), double(burstStall)},
                   {QStringLiteral("idle_stall_ms"), double(idleStall)},
                   {QStringLiteral("rss_before_mb"), rssBefore},
                   {QStringLiteral("rss_peak_mb"), peakRss}});
    return 0;
}
