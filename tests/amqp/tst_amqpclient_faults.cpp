// Linnet's AMQP client when things go wrong, against a real RabbitMQ 4.0: redeliveries stored
// once, the app killed between storing and settling (a child process), a link the broker
// detaches and that comes back, and a broker killed and restarted.
// Test literals as plain strings: readable, and this file is no user-visible text.
#undef QT_NO_CAST_FROM_ASCII
#include "AmqpClientFixture.h"

#include "amqp/AmqpConnection.h"

#include <QDateTime>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

class TestAmqpClientFaults : public QObject, private AmqpClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_broker = new RabbitMqServer({.users = {{"dev", "pw", {}}},
                                       .queues = {"dup", "restart", "detach", "detach-other", "crash"}},
                                      this);
        QString error;
        QVERIFY2(m_broker->start(&error), qPrintable(error));
    }

    void redeliveryStoredOnce()
    {
        auto store = historyStore("dup");
        const QString ids = m_dir.filePath("dup-ids.sqlite");
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 600000;
        {
            AmqpConnection connection(settings("dup", {"dup"}), store.get(), ids);
            connection.open("pw");
            QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Connected, 20s);
            QVERIFY(publishMessages(login(), RabbitMqServer::queueAddress("dup"), readings("d-", "press-1", 5, t0)));
            QTRY_COMPARE_WITH_TIMEOUT(connection.stored(), 5u, 20s);
        }
        // The same ids again (a device resending, or the broker redelivering after a crash
        // between our commit and its settlement), with other values: stored once, accepted.
        auto again = readings("d-", "press-1", 5, t0 + 500);
        AmqpConnection connection(settings("dup", {"dup"}), store.get(), ids);
        connection.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Connected, 20s);
        QVERIFY(publishMessages(login(), RabbitMqServer::queueAddress("dup"), again));
        QTRY_COMPARE_WITH_TIMEOUT(connection.duplicates(), 5u, 20s);
        QCOMPARE(connection.stored(), 0u);
        QCOMPARE(sampleCount(*store, "amqp/dup", "press-1"), 5);
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->queueDepth("dup").value_or(-1), 0, 20s);
    }

    // The broker detaches a source (its queue deleted): counted and shown, the other source goes
    // on, and once the queue exists again the link is attached again by itself (backoff from
    // AmqpClient::FirstRelinkDelayMs) without a new connection, and its readings flow again.
    void linkDetachedByTheBroker()
    {
        ReadingStore store;
        AmqpConnection connection(settings("detach", {"detach", "detach-other"}), &store, QString());
        int connecting = 0;  // no reconnect: the link comes back on the same connection
        connect(&connection, &AmqpConnection::stateChanged, this, [&] {
            connecting += connection.state() == AmqpConnection::Connecting ? 1 : 0;
        });
        connection.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Connected, 20s);
        QTest::qWait(500);  // let the attach complete (the broker answers it)
        QString error;
        QVERIFY2(m_broker->deleteQueue("detach", &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(connection.linkErrors(), 1u, 20s);
        QVERIFY2(connection.errorText().contains("/queues/detach"), qPrintable(connection.errorText()));
        QCOMPARE(connection.state(), AmqpConnection::Connected);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 600000;
        QVERIFY(publishMessages(login(), RabbitMqServer::queueAddress("detach-other"), readings("o-", "kiln-2", 2, t0)));
        QTRY_COMPARE_WITH_TIMEOUT(connection.stored(), 2u, 20s);  // the other source goes on

        // Re-attaches fail while the queue is missing (one outage: still one link error).
        QTest::qWait(2500);
        QCOMPARE(connection.linkErrors(), 1u);
        QVERIFY2(!connection.errorText().isEmpty(), "the source is still gone");
        QVERIFY2(m_broker->declareQueue("detach", &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(connection.errorText().isEmpty(), 40s);
        QVERIFY(publishMessages(login(), RabbitMqServer::queueAddress("detach"), readings("b-", "press-1", 3, t0)));
        QTRY_COMPARE_WITH_TIMEOUT(connection.stored(), 5u, 20s);
        QCOMPARE(sampleCount(store, "amqp/detach", "press-1"), 3);
        QCOMPARE(connection.linkErrors(), 1u);
        QCOMPARE(connection.state(), AmqpConnection::Connected);
        QCOMPARE(connecting, 1);
    }

    // The app is killed with deliveries stored on disk but not yet settled (the worst moment):
    // the broker redelivers them to the next run, which must not store them twice. The readings
    // carry no time (SenML "now"), so only the id log's time base makes the redelivery decode
    // to the samples already on disk (see AmqpIdLog.h).
    void redeliveryAfterTheAppIsKilled()
    {
        const QString db = m_dir.filePath("crash.sqlite");
        const QString ids = m_dir.filePath("crash-ids.sqlite");
        QProcess child;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("LINNET_AMQP_CHILD", "1");
        env.insert("LINNET_AMQP_URL", m_broker->url().toString());
        env.insert("LINNET_AMQP_CA", m_broker->caCertificateFile());
        env.insert("LINNET_AMQP_DB", db);
        env.insert("LINNET_AMQP_IDS", ids);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY(publishMessages(login(), RabbitMqServer::queueAddress("crash"), timelessReadings("x-", "press-1", 10)));
        // Kept, not just read: QTRY_VERIFY evaluates its expression once more after the loop,
        // and a second readAllStandardOutput() there finds READY gone (why this test failed
        // before, looking as if the child had stopped).
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("READY")
                                     || child.state() != QProcess::Running, 30s);
        QVERIFY2(out.contains("READY"), out.constData());
        QCOMPARE(child.state(), QProcess::Running);
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        ReadingStore store;
        store.attachHistory(db, QStringLiteral("amqp@test"));
        QTRY_VERIFY_WITH_TIMEOUT(store.historyLoaded(), 20s);
        QCOMPARE(sampleCount(store, "amqp/crash", "press-1"), 10);  // the killed run's, from disk
        AmqpConnection connection(settings("crash", {"crash"}), &store, ids);
        connection.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(connection.received(), 10u, 30s);  // all redelivered
        QTRY_COMPARE_WITH_TIMEOUT(connection.stored() + connection.duplicates(), 10u, 30s);
        QCOMPARE(sampleCount(store, "amqp/crash", "press-1"), 10);  // not 20
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->queueDepth("crash").value_or(-1), 0, 20s);
        QVERIFY(store.waitForHistory(20000));
    }

    // Last: it restarts the broker.
    void brokerKilledAndRestarted()
    {
        auto store = historyStore("restart");
        AmqpConnection connection(settings("restart", {"restart"}), store.get(), m_dir.filePath("restart-ids.sqlite"));
        connection.setReconnectDelayForTesting(200);
        connection.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Connected, 20s);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 600000;
        QVERIFY(publishMessages(login(), RabbitMqServer::queueAddress("restart"), readings("r-", "press-1", 20, t0)));
        QTRY_COMPARE_WITH_TIMEOUT(connection.stored(), 20u, 20s);
        store->holdHistoryForTesting(true);  // some deliveries are in flight when the broker dies
        QVERIFY(publishMessages(login(), RabbitMqServer::queueAddress("restart"), readings("s-", "press-1", 20, t0 + 100000)));
        QTRY_VERIFY_WITH_TIMEOUT(connection.pendingDeliveries() > 0, 20s);
        QVERIFY(m_broker->kill());
        QTRY_VERIFY_WITH_TIMEOUT(connection.state() != AmqpConnection::Connected, 20s);
        store->holdHistoryForTesting(false);
        QString error;
        QVERIFY2(m_broker->start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Connected, 60s);
        QTRY_COMPARE_WITH_TIMEOUT(sampleCount(*store, "amqp/restart", "press-1"), 40, 30s);
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->queueDepth("restart").value_or(-1), 0, 30s);
        QCOMPARE(connection.stored() + connection.duplicates(), connection.received());
        QCOMPARE(sampleCount(*store, "amqp/restart", "press-1"), 40);  // none twice
    }
};

// The child of redeliveryAfterTheAppIsKilled(): receives, lets the samples reach the disk,
// never settles (the history's answer is held), says READY and waits to be killed.
static int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ReadingStore store;
    store.attachHistory(qEnvironmentVariable("LINNET_AMQP_DB"), QStringLiteral("amqp@test"));
    AmqpSettings s;
    s.name = "crash";
    s.url = QUrl(qEnvironmentVariable("LINNET_AMQP_URL"));
    s.user = "dev";
    s.caCertificatesFile = qEnvironmentVariable("LINNET_AMQP_CA");
    s.sources = {RabbitMqServer::queueAddress("crash")};
    store.holdHistoryForTesting(true);
    AmqpConnection connection(s, &store, qEnvironmentVariable("LINNET_AMQP_IDS"));
    connection.open("pw");
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (connection.pendingDeliveries() < 10)
            return;
        poll.stop();
        if (store.waitForHistory(20000)) {  // on disk, not settled
            fputs("READY\n", stdout);
            fflush(stdout);
        }
    });
    poll.start(50);
    return app.exec();
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("LINNET_AMQP_CHILD"))
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestAmqpClientFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_amqpclient_faults.moc"
