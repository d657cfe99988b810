// bench-archive: MAM catch-up (issue 10), Linnet's ArchiveSync against plain QXmppMamManager
// retrieval, on the fixture's Prosody (mod_mam, file storage).
//
//   1. The sender writes one message to the account; Linnet's session (Session: the app's
//      StreamBridge path) catches up, so the store has a stanza-id to continue from; offline.
//   2. The sender writes MESSAGES - 1 more while the account is offline (the archive then holds
//      MESSAGES: 10,000 is Prosody's per-user limit with file storage, and a message over it
//      would truncate the archive, seed first); a ping round trip after them means all are
//      archived.
//   3. Linnet: the session logs in again; from catchUp() to caughtUp(), every page fetched,
//      converted and stored in a real MessageStore file (SQLite, WAL).
//   4. The anchor: a plain QXmppClient with QXmppMamManager::retrieveMessages pages through
//      the same messages with the same queries as ArchiveSync (RSM after the previous page,
//      <start/> at its last stamp, the same page size asked), storing nothing: QXmpp alone.
//      With --naive also with RSM <after/> alone, as a plain client would page: Prosody's file
//      storage then scans the archive from its beginning for every page, quadratic (2,000
//      messages: 260/s here, against 870/s with <start/>), so 10,000 would take minutes.
// Prints JSON lines: {"type":"result", ...} or {"type":"error","error":...}.
//
//   bench-archive --host H --port P --ca FILE --domain D [--messages 10000] [--page 250]
//                 [--sender sensor --account linnet]  (password on stdin)
#include "ToolIo.h"
#include "account/Session.h"
#include "chat/ArchiveSync.h"
#include "chat/MessageStore.h"
#include "net/ConnectionSettings.h"
#include "net/NetworkThread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDomElement>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppMamManager.h>
#include <QXmppMessage.h>
#include <QXmppPingIq.h>
#include <QXmppTask.h>

namespace {

// A ping round trip: the server has handled everything the client sent before.
bool settle(QXmppClient &client)
{
    QXmppPingIq ping;
    ping.setTo(client.configuration().domain());
    bool done = false;
    client.sendIq(std::move(ping)).then(&client, [&done](auto &&) { done = true; });
    return waitFor([&] { return done; }, 60000, 2);
}

struct AnchorRun {
    int messages = 0;
    int pages = 0;
    int firstPage = 0;
    double ms = 0;
};

// Plain QXmppMamManager paging forward after `afterId` until the server says complete.
AnchorRun anchorRetrieve(QXmppClient &client, const QString &afterId, int pageSize, bool withStart)
{
    auto *mam = client.findExtension<QXmppMamManager>();
    AnchorRun run;
    QString after = afterId;
    QDateTime start;
    bool complete = false;
    QElapsedTimer clock;
    clock.start();
    while (!complete) {
        QXmppResultSetQuery rsm;
        rsm.setMax(pageSize);
        rsm.setAfter(after);
        bool done = false;
        QString error;
        mam->retrieveMessages({}, {}, {}, withStart ? start : QDateTime(), {}, rsm).then(&client, [&](QXmppMamManager::RetrieveResult r) {
            done = true;
            if (auto *e = std::get_if<QXmppError>(&r)) {
                error = e->description.isEmpty() ? QStringLiteral("error") : e->description;
                return;
            }
            auto &got = std::get<QXmppMamManager::RetrievedMessages>(r);
            run.messages += int(got.messages.size());
            if (run.pages++ == 0)
                run.firstPage = int(got.messages.size());
            complete = got.result.complete() || got.messages.isEmpty();
            after = got.result.resultSetReply().last();
            if (!got.messages.isEmpty())
                start = got.messages.constLast().stamp().addMSecs(-1);
        });
        if (!waitFor([&] { return done; }, 120000, 2))
            failJson(QStringLiteral("the anchor's query did not answer"));
        if (!error.isEmpty())
            failJson(QStringLiteral("the anchor's query failed: ") + error);
    }
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    return run;
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
    const auto messagesOpt = addOption(parser, "messages", "Messages to catch up (default 10000).", "n");
    const auto pageOpt = addOption(parser, "page", "Results asked per query (default 250; the server may cap it).", "n");
    const auto naiveOpt = addOption(parser, "naive", "Also time the anchor with RSM <after/> alone (slow).");
    const auto senderOpt = addOption(parser, "sender", "The sending user (default sensor).", "user");
    const auto accountOpt = addOption(parser, "account", "The account catching up (default linnet).", "user");
    parser.process(app);
    const QString Sender = parser.isSet(senderOpt) ? parser.value(senderOpt) : QStringLiteral("sensor");
    const QString Account = parser.isSet(accountOpt) ? parser.value(accountOpt) : QStringLiteral("linnet");
    const QString password = QTextStream(stdin).readLine().trimmed();
    const int total = (parser.isSet(messagesOpt) ? parser.value(messagesOpt).toInt() : 10000) - 1;  // after the seed
    const int pageSize = parser.isSet(pageOpt) ? parser.value(pageOpt).toInt() : 250;
    const QString domain = parser.value(domainOpt);
    if (password.isEmpty() || domain.isEmpty() || total < 1)
        failJson(QStringLiteral("usage: see the source"));
    const QString accountJid = Account + QLatin1Char('@') + domain;

    const auto configFor = [&](const QString &user, const QString &resource) {
        QXmppConfiguration config;
        config.setJid(user + QLatin1Char('@') + domain);
        config.setResource(resource);
        config.setPassword(password);
        config.setHost(parser.value(hostOpt));
        config.setPort(quint16(parser.value(portOpt).toUInt()));
        config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
        config.setCaCertificates(QSslCertificate::fromPath(parser.value(caOpt)));
        config.setIgnoreSslErrors(false);
        return config;
    };
    ConnectionSettings settings;
    settings.jid = accountJid;
    settings.host = parser.value(hostOpt);
    settings.port = quint16(parser.value(portOpt).toUInt());
    settings.caCertificatesFile = parser.value(caOpt);

    QTemporaryDir dir;
    MessageStore store;
    store.open(dir.filePath(MessageStore::FileName));
    NetworkThread network;
    Session session(accountJid, QStringLiteral("bench"), &network);
    ArchiveSync sync(accountJid, &store);
    sync.setPageSize(pageSize);
    int inserted = -1;
    QString syncError;
    QString seedId;
    QObject::connect(&sync, &ArchiveSync::caughtUp, &app, [&](int n) { inserted = n; });
    QObject::connect(&sync, &ArchiveSync::failed, &app, [&](const QString &e) { syncError = e; });
    QElapsedTimer pageClock;
    QList<double> pageMs;  // when each page was stored, from the catch-up's start
    QObject::connect(&sync, &ArchiveSync::stored, &app, [&](const QList<StoreResult> &results) {
        pageMs << double(pageClock.nsecsElapsed()) / 1e6;
        if (seedId.isEmpty() && !results.isEmpty())
            seedId = results.constLast().message.stanzaId;
    });
    const auto catchUpOnline = [&](int timeoutMs) {
        session.open(settings, password);
        if (!waitFor([&] { return session.isOnline(); }, 20000, 2))
            failJson(QStringLiteral("Linnet's session did not get online"));
        inserted = -1;
        syncError.clear();
        QElapsedTimer clock;
        clock.start();
        pageClock.start();
        pageMs.clear();
        sync.catchUp(session.client());
        if (!waitFor([&] { return inserted >= 0 || !syncError.isEmpty(); }, timeoutMs, 2))
            failJson(QStringLiteral("the catch-up did not finish"));
        if (!syncError.isEmpty())
            failJson(QStringLiteral("the catch-up failed: ") + syncError);
        return double(clock.nsecsElapsed()) / 1e6;
    };

    QXmppClient sender;
    sender.connectToServer(configFor(Sender, QStringLiteral("sender")));
    if (!waitFor([&] { return sender.isConnected(); }, 20000, 2))
        failJson(QStringLiteral("the sender did not get online"));
    const auto send = [&](const QString &body) {
        QXmppMessage message(QString(), accountJid, body);
        message.setType(QXmppMessage::Chat);
        sender.sendPacket(message);
    };

    // 1. A first message, caught up: where the measured catch-up continues from.
    send(QStringLiteral("seed"));
    if (!settle(sender))
        failJson(QStringLiteral("the server did not answer the sender"));
    catchUpOnline(30000);
    if (seedId.isEmpty())
        failJson(QStringLiteral("the first catch-up stored no stanza-id"));
    session.close();
    if (!waitFor([&] { return !session.isOnline(); }, 10000, 2))
        failJson(QStringLiteral("Linnet's session did not go offline"));

    // 2. The archive fills while the account is offline.
    QElapsedTimer fillClock;
    fillClock.start();
    for (int i = 1; i <= total; ++i)
        send(QStringLiteral("Message %1 of %2: a line of chat about the weather, the plants and the week ahead.").arg(i).arg(total));
    if (!settle(sender))
        failJson(QStringLiteral("the server did not archive the messages"));
    const double fillMs = double(fillClock.nsecsElapsed()) / 1e6;

    // The server's first query after the appends opens the archive file and rebuilds its index
    // (Prosody's datamanager, seconds at 10,000): paid once, by whoever asks first, so a one-
    // message query pays it here and is timed on its own.
    QXmppClient anchor;
    anchor.addNewExtension<QXmppMamManager>();
    anchor.connectToServer(configFor(Account, QStringLiteral("anchor")));
    if (!waitFor([&] { return anchor.isConnected(); }, 20000, 2))
        failJson(QStringLiteral("the anchor did not get online"));
    double warmMs = 0;
    {
        QElapsedTimer warm;
        warm.start();
        QXmppResultSetQuery rsm;
        rsm.setMax(1);
        rsm.setAfter(seedId);
        bool done = false;
        anchor.findExtension<QXmppMamManager>()->retrieveMessages({}, {}, {}, {}, {}, rsm).then(&anchor, [&](auto &&) { done = true; });
        if (!waitFor([&] { return done; }, 120000, 2))
            failJson(QStringLiteral("the server did not answer the first archive query"));
        warmMs = double(warm.nsecsElapsed()) / 1e6;
    }

    // 3. Linnet's catch-up.
    const double linnetMs = catchUpOnline(300000);
    const int linnetInserted = inserted;
    const int linnetFetched = sync.fetched();
    // How the pages went: first, middle and last stretch (a cost growing along the archive
    // would show here).
    const auto stretch = [&](qsizetype from, qsizetype to) {
        from = qBound<qsizetype>(0, from, pageMs.size() - 1);
        to = qBound<qsizetype>(0, to, pageMs.size() - 1);
        return to > from ? (pageMs.at(to) - pageMs.at(from)) / double(to - from) : 0.0;
    };
    const double firstPagesMs = stretch(0, 10);
    const double lastPagesMs = stretch(pageMs.size() - 11, pageMs.size() - 1);
    session.close();

    // 4. The anchor, twice: QXmpp as a plain client pages, then with ArchiveSync's <start/>.
    const AnchorRun timed = anchorRetrieve(anchor, seedId, pageSize, true);
    const AnchorRun plain = parser.isSet(naiveOpt) ? anchorRetrieve(anchor, seedId, pageSize, false) : AnchorRun{};

    const auto rate = [](int n, double ms) { return ms > 0 ? n * 1000.0 / ms : 0.0; };
    printJsonLine({{QStringLiteral("type"), QStringLiteral("result")},
                   {QStringLiteral("messages"), total},
                   {QStringLiteral("fill_ms"), fillMs},
                   {QStringLiteral("server_first_query_ms"), warmMs},
                   {QStringLiteral("linnet_ms"), linnetMs},
                   {QStringLiteral("linnet_inserted"), linnetInserted},
                   {QStringLiteral("linnet_fetched"), linnetFetched},
                   {QStringLiteral("linnet_rate"), rate(linnetInserted, linnetMs)},
                   {QStringLiteral("page_asked"), pageSize},
                   {QStringLiteral("page_served"), timed.firstPage},
                   {QStringLiteral("anchor_ms"), timed.ms},
                   {QStringLiteral("anchor_messages"), timed.messages},
                   {QStringLiteral("anchor_rate"), rate(timed.messages, timed.ms)},
                   {QStringLiteral("anchor_pages"), timed.pages},
                   {QStringLiteral("page_ms_first10"), firstPagesMs},
                   {QStringLiteral("page_ms_last10"), lastPagesMs},
                   {QStringLiteral("first_page_ms"), pageMs.value(0)},
                   {QStringLiteral("naive_ms"), plain.ms},
                   {QStringLiteral("naive_rate"), rate(plain.messages, plain.ms)}});
    return 0;
}
