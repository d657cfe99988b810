// Chat (issue 10): the message store at size (bench-chat-store: a 100,000-message conversation
// among 1,000,000 messages: first screen, older pages, search) and a live burst of 10,000
// messages into Account + ChatController on a server of its own (bench-chat-burst: stored,
// shown, the GUI thread's longest stall). The race against other clients is not here: it is
// ./dev bench --peers (tools/peers/README.md).
#include "Bench.h"
#include "ProsodyServer.h"
#include "Scenarios.h"
#include "Waiting.h"

#include <QDir>

namespace bench {

void runChatStore(Bench &b)
{
    Table &t = b.table();
    const bool quick = b.config().quick;
    const double total = quick ? 200000 : 1000000, conversation = quick ? 20000 : 100000;
    auto child = b.startProgram(QStringLiteral("chat-store"), QStringLiteral(BENCH_CHAT_STORE),
                                // The filled file is kept next to the runs' logs and reused (filling takes minutes).
                                {QStringLiteral("--dir"), QDir(b.config().outDir).filePath(QStringLiteral("../chat-store")), QStringLiteral("--reuse"),
                                 QStringLiteral("--total"), QString::number(qint64(total)),
                                 QStringLiteral("--conversation"), QString::number(qint64(conversation))});
    if (!waitUntil([&] { return child->hasExited(); }, 600000) || child->exitCode() != 0) {
        const QString why = child->last(QStringLiteral("error")).value(u"error").toString();
        t.failed(QStringLiteral("chat store"), why.isEmpty() ? child->errorTail(3) : why);
        return;
    }
    const QJsonObject r = child->last(QStringLiteral("result"));
    const double first = r.value(u"first_screen_ms").toDouble();
    const double p99 = r.value(u"older_page_p99_ms").toDouble();
    const double search = r.value(u"search_worst_ms").toDouble();
    QStringList queries;
    const QJsonObject searches = r.value(u"search_ms").toObject();
    for (auto it = searches.begin(); it != searches.end(); ++it)
        queries << QStringLiteral("\"%1\" %2 ms").arg(it.key(), fixed(it.value().toObject().value(u"ms").toDouble(), 1));
    const QString how = t.note(QStringLiteral(
        "chat store: %1 messages of one account (%2 in one conversation, the rest over 200 others, interleaved in time) "
        "written through MessageStore::store() in batches of 2,000 (%3, FTS5 index included), %4 MB; "
        "timed from request to answer on the GUI thread, on the store opened afresh (open: %5 ms). Measured at the "
        "store ChatModel pages from; bench/chat/StoreMain.cpp says how to switch to ChatModel itself")
                                   .arg(count(total), count(conversation),
                                        r.value(u"reused").toBool() ? QStringLiteral("filled by an earlier run, reused")
                                                                    : count(r.value(u"fill_per_s").toDouble()) + QStringLiteral(" messages/s"),
                                        fixed(r.value(u"file_mb").toDouble(), 0), fixed(r.value(u"open_ms").toDouble(), 1)));
    t.add({QStringLiteral("chat: a %1-message conversation opens: first screen (newest 50) ").arg(count(conversation)) + how,
           fixed(first, 1) + QStringLiteral(" ms"), QString(), QStringLiteral("<= 100 ms"), atMost(first, 100)});
    t.add({QStringLiteral("chat: each older page of 50 (200 pages back), p99"),
           QStringLiteral("%1 ms (median %2, worst %3)")
               .arg(fixed(p99, 2), fixed(r.value(u"older_page_median_ms").toDouble(), 2), fixed(r.value(u"older_page_max_ms").toDouble(), 2)),
           QString(), QStringLiteral("<= 16 ms"), atMost(p99, 16)});
    t.add({QStringLiteral("chat: search over %1 messages, first 50 results (worst of 4 queries) ").arg(count(total))
               + t.note(QStringLiteral("chat search: ") + queries.join(QStringLiteral(", "))),
           fixed(search, 1) + QStringLiteral(" ms"), QString(), QStringLiteral("<= 100 ms"), atMost(search, 100)});
}

void runChatBurst(Bench &b)
{
    Table &t = b.table();
    const int messages = b.config().quick ? 2000 : 10000;
    // A server of its own: reader and writer in each other's roster (Linnet answers receipts
    // only to contacts that see its presence).
    ProsodyServer::Options options;
    options.accounts = {{QStringLiteral("reader"), Bench::password(), QStringLiteral("Reader")},
                        {QStringLiteral("writer"), Bench::password(), QStringLiteral("Writer")}};
    options.mutualRoster = true;
    options.logLevel = QStringLiteral("warn");
    ProsodyServer server(options);
    QString error;
    if (!server.start(&error)) {
        t.failed(QStringLiteral("chat burst"), QStringLiteral("Prosody did not start: ") + error);
        return;
    }
    auto child = b.startProgram(QStringLiteral("chat-burst"), QStringLiteral(BENCH_CHAT_BURST),
                                {QStringLiteral("--host"), server.host(), QStringLiteral("--port"), QString::number(server.c2sPort()),
                                 QStringLiteral("--ca"), server.caCertificateFile(), QStringLiteral("--domain"), server.domain(),
                                 QStringLiteral("--reader"), QStringLiteral("reader"), QStringLiteral("--writer"), QStringLiteral("writer"),
                                 QStringLiteral("--count"), QString::number(messages), QStringLiteral("--dir"), b.config().outDir});
    child->send(Bench::password());
    if (!waitUntil([&] { return child->hasExited(); }, 420000) || child->exitCode() != 0) {
        const QString why = child->last(QStringLiteral("error")).value(u"error").toString();
        t.failed(QStringLiteral("chat burst"), why.isEmpty() ? child->errorTail(3) : why);
        return;
    }
    const QJsonObject r = child->last(QStringLiteral("result"));
    const int stored = r.value(u"stored").toInt(), shown = r.value(u"shown").toInt();
    const double stall = r.value(u"burst_stall_ms").toDouble();
    const auto seconds = [&](const char *key) {
        const double ms = r.value(QLatin1StringView(key)).toDouble(-1);
        return ms < 0 ? QStringLiteral("never") : fixed(ms / 1000.0, 2) + QStringLiteral(" s");
    };
    const QString how = t.note(QStringLiteral(
        "chat burst: a plain QXmppClient (a process of its own) sends %1 receipt-requesting messages at once to an "
        "Account + ChatController with the MessageStore %2; times from its first send: last receipt %3 (the writer's "
        "own clock: %4), all stored %5, all shown (rows into the conversation's ChatModel) %6; the stall is the "
        "largest gap of a 2 ms timer on the GUI thread from the first send until all is in; resident memory %7 -> "
        "peak %8 MB")
                                   .arg(count(messages), r.value(u"store_attached").toBool() ? QStringLiteral("attached")
                                                                                              : QStringLiteral("NOT attached (no ChatController::setStore in this tree)"),
                                        seconds("receipts_ms"), seconds("writer_receipts_ms"), seconds("stored_ms"), seconds("shown_ms"),
                                        fixed(r.value(u"rss_before_mb").toDouble(), 0), fixed(r.value(u"rss_peak_mb").toDouble(), 0)));
    t.add({QStringLiteral("chat: live burst of %1 messages: stored and shown ").arg(count(messages)) + how,
           QStringLiteral("%1 stored, %2 shown; last receipt %3").arg(count(stored), count(shown), seconds("receipts_ms")),
           QString(), QStringLiteral("all %1 stored and shown").arg(count(messages)),
           stored >= messages && shown >= messages ? Verdict::Ok : Verdict::Short});
    t.add({QStringLiteral("chat: live burst: the GUI thread's longest stall"), fixed(stall, 0) + QStringLiteral(" ms"),
           QStringLiteral("idle: %1 ms").arg(fixed(r.value(u"idle_stall_ms").toDouble(), 0)), QStringLiteral("<= 50 ms"),
           atMost(stall, 50)});
}

}  // namespace bench
