// MessageStore when its process is killed (SIGKILL) while writing: every batch it had answered
// is there after a restart, no batch is there in part, the file is intact, and storing the
// answered messages again adds nothing (what an outbox that resends after a crash relies on).
#include "MessageStoreTest.h"

#include <QProcess>

#include <cstdio>

using namespace StoreTest;

namespace {
const char *const ChildFile = "LINNET_TEST_MESSAGESTORE_CHILD";
constexpr int BatchSize = 100;

QList<StoredMessage> queuedBatch(int b)
{
    QList<StoredMessage> out;
    for (int i = b * BatchSize; i < (b + 1) * BatchSize; ++i) {
        const QString n = QString::number(i);
        out << outgoing(u"queued "_s + n, {u"q"_s + n, u"q"_s + n, {}}, T0 + i);
    }
    return out;
}
}  // namespace

void TestMessageStore::writerChild()
{
    const QString file = qEnvironmentVariable(ChildFile);
    if (file.isEmpty())
        QSKIP("runs only as the process survivesAKill() kills");
    auto s = openStore(file);
    QVERIFY2(s->isOpen(), qPrintable(s->error()));
    for (int b = 0;; ++b) {  // until killed
        const auto results = store(*s, queuedBatch(b));
        QCOMPARE(results.size(), BatchSize);
        QVERIFY(results.last().inserted);
        printf("stored batch %d\n", b);
        fflush(stdout);
    }
}

void TestMessageStore::survivesAKill()
{
    QProcess child;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildFile), file());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {u"writerChild"_s});
    QVERIFY(child.waitForStarted());
    // Kill it mid-stream, once it has confirmed a few batches (it is writing the next by then).
    int confirmed = -1;
    QByteArray buffer;
    const bool enough = QTest::qWaitFor([&] {
        buffer += child.readAllStandardOutput();
        for (qsizetype nl; (nl = buffer.indexOf('\n')) >= 0; buffer.remove(0, nl + 1)) {
            const QByteArray line = buffer.left(nl);
            if (line.startsWith("stored batch "))
                confirmed = line.mid(13).toInt();
        }
        return confirmed >= 5 || child.state() == QProcess::NotRunning;
    }, 120000);
    QVERIFY2(enough && child.state() == QProcess::Running, child.readAllStandardError().constData());
    child.kill();  // SIGKILL: no destructor, no close
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    auto s = openStore(file());
    QVERIFY2(s->isOpen(), qPrintable(s->error()));
    const auto ok = integrity(*s);
    QVERIFY2(ok.first, qPrintable(ok.second));
    const int rows = sql(file(), u"SELECT count(*) FROM messages"_s).value(0).toInt();
    QVERIFY2(rows >= (confirmed + 1) * BatchSize, qPrintable(QString::number(rows)));
    QCOMPARE(rows % BatchSize, 0);  // a batch is one transaction: all of it or none
    qInfo("killed after %d answered batches; %d rows after the restart", confirmed + 1, rows);
    const auto queued = outbox(*s);
    QCOMPARE(queued.size(), rows);
    for (qsizetype i = 0; i < queued.size(); ++i)
        QCOMPARE(queued[i].body, u"queued "_s + QString::number(i));  // oldest first
    // Sent again after the restart (the outbox's own ids): nothing is stored twice.
    for (int b = 0; b <= confirmed; ++b) {
        for (const auto &r : store(*s, queuedBatch(b)))
            QVERIFY(!r.inserted);
    }
    QCOMPARE(sql(file(), u"SELECT count(*) FROM messages"_s).value(0).toInt(), rows);
}
