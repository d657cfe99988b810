// The outbox against a real Prosody: a message written offline is stored Queued, goes out once
// when a session comes online and is not sent again on the next new stream; messages left in the
// outbox by an app that was killed (SIGKILL, a child process) are sent exactly once after the
// restart, in order, and the file is intact. Bob (a plain QXmppClient) counts what arrives.
#include "ChatLiveTest.h"

#include <QProcess>
#include <QXmppUtils.h>

#include <cstdio>

using namespace ChatLive;
using namespace Qt::StringLiterals;
using State = StoredMessage::State;

namespace {
const char *const ChildFile = "LINNET_TEST_OUTBOX_CHILD";
const char *const ChildJid = "LINNET_TEST_OUTBOX_JID";
constexpr int Queued = 20;
}  // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QXmppClient> m_bob;
    QStringList m_atBob;  // bodies Bob received from Alice, in order
    QString m_aliceJid;
    QString m_bobJid;

    bool isChild() const { return qEnvironmentVariableIsSet(ChildFile); }
    QString file() const { return m_dir.filePath(MessageStore::FileName); }

    // Alice's messages reach Bob in order: once this one is there, all sent before it are.
    bool bobHas(const QString &body) const
    {
        return QTest::qWaitFor([&] { return m_atBob.contains(body); }, 20000);
    }

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
            if (QXmppUtils::jidToBareJid(message.from()) == m_aliceJid && !message.body().isEmpty())
                m_atBob << message.body();
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

    // The child: an offline Linnet that queues messages, says so, and waits to be killed.
    void queueAndWait()
    {
        if (!isChild())
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
