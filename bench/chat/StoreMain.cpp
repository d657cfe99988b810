// bench-chat-store: the message store at the sizes of issue 10's performance rows, in a process
// of its own. Fills one SQLite file through MessageStore::store() (batches as a catch-up would
// write them) with --total messages of one account, --conversation of them in one conversation
// and the rest spread over 200 others, interleaved in time; then, on a freshly opened store:
//   - first screen: the newest page (50 rows) of the big conversation, request to answer;
//   - older pages: 200 pages of 50 going back from there, each request to answer (median, p99,
//     worst);
//   - search: first results (50, newest first) of a common word, a rare word, two words and a
//     prefix over all --total messages, request to answer, on first asking.
// Prints JSON lines: {"type":"progress",...} while filling, then {"type":"result", ...} or
// {"type":"error","error":...}.
//
//   bench-chat-store --dir DIR [--total 1000000] [--conversation 100000] [--keep | --reuse]
//
// Filling a million messages through the store takes minutes (every message is checked for a
// duplicate and indexed for search). --reuse keeps the file with a marker of what it holds and
// fills only when the marker does not match (the first run, or other sizes); the reading figures
// are taken on a store opened afresh either way. The driver passes --reuse with a directory next
// to its logs.
//
// The first screen is measured at the store, which is what ChatModel pages from. Once ChatModel
// (A2) loads its own newest page, switch firstScreen() to: construct ChatModel(store, account,
// peer) and time until its rows arrive (rowsInserted / modelReset), the view's real first screen.
#include "ChatBench.h"
#include "chat/MessageStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace chatbench;

namespace {
const QString Account = QStringLiteral("bench@linnet.test");
const QString BigPeer = QStringLiteral("big@linnet.test");
constexpr int PageSize = 50;
constexpr int OtherPeers = 200;

// Believable chat text: 4-16 words from a small vocabulary, so the full-text index has common
// and rare terms like real conversations. Every 5,000th message carries "zebra" (a rare word).
QString body(QRandomGenerator &rng, qint64 i)
{
    static const QStringList words = QStringLiteral(
        "the a to and of I you it is that in we for on this be have are with not at was what can do will "
        "meeting tomorrow today lunch coffee office temperature sensor greenhouse door battery update release "
        "build test server client message later sure thanks okay great maybe window garden cellar report "
        "Monday Friday morning evening weekend picture file link dashboard relay humidity alarm")
                                        .split(QLatin1Char(' '));
    QString text;
    const int n = 4 + int(rng.bounded(13));
    for (int w = 0; w < n; ++w) {
        if (w)
            text += QLatin1Char(' ');
        text += words.at(int(rng.bounded(qsizetype(words.size()))));
    }
    if (i % 5000 == 0)
        text += QStringLiteral(" zebra");
    return text;
}

// The answers of the store's reading requests, for timing one request from asking to answer.
struct Answers {
    MessageStore::RequestId last = 0;
    MessageStore::RequestId waiting = 0;
    QEventLoop *loop = nullptr;
    void answered(MessageStore::RequestId id)
    {
        last = id;
        if (loop && id == waiting)
            loop->quit();
    }
};

// Runs request() and the event loop until its answer is delivered here; the time in ms.
double timeAnswer(Answers &answers, const std::function<MessageStore::RequestId()> &request)
{
    QEventLoop loop;
    QElapsedTimer clock;
    answers.loop = &loop;
    clock.start();
    answers.waiting = request();
    if (answers.last != answers.waiting) {  // answers are queued to this thread: never before exec()
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    answers.loop = nullptr;
    if (answers.last != answers.waiting)
        failJson(QStringLiteral("the store did not answer within 30 s"));
    return ms;
}
}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const auto dirOpt = addOption(parser, "dir", "Where the database goes.", "dir");
    const auto totalOpt = addOption(parser, "total", "Messages in the file.", "n");
    const auto convOpt = addOption(parser, "conversation", "Messages in the big conversation.", "n");
    const auto keepOpt = addOption(parser, "keep", "Keep the database file afterwards.");
    const auto reuseOpt = addOption(parser, "reuse", "Keep the file, and reuse one filled with the same sizes.");
    parser.process(app);
    const qint64 total = parser.isSet(totalOpt) ? parser.value(totalOpt).toLongLong() : 1000000;
    const qint64 conversation = parser.isSet(convOpt) ? parser.value(convOpt).toLongLong() : 100000;
    if (parser.value(dirOpt).isEmpty() || conversation > total || conversation < PageSize * 201)
        failJson(QStringLiteral("usage: bench-chat-store --dir DIR [--total N] [--conversation N >= 10050]"));
    QDir().mkpath(parser.value(dirOpt));
    const QString file = QDir(parser.value(dirOpt)).filePath(QStringLiteral("bench-messages.sqlite"));
    QFile marker(file + QStringLiteral(".filled"));
    const QByteArray filledWith = QByteArray::number(total) + ' ' + QByteArray::number(conversation) + " v1";
    const bool reuse = parser.isSet(reuseOpt) && marker.open(QIODevice::ReadOnly) && marker.readAll() == filledWith;
    marker.close();
    if (!reuse) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".filled")})
            QFile::remove(file + suffix);
    }

    QJsonObject result{{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("total"), double(total)},
                       {QStringLiteral("conversation"), double(conversation)}, {QStringLiteral("reused"), reuse}};

    // Fill: the big conversation's messages evenly among the others, one a minute back from now.
    if (!reuse) {
        MessageStore store;
        store.open(file);
        if (!store.error().isEmpty() || !waitFor([&] { return store.isOpen() || !store.error().isEmpty(); }, 30000, 1))
            failJson(QStringLiteral("cannot open %1: %2").arg(file, store.error()));
        QRandomGenerator rng(10);
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - total * 60000;
        const qint64 bigEvery = total / conversation;
        qint64 inFlight = 0, stored = 0, bigStored = 0;
        QObject::connect(&store, &MessageStore::stored, &app, [&](MessageStore::RequestId, const QList<StoreResult> &r) {
            inFlight -= r.size();
            stored += r.size();
        });
        QElapsedTimer clock;
        clock.start();
        QList<StoredMessage> batch;
        for (qint64 i = 0; i < total; ++i) {
            StoredMessage m;
            m.account = Account;
            const bool big = (i % bigEvery == 0 && bigStored < conversation) || total - i <= conversation - bigStored;
            bigStored += big ? 1 : 0;
            m.peer = big ? BigPeer : QStringLiteral("peer-%1@linnet.test").arg(rng.bounded(OtherPeers));
            m.direction = rng.bounded(2) ? StoredMessage::Direction::Incoming : StoredMessage::Direction::Outgoing;
            m.state = m.direction == StoredMessage::Direction::Incoming ? StoredMessage::State::Received
                                                                         : StoredMessage::State::Delivered;
            m.body = body(rng, i);
            m.messageId = QStringLiteral("m%1").arg(i);
            m.stanzaId = QStringLiteral("s%1").arg(i);
            m.timeMs = start + i * 60000;
            batch.append(std::move(m));
            if (batch.size() == 2000 || i + 1 == total) {
                inFlight += batch.size();
                store.store(batch);
                batch.clear();
                // A few batches ahead of the writer, not a million messages in its queue.
                waitFor([&] { return inFlight <= 6000; }, 600000, 1);
                if (stored % 100000 < 2000)
                    printJsonLine({{QStringLiteral("type"), QStringLiteral("progress")}, {QStringLiteral("stored"), double(stored)}});
            }
        }
        if (!waitFor([&] { return inFlight == 0; }, 600000, 1) || !store.waitForIdle(60000))
            failJson(QStringLiteral("filling did not finish"));
        result.insert(QStringLiteral("fill_per_s"), double(total) / (double(clock.nsecsElapsed()) / 1e9));
        if (marker.open(QIODevice::WriteOnly))
            marker.write(filledWith);
        marker.close();
    }
    result.insert(QStringLiteral("file_mb"), double(QFileInfo(file).size()) / (1024.0 * 1024.0));

    // Reading, on a store opened afresh (no statement or page cache of the filling connection).
    {
        MessageStore store;
        Answers answers;
        QElapsedTimer openClock;
        openClock.start();
        store.open(file);
        if (!waitFor([&] { return store.isOpen() || !store.error().isEmpty(); }, 60000, 1) || !store.error().isEmpty())
            failJson(QStringLiteral("cannot reopen %1: %2").arg(file, store.error()));
        result.insert(QStringLiteral("open_ms"), double(openClock.nsecsElapsed()) / 1e6);

        MessagePage page;
        QObject::connect(&store, &MessageStore::pageLoaded, &app, [&](MessageStore::RequestId id, const MessagePage &p) {
            page = p;
            answers.answered(id);
        });
        // firstScreen(): see the header comment for the switch to ChatModel.
        const double first = timeAnswer(answers, [&] { return store.fetchNewest(Account, BigPeer, PageSize); });
        if (page.messages.size() != PageSize || !page.hasOlder)
            failJson(QStringLiteral("the newest page has %1 rows").arg(page.messages.size()));
        result.insert(QStringLiteral("first_screen_ms"), first);

        std::vector<double> pages;
        for (int i = 0; i < 200; ++i) {
            const qint64 oldest = page.messages.first().rowId;
            pages.push_back(timeAnswer(answers, [&] { return store.fetchBefore(Account, BigPeer, oldest, PageSize); }));
            if (page.messages.size() != PageSize)
                failJson(QStringLiteral("older page %1 has %2 rows").arg(i).arg(page.messages.size()));
        }
        const Spread older = spread(pages);
        result.insert(QStringLiteral("older_page_median_ms"), older.median);
        result.insert(QStringLiteral("older_page_p99_ms"), older.p99);
        result.insert(QStringLiteral("older_page_max_ms"), older.max);

        MessageSearchResult found;
        QObject::connect(&store, &MessageStore::searchFinished, &app, [&](MessageStore::RequestId id, const MessageSearchResult &r) {
            found = r;
            answers.answered(id);
        });
        QJsonObject searches;
        double worst = 0;
        for (const QString &text : {QStringLiteral("meeting"), QStringLiteral("zebra"), QStringLiteral("greenhouse door"), QStringLiteral("temp")}) {
            const double ms = timeAnswer(answers, [&] { return store.search(text, {}, 50); });
            if (found.hits.isEmpty())
                failJson(QStringLiteral("searching \"%1\" found nothing").arg(text));
            searches.insert(text, QJsonObject{{QStringLiteral("ms"), ms}, {QStringLiteral("hits"), double(found.hits.size())}});
            worst = std::max(worst, ms);
        }
        result.insert(QStringLiteral("search_ms"), searches);
        result.insert(QStringLiteral("search_worst_ms"), worst);
        result.insert(QStringLiteral("rss_mb"), residentMb());
    }
    printJsonLine(result);
    if (!parser.isSet(keepOpt) && !parser.isSet(reuseOpt)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
    }
    return 0;
}
