// bench-amqp-linnet: Linnet's AMQP receive path as the app runs it: an AmqpConnection (its
// AmqpClient on a thread of its own) into a ReadingStore with its history on disk and the
// message-id log next to it. A delivery counts once its readings are stored, persisted and the
// delivery accepted (AmqpConnection::stored()).
//
//   bench-amqp-linnet --url amqps://127.0.0.1:PORT --ca CA --user U --queue Q --dir DIR
//                     [--expect N] [--credit 1000] [--progress-ms 200]
//
// The password is stdin's first line; later lines: "hold" / "release" (the history writer
// stalls / resumes, ReadingStore::holdHistoryForTesting), "report", "quit". stdout: JSON lines
// "ready" (connected), "progress" {t, items = stored, received, pending}, "result" once
// `expect` messages are stored {first_us: the first reading appended, done_us, rate, cpu_s
// between the two, samples, persisted}, "report" {the counters, samples, persisted}, "error".
#include "BenchLogging.h"
#include "ToolIo.h"
#include "amqp/AmqpConnection.h"
#include "devices/ReadingStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <ctime>
#include <functional>

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Samples of this connection held by the store (every series of every device).
qint64 samplesOf(const ReadingStore &store, const QString &service)
{
    qint64 n = 0;
    for (const SeriesInfo &s : store.seriesInfo()) {
        if (s.service == service)
            n += s.count;
    }
    return n;
}

// Answers on the GUI thread once everything appended so far is committed (or not).
void whenPersisted(ReadingStore &store, QObject *context, std::function<void(bool)> done)
{
    QPointer<QObject> guard(context);
    store.whenPersisted([guard, done = std::move(done)](bool ok) {
        QMetaObject::invokeMethod(qApp, [guard, done, ok] {
            if (guard)
                done(ok);
        }, Qt::QueuedConnection);
    });
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const auto urlOpt = addOption(parser, "url", "The broker: amqps://host:port.", "url");
    const auto caOpt = addOption(parser, "ca", "The broker's CA (PEM).", "file");
    const auto userOpt = addOption(parser, "user", "SASL PLAIN user.", "user");
    const auto queueOpt = addOption(parser, "queue", "A queue to consume (repeatable).", "name");
    const auto dirOpt = addOption(parser, "dir", "Where the history and the id log go.", "dir");
    const auto expectOpt = addOption(parser, "expect", "Print the result once this many are stored.", "n");
    const auto creditOpt = addOption(parser, "credit", "Credit window (default 1000).", "n");
    const auto progressOpt = addOption(parser, "progress-ms", "Progress interval (default 200).", "ms");
    parser.process(app);

    AmqpSettings settings;
    settings.name = QStringLiteral("bench");
    settings.url = QUrl(parser.value(urlOpt));
    settings.user = parser.value(userOpt);
    settings.caCertificatesFile = parser.value(caOpt);
    for (const QString &q : parser.values(queueOpt))
        settings.sources.append(QStringLiteral("/queues/") + q);
    if (parser.isSet(creditOpt))
        settings.creditWindow = parser.value(creditOpt).toInt();
    const QString dir = parser.value(dirOpt);
    const qint64 expect = parser.value(expectOpt).toLongLong();
    if (!settings.isValid() || settings.sources.isEmpty() || dir.isEmpty() || !QDir().mkpath(dir))
        failJson(QStringLiteral("need --url amqps://..., --user, --queue and a writable --dir"));

    ReadingStore store;
    store.attachHistory(QDir(dir).filePath(QStringLiteral("history.sqlite")), QStringLiteral("bench@amqp"));
    // The first reading appended starts the clock (on the client's thread).
    std::atomic<qint64> firstUs{0};
    std::atomic<double> firstCpu{0};
    store.setObserver([&](const QString &, const QString &, const QList<Reading> &) {
        qint64 none = 0;
        if (firstUs.load(std::memory_order_relaxed) == 0) {
            firstCpu.store(cpuSeconds());
            firstUs.compare_exchange_strong(none, wallClockUs());
        }
    });
    AmqpConnection connection(settings, &store, QDir(dir).filePath(QStringLiteral("ids.sqlite")));

    const QString service = settings.service();
    bool ready = false, resultPrinted = false;
    QObject::connect(&connection, &AmqpConnection::stateChanged, &app, [&] {
        if (connection.state() == AmqpConnection::Connected && !ready) {
            ready = true;
            printJsonLine({{QStringLiteral("type"), QStringLiteral("ready")}});
        }
        if (!connection.errorText().isEmpty())
            qCWarning(lcBench) << "AMQP:" << connection.errorText();
    });
    QObject::connect(&connection, &AmqpConnection::certificateRejected, &app, [] { failJson(QStringLiteral("certificate rejected")); });
    QObject::connect(&connection, &AmqpConnection::authenticationFailed, &app, [] { failJson(QStringLiteral("login refused")); });
    QObject::connect(&connection, &AmqpConnection::countersChanged, &app, [&] {
        if (expect <= 0 || resultPrinted || qint64(connection.stored()) < expect)
            return;
        resultPrinted = true;
        const qint64 done = wallClockUs();
        const double cpu = cpuSeconds() - firstCpu.load();
        const double seconds = double(done - firstUs.load()) / 1e6;
        whenPersisted(store, &app, [&, done, cpu, seconds](bool persisted) {
            printJsonLine({{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("stored"), double(connection.stored())},
                           {QStringLiteral("duplicates"), double(connection.duplicates())},
                           {QStringLiteral("refused"), double(connection.refused())},
                           {QStringLiteral("first_us"), double(firstUs.load())},
                           {QStringLiteral("done_us"), double(done)},
                           {QStringLiteral("rate"), seconds > 0 ? double(connection.stored()) / seconds : 0.0},
                           {QStringLiteral("cpu_s"), cpu},
                           {QStringLiteral("samples"), double(samplesOf(store, service))},
                           {QStringLiteral("persisted"), persisted}});
        });
    });

    QTimer progress;
    progress.setInterval(parser.isSet(progressOpt) ? parser.value(progressOpt).toInt() : 200);
    QObject::connect(&progress, &QTimer::timeout, &app, [&] {
        printJsonLine({{QStringLiteral("type"), QStringLiteral("progress")},
                       {QStringLiteral("t"), double(wallClockUs()) / 1e6},
                       {QStringLiteral("items"), double(connection.stored())},
                       {QStringLiteral("received"), double(connection.received())},
                       {QStringLiteral("pending"), connection.pendingDeliveries()}});
    });
    progress.start();

    StdinLines input;
    bool havePassword = false;
    QObject::connect(&input, &StdinLines::line, &app, [&](const QString &line) {
        if (!std::exchange(havePassword, true)) {
            connection.open(line);
        } else if (line == u"hold" || line == u"release") {
            store.holdHistoryForTesting(line == u"hold");
            printJsonLine({{QStringLiteral("type"), line}, {QStringLiteral("t"), double(wallClockUs()) / 1e6}});
        } else if (line == u"report") {
            whenPersisted(store, &app, [&](bool persisted) {
                printJsonLine({{QStringLiteral("type"), QStringLiteral("report")},
                               {QStringLiteral("stored"), double(connection.stored())},
                               {QStringLiteral("received"), double(connection.received())},
                               {QStringLiteral("duplicates"), double(connection.duplicates())},
                               {QStringLiteral("refused"), double(connection.refused())},
                               {QStringLiteral("samples"), double(samplesOf(store, service))},
                               {QStringLiteral("persisted"), persisted}});
            });
        } else if (line == u"quit") {
            QCoreApplication::quit();
        }
    });
    QObject::connect(&input, &StdinLines::closed, &app, &QCoreApplication::quit);
    const int code = QCoreApplication::exec();
    connection.close();
    return code;
}
