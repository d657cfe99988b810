// Creating an account in-band (XEP-0077) against real servers and a real Secret Service
// (gnome-keyring on a private D-Bus): a new name is registered and then logs in (another client
// logs in with the new password, the keychain has it, the next start brings the account back),
// the password shows in no log line even with the stanza log on; a taken name, a server without
// registration and a server asking for more each end with a clear sentence as the session's
// error, and no retries.
//
// Over TLS only: Prosody (c2s_require_encryption) neither advertises registration nor answers
// its requests on an unencrypted stream, so a registration that succeeds went over the bridge's
// TLS (the bridge sends nothing of QXmpp's before it: tst_streambridge, loginGoesOverTlsOnly).
#include "LogCapture.h"
#include "LiveTest.h"
#include "SecretService.h"
#include "account/Account.h"
#include "account/AccountsModel.h"
#include "account/ConnectionController.h"
#include "account/Registration.h"
#include "account/Session.h"
#include "net/NetworkThread.h"
#include "security/CredentialStore.h"

#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTemporaryDir>

using State = ConnectionController::State;

namespace {
const QString NewSecret = QStringLiteral("dave's brand-new passphrase");

std::unique_ptr<XmppTestServer> startServer(bool registration, const QStringList &fields = {})
{
    XmppTestServer::Options options;
    options.accounts = {{QStringLiteral("alice"), LiveTest::Password, QStringLiteral("Alice")}};
    options.allowRegistration = registration;
    options.registrationFields = fields;
    return LiveTest::startXmppServer(options);
}
}  // namespace

class TestRegistration : public QObject
{
    Q_OBJECT

    std::optional<LogCapture> m_log;  // from initTestCase on (QTest installs its handler first)
    SecretService m_secrets;  // one per process, outliving the tests (see SecretService.h)
    std::unique_ptr<XmppTestServer> m_open;    // registration on
    std::unique_ptr<XmppTestServer> m_closed;  // the servers' default: off
    std::unique_ptr<XmppTestServer> m_more;    // on, and the form also wants an e-mail address
    QTemporaryDir m_profile;
    NetworkThread m_network;
    CredentialStore m_credentials;

    QString profileFile() const { return m_profile.filePath(QStringLiteral("linnet.ini")); }

    std::unique_ptr<AccountsModel> openProfile()
    {
        return std::make_unique<AccountsModel>(profileFile(), &m_network, &m_credentials);
    }

    static AccountConfig configFor(const XmppTestServer &server, const QString &user)
    {
        return LiveTest::accountConfigFor(server, user);
    }
    CredentialStore::Result readKeychain(const QString &jid) { return LiveTest::readKeychain(m_credentials, jid); }

    static bool canLogIn(const XmppTestServer &server, const QString &user, const QString &password)
    {
        QXmppClient client;
        client.connectToServer(server.clientConfiguration(user, password, QStringLiteral("check")));
        return QTest::qWaitFor([&] { return client.isAuthenticated() && client.isConnected(); }, 10000);
    }

    // A refusal: the registration fails with a sentence that is also the session's connection
    // error, the session stays offline and nothing tries again.
    void expectRefusal(Account *account, const QString &says)
    {
        auto *registration = account->registration();
        QVERIFY(registration);
        auto *connection = account->sessions().constFirst()->connection();
        QTRY_COMPARE_WITH_TIMEOUT(registration->state(), Registration::State::Failed, 15000);
        QVERIFY2(registration->errorMessage().contains(says), qPrintable(registration->errorMessage()));
        QCOMPARE(connection->errorMessage(), registration->errorMessage());
        QCOMPARE(connection->error(), ConnectionError::Kind::ServerError);
        QCOMPARE(connection->state(), State::Disconnected);
        const auto attempt = connection->attempt();
        QTest::qWait(3000);
        QCOMPARE(connection->state(), State::Disconnected);
        QCOMPARE(connection->attempt(), attempt);
        QCOMPARE(connection->errorMessage(), registration->errorMessage());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_log.emplace(LogCapture::Filter(), LogCapture::notCategory("linnet.xmpp"));
        QString error;
        QVERIFY2(m_secrets.start(&error), qPrintable(error));
        m_open = startServer(true);
        m_closed = startServer(false);
        m_more = startServer(true, {QStringLiteral("email+")});
        QVERIFY(m_open && m_closed && m_more);
    }
    void cleanupTestCase() { m_log.reset(); }

    void aNewNameIsRegisteredAndLogsIn()
    {
        // The stanza log on, so the stanza carrying the password would show if it were logged.
        QLoggingCategory::setFilterRules(QStringLiteral("linnet.xmpp.debug=true"));
        const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
        m_log->clear();

        auto accounts = openProfile();
        const auto config = configFor(*m_open, QStringLiteral("dave"));
        auto *account = accounts->registerAccount(config, NewSecret);
        QVERIFY2(account, qPrintable(accounts->addError()));
        auto *registration = account->registration();
        QVERIFY(registration);
        QCOMPARE(registration->state(), Registration::State::Registering);
        auto *connection = account->sessions().constFirst()->connection();
        QList<State> states;
        // The connection's context goes before `states` does (declared after it): the account,
        // destroyed at the end, changes state once more while it leaves.
        QObject watching;
        connect(connection, &ConnectionController::stateChanged, &watching, [&] { states << connection->state(); });

        QTRY_COMPARE_WITH_TIMEOUT(registration->state(), Registration::State::Registered, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(account->onlineSessions(), 1, 15000);
        QCOMPARE(connection->error(), ConnectionError::Kind::None);
        // From registering straight to logging in: the registration's own stream end is no failure.
        QVERIFY2(!states.contains(State::Disconnected) && !states.contains(State::WaitingToReconnect),
                 qPrintable(QDebug::toString(states)));
        QCOMPARE(account->sessions().constFirst()->client()->configuration().jidBare(), config.jid);

        QVERIFY2(canLogIn(*m_open, QStringLiteral("dave"), NewSecret), "another client logs in with the new password");
        QTRY_COMPARE_WITH_TIMEOUT(readKeychain(config.jid).password, NewSecret, 10000);
        QVERIFY(m_log->text().contains(QStringLiteral("jabber:iq:register")));  // the log was on
        for (const auto &line : m_log->messages())
            QVERIFY2(!line.contains(NewSecret), qPrintable(line));
    }  // the app quits with dave online: the profile says so

    // Saved once registered: the next start logs in with the password from the keychain.
    void theRegisteredAccountComesBackAtStart()
    {
        QFile profile(profileFile());
        QVERIFY(profile.open(QIODevice::ReadOnly));
        const QByteArray saved = profile.readAll();
        QVERIFY(saved.contains("dave@"));
        QVERIFY(!saved.contains(NewSecret.toUtf8()));

        auto accounts = openProfile();
        auto *dave = accounts->account(m_open->jid(QStringLiteral("dave")));
        QVERIFY(dave);
        QCOMPARE(dave->registration(), nullptr);
        accounts->connectAtStart();
        QTRY_COMPARE_WITH_TIMEOUT(dave->onlineSessions(), 1, 15000);
    }

    void aTakenNameSaysSo()
    {
        auto accounts = openProfile();
        const QString jid = m_open->jid(QStringLiteral("alice"));
        auto *account = accounts->registerAccount(configFor(*m_open, QStringLiteral("alice")), NewSecret);
        QVERIFY(account);
        expectRefusal(account, QStringLiteral("The name “alice” is already taken on linnet.test"));
        // Nothing kept of it: not in the profile, not in the keychain; alice's own password works.
        QFile profile(profileFile());
        QVERIFY(profile.open(QIODevice::ReadOnly));
        QVERIFY(!profile.readAll().contains(jid.toUtf8()));
        QCOMPARE(readKeychain(jid).status, CredentialStore::Status::NotFound);
        QVERIFY(canLogIn(*m_open, QStringLiteral("alice"), LiveTest::Password));
        accounts->removeAccount(account);
        QCOMPARE(accounts->account(jid), nullptr);
    }

    void aServerWithoutRegistrationSaysSo()
    {
        auto accounts = openProfile();
        auto *account = accounts->registerAccount(configFor(*m_closed, QStringLiteral("erin")), NewSecret);
        QVERIFY(account);
        expectRefusal(account, QStringLiteral("linnet.test does not let apps create accounts"));
        QVERIFY(!canLogIn(*m_closed, QStringLiteral("erin"), NewSecret));
    }

    void aServerAskingForMoreSaysSo()
    {
        if (LiveTest::onEjabberd(*m_more))
            QSKIP("ejabberd's mod_register asks for a user name and password only (no additional fields; "
                  "a CAPTCHA needs an external captcha_cmd)");
        auto accounts = openProfile();
        auto *account = accounts->registerAccount(configFor(*m_more, QStringLiteral("frank")), NewSecret);
        QVERIFY(account);
        expectRefusal(account, QStringLiteral("This server needs more than a user name and password to register; "
                                              "register on its website"));
        QVERIFY(!canLogIn(*m_more, QStringLiteral("frank"), NewSecret));
    }

    void invalidRequestsAreRefused()
    {
        auto accounts = openProfile();
        QCOMPARE(accounts->registerAccount(QStringLiteral("no-domain"), NewSecret, {}, 0), nullptr);
        QVERIFY(accounts->addError().contains(QStringLiteral("name@server")));
        QCOMPARE(accounts->registerAccount(m_open->jid(QStringLiteral("gina")), QString(), {}, 0), nullptr);
        QVERIFY(!accounts->addError().isEmpty());
        // An account Linnet has already (dave, from the profile).
        QCOMPARE(accounts->registerAccount(m_open->jid(QStringLiteral("dave")), NewSecret, {}, 0), nullptr);
        QVERIFY(accounts->addError().contains(QStringLiteral("already")));
        QCOMPARE(accounts->rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
