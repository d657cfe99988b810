// Proves ProsodyServer against real QXmpp clients: TLS with the fixture CA, authentication,
// the pre-written roster, presence, fault injection and the component permissions.
#include "ProsodyServer.h"
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
#include <QXmppHttpUploadManager.h>
#include <QXmppPubSubManager.h>
#include <QXmppRosterManager.h>
#include <QXmppUploadRequestManager.h>

#include <memory>

namespace {

const QList<ProsodyAccount> kAccounts = {{QStringLiteral("alice"), QStringLiteral("alice-pw"), QStringLiteral("Alice")},
                                         {QStringLiteral("bob"), QStringLiteral("bob \"pw\" \u00e9"), QStringLiteral("Bob B\u00f6hm")},
                                         {QStringLiteral("carol"), QStringLiteral("carol-pw"), QStringLiteral("Carol")}};

}  // namespace

class TestProsodyServer : public QObject
{
    Q_OBJECT
private slots:
    void loginOverTlsWithFixtureCa();
    void wrongPasswordFails();
    void untrustedCertificateFails();
    void mutualRosterHasEveryoneWithBoth();
    void presenceReachesContacts();
    void killThenRestartOnSamePort();
    void twoServersGetDifferentPorts();
    void restartReportsATakenPort();
    void usersCanCreatePubSubNodes();
    void uploadSlotsWorkOverLoopback();
    void destructorStopsAndCleansUp();

private:
    static std::unique_ptr<ProsodyServer> startServer(bool mutualRoster = false)
    {
        ProsodyServer::Options options;
        options.accounts = kAccounts;
        options.mutualRoster = mutualRoster;
        options.rosterGroups = {{QStringLiteral("bob"), {QStringLiteral("Friends"), QStringLiteral("Work \"A\"")}}};
        auto server = std::make_unique<ProsodyServer>(options);
        QString error;
        if (!server->start(&error))
            qWarning("%s", qPrintable(error));
        return server->isRunning() ? std::move(server) : nullptr;
    }
};

void TestProsodyServer::loginOverTlsWithFixtureCa()
{
    auto server = startServer();
    QVERIFY(server);
    QCOMPARE(server->host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server->c2sPort() > 0 && server->httpPort() > 0);
    QCOMPARE(server->jid(QStringLiteral("alice")), QStringLiteral("alice@linnet.test"));
    QCOMPARE(server->caCertificates().size(), 1);

    Client alice;
    const QXmppConfiguration config = server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"),
                                                                  QStringLiteral("desk"));
    QCOMPARE(config.streamSecurityMode(), QXmppConfiguration::TLSRequired);
    QVERIFY(!config.ignoreSslErrors());
    QVERIFY2(alice.login(config), qPrintable(alice.error + QLatin1Char('\n') + server->logTail()));
    QVERIFY(!alice.sslErrors);
    QVERIFY(alice.client.isAuthenticated());
    QCOMPARE(alice.client.configuration().jid(), QStringLiteral("alice@linnet.test/desk"));

    // A password with quotes and non-ASCII went through prosodyctl's argv intact.
    Client bob;
    QVERIFY2(bob.login(server->clientConfiguration(kAccounts[1].user, kAccounts[1].password)), qPrintable(bob.error));
}

void TestProsodyServer::wrongPasswordFails()
{
    auto server = startServer();
    QVERIFY(server);
    Client alice;
    QVERIFY(!alice.login(server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("wrong"))));
    QVERIFY(!alice.error.isEmpty());
    QVERIFY(!alice.sslErrors);  // TLS was fine; authentication failed
}

void TestProsodyServer::untrustedCertificateFails()
{
    auto server = startServer();
    QVERIFY(server);
    Client alice;
    QXmppConfiguration config = server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    config.setCaCertificates({});  // only the system CAs: the fixture CA is not among them
    QVERIFY(!alice.login(config));
    QVERIFY(alice.sslErrors);
}

void TestProsodyServer::mutualRosterHasEveryoneWithBoth()
{
    auto server = startServer(true);
    QVERIFY(server);
    Client alice;
    QVERIFY2(alice.login(server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"))),
             qPrintable(alice.error));
    QVERIFY(QTest::qWaitFor([&] { return alice.roster()->isRosterReceived(); }, 10000));

    QStringList jids = alice.roster()->getRosterBareJids();
    jids.sort();
    QCOMPARE(jids, (QStringList{QStringLiteral("bob@linnet.test"), QStringLiteral("carol@linnet.test")}));
    const QXmppRosterIq::Item bob = alice.roster()->getRosterEntry(QStringLiteral("bob@linnet.test"));
    QCOMPARE(bob.subscriptionType(), QXmppRosterIq::Item::Both);
    QCOMPARE(bob.name(), QStringLiteral("Bob B\u00f6hm"));
    QStringList groups(bob.groups().cbegin(), bob.groups().cend());
    groups.sort();
    QCOMPARE(groups, (QStringList{QStringLiteral("Friends"), QStringLiteral("Work \"A\"")}));  // quoted for Lua
    QVERIFY(alice.roster()->getRosterEntry(QStringLiteral("carol@linnet.test")).groups().isEmpty());
    QCOMPARE(alice.roster()->getRosterEntry(QStringLiteral("carol@linnet.test")).subscriptionType(),
             QXmppRosterIq::Item::Both);
}

void TestProsodyServer::presenceReachesContacts()
{
    auto server = startServer(true);
    QVERIFY(server);
    Client alice, bob;
    QVERIFY(alice.login(server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"))));
    QVERIFY(QTest::qWaitFor([&] { return alice.roster()->isRosterReceived(); }, 10000));

    QVERIFY(bob.login(server->clientConfiguration(kAccounts[1].user, kAccounts[1].password, QStringLiteral("phone"))));
    const QString bobJid = QStringLiteral("bob@linnet.test");
    const auto bobPresence = [&] { return alice.roster()->getPresence(bobJid, QStringLiteral("phone")); };
    QVERIFY2(QTest::qWaitFor([&] { return bobPresence().type() == QXmppPresence::Available; }, 10000),
             qPrintable(server->logTail()));

    // (Set after login: setClientPresence() on a disconnected client starts a connection.)
    QXmppPresence away(QXmppPresence::Available);
    away.setAvailableStatusType(QXmppPresence::Away);
    away.setStatusText(QStringLiteral("out for lunch"));
    bob.client.setClientPresence(away);
    QVERIFY(QTest::qWaitFor([&] { return bobPresence().availableStatusType() == QXmppPresence::Away; }, 10000));
    QCOMPARE(bobPresence().statusText(), QStringLiteral("out for lunch"));

    bob.client.disconnectFromServer();
    QVERIFY(QTest::qWaitFor([&] { return bobPresence().type() != QXmppPresence::Available; }, 10000));
}

void TestProsodyServer::killThenRestartOnSamePort()
{
    auto server = startServer(true);
    QVERIFY(server);
    const quint16 c2s = server->c2sPort();
    const quint16 http = server->httpPort();

    server->kill();
    QVERIFY(!server->isRunning());
    QString error;
    QVERIFY2(server->restart(&error), qPrintable(error));
    QCOMPARE(server->c2sPort(), c2s);
    QCOMPARE(server->httpPort(), http);

    Client alice;
    QVERIFY2(alice.login(server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"))),
             qPrintable(alice.error));
    QVERIFY(QTest::qWaitFor([&] { return alice.roster()->isRosterReceived(); }, 10000));
    QCOMPARE(alice.roster()->getRosterBareJids().size(), 2);  // data survived

    // A graceful stop and restart works as well, and a connected client sees the server go.
    server->stop();
    QVERIFY(QTest::qWaitFor([&] { return !alice.client.isConnected(); }, 10000));
    QVERIFY2(server->restart(&error), qPrintable(error));
    QVERIFY(alice.login(server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"))));
}

void TestProsodyServer::twoServersGetDifferentPorts()
{
    auto one = startServer();
    auto two = startServer();
    QVERIFY(one && two);
    QVERIFY(one->c2sPort() != two->c2sPort());
    QVERIFY(one->httpPort() != two->httpPort());
    QVERIFY(one->dataDir() != two->dataDir());

    // Each CA signs only its own server.
    Client alice;
    QXmppConfiguration config = one->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    config.setCaCertificates(two->caCertificates());
    QVERIFY(!alice.login(config));
    QVERIFY(alice.sslErrors);
    alice.client.disconnectFromServer();
    QVERIFY(alice.login(two->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"))));
}

void TestProsodyServer::restartReportsATakenPort()
{
    // Prosody only logs a failed bind and keeps running; the fixture must notice.
    auto server = startServer();
    QVERIFY(server);
    server->kill();
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, server->c2sPort()));
    QString error;
    QVERIFY(!server->restart(&error));
    QVERIFY2(error.contains(QStringLiteral("taken")), qPrintable(error));
    QVERIFY(!server->isRunning());

    squatter.close();
    QVERIFY2(server->restart(&error), qPrintable(error));
}

void TestProsodyServer::usersCanCreatePubSubNodes()
{
    auto server = startServer();
    QVERIFY(server);
    Client alice;
    auto *pubsub = alice.client.addNewExtension<QXmppPubSubManager>();
    QVERIFY(alice.login(server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"))));

    auto created = pubsub->createNode(server->pubsubJid(), QStringLiteral("greenhouse/sensors"));
    QVERIFY(waitFor(created));
    if (const auto *err = std::get_if<QXmppError>(&created.result()))
        QFAIL(qPrintable(QStringLiteral("createNode: ") + err->description));

    auto nodes = pubsub->requestNodes(server->pubsubJid());
    QVERIFY(waitFor(nodes));
    const auto *names = std::get_if<QVector<QString>>(&nodes.result());
    QVERIFY(names);
    QVERIFY(names->contains(QStringLiteral("greenhouse/sensors")));
}

void TestProsodyServer::uploadSlotsWorkOverLoopback()
{
    auto server = startServer();
    QVERIFY(server);
    Client alice;
    QNetworkAccessManager network;
    // QXmpp PUTs with plain QNetworkRequests: the fixture CA must be in the default SSL
    // configuration, and the certificate must be valid for 127.0.0.1 (it has that IP SAN).
    const QSslConfiguration savedDefault = QSslConfiguration::defaultConfiguration();
    const auto restoreDefault = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(savedDefault); });
    QSslConfiguration withFixtureCa = savedDefault;
    withFixtureCa.addCaCertificates(server->caCertificates());
    QSslConfiguration::setDefaultConfiguration(withFixtureCa);
    alice.client.addNewExtension<QXmppUploadRequestManager>();  // the slot requests
    auto *upload = alice.client.addNewExtension<QXmppHttpUploadManager>(&network);
    QVERIFY(alice.login(server->clientConfiguration(QStringLiteral("alice"), QStringLiteral("alice-pw"))));

    auto data = std::make_unique<QBuffer>();
    data->setData("hello from the fixture\n");
    data->open(QIODevice::ReadOnly);
    const auto job = upload->uploadFile(std::move(data), QStringLiteral("hello.txt"),
                                        QMimeDatabase().mimeTypeForName(QStringLiteral("text/plain")), 23,
                                        server->uploadJid());
    QVERIFY(QTest::qWaitFor([&] { return job->result().has_value(); }, 15000));
    const auto result = *job->result();
    if (const auto *err = std::get_if<QXmppError>(&result))
        QFAIL(qPrintable(QStringLiteral("upload: ") + err->description + QLatin1Char('\n') + server->logTail()));
    const QUrl url = std::get<QUrl>(result);
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.port(), int(server->httpsPort()));

    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->readAll(), QByteArray("hello from the fixture\n"));
}

void TestProsodyServer::destructorStopsAndCleansUp()
{
    QString dir;
    quint16 port = 0;
    {
        auto server = startServer();
        QVERIFY(server);
        dir = QFileInfo(server->dataDir()).path();
        port = server->c2sPort();
        QVERIFY(QFileInfo::exists(dir));
    }
    QVERIFY(!QFileInfo::exists(dir));
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(!probe.waitForConnected(1000));
}

QTEST_GUILESS_MAIN(TestProsodyServer)
#include "tst_prosodyserver.moc"
