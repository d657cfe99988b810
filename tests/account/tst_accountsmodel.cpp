// The profile's accounts against a real Prosody and a real Secret Service (gnome-keyring on a
// private D-Bus): the password goes to the keychain and nowhere else (every file of the profile
// and every log line is searched for it), accounts and their online sessions come back at the
// next start with the password from the keychain, and "don't remember" asks at connect.
#include "LogCapture.h"
#include "LiveTest.h"
#include "SecretService.h"
#include "account/Account.h"
#include "account/AccountsModel.h"
#include "account/ConnectionController.h"
#include "account/Session.h"
#include "net/NetworkThread.h"
#include "security/CredentialStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

namespace {
// The fixture's accounts all have this password; it must appear nowhere but in the keychain.
const QString Secret = LiveTest::Password;
}  // namespace

class TestAccountsModel : public QObject
{
    Q_OBJECT

    std::optional<LogCapture> m_log;  // from initTestCase on (QTest installs its handler first)
    SecretService m_secrets;  // one per process, outliving the tests (see SecretService.h)
    std::unique_ptr<ProsodyServer> m_server;
    QTemporaryDir m_profile;
    NetworkThread m_network;
    CredentialStore m_credentials;

    std::unique_ptr<AccountsModel> openProfile()
    {
        return std::make_unique<AccountsModel>(m_profile.filePath(QStringLiteral("linnet.ini")), &m_network, &m_credentials);
    }

    AccountConfig configFor(const QString &user) const { return LiveTest::accountConfigFor(*m_server, user); }
    CredentialStore::Result readKeychain(const QString &jid) { return LiveTest::readKeychain(m_credentials, jid); }

private Q_SLOTS:
    void initTestCase()
    {
        m_log.emplace();
        QString error;
        QVERIFY2(m_secrets.start(&error), qPrintable(error));
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
    }
    void cleanupTestCase() { m_log.reset(); }

    // Added with "remember": online, and the password is in the keychain only.
    void passwordGoesToTheKeychainOnly()
    {
        {
            auto accounts = openProfile();
            auto config = configFor(QStringLiteral("alice"));
            config.sessions = {{QStringLiteral("desk"), true}};
            auto *account = accounts->addAccount(config, Secret);
            QVERIFY(account);
            QTRY_COMPARE_WITH_TIMEOUT(account->onlineSessions(), 1, 15000);
            auto *lab = account->addSession(QStringLiteral("lab"));
            QTRY_VERIFY_WITH_TIMEOUT(lab->isOnline(), 15000);
            QTRY_COMPARE_WITH_TIMEOUT(readKeychain(config.jid).password, Secret, 10000);
        }  // the app quits: the profile is saved

        QStringList encodings;
        for (const QByteArray &form : {Secret.toUtf8(), QByteArray(reinterpret_cast<const char *>(Secret.utf16()), Secret.size() * 2),
                                       Secret.toUtf8().toBase64(), Secret.toUtf8().toHex()}) {
            QDirIterator files(m_profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(form), qPrintable(file.fileName()));
            }
        }
        for (const auto &line : m_log->messages())
            QVERIFY2(!line.contains(Secret), qPrintable(line));
        QVERIFY(QFile::exists(m_profile.filePath(QStringLiteral("linnet.ini"))));
    }

    // The next start: the account, both its sessions online again, the password from the keychain.
    void accountsAndSessionsComeBackAtStart()
    {
        auto accounts = openProfile();
        QCOMPARE(accounts->rowCount(), 1);
        auto *account = accounts->at(0);
        QCOMPARE(account->sessions().size(), 2);
        QSignalSpy needed(accounts.get(), &AccountsModel::passwordNeeded);
        accounts->connectAtStart();
        QTRY_COMPARE_WITH_TIMEOUT(account->onlineSessions(), 2, 15000);
        QCOMPARE(needed.count(), 0);
        QCOMPARE(account->session(QStringLiteral("lab"))->jid(), m_server->jid(QStringLiteral("alice")) + QStringLiteral("/lab"));
        // Signing out is remembered too: nothing connects at the following start.
        account->disconnectAll();
    }

    void signedOutStaysSignedOut()
    {
        auto accounts = openProfile();
        accounts->connectAtStart();
        QTest::qWait(1000);
        QCOMPARE(accounts->at(0)->onlineSessions(), 0);
        QVERIFY(!accounts->at(0)->isActive());
    }

    // "Don't remember": nothing in the keychain, and the next start asks.
    void notRememberedIsAskedFor()
    {
        const QString jid = m_server->jid(QStringLiteral("bob"));
        {
            auto accounts = openProfile();
            auto config = configFor(QStringLiteral("bob"));
            config.rememberPassword = false;
            auto *account = accounts->addAccount(config, LiveTest::Password);
            QTRY_COMPARE_WITH_TIMEOUT(account->onlineSessions(), 1, 15000);
        }
        QCOMPARE(readKeychain(jid).status, CredentialStore::Status::NotFound);
        auto accounts = openProfile();
        QSignalSpy needed(accounts.get(), &AccountsModel::passwordNeeded);
        accounts->connectAtStart();
        QTRY_COMPARE(needed.count(), 1);
        auto *bob = needed.first().first().value<Account *>();
        QCOMPARE(bob->jid(), jid);
        accounts->providePassword(bob, LiveTest::Password, false);
        QTRY_COMPARE_WITH_TIMEOUT(bob->onlineSessions(), 1, 15000);
    }

    // Editing: the session online stays online, the keychain follows "remember" both ways (the
    // password this run knows goes in, the stored one goes), host and port apply from the next
    // connect, and everything is saved.
    void editingAnAccount()
    {
        const QString jid = m_server->jid(QStringLiteral("bob"));
        const QString ca = m_server->caCertificateFile();
        const int port = m_server->c2sPort();
        {
            auto accounts = openProfile();
            auto *bob = accounts->account(jid);
            QVERIFY(bob);
            QVERIFY(!bob->rememberPassword());
            accounts->providePassword(bob, LiveTest::Password, false);
            auto *session = bob->sessions().constFirst();
            QTRY_VERIFY_WITH_TIMEOUT(session->isOnline(), 15000);
            QSignalSpy stateChanges(session->connection(), &ConnectionController::stateChanged);
            QSignalSpy saved(bob, &Account::configChanged);

            QVERIFY(accounts->updateAccount(bob, QStringLiteral("  Robert  "), m_server->host(), port, true, ca));
            QVERIFY(accounts->editError().isEmpty());
            QCOMPARE(bob->displayName(), QStringLiteral("Robert"));
            QVERIFY(bob->rememberPassword());
            QCOMPARE(saved.count(), 1);
            QTRY_COMPARE_WITH_TIMEOUT(readKeychain(jid).password, LiveTest::Password, 10000);

            // A port nobody listens on: the session online keeps running on the old one...
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const int closedPort = closed.serverPort();
            closed.close();
            QVERIFY(accounts->updateAccount(bob, QStringLiteral("Robert"), m_server->host(), closedPort, true, ca));
            QCOMPARE(bob->port(), closedPort);
            QTest::qWait(500);
            QVERIFY(session->isOnline());
            QCOMPARE(stateChanges.count(), 0);
            // ...and the next connect uses the new one.
            bob->disconnectSession(session);
            bob->connectSession(session);
            QTRY_COMPARE_WITH_TIMEOUT(session->connection()->error(), ConnectionError::Kind::HostUnreachable, 15000);
            QVERIFY(accounts->updateAccount(bob, QStringLiteral("Robert"), m_server->host(), port, false, ca));
            bob->connectSession(session);
            QTRY_VERIFY_WITH_TIMEOUT(session->isOnline(), 15000);

            // "Remember" off: the stored password goes; this run still knows it.
            QTRY_COMPARE_WITH_TIMEOUT(readKeychain(jid).status, CredentialStore::Status::NotFound, 10000);
            QVERIFY(bob->hasPassword());

            // Values that cannot work are refused with a reason, and change nothing.
            const auto before = bob->config();
            const QList<std::tuple<QString, int, QString>> invalid = {
                {QStringLiteral("xmpp.example.org:5222"), 0, QString()},
                {QStringLiteral("two words"), 0, QString()},
                {QStringLiteral("alice@example.org"), 0, QString()},
                {m_server->host(), 70000, QString()},
                {m_server->host(), -1, QString()},
                {m_server->host(), port, m_profile.filePath(QStringLiteral("no-such-ca.pem"))},
            };
            for (const auto &[host, badPort, caFile] : invalid) {
                QVERIFY2(!accounts->updateAccount(bob, QStringLiteral("Bobby"), host, badPort, false, caFile),
                         qPrintable(host));
                QVERIFY(!accounts->editError().isEmpty());
            }
            QCOMPARE(bob->config(), before);
            QVERIFY(accounts->updateAccount(bob, QString(), QStringLiteral("::1"), 0, false, ca));  // IPv6 is a host
            QVERIFY(accounts->editError().isEmpty());
            QCOMPARE(bob->displayName(), QStringLiteral("bob"));  // empty: the JID's user part
            QVERIFY(accounts->updateAccount(bob, QStringLiteral("Robert"), m_server->host(), port, false, ca));
        }
        auto accounts = openProfile();
        auto *bob = accounts->account(jid);
        QCOMPARE(bob->displayName(), QStringLiteral("Robert"));
        QCOMPARE(bob->port(), port);
        QVERIFY(!bob->rememberPassword());
    }

    // Removing an account deletes its stored password.
    void removingAnAccountForgetsItsPassword()
    {
        auto accounts = openProfile();
        auto *alice = accounts->account(m_server->jid(QStringLiteral("alice")));
        QVERIFY(alice);
        accounts->removeAccount(alice);
        QCOMPARE(accounts->account(m_server->jid(QStringLiteral("alice"))), nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(readKeychain(m_server->jid(QStringLiteral("alice"))).status,
                                  CredentialStore::Status::NotFound, 10000);
    }

    void invalidAddressIsRefused()
    {
        auto accounts = openProfile();
        QCOMPARE(accounts->addAccount(QStringLiteral("not-an-address"), Secret, {}, 0), nullptr);
        QVERIFY(!accounts->addError().isEmpty());
        QVERIFY(accounts->addAccount(QStringLiteral("carol@example.org"), {}, {}, 0));
        QVERIFY(accounts->addError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountsModel)
#include "tst_accountsmodel.moc"
