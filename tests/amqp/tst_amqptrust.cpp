// Trusting a broker's certificate, as the user does it (AmqpConnectionsModel in a real profile,
// with a real Secret Service and RabbitMQ whose CA is NOT given to the broker's settings): the
// refusal carries the broker's own certificate, trusting pins it in the profile and connects,
// the pin survives a restart, and a different certificate later is refused again as changed.
// Also: an account's connections are made once, and lazily for an Account used on its own.
#undef QT_NO_CAST_FROM_ASCII
#include "AmqpTestPeer.h"
#include "LogCapture.h"
#include "RabbitMqServer.h"
#include "SecretService.h"
#include "TestCertificates.h"

#include "account/Account.h"
#include "account/AccountsModel.h"
#include "amqp/AmqpConnection.h"
#include "amqp/AmqpConnectionsModel.h"
#include "devices/ReadingStore.h"
#include "net/NetworkThread.h"
#include "security/CredentialStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {
const QString BrokerPassword = QStringLiteral("broker passphrase 5190");
const QString Jid = QStringLiteral("carol@linnet.test");
}  // namespace

class TestAmqpTrust : public QObject
{
    Q_OBJECT

    SecretService m_secrets;  // one per process, outliving the tests (see SecretService.h)
    QTemporaryDir m_profile;
    NetworkThread m_network;
    CredentialStore m_credentials;
    std::unique_ptr<RabbitMqServer> m_broker;
    std::optional<LogCapture> m_log;
    QByteArray m_firstDigest;  // the broker's first certificate, as trusted

    std::unique_ptr<AccountsModel> openProfile()
    {
        return std::make_unique<AccountsModel>(m_profile.filePath("linnet.ini"), &m_network, &m_credentials);
    }
    AmqpPeerLogin login() const { return {m_broker->url(), m_broker->caCertificateFile(), "devices", BrokerPassword}; }
    Account *offlineAccount(AccountsModel &accounts)
    {
        if (auto *account = accounts.account(Jid))
            return account;
        AccountConfig config;
        config.jid = Jid;
        config.enabled = false;
        return accounts.addAccount(config, QString());
    }
    // The fixture's files sit next to its CA: certs/server.pem is what the broker shows.
    QString serverCertificateFile() const { return QFileInfo(m_broker->caCertificateFile()).dir().filePath("server.pem"); }
    QByteArray brokerDigest() const
    {
        const auto certificates = QSslCertificate::fromPath(serverCertificateFile());
        return certificates.isEmpty() ? QByteArray() : certificates.constFirst().digest(QCryptographicHash::Sha256);
    }
    bool publish(const QString &id, const QString &device, double value, QString *error)
    {
        return publishMessages(login(), RabbitMqServer::queueAddress("sensors"),
                               {senmlJsonMessage(id, device, value, QDateTime::currentMSecsSinceEpoch() - 1000)}, error);
    }
    static qsizetype samples(const Account &account, const QString &device)
    {
        return qsizetype(account.readings()->samples("amqp/plant", device, device + ":temp", 0, std::numeric_limits<qint64>::max()).size());
    }
    static QString hex(const QByteArray &digest)
    {
        return QString::fromLatin1(digest.toHex(':').toUpper());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_log.emplace(LogCapture::category("linnet.amqp"));
        QString error;
        QVERIFY2(m_secrets.start(&error), qPrintable(error));
        QVERIFY(m_profile.isValid());
        m_broker = std::make_unique<RabbitMqServer>(RabbitMqOptions{.users = {{"devices", BrokerPassword, {}}},
                                                                    .queues = {"sensors", "lobby"}});
        QVERIFY2(m_broker->start(&error), qPrintable(error));
        m_firstDigest = brokerDigest();
        QCOMPARE(m_firstDigest.size(), 32);
    }

    // Refused with the broker's own certificate; trusting pins it and the readings flow.
    void refusedCertificateCanBeTrusted()
    {
        auto accounts = openProfile();
        auto *account = offlineAccount(*accounts);
        auto *brokers = account->amqp();
        QSignalSpy refused(brokers, &AmqpConnectionsModel::certificateRefused);
        QSignalSpy saved(brokers, &AmqpConnectionsModel::brokersChanged);
        // No CA file: the fixture's CA is not trusted, so its certificate does not validate.
        QVERIFY2(brokers->add("plant", m_broker->url().toString(), "devices", BrokerPassword, "/queues/sensors"),
                 qPrintable(brokers->addError()));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 30000);
        QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("plant"));
        auto *plant = brokers->connection("plant");
        QTRY_COMPARE_WITH_TIMEOUT(plant->state(), AmqpConnection::Disconnected, 10000);
        QVERIFY(!plant->errorText().isEmpty());

        const CertificateInfo certificate = brokers->refusedCertificate("plant");
        QVERIFY(!certificate.isNull());
        QCOMPARE(certificate.digest(), m_firstDigest);
        QCOMPARE(certificate.sha256(), hex(m_firstDigest));
        QVERIFY2(certificate.subject().contains("localhost"), qPrintable(certificate.subject()));  // the fixture's CN
        QVERIFY(!certificate.errors().isEmpty());
        QVERIFY(!certificate.changed());
        QCOMPARE(brokers->data(brokers->index(0), AmqpConnectionsModel::RefusedCertificateRole).value<CertificateInfo>(), certificate);
        QCOMPARE(brokers->host("plant"), m_broker->host());
        QVERIFY(!brokers->trustRefusedCertificate("no-such-broker"));

        saved.clear();
        QVERIFY(brokers->trustRefusedCertificate("plant"));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(brokers->brokers().constFirst().pinnedSha256, QList<QByteArray>{m_firstDigest});
        plant = brokers->connection("plant");  // the connection with the pin
        QCOMPARE(plant->settings().pinnedSha256, QList<QByteArray>{m_firstDigest});
        QTRY_COMPARE_WITH_TIMEOUT(plant->state(), AmqpConnection::Connected, 30000);
        QVERIFY(brokers->refusedCertificate("plant").isNull());
        QVERIFY(!brokers->trustRefusedCertificate("plant"));  // nothing refused any more

        QString error;
        QVERIFY2(publish("trust-1", "kiln-1", 21.5, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(samples(*account, "kiln-1"), 1, 20000);
        QVERIFY(account->readings()->waitForHistory());
    }

    // The next start: the pin is in the profile and the broker connects without asking.
    void pinSurvivesARestart()
    {
        auto accounts = openProfile();
        auto *account = accounts->account(Jid);
        QVERIFY(account);
        auto *brokers = account->amqp();
        QCOMPARE(brokers->brokers().constFirst().pinnedSha256, QList<QByteArray>{m_firstDigest});
        QSignalSpy refused(brokers, &AmqpConnectionsModel::certificateRefused);
        brokers->openAll();
        auto *plant = brokers->connection("plant");
        QTRY_COMPARE_WITH_TIMEOUT(plant->state(), AmqpConnection::Connected, 30000);
        QString error;
        QVERIFY2(publish("trust-2", "kiln-2", 22.5, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(samples(*account, "kiln-2"), 1, 20000);
        QCOMPARE(refused.size(), 0);
    }

    // The broker shows another certificate (same CA, still not trusted): refused again, marked
    // changed; trusting the new one replaces the pin.
    void changedCertificateIsRefusedAgain()
    {
        // The fixture has no "new certificate" call: sign one with its CA over the files its
        // rabbitmq.conf names, and restart it (RabbitMQ reads them at boot).
        const QDir certs = QFileInfo(m_broker->caCertificateFile()).dir();
        QTemporaryDir fresh;
        linnet::test::CertificateFiles files;
        QString error;
        QVERIFY2(linnet::test::signServerCertificate(fresh.path(), "server", {"localhost", "linnet.test"}, {m_broker->host()},
                                                     m_broker->caCertificateFile(), certs.filePath("ca.key"), &files, &error),
                 qPrintable(error));
        for (const auto &[from, to] : {std::pair{files.serverCertificate, certs.filePath("server.pem")},
                                       std::pair{files.serverKey, certs.filePath("server.key")}}) {
            QFile::remove(to);
            QVERIFY(QFile::copy(from, to));
        }
        QVERIFY2(m_broker->restart(&error), qPrintable(error));
        const QByteArray newDigest = brokerDigest();
        QVERIFY(newDigest != m_firstDigest);

        auto accounts = openProfile();
        auto *account = accounts->account(Jid);
        auto *brokers = account->amqp();
        QSignalSpy refused(brokers, &AmqpConnectionsModel::certificateRefused);
        brokers->openAll();
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 30000);
        const CertificateInfo certificate = brokers->refusedCertificate("plant");
        QCOMPARE(certificate.digest(), newDigest);
        QVERIFY(certificate.changed());
        QVERIFY2(brokers->connection("plant")->errorText().contains("changed"), qPrintable(brokers->connection("plant")->errorText()));
        QCOMPARE(brokers->brokers().constFirst().pinnedSha256, QList<QByteArray>{m_firstDigest});  // not until the user says so

        QVERIFY(brokers->trustRefusedCertificate("plant"));
        QCOMPARE(brokers->brokers().constFirst().pinnedSha256, QList<QByteArray>{newDigest});
        QTRY_COMPARE_WITH_TIMEOUT(brokers->connection("plant")->state(), AmqpConnection::Connected, 30000);
        QVERIFY2(publish("trust-3", "kiln-3", 23.5, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(samples(*account, "kiln-3"), 1, 20000);
    }

    // At start each broker gets one connection (one thread): made when the profile gives it
    // storage, not in the Account's constructor and again after.
    void connectionsAreMadeOnce()
    {
        m_log->clear();
        auto accounts = openProfile();
        auto *account = accounts->account(Jid);
        QVERIFY(account);
        QCOMPARE(account->findChildren<AmqpConnection *>().size(), 1);
        auto *plant = account->amqp()->connection("plant");
        QVERIFY(plant);
        QCOMPARE(account->amqp()->data(account->amqp()->index(0), AmqpConnectionsModel::ConnectionRole).value<AmqpConnection *>(), plant);
        QVERIFY2(!m_log->text().contains("made again"), qPrintable(m_log->text()));
    }

    // An Account used without an AccountsModel (no storage): nothing made by its constructor,
    // the connections appear on first use and work (ids in memory).
    void accountOnItsOwnMakesThemOnUse()
    {
        AccountConfig config;
        config.jid = QStringLiteral("dave@linnet.test");
        config.enabled = false;
        AmqpSettings lobby;
        lobby.name = "lobby";
        lobby.url = m_broker->url();
        lobby.user = "devices";
        lobby.caCertificatesFile = m_broker->caCertificateFile();
        lobby.sources = {"/queues/lobby"};
        config.amqp = {lobby};
        Account account(config, &m_network);
        auto *brokers = account.amqp();
        QCOMPARE(brokers->count(), 1);
        QCOMPARE(account.findChildren<AmqpConnection *>().size(), 0);
        QCOMPARE(brokers->data(brokers->index(0), AmqpConnectionsModel::NameRole).toString(), QStringLiteral("lobby"));
        QCOMPARE(brokers->data(brokers->index(0), AmqpConnectionsModel::ConnectionRole).value<AmqpConnection *>(), nullptr);
        QVERIFY(account.config().amqp == QList<AmqpSettings>{lobby});

        auto *connection = brokers->connection("lobby");
        QVERIFY(connection);
        QCOMPARE(account.findChildren<AmqpConnection *>().size(), 1);
        QCOMPARE(brokers->at(0), connection);
        connection->open(BrokerPassword);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), AmqpConnection::Connected, 30000);
        QString error;
        QVERIFY2(publishMessages(login(), RabbitMqServer::queueAddress("lobby"),
                                 {senmlJsonMessage("own-1", "door-1", 1, QDateTime::currentMSecsSinceEpoch() - 1000)}, &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(qsizetype(account.readings()->samples("amqp/lobby", "door-1", "door-1:temp", 0,
                                                                       std::numeric_limits<qint64>::max()).size()),
                                  1, 20000);
        QCOMPARE(account.findChildren<AmqpConnection *>().size(), 1);
    }

    void cleanupTestCase()
    {
        // Never the password in what the AMQP code logged.
        QVERIFY(!m_log->text().contains(BrokerPassword));
    }
};

QTEST_GUILESS_MAIN(TestAmqpTrust)
#include "tst_amqptrust.moc"
