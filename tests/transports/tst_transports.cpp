// What matters over every way Linnet reaches a server (issue 12): STARTTLS on the c2s port,
// direct TLS (XEP-0368), XMPP over WebSocket (RFC 7395) and BOSH (XEP-0206), against the
// fixture's real server (Prosody's c2s, mod_websocket, mod_bosh; ejabberd's with
// LINNET_TEST_SERVER=ejabberd). One row per transport, each a whole story on a fresh account:
// log in (and the bridge says it used that transport), chat both ways, a PubSub feed reaching
// the ReadingStore, then the server restarts and the session comes back over the same transport
// and chat and feed work again. ctest runs each row as its own test (flow:ROW), so they run in
// parallel and each stays well under a minute.
//
// Alice is Linnet (AccountHarness, real SQLite message store); Bob and the sensor are plain
// QXmpp clients over STARTTLS, so the far side never depends on the transport under test.
#include "AccountHarness.h"
#include "account/AccountConfig.h"
#include "TransportPeers.h"
#include "XmppTestServer.h"
#include "chat/ChatModel.h"
#include "chat/MessageStore.h"
#include "chat/StoredMessage.h"
#include "devices/ReadingStore.h"
#include "net/StreamBridge.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

using namespace TransportTest;
using State = ConnectionController::State;

class TestTransports : public QObject
{
    Q_OBJECT

    std::unique_ptr<XmppTestServer> m_server;
    std::unique_ptr<Peer> m_bob;
    std::unique_ptr<Peer> m_sensor;

    // How Alice reaches the server over one transport: nothing else to fall back to (WebSocket
    // and BOSH get no host, so a silent fall-back to TCP would fail, not pass).
    ConnectionSettings settingsFor(Transport transport) const
    {
        ConnectionSettings settings;
        settings.jid = m_server->jid(QStringLiteral("alice"));
        settings.caCertificatesFile = m_server->caCertificateFile();
        settings.transport = transport;
        switch (transport) {
        case Transport::Automatic:
        case Transport::StartTls:
            settings.host = m_server->host();
            settings.port = m_server->c2sPort();
            break;
        case Transport::DirectTls:
            settings.host = m_server->host();
            settings.port = m_server->directTlsPort();
            break;
        case Transport::WebSocket:
            settings.endpoint = m_server->websocketUrl();
            break;
        case Transport::Bosh:
            settings.endpoint = m_server->boshUrl();
            break;
        }
        return settings;
    }

    // Bob to Alice; true once her conversation with Bob shows it.
    bool bobToAlice(AccountHarness &alice, const QString &body)
    {
        auto *chat = alice.chats()->conversation(m_bob->jid());
        QXmppMessage message(QString(), alice.account()->jid(), body);
        message.setType(QXmppMessage::Chat);
        message.setId(QXmppUtils::generateStanzaHash());
        if (!m_bob->client().sendPacket(message))
            return false;
        return QTest::qWaitFor([&] {
            for (int i = chat->rowCount() - 1; i >= 0; --i) {
                if (chat->message(i).body == body)
                    return chat->message(i).direction == StoredMessage::Direction::Incoming;
            }
            return false;
        }, 10000);
    }

    // Alice to Bob; true once Bob's client got it from her.
    bool aliceToBob(AccountHarness &alice, const QString &body)
    {
        QString got;
        QObject context;
        connect(&m_bob->client(), &QXmppClient::messageReceived, &context, [&](const QXmppMessage &message) {
            if (message.from().startsWith(alice.account()->jid() + QLatin1Char('/')) && message.body() == body)
                got = message.body();
        });
        if (!alice.chats()->sendMessage(m_bob->jid(), body, {}))
            return false;
        return QTest::qWaitFor([&] { return !got.isEmpty(); }, 10000);
    }

    // The sensor publishes value now; true once Alice's store has it.
    bool feedReaches(AccountHarness &alice, const QString &node, double value)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!m_sensor->publish(node, senml(node, now, value)))
            return false;
        const QString series = node + QStringLiteral(":temperature");
        return QTest::qWaitFor([&] {
            const auto latest = alice.readings()->latest(m_server->pubsubJid(), node, series, 1);
            return !latest.isEmpty() && latest.first().value == value && latest.first().timeMs == now;
        }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        XmppTestServer::Options options;
        options.accounts = {{QStringLiteral("alice"), Password, QStringLiteral("Alice")},
                            {QStringLiteral("bob"), Password, QStringLiteral("Bob")},
                            {QStringLiteral("sensor"), Password, QStringLiteral("Sensor")}};
        options.mutualRoster = true;
        // Nodes and subscriptions survive the restart each row ends with.
        options.pubsubStorage = QStringLiteral("internal");
        m_server = XmppTestServer::create(options);
        if (XmppTestServer::requestedKind() != m_server->kind())
            QSKIP("this build has no fixture for the requested server");
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_bob = std::make_unique<Peer>(*m_server, QStringLiteral("bob"));
        m_sensor = std::make_unique<Peer>(*m_server, QStringLiteral("sensor"));
        QVERIFY(m_bob->connect());
        QVERIFY(m_sensor->connect());
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning().noquote() << "server log:\n" << m_server->logTail(60);
    }

    void flow_data()
    {
        QTest::addColumn<int>("transportRow");  // Transport
        QTest::addColumn<QString>("where");  // how the bridge's "where" starts
        QTest::newRow("starttls") << int(Transport::StartTls) << QStringLiteral("127.0.0.1:");
        QTest::newRow("directtls") << int(Transport::DirectTls) << QStringLiteral("127.0.0.1:");
        QTest::newRow("websocket") << int(Transport::WebSocket) << QStringLiteral("wss://");
        QTest::newRow("bosh") << int(Transport::Bosh) << QStringLiteral("https://");
    }

    void flow()
    {
        QFETCH(int, transportRow);
        QFETCH(QString, where);
        const auto transport = Transport(transportRow);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(m_server->start());  // a row before may have left it stopped on failure
        if (!m_bob->client().isConnected())
            QVERIFY(m_bob->connect());
        if (!m_sensor->client().isConnected())
            QVERIFY(m_sensor->connect());
        const QString node = QStringLiteral("feed-") + tag;
        QVERIFY(m_sensor->createNode(node));

        QTemporaryDir dir;
        MessageStore store;
        store.open(dir.filePath(MessageStore::FileName));
        const ConnectionSettings settings = settingsFor(transport);
        AccountHarness alice(settings, {tag});
        alice.chats()->setStore(&store);
        // Which transport each login went over, as the bridge reports it (on its own thread).
        QList<std::pair<Transport, QString>> opened;
        QObject watching;  // goes before `opened`: no late report lands in it
        connect(alice.connection()->bridge(), &StreamBridge::transportOpened, &watching,
                [&opened](quint64, Transport used, const QString &at) { opened.append({used, at}); });
        QSignalSpy loggedIn(alice.connection(), &ConnectionController::loggedIn);

        // Straight into the session with the transport and endpoint: the harness's
        // AccountConfig does not carry them (issue 12 adds them to the profile separately).
        alice.account()->setPassword(Password);
        alice.session()->open(settings, Password);
        QTRY_COMPARE_WITH_TIMEOUT(alice.connection()->state(), State::Connected, 20000);
        QCOMPARE(alice.connection()->error(), ConnectionError::Kind::None);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
        QCOMPARE(int(opened.first().first), transportRow);
        QVERIFY2(opened.first().second.startsWith(where), qPrintable(opened.first().second));
        // What the account page shows: "WebSocket (wss://...)", "STARTTLS (127.0.0.1:port)".
        QTRY_VERIFY_WITH_TIMEOUT(!alice.connection()->transportName().isEmpty(), 5000);
        const QString shown = alice.connection()->transportName();
        QVERIFY2(shown.startsWith(AccountTransport::name(transport)), qPrintable(shown));
        if (!settings.endpoint.isEmpty())
            QVERIFY2(shown.contains(settings.endpoint.toString()), qPrintable(shown));

        // Chat both ways.
        QVERIFY(bobToAlice(alice, QStringLiteral("Hello over %1").arg(tag)));
        QVERIFY(aliceToBob(alice, QStringLiteral("Hi Bob, %1 here").arg(tag)));

        // A PubSub feed through the bridge's fast lane into the ReadingStore.
        QSignalSpy subscribed(alice.devices(), &DeviceController::subscribed);
        alice.devices()->subscribe(m_server->pubsubJid(), node);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, 10000);
        QVERIFY(feedReaches(alice, node, 21.5));
        QVERIFY(feedReaches(alice, node, 22.25));

        // The server restarts: the session comes back by itself, over the same transport.
        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn.count() >= 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(alice.connection()->state(), State::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(opened.size() >= 2, 5000);
        QCOMPARE(int(opened.last().first), transportRow);
        QTRY_VERIFY_WITH_TIMEOUT(alice.connection()->transportName().startsWith(AccountTransport::name(transport)), 5000);
        QVERIFY(m_bob->connect());
        QVERIFY(m_sensor->connect());
        QVERIFY(bobToAlice(alice, QStringLiteral("Back again over %1?").arg(tag)));
        QVERIFY(aliceToBob(alice, QStringLiteral("Yes, %1 again").arg(tag)));
        QVERIFY(feedReaches(alice, node, 23.75));
        QCOMPARE(alice.connection()->state(), State::Connected);
    }
};

QTEST_GUILESS_MAIN(TestTransports)
#include "tst_transports.moc"
