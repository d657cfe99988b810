// Archive (issue 10): MAM catch-up of 10,000 messages waiting in the account's archive
// (bench-archive). Row: messages/s from catchUp() to caughtUp(), all stored in the message
// store; anchor: plain QXmppMamManager retrieval of the same messages in the same run, storing
// nothing.
#include "Bench.h"
#include "ProsodyServer.h"
#include "Scenarios.h"
#include "Waiting.h"

namespace bench {

void runArchive(Bench &b)
{
    Table &t = b.table();
    const QString scenario = QStringLiteral("MAM catch-up of 10,000 messages");
    QString error;
    if (!b.startServer(/*nagle=*/false, &error)) {
        t.failed(scenario, QStringLiteral("Prosody did not start: ") + error);
        return;
    }
    auto *server = b.server();
    const int messages = b.config().quick ? 3000 : 10000;
    auto child = b.startProgram(QStringLiteral("archive"), QStringLiteral(BENCH_ARCHIVE),
                                {QStringLiteral("--host"), server->host(), QStringLiteral("--port"), QString::number(server->c2sPort()),
                                 QStringLiteral("--ca"), server->caCertificateFile(), QStringLiteral("--domain"), server->domain(),
                                 QStringLiteral("--messages"), QString::number(messages)});
    child->send(Bench::password());
    if (!waitUntil([&] { return child->hasExited(); }, 600000) || child->exitCode() != 0) {
        const QString why = child->last(QStringLiteral("error")).value(u"error").toString();
        t.failed(scenario, why.isEmpty() ? child->errorTail(3) : why);
        return;
    }
    const QJsonObject r = child->last(QStringLiteral("result"));
    const int expected = r.value(u"messages").toInt();  // the archive's messages after the seed
    const int inserted = r.value(u"linnet_inserted").toInt();
    const double rate = r.value(u"linnet_rate").toDouble();
    const QString how = t.note(
        QStringLiteral("MAM catch-up: %1 messages in the account's archive (Prosody, file storage: its per-user limit), one "
                       "caught up first and the rest sent while the account was offline (%2 s); Prosody's first query after that (it "
                       "rebuilds the archive file's index) took %9 s, before and apart from both runs; Linnet: a Session (StreamBridge) and ArchiveSync from catchUp() to caughtUp(), %3 stored "
                       "(SQLite, WAL) in %4 s; pages of %5 asked, %6 served (Prosody's max_archive_query_results). Anchor: "
                       "plain QXmppMamManager::retrieveMessages with the same queries (RSM <after/> plus a <start/> time, "
                       "so Prosody seeks instead of scanning from the archive's beginning), storing nothing: %7 s in %8 "
                       "pages")
            .arg(count(messages), fixed(r.value(u"fill_ms").toDouble() / 1000.0, 1), count(inserted),
                 fixed(r.value(u"linnet_ms").toDouble() / 1000.0, 2), QString::number(r.value(u"page_asked").toInt()),
                 QString::number(r.value(u"page_served").toInt()), fixed(r.value(u"anchor_ms").toDouble() / 1000.0, 2),
                 QString::number(r.value(u"anchor_pages").toInt()))
            .arg(fixed(r.value(u"server_first_query_ms").toDouble() / 1000.0, 2)));
    const bool complete = expected > 0 && inserted == expected;
    t.add({(messages == 10000 ? scenario : QStringLiteral("MAM catch-up of %1 messages").arg(count(messages))) + QLatin1Char(' ') + how,
           complete ? count(rate) + QStringLiteral(" messages/s")
                    : QStringLiteral("%1 of %2 stored").arg(count(inserted), count(expected)),
           QStringLiteral("QXmpp: %1/s").arg(count(r.value(u"anchor_rate").toDouble())), QStringLiteral(">= 5,000/s"),
           complete ? atLeast(rate, 5000) : Verdict::Failed});
}

}  // namespace bench
