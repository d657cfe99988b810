// Logging in against a real server: success, and every failure a user can meet, each ending in
// a clear error and no reconnect loop; leaving politely; a redacted stanza log; and reconnects
// that survive a laptop's wake-up (the server's name unresolvable for a while, a server that
// closes the stream while it restarts).
#include "LogCapture.h"
#include "LiveTest.h"
#include "AccountHarness.h"
#include "account/ConnectionController.h"
#include "roster/RosterModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QXmppRosterManager.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using ConnectionError::Kind;
using State = ConnectionController::State;

namespace {
// A private /etc/hosts for this process, so a test can make a name resolvable and then not.
// Needs root (the build root runs tests as root) and must happen before any thread starts:
// a mount namespace belongs to the thread that unshares it, and lookups run on pool threads.
QString g_hostsFile;
QString g_hostsProblem = QStringLiteral("needs root for a private /etc/hosts (the build root runs tests as root)");

void usePrivateHostsFile()
{
    // A named file (QTemporaryFile may be an unnamed O_TMPFILE inode, which cannot be bound).
    static QFile file(QStringLiteral("/tmp/linnet-hosts-%1").arg(getpid()));
    if (geteuid() != 0 || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.write("127.0.0.1 localhost\n");
    file.close();
    std::atexit([] { QFile::remove(file.fileName()); });
    if (unshare(CLONE_NEWNS) != 0) {
        g_hostsProblem = QStringLiteral("unshare(CLONE_NEWNS): ") + QString::fromLocal8Bit(strerror(errno));
        return;
    }
    // Nothing may propagate back to the machine's own namespace. In a chroot "/" is no mount
    // point and cannot be made private; then every mount must be private already (./dev's is).
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
        if (!mountInfo.open(QIODevice::ReadOnly) || mountInfo.readAll().contains(" shared:")) {
            g_hostsProblem = QStringLiteral("cannot keep a private /etc/hosts from propagating");
            return;
        }
    }
    if (mount(file.fileName().toLocal8Bit().constData(), "/etc/hosts", nullptr, MS_BIND, nullptr) != 0) {
        g_hostsProblem = QStringLiteral("bind-mounting /etc/hosts: ") + QString::fromLocal8Bit(strerror(errno));
        return;
    }
    g_hostsFile = file.fileName();
}

// Rewritten in place: the bind mount follows the inode, and glibc reads the file per lookup.
void writeHosts(const QByteArray &lines)
{
    QFile hosts(g_hostsFile);
    QVERIFY(hosts.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hosts.write("127.0.0.1 localhost\n" + lines);
}
}  // namespace

class TestLogin : public QObject
{
    Q_OBJECT

    std::unique_ptr<XmppTestServer> m_server;

    // Fails the test if the controller leaves its state within the next ms (e.g. a retry).
    static void expectNoRetry(ConnectionController *connection, int ms)
    {
        QSignalSpy changes(connection, &ConnectionController::stateChanged);
        QTest::qWait(ms);
        QCOMPARE(changes.count(), 0);
        QCOMPARE(connection->state(), State::Disconnected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startXmppServer();
        QVERIFY(m_server);
    }

    void loginSucceeds()
    {
        AccountHarness account(LiveTest::settingsFor(*m_server, QStringLiteral("alice")));
        QSignalSpy loggedIn(account.connection(), &ConnectionController::loggedIn);
        account.login(LiveTest::Password);
        QCOMPARE(account.connection()->state(), State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->state(), State::Connected, 15000);
        QCOMPARE(loggedIn.count(), 1);
        QCOMPARE(account.connection()->error(), Kind::None);
        QTRY_VERIFY(account.roster()->isLoaded());
    }

    void wrongPasswordFailsOnce()
    {
        AccountHarness account(LiveTest::settingsFor(*m_server, QStringLiteral("alice")));
        account.login(QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->error(), Kind::AuthenticationFailed, 15000);
        QTRY_COMPARE(account.connection()->state(), State::Disconnected);
        QVERIFY(!account.connection()->errorMessage().isEmpty());
        // QXmpp would retry every 10 s on its own; Linnet must not.
        expectNoRetry(account.connection(), 3000);
        QCOMPARE(account.connection()->error(), Kind::AuthenticationFailed);
    }

    void untrustedCertificateIsRefused()
    {
        auto settings = LiveTest::settingsFor(*m_server, QStringLiteral("alice"));
        settings.caCertificatesFile.clear();  // the fixture's CA is not trusted by the system
        AccountHarness account(settings);
        account.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->error(), Kind::CertificateRejected, 15000);
        QVERIFY2(account.connection()->errorMessage().contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(account.connection()->errorMessage()));
        QTRY_COMPARE(account.connection()->state(), State::Disconnected);
        expectNoRetry(account.connection(), 2000);
    }

    void unreachableHost()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const auto port = probe.serverPort();
        probe.close();
        auto settings = LiveTest::settingsFor(*m_server, QStringLiteral("alice"));
        settings.port = port;
        AccountHarness account(settings);
        account.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->error(), Kind::HostUnreachable, 15000);
        QTRY_COMPARE(account.connection()->state(), State::Disconnected);
    }

    void unknownHost()
    {
        auto settings = LiveTest::settingsFor(*m_server, QStringLiteral("alice"));
        settings.host = QStringLiteral("no-such-host.invalid");
        AccountHarness account(settings);
        account.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->error(), Kind::HostNotFound, 30000);
        QTRY_COMPARE(account.connection()->state(), State::Disconnected);
    }

    void invalidAddress()
    {
        auto settings = LiveTest::settingsFor(*m_server, QStringLiteral("alice"));
        settings.jid = QStringLiteral("alice");
        AccountHarness account(settings);
        account.login(LiveTest::Password);
        QCOMPARE(account.connection()->error(), Kind::InvalidAddress);
        QCOMPARE(account.connection()->state(), State::Disconnected);
    }

    // Logout is polite: the unavailable presence and </stream:stream> reach the server before
    // the link closes, so buddies see us leave at once (before the fix the bridge aborted the
    // link and Prosody kept the session for resumption: Bob saw Alice online for minutes).
    void buddiesSeeALogoutAtOnce_data()
    {
        QTest::addColumn<bool>("quit");
        QTest::newRow("log out") << false;
        QTest::newRow("quit the app") << true;
    }
    void buddiesSeeALogoutAtOnce()
    {
        QFETCH(bool, quit);
        auto bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(bob);
        auto *roster = bob->findExtension<QXmppRosterManager>();
        auto account = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, QStringLiteral("alice")));
        account->login(LiveTest::Password);
        const QString alice = m_server->jid(QStringLiteral("alice"));
        const auto aliceOnline = [&] { return roster->getPresence(alice, QStringLiteral("linnet")).type() == QXmppPresence::Available; };
        QTRY_VERIFY_WITH_TIMEOUT(aliceOnline(), 15000);

        QElapsedTimer clock;
        clock.start();
        if (quit)
            account.reset();
        else
            account->connection()->disconnectFromServer();
        QTRY_VERIFY_WITH_TIMEOUT(!aliceOnline(), 1000);
        qInfo("Bob saw Alice leave after %lld ms", clock.elapsed());
    }

    // With linnet.xmpp on, the stanza log shows the login but not the SCRAM messages (enough
    // for an offline password guess) and not message bodies.
    void stanzaLogHidesTheLoginAndBodies()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("linnet.xmpp.debug=true"));
        const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
        const LogCapture stanzaLog(LogCapture::category("linnet.xmpp"), [](const LogCapture::Entry &) { return false; });
        AccountHarness account(LiveTest::settingsFor(*m_server, QStringLiteral("alice")));
        account.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->state(), State::Connected, 15000);
        auto bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(bob);
        bob->sendMessage(m_server->jid(QStringLiteral("alice")), QStringLiteral("the vault code is 4711"));
        QTRY_VERIFY_WITH_TIMEOUT(stanzaLog.text().contains(QStringLiteral("<message")), 10000);

        const QString log = stanzaLog.text();
        QVERIFY(log.contains(QStringLiteral("SCRAM-SHA-1")));  // the login is visible...
        QVERIFY(log.contains(QStringLiteral("[redacted]")));
        // ...its messages are not: client-first "n,,n=alice" in base64, the final "c=biws".
        QVERIFY2(!log.contains(QStringLiteral("biwsbj1hbGljZ")) && !log.contains(QStringLiteral("Yz1iaXdz")), qPrintable(log));
        QVERIFY(!log.contains(QStringLiteral("vault code")));
    }

    // After a drop, only a refused password or certificate ends the retries. A laptop waking
    // up meets a name that does not resolve yet and a server that closes the stream while it
    // restarts; before the fix either ended the retries for good.
    void reconnectSurvivesDnsFailureAndACleanClose()
    {
        if (g_hostsFile.isEmpty())
            QSKIP(qPrintable(g_hostsProblem));
        writeHosts("127.0.0.1 xmpp.linnet-test\n");
        auto settings = LiveTest::settingsFor(*m_server, QStringLiteral("carol"));
        settings.host = QStringLiteral("xmpp.linnet-test");
        AccountHarness account(settings);
        account.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->state(), State::Connected, 15000);

        // The network goes away: the name no longer resolves and the server is gone.
        writeHosts({});
        m_server->kill();
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->error(), Kind::HostNotFound, 15000);
        QCOMPARE(account.connection()->state(), State::WaitingToReconnect);

        // The name is back, but the server is still restarting: it closes every stream.
        writeHosts("127.0.0.1 xmpp.linnet-test\n");
        QTcpServer restarting;
        QVERIFY(restarting.listen(QHostAddress::LocalHost, m_server->c2sPort()));
        connect(&restarting, &QTcpServer::newConnection, &restarting, [&restarting] {
            while (auto *socket = restarting.nextPendingConnection()) {
                socket->write("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                              "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'></stream:stream>");
                socket->disconnectFromHost();
            }
        });
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->error(), Kind::ServerError, 15000);
        QCOMPARE(account.connection()->state(), State::WaitingToReconnect);

        restarting.close();
        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->state(), State::Connected, 30000);
        QCOMPARE(account.connection()->error(), Kind::None);
    }

    // "Reconnect now" (and the network coming back, which calls it) skips the back-off.
    void reconnectNowSkipsTheBackoff()
    {
        AccountHarness account(LiveTest::settingsFor(*m_server, QStringLiteral("carol")));
        account.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->state(), State::Connected, 15000);
        m_server->kill();
        // A retry is scheduled at least a second away; "reconnect now" starts one at once.
        QTRY_VERIFY_WITH_TIMEOUT(account.connection()->reconnectInSeconds() >= 1, 15000);
        account.connection()->reconnectNow();
        QCOMPARE(account.connection()->state(), State::Connecting);
        // That attempt fails (nothing listens); once the server is back it logs in again.
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->state(), State::WaitingToReconnect, 15000);
        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->state(), State::Connected, 15000);
    }

    // Run last: it kills the server.
    void reconnectsAfterTheServerComesBack()
    {
        AccountHarness account(LiveTest::settingsFor(*m_server, QStringLiteral("bob")));
        account.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->state(), State::Connected, 15000);
        m_server->kill();
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->state(), State::WaitingToReconnect, 15000);
        QCOMPARE(account.connection()->error(), Kind::ConnectionLost);
        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->state(), State::Connected, 30000);
        QCOMPARE(account.connection()->error(), Kind::None);
    }
};

int main(int argc, char **argv)
{
    usePrivateHostsFile();  // before QCoreApplication starts any thread
    QCoreApplication app(argc, argv);
    TestLogin test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_login.moc"
