// Proves EjabberdServer against real QXmpp clients: STARTTLS and direct TLS with the fixture
// CA, accounts and mutual rosters made by ejabberd's commands, the services (PubSub, MUC,
// upload, MAM, carbons), the HTTP endpoints (host-meta naming WebSocket and BOSH), ejabberdctl,
// and fault injection that keeps ports and data. One shared server for the read-only checks:
// an ejabberd start costs seconds.
#include "EjabberdServer.h"
#include "SelftestClient.h"

#include <QBuffer>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppHttpUploadManager.h>
#include <QXmppPubSubManager.h>
#include <QXmppRosterManager.h>
#include <QXmppUploadRequestManager.h>
#include <QXmlStreamWriter>

#include <memory>

namespace {

const QList<TestAccount> kAccounts = {{QStringLiteral("alice"), QStringLiteral("alice-pw"), QStringLiteral("Alice")},
                                      {QStringLiteral("bob"), QStringLiteral("bob \"pw\" \u00e9"), QStringLiteral("Bob B\u00f6hm")},
                                      {QStringLiteral("carol"), QStringLiteral("carol-pw"), QStringLiteral("Carol")}};

// An ejabberd start and login cost more than Prosody's, more so under load.
constexpr int kLoginMs = 30000;
constexpr int kTaskMs = 20000;

// An item with a payload: ejabberd's default nodes (persistent, delivering payloads) refuse
// items without one.
class ReadingItem : public QXmppPubSubBaseItem
{
public:
    using QXmppPubSubBaseItem::QXmppPubSubBaseItem;
    void serializePayload(QXmlStreamWriter *writer) const override
    {
        writer->writeStartElement(QStringLiteral("reading"));
        writer->writeDefaultNamespace(QStringLiteral("urn:linnet:test"));
        writer->writeAttribute(QStringLiteral("v"), QStringLiteral("21.5"));
        writer->writeEndElement();
    }
};

std::unique_ptr<EjabberdServer> startServer(bool mutualRoster)
{
    XmppTestServer::Options options;
    options.accounts = kAccounts;
    options.mutualRoster = mutualRoster;
    options.rosterGroups = {{QStringLiteral("bob"), {QStringLiteral("Friends"), QStringLiteral("Work \"A\"")}}};
    auto server = std::make_unique<EjabberdServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return server;
}

}  // namespace

class TestEjabberdServer : public QObject
{
    Q_OBJECT
    std::unique_ptr<EjabberdServer> m_server;

private slots:
    void initTestCase();
    void createPicksEjabberd();
    void loginOverStartTlsAndDirectTls();
    void wrongPasswordAndUntrustedCertificateFail();
    void mutualRosterHasEveryoneWithBoth();
    void servicesAnswerDisco();
    void pubsubNotifiesSubscribers();
    void uploadSlotsWorkOverLoopback();
    void hostMetaNamesWebSocketAndBosh();
    void ejabberdctlReachesTheNode();
    void killStopRestartKeepPortsAndData();
    void destructorStopsAndCleansUp();
};

void TestEjabberdServer::initTestCase()
{
    m_server = startServer(true);
    QVERIFY(m_server);
}

void TestEjabberdServer::createPicksEjabberd()
{
    qputenv("LINNET_TEST_SERVER", "ejabberd");
    const auto restore = qScopeGuard([] { qunsetenv("LINNET_TEST_SERVER"); });
    QCOMPARE(XmppTestServer::requestedKind(), XmppTestServer::Kind::Ejabberd);
    const auto created = XmppTestServer::create({});
    QCOMPARE(created->kind(), XmppTestServer::Kind::Ejabberd);
    QVERIFY(qobject_cast<EjabberdServer *>(created.get()));
    QCOMPARE(XmppTestServer::kindName(created->kind()), QStringLiteral("ejabberd"));
}

void TestEjabberdServer::loginOverStartTlsAndDirectTls()
{
    QCOMPARE(m_server->host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->c2sPort() && m_server->directTlsPort() && m_server->httpsPort() && m_server->epmdPort());
    QCOMPARE(m_server->jid(QStringLiteral("alice")), QStringLiteral("alice@linnet.test"));
    QVERIFY(m_server->nodeName().endsWith(QStringLiteral("@127.0.0.1")));

    Client alice;
    QXmppConfiguration config = m_server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"),
                                                              QStringLiteral("desk"));
    // ejabberd offers SASL2 with Bind2 (Prosody 13 does not), where the server picks the
    // resource from the client's tag plus random; Linnet turns SASL2 off, and so does this.
    config.setUseSasl2Authentication(false);
    QVERIFY2(alice.login(config, kLoginMs), qPrintable(alice.error + QLatin1Char('\n') + m_server->logTail()));
    QVERIFY(!alice.sslErrors);
    QCOMPARE(alice.client.configuration().jid(), QStringLiteral("alice@linnet.test/desk"));

    // A password with quotes and non-ASCII reached ejabberd's register command intact.
    Client bob;
    QVERIFY2(bob.login(m_server->clientConfiguration(kAccounts[1].user, kAccounts[1].password), kLoginMs), qPrintable(bob.error));

    // XEP-0368: TLS from the first byte on the direct TLS port.
    Client carol;
    config = m_server->clientConfiguration(QStringLiteral("carol"), QStringLiteral("carol-pw"));
    config.setPort(m_server->directTlsPort());
    config.setStreamSecurityMode(QXmppConfiguration::LegacySSL);
    QVERIFY2(carol.login(config, kLoginMs), qPrintable(carol.error + QLatin1Char('\n') + m_server->logTail()));
    QVERIFY(!carol.sslErrors);
}

void TestEjabberdServer::wrongPasswordAndUntrustedCertificateFail()
{
    Client alice;
    QVERIFY(!alice.login(m_server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("wrong")), kLoginMs));
    QVERIFY(!alice.error.isEmpty());
    QVERIFY(!alice.sslErrors);  // TLS was fine; authentication failed

    Client bob;
    QXmppConfiguration config = m_server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    config.setCaCertificates({});  // only the system CAs: the fixture CA is not among them
    QVERIFY(!bob.login(config, kLoginMs));
    QVERIFY(bob.sslErrors);
}

void TestEjabberdServer::mutualRosterHasEveryoneWithBoth()
{
    Client alice;
    QVERIFY2(alice.login(m_server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw")), kLoginMs),
             qPrintable(alice.error));
    QVERIFY(QTest::qWaitFor([&] { return alice.roster()->isRosterReceived(); }, 20000));
    QStringList jids = alice.roster()->getRosterBareJids();
    jids.sort();
    QCOMPARE(jids, (QStringList{QStringLiteral("bob@linnet.test"), QStringLiteral("carol@linnet.test")}));
    const QXmppRosterIq::Item bob = alice.roster()->getRosterEntry(QStringLiteral("bob@linnet.test"));
    QCOMPARE(bob.subscriptionType(), QXmppRosterIq::Item::Both);
    QCOMPARE(bob.name(), QStringLiteral("Bob B\u00f6hm"));
    QStringList groups(bob.groups().cbegin(), bob.groups().cend());
    groups.sort();
    QCOMPARE(groups, (QStringList{QStringLiteral("Friends"), QStringLiteral("Work \"A\"")}));
    QVERIFY(alice.roster()->getRosterEntry(QStringLiteral("carol@linnet.test")).groups().isEmpty());
}

void TestEjabberdServer::servicesAnswerDisco()
{
    Client alice;
    auto *disco = alice.client.findExtension<QXmppDiscoveryManager>();
    QVERIFY(alice.login(m_server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw")), kLoginMs));
    const auto features = [&](const QString &jid) {
        auto task = disco->requestDiscoInfo(jid);
        if (!waitFor(task, kTaskMs))
            return QStringList{QStringLiteral("timeout")};
        const auto *info = std::get_if<QXmppDiscoveryIq>(&task.result());
        return info ? info->features() : QStringList{QStringLiteral("error")};
    };
    const QStringList account = features(QStringLiteral("alice@linnet.test"));
    QVERIFY2(account.contains(QStringLiteral("urn:xmpp:mam:2")), qPrintable(account.join(u' ')));
    const QStringList server = features(m_server->domain());
    QVERIFY2(server.contains(QStringLiteral("urn:xmpp:carbons:2")), qPrintable(server.join(u' ')));
    QVERIFY(server.contains(QStringLiteral("http://jabber.org/protocol/commands")));
    QVERIFY(features(m_server->pubsubJid()).contains(QStringLiteral("http://jabber.org/protocol/pubsub")));
    QVERIFY(features(m_server->mucJid()).contains(QStringLiteral("http://jabber.org/protocol/muc")));
    QVERIFY(features(m_server->uploadJid()).contains(QStringLiteral("urn:xmpp:http:upload:0")));
    QVERIFY(alice.client.streamManagementState() == QXmppClient::NewStream);
}

void TestEjabberdServer::pubsubNotifiesSubscribers()
{
    Client alice, bob;
    auto *owner = alice.client.addNewExtension<QXmppPubSubManager>();
    auto *reader = bob.client.addNewExtension<QXmppPubSubManager>();
    QVERIFY(alice.login(m_server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw")), kLoginMs));
    QVERIFY(bob.login(m_server->clientConfiguration(kAccounts[1].user, kAccounts[1].password), kLoginMs));
    const QString node = QStringLiteral("greenhouse/sensors");
    auto created = owner->createNode(m_server->pubsubJid(), node);
    QVERIFY(waitFor(created, kTaskMs));
    if (const auto *err = std::get_if<QXmppError>(&created.result()))
        QFAIL(qPrintable(QStringLiteral("createNode: ") + err->description));
    auto subscribed = reader->subscribeToNode(m_server->pubsubJid(), node, bob.client.configuration().jid());
    QVERIFY(waitFor(subscribed, kTaskMs));
    QVERIFY(std::holds_alternative<QXmpp::Success>(subscribed.result()));

    bool notified = false;
    QObject::connect(&bob.client, &QXmppClient::messageReceived, [&](const QXmppMessage &message) {
        notified = notified || message.from() == m_server->pubsubJid();
    });
    auto published = owner->publishItem(m_server->pubsubJid(), node, ReadingItem(QStringLiteral("reading-1")));
    QVERIFY(waitFor(published, kTaskMs));
    if (const auto *err = std::get_if<QXmppError>(&published.result()))
        QFAIL(qPrintable(QStringLiteral("publish: ") + err->description));
    QVERIFY(QTest::qWaitFor([&] { return notified; }, 20000));
}

void TestEjabberdServer::uploadSlotsWorkOverLoopback()
{
    Client alice;
    QNetworkAccessManager network;
    // QXmpp PUTs with plain QNetworkRequests: the fixture CA goes into the default configuration.
    const QSslConfiguration savedDefault = QSslConfiguration::defaultConfiguration();
    const auto restoreDefault = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(savedDefault); });
    QSslConfiguration withFixtureCa = savedDefault;
    withFixtureCa.addCaCertificates(m_server->caCertificates());
    QSslConfiguration::setDefaultConfiguration(withFixtureCa);
    alice.client.addNewExtension<QXmppUploadRequestManager>();
    auto *upload = alice.client.addNewExtension<QXmppHttpUploadManager>(&network);
    QVERIFY(alice.login(m_server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw")), kLoginMs));

    auto data = std::make_unique<QBuffer>();
    data->setData("hello from the fixture\n");
    data->open(QIODevice::ReadOnly);
    const auto job = upload->uploadFile(std::move(data), QStringLiteral("hello.txt"),
                                        QMimeDatabase().mimeTypeForName(QStringLiteral("text/plain")), 23,
                                        m_server->uploadJid());
    QVERIFY(QTest::qWaitFor([&] { return job->result().has_value(); }, 30000));
    const auto result = *job->result();
    if (const auto *err = std::get_if<QXmppError>(&result))
        QFAIL(qPrintable(QStringLiteral("upload: ") + err->description + QLatin1Char('\n') + m_server->logTail()));
    const QUrl url = std::get<QUrl>(result);
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.port(), int(m_server->httpsPort()));
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 20000));
    QCOMPARE(reply->readAll(), QByteArray("hello from the fixture\n"));
}

void TestEjabberdServer::hostMetaNamesWebSocketAndBosh()
{
    QCOMPARE(m_server->websocketUrl(),
             QUrl(QStringLiteral("wss://linnet.test:%1/xmpp-websocket").arg(m_server->httpsPort())));
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("https://linnet.test:%1/.well-known/host-meta").arg(m_server->httpsPort())));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(m_server->caCertificates());  // only the fixture CA
    request.setSslConfiguration(ssl);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 20000));
    QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
    const QByteArray xrd = reply->readAll();
    QVERIFY2(xrd.contains(m_server->websocketUrl().toEncoded()), xrd.constData());
    QVERIFY2(xrd.contains(m_server->boshUrl().toEncoded()), xrd.constData());
}

void TestEjabberdServer::ejabberdctlReachesTheNode()
{
    QString output;
    QVERIFY2(m_server->ejabberdctl({QStringLiteral("registered_users"), m_server->domain()}, &output), qPrintable(output));
    QStringList users = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    users.sort();
    QCOMPARE(users, (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
    // A failing command is reported as such.
    QVERIFY(!m_server->runCommands({{QStringLiteral("register"), QStringLiteral("alice"), m_server->domain(),
                                     QStringLiteral("again")}},
                                   &output));
}

void TestEjabberdServer::killStopRestartKeepPortsAndData()
{
    auto server = startServer(true);
    QVERIFY(server);
    // Its own ports, node, epmd and CA: it never meets the shared server.
    QVERIFY(server->c2sPort() != m_server->c2sPort());
    QVERIFY(server->epmdPort() != m_server->epmdPort());
    QVERIFY(server->nodeName() != m_server->nodeName());
    QVERIFY(server->caCertificateFile() != m_server->caCertificateFile());
    const quint16 c2s = server->c2sPort();
    const quint16 https = server->httpsPort();

    server->kill();
    QVERIFY(!server->isRunning());
    QString error;
    QVERIFY2(server->restart(&error), qPrintable(error));
    QCOMPARE(server->c2sPort(), c2s);
    QCOMPARE(server->httpsPort(), https);
    Client alice;
    QVERIFY2(alice.login(server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw")), kLoginMs),
             qPrintable(alice.error + QLatin1Char('\n') + server->logTail()));
    QVERIFY(QTest::qWaitFor([&] { return alice.roster()->isRosterReceived(); }, 20000));
    QCOMPARE(alice.roster()->getRosterBareJids().size(), 2);  // Mnesia survived SIGKILL

    // A graceful stop: the client sees the server go; a restart reports a taken port.
    server->stop();
    QVERIFY(QTest::qWaitFor([&] { return !alice.client.isConnected(); }, 20000));
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, c2s));
    QVERIFY(!server->restart(&error));
    QVERIFY2(error.contains(QStringLiteral("taken")), qPrintable(error));
    squatter.close();
    QVERIFY2(server->restart(&error), qPrintable(error));
    Client again;
    QVERIFY2(again.login(server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw")), kLoginMs),
             qPrintable(again.error + QLatin1Char('\n') + server->logTail()));
}

void TestEjabberdServer::destructorStopsAndCleansUp()
{
    const QString dir = QFileInfo(m_server->dataDir()).path();
    const quint16 port = m_server->c2sPort();
    QVERIFY(QFileInfo::exists(dir));
    m_server.reset();
    QVERIFY(!QFileInfo::exists(dir));
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(!probe.waitForConnected(1000));
}

QTEST_GUILESS_MAIN(TestEjabberdServer)
#include "tst_ejabberdserver.moc"
