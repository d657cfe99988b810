// What the profile keeps of accounts: written and read back whole (the transport too), the old
// one-account [account] group still read, and never a password. The accounts page's transport
// helper: only encrypted endpoints pass, and a change is saved with the profile.
#include "account/Account.h"
#include "account/AccountConfig.h"
#include "account/AccountsModel.h"
#include "net/NetworkThread.h"
#include "security/CredentialStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

class TestAccountConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTrip()
    {
        AccountConfig alice;
        alice.jid = QStringLiteral("alice@example.org");
        alice.displayName = QStringLiteral("Alice");
        alice.host = QStringLiteral("xmpp.example.org");
        alice.port = 5223;
        alice.caCertificatesFile = QStringLiteral("/etc/ca.pem");
        alice.pinnedSha256 = {QByteArray(32, '\x7f')};
        alice.rememberPassword = false;
        alice.transport = Transport::WebSocket;
        alice.endpoint = QUrl(QStringLiteral("wss://xmpp.example.org:5443/ws?x=1"));
        alice.sessions = {{QStringLiteral("desk"), true}, {QStringLiteral("lab"), false}};
        AmqpSettings factory;
        factory.name = QStringLiteral("factory");
        factory.url = QUrl(QStringLiteral("amqps://broker.example.org:5671"));
        factory.user = QStringLiteral("linnet");
        factory.caCertificatesFile = QStringLiteral("/etc/broker-ca.pem");
        factory.pinnedSha256 = {QByteArray(32, '\x11')};
        factory.sources = {QStringLiteral("/queues/sensors"), QStringLiteral("/queues/kiln")};
        factory.creditWindow = 250;
        AmqpSettings open;
        open.name = QStringLiteral("open");
        open.url = QUrl(QStringLiteral("amqps://127.0.0.1:5671"));
        open.sasl = AmqpSettings::Sasl::Anonymous;
        alice.amqp = {factory, open};
        AccountConfig bob;
        bob.jid = QStringLiteral("bob@example.net");
        bob.enabled = false;
        bob.transport = Transport::DirectTls;
        bob.sessions = {{QStringLiteral("linnet"), true}};

        const QString file = m_dir.filePath(QStringLiteral("roundtrip.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            AccountConfig::saveAll(settings, {alice, bob});
        }
        QSettings settings(file, QSettings::IniFormat);
        const auto loaded = AccountConfig::loadAll(settings);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0), alice);
        QCOMPARE(loaded.at(1), bob);
        QCOMPARE(loaded.at(0).connectionSettings(QStringLiteral("lab")).resource, QStringLiteral("lab"));
        QCOMPARE(loaded.at(0).connectionSettings(QStringLiteral("lab")).pinnedSha256, alice.pinnedSha256);
        // Every session connects over the account's transport.
        const auto settings_ = loaded.at(0).connectionSettings(QStringLiteral("desk"));
        QCOMPARE(settings_.transport, Transport::WebSocket);
        QCOMPARE(settings_.endpoint, alice.endpoint);
        QCOMPARE(loaded.at(1).connectionSettings(QStringLiteral("linnet")).transport, Transport::DirectTls);
        QVERIFY(loaded.at(1).connectionSettings(QStringLiteral("linnet")).endpoint.isEmpty());
    }

    // A broker the profile describes without TLS, or without a user for PLAIN, is not connected
    // to: it is dropped on reading (and so from the profile on the next save), with a warning.
    void unsafeBrokersAreNotKept()
    {
        const QString file = m_dir.filePath(QStringLiteral("amqp.ini"));
        {
            QSettings s(file, QSettings::IniFormat);
            s.beginWriteArray(QStringLiteral("accounts"), 1);
            s.setArrayIndex(0);
            s.setValue(QStringLiteral("jid"), QStringLiteral("alice@example.org"));
            s.beginWriteArray(QStringLiteral("amqp"), 3);
            const QList<std::pair<QString, QString>> brokers = {{QStringLiteral("plain"), QStringLiteral("amqp://broker.example.org")},
                                                                {QStringLiteral("nouser"), QStringLiteral("amqps://broker.example.org")},
                                                                {QStringLiteral("good"), QStringLiteral("amqps://broker.example.org")}};
            for (int i = 0; i < brokers.size(); ++i) {
                s.setArrayIndex(i);
                s.setValue(QStringLiteral("name"), brokers.at(i).first);
                s.setValue(QStringLiteral("url"), brokers.at(i).second);
                s.setValue(QStringLiteral("user"), i == 1 ? QString() : QStringLiteral("linnet"));
            }
            s.endArray();
            s.endArray();
        }
        QSettings settings(file, QSettings::IniFormat);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("AMQP connection .*\"plain\"")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("AMQP connection .*\"nouser\"")));
        const auto loaded = AccountConfig::loadAll(settings);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).amqp.size(), 1);
        QCOMPARE(loaded.at(0).amqp.at(0).name, QStringLiteral("good"));
        QCOMPARE(loaded.at(0).amqp.at(0).service(), QStringLiteral("amqp/good"));
    }

    // Every transport survives the profile, spelled as a word; nothing set means Automatic,
    // and so does a word this version does not know (a newer Linnet's profile).
    void transportsAreKeptAsWords_data()
    {
        QTest::addColumn<int>("transport");
        QTest::addColumn<QString>("key");
        QTest::newRow("automatic") << int(Transport::Automatic) << QStringLiteral("automatic");
        QTest::newRow("starttls") << int(Transport::StartTls) << QStringLiteral("starttls");
        QTest::newRow("directtls") << int(Transport::DirectTls) << QStringLiteral("directtls");
        QTest::newRow("websocket") << int(Transport::WebSocket) << QStringLiteral("websocket");
        QTest::newRow("bosh") << int(Transport::Bosh) << QStringLiteral("bosh");
    }
    void transportsAreKeptAsWords()
    {
        QFETCH(int, transport);
        QFETCH(QString, key);
        AccountConfig a;
        a.jid = QStringLiteral("alice@example.org");
        a.transport = Transport(transport);
        a.sessions = {{QStringLiteral("linnet"), true}};
        const QString file = m_dir.filePath(QStringLiteral("transport-%1.ini").arg(key));
        QSettings settings(file, QSettings::IniFormat);
        AccountConfig::saveAll(settings, {a});
        QCOMPARE(settings.value(QStringLiteral("accounts/1/transport")).toString(), key);
        QCOMPARE(int(AccountConfig::loadAll(settings).value(0).transport), transport);
    }
    void unknownOrMissingTransportIsAutomatic()
    {
        const QString file = m_dir.filePath(QStringLiteral("unknown.ini"));
        QSettings settings(file, QSettings::IniFormat);
        settings.beginWriteArray(QStringLiteral("accounts"), 2);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("jid"), QStringLiteral("alice@example.org"));
        settings.setValue(QStringLiteral("transport"), QStringLiteral("carrier-pigeon"));
        settings.setValue(QStringLiteral("endpoint"), QStringLiteral("wss://example.org/ws"));
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("jid"), QStringLiteral("bob@example.org"));
        settings.endArray();
        const auto loaded = AccountConfig::loadAll(settings);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).transport, Transport::Automatic);
        QVERIFY2(loaded.at(0).endpoint.isEmpty(), "an endpoint only goes with WebSocket or BOSH");
        QCOMPARE(loaded.at(1).transport, Transport::Automatic);
        QCOMPARE(AccountConfig().transport, Transport::Automatic);
    }

    // The accounts page's check of an endpoint typed by hand: only wss:// for WebSocket and
    // https:// for BOSH, with a host and without credentials; empty asks the server (XEP-0156).
    void endpointsMustBeEncrypted_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("ok");
        const int ws = AccountTransport::WebSocket;
        const int bosh = AccountTransport::Bosh;
        QTest::newRow("wss") << ws << QStringLiteral("wss://example.org/xmpp-websocket") << true;
        QTest::newRow("wss port, spaces") << ws << QStringLiteral("  wss://example.org:5443/ws ") << true;
        QTest::newRow("wss empty") << ws << QString() << true;
        QTest::newRow("ws") << ws << QStringLiteral("ws://example.org/xmpp-websocket") << false;
        QTest::newRow("https for ws") << ws << QStringLiteral("https://example.org/xmpp-websocket") << false;
        QTest::newRow("no scheme") << ws << QStringLiteral("example.org/xmpp-websocket") << false;
        QTest::newRow("no host") << ws << QStringLiteral("wss:///xmpp-websocket") << false;
        QTest::newRow("credentials") << ws << QStringLiteral("wss://alice:secret@example.org/ws") << false;
        QTest::newRow("fragment") << ws << QStringLiteral("wss://example.org/ws#x") << false;
        QTest::newRow("garbage") << ws << QStringLiteral("wss://exa mple.org/ws") << false;
        QTest::newRow("https") << bosh << QStringLiteral("https://example.org/http-bind") << true;
        QTest::newRow("http") << bosh << QStringLiteral("http://example.org/http-bind") << false;
        QTest::newRow("wss for bosh") << bosh << QStringLiteral("wss://example.org/http-bind") << false;
        QTest::newRow("bosh empty") << bosh << QString() << true;
        // Without an endpoint to use, whatever is in the field does not matter.
        QTest::newRow("starttls") << int(AccountTransport::StartTls) << QStringLiteral("http://x") << true;
        QTest::newRow("out of range") << 9 << QString() << false;
    }
    void endpointsMustBeEncrypted()
    {
        QFETCH(int, kind);
        QFETCH(QString, endpoint);
        QFETCH(bool, ok);
        AccountTransport helper;
        const QString problem = helper.endpointProblem(kind, endpoint);
        QVERIFY2(problem.isEmpty() == ok, qPrintable(problem));
    }

    // A change from the page is saved with the profile and comes back at the next start; a
    // refused endpoint changes nothing; the endpoint goes with a transport that has none.
    void applyIsSaved()
    {
        NetworkThread network;
        CredentialStore credentials;
        const QString file = m_dir.filePath(QStringLiteral("apply.ini"));
        AccountTransport helper;
        {
            AccountsModel accounts(file, &network, &credentials);
            AccountConfig config;
            config.jid = QStringLiteral("alice@example.org");
            config.sessions = {{QStringLiteral("desk"), false}};
            auto *account = accounts.addAccount(config, QString());  // no password: stays offline
            QVERIFY(account);
            QCOMPARE(helper.kindOf(account), int(AccountTransport::Automatic));
            QVERIFY(!helper.apply(account, AccountTransport::WebSocket, QStringLiteral("ws://example.org/ws")));
            QCOMPARE(helper.kindOf(account), int(AccountTransport::Automatic));
            QVERIFY(helper.apply(account, AccountTransport::Bosh, QStringLiteral(" https://example.org/http-bind")));
            QCOMPARE(helper.kindOf(account), int(AccountTransport::Bosh));
            QCOMPARE(helper.endpointOf(account), QStringLiteral("https://example.org/http-bind"));
        }
        {
            AccountsModel accounts(file, &network, &credentials);
            auto *account = accounts.account(QStringLiteral("alice@example.org"));
            QVERIFY(account);
            QCOMPARE(account->config().transport, Transport::Bosh);
            QCOMPARE(account->config().endpoint, QUrl(QStringLiteral("https://example.org/http-bind")));
            QVERIFY(helper.apply(account, AccountTransport::DirectTls, QStringLiteral("https://example.org/http-bind")));
        }
        AccountsModel accounts(file, &network, &credentials);
        auto *account = accounts.account(QStringLiteral("alice@example.org"));
        QCOMPARE(account->config().transport, Transport::DirectTls);
        QVERIFY(account->config().endpoint.isEmpty());
        QVERIFY(!helper.apply(nullptr, AccountTransport::DirectTls, QString()));
    }

    void describe()
    {
        QCOMPARE(AccountTransport::describe(Transport::WebSocket, QStringLiteral("wss://example.org/ws")),
                 QStringLiteral("WebSocket (wss://example.org/ws)"));
        QCOMPARE(AccountTransport::describe(Transport::StartTls, QStringLiteral("xmpp.example.org:5222")),
                 QStringLiteral("STARTTLS (xmpp.example.org:5222)"));
        QCOMPARE(AccountTransport::describe(Transport::Bosh, QString()), QStringLiteral("BOSH"));
    }

    // Profiles from before several sessions: one [account] group.
    void oldProfilesAreRead()
    {
        const QString file = m_dir.filePath(QStringLiteral("old.ini"));
        {
            QSettings old(file, QSettings::IniFormat);
            old.beginGroup(QStringLiteral("account"));
            old.setValue(QStringLiteral("jid"), QStringLiteral("alice@demo.linnet"));
            old.setValue(QStringLiteral("resource"), QStringLiteral("linnet"));
            old.setValue(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
            old.setValue(QStringLiteral("port"), 5222);
            old.setValue(QStringLiteral("caCertificatesFile"), QStringLiteral("ca.pem"));
        }
        QSettings settings(file, QSettings::IniFormat);
        auto loaded = AccountConfig::loadAll(settings);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().jid, QStringLiteral("alice@demo.linnet"));
        QCOMPARE(loaded.first().port, quint16(5222));
        QCOMPARE(loaded.first().sessions.size(), 1);
        QCOMPARE(loaded.first().sessions.first().resource, QStringLiteral("linnet"));
        QCOMPARE(loaded.first().transport, Transport::Automatic);
        // Saved in the new form, the old group goes.
        AccountConfig::saveAll(settings, loaded);
        QVERIFY(!settings.childGroups().contains(QStringLiteral("account")));
        QCOMPARE(AccountConfig::loadAll(settings), loaded);
    }
};

QTEST_GUILESS_MAIN(TestAccountConfig)
#include "tst_accountconfig.moc"
