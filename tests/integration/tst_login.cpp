// Logging in against a real Prosody: success, and every failure a user can meet, each ending in
// a clear error and no reconnect loop.
#include "LiveTest.h"
#include "account/Account.h"
#include "account/ConnectionController.h"
#include "roster/RosterModel.h"

#include <QSignalSpy>
#include <QTcpServer>

using ConnectionError::Kind;
using State = ConnectionController::State;

class TestLogin : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;

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
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
    }

    void loginSucceeds()
    {
        Account account(LiveTest::settingsFor(*m_server, QStringLiteral("alice")));
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
        Account account(LiveTest::settingsFor(*m_server, QStringLiteral("alice")));
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
        Account account(settings);
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
        Account account(settings);
        account.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->error(), Kind::HostUnreachable, 15000);
        QTRY_COMPARE(account.connection()->state(), State::Disconnected);
    }

    void unknownHost()
    {
        auto settings = LiveTest::settingsFor(*m_server, QStringLiteral("alice"));
        settings.host = QStringLiteral("no-such-host.invalid");
        Account account(settings);
        account.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->error(), Kind::HostNotFound, 30000);
        QTRY_COMPARE(account.connection()->state(), State::Disconnected);
    }

    void invalidAddress()
    {
        auto settings = LiveTest::settingsFor(*m_server, QStringLiteral("alice"));
        settings.jid = QStringLiteral("alice");
        Account account(settings);
        account.login(LiveTest::Password);
        QCOMPARE(account.connection()->error(), Kind::InvalidAddress);
        QCOMPARE(account.connection()->state(), State::Disconnected);
    }

    // Run last: it kills the server.
    void reconnectsAfterTheServerComesBack()
    {
        Account account(LiveTest::settingsFor(*m_server, QStringLiteral("bob")));
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

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
