// The outbox against a real Prosody: a message written offline is stored Queued, goes out once
// when a session comes online and is not sent again on the next new stream; messages left in the
// outbox by an app that was killed (SIGKILL, a child process) are sent exactly once after the
// restart, in order, and the file is intact. Bob (a plain QXmppClient) counts what arrives.
// With the server stopped (SIGSTOP: it holds the stanza and its ack), a sent message becomes
// overdue ("not confirmed yet"), not failed, until the ack comes; and an app killed between
// send and ack sends the message once more after the restart, the same message to receivers.
#include "ChatLiveTest.h"
#include "chat/Outbox.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QXmppLogger.h>
#include <QXmppUtils.h>

#include <csignal>
#include <cstdio>

using namespace ChatLive;
using namespace Qt::StringLiterals;
using State = StoredMessage::State;

namespace {
const char *const ChildFile = "LINNET_TEST_OUTBOX_CHILD";
const char *const ChildJid = "LINNET_TEST_OUTBOX_JID";
const char *const ChildPort = "LINNET_TEST_OUTBOX_PORT";  // set: the child logs in (with the CA below)
const char *const ChildCa = "LINNET_TEST_OUTBOX_CA";
const char *const ChildGo = "LINNET_TEST_OUTBOX_GO";  // a file: the child sends once it exists
constexpr int Queued = 20;
}  // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QXmppClient> m_bob;
    QStringList m_atBob;  // bodies Bob received from Alice, in order
    QList<QXmppMessage> m_copiesAtBob;  // every message Bob received from Alice
    QString m_aliceJid;
    QString m_bobJid;

    bool isChild() const { return qEnvironmentVariableIsSet(ChildFile); }
    QString file() const { return m_dir.filePath(MessageStore::FileName); }

    // Alice's messages reach Bob in order: once this one is there, all sent before it are.
    bool bobHas(const QString &body) const
    {
        return QTest::qWaitFor([&] { return m_atBob.contains(body); }, 20000);
    }

    // SIGSTOP / SIGCONT the fixture's Prosody (its pid file sits next to its data dir): a
    // stopped server keeps what it is sent unread, and acknowledges nothing.
    bool signalServer(int signal) const
    {
        QFile pidFile(QFileInfo(m_server->dataDir()).dir().filePath(u"prosody.pid"_s));
        if (!pidFile.open(QIODevice::ReadOnly))
            return false;
        const int pid = pidFile.readAll().trimmed().toInt();
        return pid > 0 && ::kill(pid, signal) == 0;
    }
    struct Resume {
        const TestOutbox *test;
        ~Resume() { test->signalServer(SIGCONT); }  // also when a check fails
    };

private Q_SLOTS:
    void initTestCase()
    {
        if (isChild())
            return;  // only the queueing, offline
        QVERIFY(m_dir.isValid());
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
        m_aliceJid = m_server->jid(u"alice"_s);
        m_bobJid = m_server->jid(u"bob"_s);
        m_bob = LiveTest::connectPeer(*m_server, u"bob"_s);
        QVERIFY(m_bob);
        connect(m_bob.get(), &QXmppClient::messageReceived, this, [this](const QXmppMessage &message) {
            if (QXmppUtils::jidToBareJid(message.from()) == m_aliceJid && !message.body().isEmpty()) {
                m_atBob << message.body();
                m_copiesAtBob << message;
            }
        });
    }

    void offlineSendIsQueuedThenSentOnce()
    {
        if (isChild())
            QSKIP("the parent's test");
        auto store = openStore(file());
        QVERIFY(store->isOpen());
        AccountHarness alice(LiveTest::settingsFor(*m_server, u"alice"_s), {u"desk"_s});
        alice.chats()->setStore(store.get());
        auto *model = alice.chats()->conversation(m_bobJid);
        QTRY_VERIFY(model->isLoaded());

        QVERIFY(alice.chats()->sendMessage(m_bobJid, u"written offline 1"_s, {}));
        QVERIFY(alice.chats()->sendMessage(m_bobJid, u"written offline 2"_s, {}));
        QTRY_COMPARE(outbox(*store, m_aliceJid).size(), 2);
        const auto waiting = outbox(*store, m_aliceJid);
        QCOMPARE(waiting.at(0).body, u"written offline 1"_s);
        QCOMPARE(waiting.at(0).state, State::Queued);
        QCOMPARE(waiting.at(0).originId, waiting.at(0).messageId);
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(), ChatModel::Delivery::Queued);

        alice.login(LiveTest::Password);
        QVERIFY(bobHas(u"written offline 2"_s));
        QCOMPARE(m_atBob.count(u"written offline 1"_s), 1);
        QVERIFY(m_atBob.indexOf(u"written offline 1"_s) < m_atBob.indexOf(u"written offline 2"_s));
        // Acknowledged by the server, or already delivered (Bob answers no receipts here).
        QTRY_VERIFY_WITH_TIMEOUT(outbox(*store, m_aliceJid).isEmpty(), 10000);
        QCOMPARE(findStored(*store, m_aliceJid, m_bobJid, u"written offline 1"_s).state, State::Acknowledged);
        QTRY_COMPARE(model->index(1).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(), ChatModel::Delivery::Sent);

        // A new stream sends nothing again.
        alice.account()->disconnectAll();
        QTRY_COMPARE_WITH_TIMEOUT(alice.account()->onlineSessions(), 0, 10000);
        alice.account()->connectAll();
        QTRY_COMPARE_WITH_TIMEOUT(alice.account()->onlineSessions(), 1, 15000);
        QVERIFY(alice.chats()->sendMessage(m_bobJid, u"after the reconnect"_s, {}));
        QVERIFY(bobHas(u"after the reconnect"_s));
        QCOMPARE(m_atBob.count(u"written offline 1"_s), 1);
        QCOMPARE(m_atBob.count(u"written offline 2"_s), 1);
        QCOMPARE(rowsWithBody(file(), u"written offline 1"_s), 1);
    }

    // A bounce (error reply) fails the message; Retry sends it again, with the same id.
    void bounceFailsAndRetrySendsAgain()
    {
        if (isChild())
            QSKIP("the parent's test");
        auto store = openStore(file());
        AccountHarness alice(LiveTest::settingsFor(*m_server, u"alice"_s), {u"desk"_s});
        alice.chats()->setStore(store.get());
        alice.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(alice.account()->onlineSessions(), 1, 15000);
        const QString nobody = m_server->jid(u"nobody"_s);
        int bounces = 0;
        QString bouncedId;
        connect(alice.client(), &QXmppClient::messageReceived, this, [&](const QXmppMessage &message) {
            if (message.type() == QXmppMessage::Error) {
                ++bounces;
                bouncedId = message.id();
            }
        });
        auto *model = alice.chats()->conversation(nobody);
        QVERIFY(alice.chats()->sendMessage(nobody, u"to no one"_s, {}));
        QTRY_COMPARE_WITH_TIMEOUT(bounces, 1, 10000);
        QVERIFY(store->waitForIdle());
        // The server acknowledged the stanza (XEP-0198) before it bounced it: the bounce is
        // kept (Acknowledged -> Failed), so Retry can queue it again.
        QCOMPARE(findStored(*store, m_aliceJid, nobody, u"to no one"_s).state, State::Failed);
        QTRY_COMPARE(model->index(model->rowCount() - 1).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(),
                     ChatModel::Delivery::Failed);
        const QString id = findStored(*store, m_aliceJid, nobody, u"to no one"_s).messageId;
        QCOMPARE(bouncedId, id);
        alice.chats()->retry(id, nobody);
        QTRY_COMPARE_WITH_TIMEOUT(bounces, 2, 10000);
        QCOMPARE(bouncedId, id);
        QTRY_COMPARE_WITH_TIMEOUT(findStored(*store, m_aliceJid, nobody, u"to no one"_s).state, State::Failed, 10000);
        QCOMPARE(rowsWithBody(file(), u"to no one"_s), 1);
    }

    // Outbox alone on a plain session of Alice's: with the server stopped, the message is Sent
    // and, once the (shortened) wait is over, overdue, not failed; the ack after the server
    // resumes ends that.
    void unacknowledgedBecomesOverdueNotFailed()
    {
        if (isChild())
            QSKIP("the parent's test");
        auto store = openStore(m_dir.filePath(u"overdue.sqlite"_s));
        auto alice = std::make_unique<QXmppClient>();
        alice->connectToServer(m_server->clientConfiguration(u"alice"_s, LiveTest::Password, u"overdue"_s));
        QTRY_VERIFY_WITH_TIMEOUT(alice->isAuthenticated(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(alice->streamManagementState(), QXmppClient::NewStream, 15000);
        Outbox outbox(m_aliceJid, [&] { return alice.get(); });
        outbox.setStore(store.get());
        outbox.setUnconfirmedAfter(std::chrono::milliseconds(300));
        QSignalSpy overdue(&outbox, &Outbox::overdueChanged);

        QVERIFY(signalServer(SIGSTOP));
        Resume resume{this};
        StoredMessage message;
        message.peer = m_bobJid;
        message.body = u"held by a stopped server"_s;
        const QString id = outbox.submit(message);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(overdue.size(), 1, 15000);
        QCOMPARE(overdue.at(0).at(1).toString(), id);
        QCOMPARE(overdue.at(0).at(2).toBool(), true);
        QVERIFY(outbox.isOverdue(id));
        QCOMPARE(findStored(*store, m_aliceJid, m_bobJid, message.body).state, State::Sent);  // not Failed

        QVERIFY(signalServer(SIGCONT));
        QVERIFY(bobHas(message.body));
        QTRY_COMPARE_WITH_TIMEOUT(overdue.size(), 2, 15000);
        QCOMPARE(overdue.at(1).at(2).toBool(), false);
        QVERIFY(!outbox.isOverdue(id));
        QTRY_COMPARE_WITH_TIMEOUT(findStored(*store, m_aliceJid, m_bobJid, message.body).state, State::Acknowledged, 10000);
        QCOMPARE(m_atBob.count(message.body), 1);
    }

    // The child of killedBetweenSendAndAck: Linnet online, sends when told, says so once the
    // message is Sent (the server, stopped, never acks it), and waits to be killed.
    void sendAndWait()
    {
        if (!isChild() || !qEnvironmentVariableIsSet(ChildPort))
            QSKIP("runs only as the process killedBetweenSendAndAck() kills");
        auto store = openStore(qEnvironmentVariable(ChildFile));
        QVERIFY2(store->isOpen(), qPrintable(store->error()));
        const QString alice = qEnvironmentVariable(ChildJid);
        ConnectionSettings settings;
        settings.jid = alice;
        settings.host = u"127.0.0.1"_s;
        settings.port = quint16(qEnvironmentVariableIntValue(ChildPort));
        settings.caCertificatesFile = qEnvironmentVariable(ChildCa);
        AccountHarness harness(settings, {u"killed"_s});
        // "Sent" once QXmpp has written the stanza (it logs each stanza as it writes it).
        bool written = false;
        auto *logger = new QXmppLogger(harness.client());
        logger->setLoggingType(QXmppLogger::SignalLogging);
        logger->setMessageTypes(QXmppLogger::SentMessage);
        connect(logger, &QXmppLogger::message, this, [&](QXmppLogger::MessageType, const QString &text) {
            written = written || (text.startsWith(u"<message") && text.contains(u"killed before the ack"));
        });
        harness.client()->setLogger(logger);
        harness.chats()->setStore(store.get());
        harness.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(harness.account()->onlineSessions(), 1, 15000);
        printf("online\n");
        fflush(stdout);
        QVERIFY(QTest::qWaitFor([] { return QFileInfo::exists(qEnvironmentVariable(ChildGo)); }, 60000));
        const QString bob = u"bob@"_s + QXmppUtils::jidToDomain(alice);
        QVERIFY(harness.chats()->sendMessage(bob, u"killed before the ack"_s, {}));
        QTRY_COMPARE_WITH_TIMEOUT(findStored(*store, alice, bob, u"killed before the ack"_s).state, State::Sent, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
        printf("sent\n");
        fflush(stdout);
        QTest::qWait(600000);  // until killed
    }

    void killedBetweenSendAndAck()
    {
        if (isChild())
            QSKIP("the parent's test");
        const QString killedFile = m_dir.filePath(u"killed-unacked.sqlite"_s);
        const QString go = m_dir.filePath(u"go"_s);
        QProcess child;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildFile), killedFile);
        env.insert(QString::fromLatin1(ChildJid), m_aliceJid);
        env.insert(QString::fromLatin1(ChildPort), QString::number(m_server->c2sPort()));
        env.insert(QString::fromLatin1(ChildCa), m_server->caCertificateFile());
        env.insert(QString::fromLatin1(ChildGo), go);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"sendAndWait"_s});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        const auto waitFor = [&](const QByteArray &line) {
            return QTest::qWaitFor([&] {
                out += child.readAllStandardOutput();
                return out.contains(line) || child.state() == QProcess::NotRunning;
            }, 60000) && child.state() == QProcess::Running;
        };
        QVERIFY2(waitFor("online\n"), child.readAllStandardError().constData());
        {
            // The server holds the message and its ack; the app dies with it unacknowledged.
            QVERIFY(signalServer(SIGSTOP));
            Resume resume{this};
            QFile(go).open(QIODevice::WriteOnly);
            QVERIFY2(waitFor("sent\n"), child.readAllStandardError().constData());
            child.kill();
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        }

        auto store = openStore(killedFile);
        QVERIFY2(store->isOpen(), qPrintable(store->error()));
        const auto ok = integrity(*store);
        QVERIFY2(ok.first, qPrintable(ok.second));
        const auto waiting = outbox(*store, m_aliceJid);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().state, State::Sent);
        const QString id = waiting.first().messageId;

        // Restarted: what it writes to the stream is counted (QXmpp logs each stanza sent).
        AccountHarness alice(LiveTest::settingsFor(*m_server, u"alice"_s), {u"restarted"_s});
        int sentAgain = 0;
        int markerSent = 0;
        auto *logger = new QXmppLogger(alice.client());
        logger->setLoggingType(QXmppLogger::SignalLogging);
        logger->setMessageTypes(QXmppLogger::SentMessage);
        connect(logger, &QXmppLogger::message, this, [&](QXmppLogger::MessageType, const QString &text) {
            if (text.startsWith(u"<message") && text.contains(id))
                ++sentAgain;
            if (text.startsWith(u"<message") && text.contains(u"after the unacked restart"))
                ++markerSent;
        });
        alice.client()->setLogger(logger);
        alice.chats()->setStore(store.get());
        alice.login(LiveTest::Password);
        QVERIFY(bobHas(u"killed before the ack"_s));
        QVERIFY(alice.chats()->sendMessage(m_bobJid, u"after the unacked restart"_s, {}));
        QVERIFY(bobHas(u"after the unacked restart"_s));
        QTRY_VERIFY_WITH_TIMEOUT(outbox(*store, m_aliceJid).isEmpty(), 10000);
        QCOMPARE(markerSent, 1);  // the count sees what is sent
        QCOMPARE(sentAgain, 1);   // sent once after the restart
        // Bob may also have the copy the stopped server read after the kill: every copy is the
        // same message (id and origin-id), which receivers and archives de-duplicate.
        int copies = 0;
        for (const auto &m : std::as_const(m_copiesAtBob)) {
            if (m.body() != u"killed before the ack")
                continue;
            ++copies;
            QCOMPARE(m.id(), id);
            QCOMPARE(m.originId(), id);
        }
        QVERIFY2(copies >= 1 && copies <= 2, qPrintable(QString::number(copies)));
        qInfo() << "Copies at Bob:" << copies << "(the resend, and the killed app's if the server read it)";
        QCOMPARE(rowsWithBody(killedFile, u"killed before the ack"_s), 1);
        QCOMPARE(findStored(*store, m_aliceJid, m_bobJid, u"killed before the ack"_s).state, State::Acknowledged);
        const auto after = integrity(*store);
        QVERIFY2(after.first, qPrintable(after.second));
    }

    // The child: an offline Linnet that queues messages, says so, and waits to be killed.
    void queueAndWait()
    {
        if (!isChild() || qEnvironmentVariableIsSet(ChildPort))
            QSKIP("runs only as the process killedWithAFullOutbox() kills");
        auto store = openStore(qEnvironmentVariable(ChildFile));
        QVERIFY2(store->isOpen(), qPrintable(store->error()));
        const QString alice = qEnvironmentVariable(ChildJid);
        ChatController chats(alice, [] { return nullptr; });
        chats.setStore(store.get());
        for (int i = 0; i < Queued; ++i)
            QVERIFY(chats.sendMessage(u"bob@linnet.test"_s, u"before the kill %1"_s.arg(i), {}));
        QTRY_COMPARE_WITH_TIMEOUT(outbox(*store, alice).size(), Queued, 30000);
        printf("queued\n");
        fflush(stdout);
        QTest::qWait(600000);  // until killed
    }

    void killedWithAFullOutbox()
    {
        if (isChild())
            QSKIP("the parent's test");
        const QString killedFile = m_dir.filePath(u"killed.sqlite"_s);
        QProcess child;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildFile), killedFile);
        env.insert(QString::fromLatin1(ChildJid), m_aliceJid);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"queueAndWait"_s});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QVERIFY2(QTest::qWaitFor([&] {
            out += child.readAllStandardOutput();
            return out.contains("queued\n") || child.state() == QProcess::NotRunning;
        }, 60000) && child.state() == QProcess::Running, child.readAllStandardError().constData());
        child.kill();  // SIGKILL: no destructor, no close
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto store = openStore(killedFile);
        QVERIFY2(store->isOpen(), qPrintable(store->error()));
        const auto ok = integrity(*store);
        QVERIFY2(ok.first, qPrintable(ok.second));
        QCOMPARE(outbox(*store, m_aliceJid).size(), Queued);

        AccountHarness alice(LiveTest::settingsFor(*m_server, u"alice"_s), {u"restarted"_s});
        alice.chats()->setStore(store.get());
        alice.login(LiveTest::Password);
        QVERIFY(bobHas(u"before the kill %1"_s.arg(Queued - 1)));
        QVERIFY(alice.chats()->sendMessage(m_bobJid, u"after the restart"_s, {}));
        QVERIFY(bobHas(u"after the restart"_s));
        int last = -1;
        for (int i = 0; i < Queued; ++i) {
            const QString body = u"before the kill %1"_s.arg(i);
            QCOMPARE(m_atBob.count(body), 1);
            QVERIFY(m_atBob.indexOf(body) > last);  // in order
            last = int(m_atBob.indexOf(body));
        }
        QTRY_VERIFY_WITH_TIMEOUT(outbox(*store, m_aliceJid).isEmpty(), 10000);
        const auto after = integrity(*store);
        QVERIFY2(after.first, qPrintable(after.second));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
