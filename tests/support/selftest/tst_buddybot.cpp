// linnet-buddybot as the demo runs it: a real process against a real Prosody.
#include "ProsodyServer.h"
#include "Replies.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>

#include <csignal>
#include <memory>

namespace {

const QString kRobin = QStringLiteral("robin@linnet.test");

// Collects what one human-side client receives.
struct Human {
    QXmppClient client;
    QList<QXmppMessage> replies;
    bool connected = false;

    Human()
    {
        QObject::connect(&client, &QXmppClient::connected, [this] { connected = true; });
        QObject::connect(&client, &QXmppClient::messageReceived, [this](const QXmppMessage &m) {
            if (!m.body().isEmpty())
                replies << m;
        });
    }
    QXmppRosterManager *roster() const { return client.findExtension<QXmppRosterManager>(); }
};

}  // namespace

class TestBuddyBot : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void answersAndShowsPresence();
    void acceptsSubscriptions();
    void wrongPasswordExitsWithOne();
    void repliesAreFriendlyPlainText();

private:
    bool startBot(const QString &password, bool mutualRoster);

    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<QProcess> m_bot;
};

void TestBuddyBot::init()
{
    m_server.reset();
    m_bot = std::make_unique<QProcess>();
}

void TestBuddyBot::cleanup()
{
    if (m_bot->state() != QProcess::NotRunning) {
        m_bot->kill();
        m_bot->waitForFinished();
    }
    m_server.reset();
}

bool TestBuddyBot::startBot(const QString &password, bool mutualRoster)
{
    ProsodyServer::Options options;
    options.accounts = {{QStringLiteral("alice"), QStringLiteral("a"), QStringLiteral("Alice Liddell")},
                        {QStringLiteral("robin"), QStringLiteral("r"), QStringLiteral("Robin")}};
    options.mutualRoster = mutualRoster;
    m_server = std::make_unique<ProsodyServer>(options);
    QString error;
    if (!m_server->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_bot->start(QStringLiteral(LINNET_BUDDYBOT),
                 {QStringLiteral("--host"), m_server->host(), QStringLiteral("--port"), QString::number(m_server->c2sPort()),
                  QStringLiteral("--jid"), kRobin, QStringLiteral("--password"), password, QStringLiteral("--ca"),
                  m_server->caCertificateFile(), QStringLiteral("--status"), QStringLiteral("Ask me anything"),
                  QStringLiteral("--show"), QStringLiteral("dnd"), QStringLiteral("--persona"), QStringLiteral("Robin")});
    return m_bot->waitForStarted();
}

void TestBuddyBot::answersAndShowsPresence()
{
    QVERIFY(startBot(QStringLiteral("r"), true));
    QVERIFY(QTest::qWaitFor([&] { return m_bot->canReadLine() || m_bot->state() == QProcess::NotRunning; }, 15000));
    QCOMPARE(m_bot->readLine().trimmed(), QByteArray("READY robin@linnet.test"));

    Human alice;
    alice.client.connectToServer(m_server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("a")));
    QVERIFY(QTest::qWaitFor([&] { return alice.connected; }, 10000));
    const auto robin = [&] { return alice.roster()->getPresence(kRobin, QStringLiteral("bot")); };
    QVERIFY(QTest::qWaitFor([&] { return robin().type() == QXmppPresence::Available; }, 10000));
    QCOMPARE(robin().availableStatusType(), QXmppPresence::DND);
    QCOMPARE(robin().statusText(), QStringLiteral("Ask me anything"));

    // The bot addresses Alice by the first word of her roster name.
    alice.client.sendMessage(kRobin, QStringLiteral("Hello Robin!"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(QTest::qWaitFor([&] { return !alice.replies.isEmpty(); }, 5000));
    QVERIFY2(timer.elapsed() >= 400, "a reply that fast looks robotic");
    QVERIFY(alice.replies.first().body().contains(QStringLiteral("Alice")));
    QCOMPARE(alice.replies.first().type(), QXmppMessage::Chat);

    alice.client.sendMessage(kRobin, QStringLiteral("<b>the greenhouse sensors</b> are online"));
    QVERIFY(QTest::qWaitFor([&] { return alice.replies.size() == 2; }, 5000));
    QVERIFY(alice.replies.last().body().contains(QStringLiteral("<b>the greenhouse sensors</b>")));

    ::kill(pid_t(m_bot->processId()), SIGTERM);
    QVERIFY(m_bot->waitForFinished(5000));
    QCOMPARE(m_bot->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_bot->exitCode(), 0);
    QVERIFY(QTest::qWaitFor([&] { return robin().type() != QXmppPresence::Available; }, 5000));
}

void TestBuddyBot::acceptsSubscriptions()
{
    QVERIFY(startBot(QStringLiteral("r"), false));
    QVERIFY(QTest::qWaitFor([&] { return m_bot->canReadLine(); }, 15000));

    Human alice;
    QXmppConfiguration config = m_server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("a"));
    config.setAutoAcceptSubscriptions(true);  // the bot asks back
    alice.client.connectToServer(config);
    QVERIFY(QTest::qWaitFor([&] { return alice.connected && alice.roster()->isRosterReceived(); }, 10000));
    alice.roster()->subscribeTo(kRobin);
    QVERIFY(QTest::qWaitFor([&] { return alice.roster()->getRosterEntry(kRobin).subscriptionType() == QXmppRosterIq::Item::Both; }, 10000));
}

void TestBuddyBot::wrongPasswordExitsWithOne()
{
    QVERIFY(startBot(QStringLiteral("wrong"), false));
    QVERIFY(m_bot->waitForFinished(15000));
    QCOMPARE(m_bot->exitCode(), 1);
    QVERIFY(m_bot->readAllStandardOutput().isEmpty());  // no READY
    const QByteArray err = m_bot->readAllStandardError();
    QVERIFY2(err.contains("login as robin@linnet.test failed"), err.constData());
}

void TestBuddyBot::repliesAreFriendlyPlainText()
{
    using buddybot::replyTo;
    const buddybot::ReplyContext c{QStringLiteral("Robin"), QStringLiteral("Alice"), QTime(14, 5), 0};
    QVERIFY(replyTo(QStringLiteral("hi"), c).contains(QStringLiteral("Alice")));
    QVERIFY(replyTo(QStringLiteral("What time is it?"), c).contains(QStringLiteral("14:05")));
    QVERIFY(!replyTo(QStringLiteral("We had a great time"), c).contains(QStringLiteral("14:05")));
    QVERIFY(replyTo(QStringLiteral("help"), c).contains(QStringLiteral("Robin")));
    QVERIFY(replyTo(QStringLiteral("I planted tomatoes"), c).contains(QStringLiteral("I planted tomatoes")));
    QVERIFY(!replyTo(QString(), c).isEmpty());
    QCOMPARE(buddybot::snippet(QStringLiteral("one two three four five six"), 12), QStringLiteral("one two\u2026"));
}

QTEST_GUILESS_MAIN(TestBuddyBot)
#include "tst_buddybot.moc"
