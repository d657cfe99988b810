// An account's AMQP brokers as the user has them (AmqpConnectionsModel in a real profile, with
// a real Secret Service and RabbitMQ): added with a password that goes to the keychain only,
// readings in the account's own ReadingStore next to its PubSub series, the broker back at the
// next start with its password from the keychain and its readings from the history, a command
// answered by a device of tools/devicesim, an anonymous broker, and gone with its password when
// removed. Refusals say why.
#undef QT_NO_CAST_FROM_ASCII
#include "AmqpTestPeer.h"
#include "RabbitMqServer.h"
#include "SecretService.h"

#include "account/Account.h"
#include "account/AccountsModel.h"
#include "amqp/AmqpConnection.h"
#include "amqp/AmqpConnectionsModel.h"
#include "devices/ReadingStore.h"
#include "net/NetworkThread.h"
#include "security/CredentialStore.h"

#include <QDateTime>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString BrokerPassword = QStringLiteral("broker passphrase 7431");
const QString Jid = QStringLiteral("alice@linnet.test");
}  // namespace

class TestAmqpAccount : public QObject
{
    Q_OBJECT

    SecretService m_secrets;  // one per process, outliving the tests (see SecretService.h)
    QTemporaryDir m_profile;
    NetworkThread m_network;
    CredentialStore m_credentials;
    std::unique_ptr<RabbitMqServer> m_broker;

    std::unique_ptr<AccountsModel> openProfile()
    {
        return std::make_unique<AccountsModel>(m_profile.filePath("linnet.ini"), &m_network, &m_credentials);
    }
    CredentialStore::Result readKeychain(const QString &key)
    {
        QObject context;
        CredentialStore::Result got;
        bool done = false;
        m_credentials.read(key, &context, [&](const CredentialStore::Result &result) {
            got = result;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the keychain did not answer");
        return got;
    }
    AmqpPeerLogin login() const { return {m_broker->url(), m_broker->caCertificateFile(), "devices", BrokerPassword}; }
    // An account that never goes online over XMPP (no server here): its brokers work alone.
    Account *offlineAccount(AccountsModel &accounts)
    {
        if (auto *account = accounts.account(Jid))
            return account;
        AccountConfig config;
        config.jid = Jid;
        config.enabled = false;
        return accounts.addAccount(config, QString());
    }
    static qsizetype samples(const Account &account, const QString &device)
    {
        return qsizetype(account.readings()->samples("amqp/factory", device, device + ":temp", 0, std::numeric_limits<qint64>::max()).size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_secrets.start(&error), qPrintable(error));
        QVERIFY(m_profile.isValid());
        m_broker = std::make_unique<RabbitMqServer>(RabbitMqOptions{.users = {{"devices", BrokerPassword, {}}},
                                                                    .anonymous = true,
                                                                    .queues = {"sensors", "lobby", "linnet.replies.factory", "press-1.commands"}});
        QVERIFY2(m_broker->start(&error), qPrintable(error));
    }

    void refusalsSayWhy()
    {
        auto accounts = openProfile();
        auto *brokers = offlineAccount(*accounts)->amqp();
        const QString url = m_broker->url().toString();
        QVERIFY(!brokers->add("factory", QString(url).replace("amqps:", "amqp:"), "devices", BrokerPassword, "/queues/sensors"));
        QVERIFY2(brokers->addError().contains("amqps://"), qPrintable(brokers->addError()));
        QVERIFY(!brokers->add("factory", url, "devices", BrokerPassword, ""));
        QVERIFY2(brokers->addError().contains("/queues/"), qPrintable(brokers->addError()));
        QVERIFY(!brokers->add("no spaces please", url, "devices", BrokerPassword, "/queues/sensors"));
        QVERIFY(!brokers->add("factory", url, "devices", "", "/queues/sensors"));
        QVERIFY2(brokers->addError().contains("password"), qPrintable(brokers->addError()));
        QCOMPARE(brokers->count(), 0);
    }

    // Added: connected at once, the password in the keychain and nowhere in the profile, the
    // readings in the account's store under service amqp/factory.
    void addedBrokerFeedsTheAccount()
    {
        {
            auto accounts = openProfile();
            auto *account = offlineAccount(*accounts);
            auto *brokers = account->amqp();
            QVERIFY2(brokers->add("factory", m_broker->url().toString(), "devices", BrokerPassword, "/queues/sensors",
                                  m_broker->caCertificateFile()),
                     qPrintable(brokers->addError()));
            QCOMPARE(brokers->count(), 1);
            QCOMPARE(brokers->data(brokers->index(0), AmqpConnectionsModel::NameRole).toString(), QStringLiteral("factory"));
            auto *factory = brokers->at(0);
            QTRY_COMPARE_WITH_TIMEOUT(factory->state(), AmqpConnection::Connected, 30000);

            const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
            std::vector<proton::message> messages;
            for (int i = 0; i < 5; ++i)
                messages.push_back(senmlJsonMessage(QStringLiteral("press-%1").arg(i), "press-1", 20 + i, t0 + i * 1000));
            QString error;
            QVERIFY2(publishMessages(login(), RabbitMqServer::queueAddress("sensors"), messages, &error), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(samples(*account, "press-1"), 5, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(readKeychain(AmqpConnectionsModel::keychainKey(Jid, "factory")).password, BrokerPassword, 10000);
            QVERIFY(account->readings()->waitForHistory());
        }  // the app quits

        QDirIterator files(m_profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        bool brokerSaved = false;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(BrokerPassword.toUtf8()), qPrintable(file.fileName()));
            brokerSaved |= file.fileName().endsWith("linnet.ini") && content.contains("/queues/sensors");
        }
        QVERIFY(brokerSaved);
    }

    // The next start: the broker is there, connects with the keychain's password when the
    // account connects, and its readings came back from the history.
    void brokerComesBackAtStart()
    {
        auto accounts = openProfile();
        auto *account = accounts->account(Jid);
        QVERIFY(account);
        QCOMPARE(account->amqp()->count(), 1);
        auto *factory = account->amqp()->connection("factory");
        QVERIFY(factory);
        QCOMPARE(factory->settings().sources, QStringList{"/queues/sensors"});
        QTRY_COMPARE_WITH_TIMEOUT(samples(*account, "press-1"), 5, 20000);  // from the history
        QCOMPARE(factory->state(), AmqpConnection::Disconnected);
        account->amqp()->openAll();
        QTRY_COMPARE_WITH_TIMEOUT(factory->state(), AmqpConnection::Connected, 30000);
    }

    // A command from the account to a device of tools/devicesim (its AMQP side) and its answer;
    // the device's next reading shows the relay on.
    void commandReachesTheDevice()
    {
        QProcess device;
        device.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Proton checks the broker's certificate by DNS name only: linnet.test is 127.0.0.1 here.
        device.start(LINNET_DEVICESIM, {"--amqp", QStringLiteral("amqps://linnet.test:%1").arg(m_broker->port()), "--amqp-user",
                                        "devices", "--amqp-ca", m_broker->caCertificateFile(), "--device", "press-1",
                                        "--rate", "5", "--progress-ms", "0"});
        QVERIFY(device.waitForStarted());
        device.write((BrokerPassword + "\n").toUtf8());
        const auto stop = qScopeGuard([&] {
            device.terminate();
            device.waitForFinished(10000);
        });
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += device.readAllStandardOutput()).contains("\"ready\""), 30000);

        auto accounts = openProfile();
        auto *account = accounts->account(Jid);
        auto *factory = account->amqp()->connection("factory");
        account->amqp()->openAll();
        QTRY_COMPARE_WITH_TIMEOUT(factory->state(), AmqpConnection::Connected, 30000);
        QSignalSpy finished(factory, &AmqpConnection::commandFinished);
        const QString id = factory->sendCommand("press-1", "relay", "on");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toString(), id);
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(finished.at(0).at(2).toString(), QStringLiteral("Relay on"));
        QTRY_VERIFY_WITH_TIMEOUT(account->readings()->last("amqp/factory", "press-1", "press-1:relay").has_value(), 20000);
        QCOMPARE(account->readings()->last("amqp/factory", "press-1", "press-1:relay")->value, 1.0);
    }

    // A broker that lets anyone read: added without a user, it logs in with SASL ANONYMOUS (over
    // TLS as always), needs no keychain entry, and its readings arrive.
    void anonymousBroker()
    {
        auto accounts = openProfile();
        auto *account = offlineAccount(*accounts);
        auto *brokers = account->amqp();
        QVERIFY2(brokers->add("lobby", m_broker->url().toString(), "", "", "/queues/lobby", m_broker->caCertificateFile()),
                 qPrintable(brokers->addError()));
        auto *lobby = brokers->connection("lobby");
        QCOMPARE(lobby->settings().sasl, AmqpSettings::Sasl::Anonymous);
        QTRY_COMPARE_WITH_TIMEOUT(lobby->state(), AmqpConnection::Connected, 30000);
        QString error;
        QVERIFY2(publishMessages(login(), RabbitMqServer::queueAddress("lobby"),
                                 {senmlJsonMessage("lobby-1", "door-7", 1, QDateTime::currentMSecsSinceEpoch() - 1000)}, &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(qsizetype(account->readings()->samples("amqp/lobby", "door-7", "door-7:temp", 0,
                                                                        std::numeric_limits<qint64>::max()).size()),
                                  1, 20000);
        QCOMPARE(readKeychain(AmqpConnectionsModel::keychainKey(Jid, "lobby")).status, CredentialStore::Status::NotFound);
        brokers->remove(int(brokers->count() - 1));
    }

    // Removed: disconnected, its password gone from the keychain, and gone from the profile.
    void removedBrokerIsForgotten()
    {
        {
            auto accounts = openProfile();
            auto *brokers = accounts->account(Jid)->amqp();
            QCOMPARE(brokers->count(), 1);
            brokers->remove(0);
            QCOMPARE(brokers->count(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(readKeychain(AmqpConnectionsModel::keychainKey(Jid, "factory")).status,
                                      CredentialStore::Status::NotFound, 10000);
        }
        auto accounts = openProfile();
        QCOMPARE(accounts->account(Jid)->amqp()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAmqpAccount)
#include "tst_amqpaccount.moc"
