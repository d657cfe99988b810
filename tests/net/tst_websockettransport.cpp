// WebSocketTransport (XMPP over WebSocket, RFC 7395) driven directly, as the bridge drives it,
// against a scripted QWebSocketServer, for the exact messages: QXmpp's stream header <-> <open/>,
// jabber:client added to stanzas that inherited it, <close/> both ways, the "xmpp" subprotocol,
// ws:// refused, and a paused receiver that leaves a 32 MB flood with the server.
// tst_websockettransport_live runs it against the fixture's real server.
#include "TestCertificates.h"
#include "WebSocketTestSupport.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace WebSocketTest;
using ConnectionError::Kind;

namespace {
// A wss:// endpoint whose messages each test writes itself.
struct ScriptedServer {
    QWebSocketServer server{u"linnet-test"_s, QWebSocketServer::SecureMode};
    QList<QWebSocket *> clients;
    QStringList messages;  // from the first client

    bool start(const linnet::test::CertificateFiles &certs, const QStringList &subprotocols = {u"xmpp"_s})
    {
        QFile certFile(certs.serverCertificate), keyFile(certs.serverKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        auto ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        ssl.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));  // TestCertificates makes P-256 keys
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(ssl);
        server.setSupportedSubprotocols(subprotocols);
        QObject::connect(&server, &QWebSocketServer::newConnection, &server, [this] {
            while (QWebSocket *client = server.nextPendingConnection()) {
                if (clients.isEmpty())
                    QObject::connect(client, &QWebSocket::textMessageReceived, &server,
                                     [this](const QString &message) { messages.append(message); });
                clients.append(client);
            }
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &scheme = u"wss"_s) const
    {
        return QUrl(u"%1://%2:%3/xmpp-websocket"_s.arg(scheme, Domain).arg(server.serverPort()));
    }
    void send(const QString &message) { clients.constFirst()->sendTextMessage(message); }
};
}  // namespace

class TestWebSocketTransport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    linnet::test::CertificateFiles m_certs;
    // Opens a transport to the scripted server up to the server's first features.
    bool openSession(ScriptedServer &server, WebSocketTransport &transport, Received &received)
    {
        transport.open(server.url(), Domain, trusting(m_certs.caCertificate));
        transport.send(ClientHeader);  // before connected(): it waits
        if (!QTest::qWaitFor([&] { return !server.messages.isEmpty(); }, 10000))
            return false;
        server.send(u"<open xmlns='urn:ietf:params:xml:ns:xmpp-framing' from='linnet.test' id='s1' version='1.0' xml:lang='en'/>"_s);
        return QTest::qWaitFor([&] { return received.count(StanzaFramer::Kind::StreamHeader) == 1; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(linnet::test::makeCertificates(m_dir.path(), {Domain}, {u"127.0.0.1"_s}, &m_certs, &error), qPrintable(error));
    }

    void streamHeaderBecomesOpenAndBack()
    {
        ScriptedServer server;
        QVERIFY(server.start(m_certs));
        WebSocketTransport transport;
        Received received(transport);
        QVERIFY(openSession(server, transport, received));

        const Root open = parse(server.messages.at(0));
        QVERIFY(open.wellFormed);
        QCOMPARE(open.name, u"open"_s);
        QCOMPARE(open.ns, FramingNs);
        QCOMPARE(open.attributes.value(u"to"), Domain);
        QCOMPARE(open.attributes.value(u"from"), u"alice@linnet.test"_s);
        QCOMPARE(open.attributes.value(u"version"), u"1.0"_s);

        // The server's <open/> reached the framer as a TCP stream header with its attributes.
        QXmlStreamReader header(received.frames.at(0).bytes);
        while (!header.isStartElement() && !header.atEnd())
            header.readNext();
        QCOMPARE(header.name(), u"stream");
        QCOMPARE(header.namespaceUri(), u"http://etherx.jabber.org/streams");
        QCOMPARE(header.attributes().value(u"from"), Domain);
        QCOMPARE(header.attributes().value(u"id"), u"s1");
        QCOMPARE(header.attributes().value(u"version"), u"1.0");

        // Features declare their own prefix over WebSocket; they pass unchanged.
        const QString features = u"<stream:features xmlns:stream='http://etherx.jabber.org/streams'>"
                                 "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1</mechanism>"
                                 "</mechanisms></stream:features>"_s;
        server.send(features);
        QTRY_COMPARE(received.count(StanzaFramer::Kind::Stanza), 1);
        QCOMPARE(received.frames.at(1).bytes, features.toUtf8());

        // After SASL success QXmpp opens the stream again: a second <open/>, and the server's
        // second <open/> restarts the framer's stream.
        transport.send(ClientHeader);
        QTRY_COMPARE(server.messages.size(), 2);
        QCOMPARE(parse(server.messages.at(1)).name, u"open"_s);
        server.send(u"<open xmlns='urn:ietf:params:xml:ns:xmpp-framing' from='linnet.test' id='s2' version='1.0'/>"_s);
        QTRY_COMPARE(received.count(StanzaFramer::Kind::StreamHeader), 2);
        QVERIFY(!received.malformed);
    }

    void stanzasDeclareTheirNamespace()
    {
        ScriptedServer server;
        QVERIFY(server.start(m_certs));
        WebSocketTransport transport;
        Received received(transport);
        QVERIFY(openSession(server, transport, received));

        const QByteArray auth = "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='SCRAM-SHA-1'>biwsbj1hbGljZQ==</auth>";
        const QByteArray stream = "<iq type='get' id='p1'><ping xmlns='urn:xmpp:ping'/></iq>\n"
                                  "<message to='bob@linnet.test' id='m1'><body>caf\xc3\xa9 &amp; &lt;x&gt;</body></message>"
                                  + auth + "<r xmlns='urn:xmpp:sm:3'/> ";
        for (qsizetype at = 0; at < stream.size(); at += 7)  // QXmpp's writes may split anywhere
            transport.send(stream.mid(at, 7));
        QTRY_COMPARE(server.messages.size(), 5);

        const Root iq = parse(server.messages.at(1)), message = parse(server.messages.at(2));
        QVERIFY(iq.wellFormed && message.wellFormed);
        QCOMPARE(iq.name, u"iq"_s);
        QCOMPARE(iq.ns, u"jabber:client"_s);
        QCOMPARE(message.ns, u"jabber:client"_s);
        QCOMPARE(message.text, u"café & <x>"_s);
        QCOMPARE(server.messages.at(3).toUtf8(), auth);  // declared its own: untouched
        QCOMPARE(parse(server.messages.at(4)).ns, u"urn:xmpp:sm:3"_s);
    }

    void clientCloseIsAnswered()
    {
        ScriptedServer server;
        QVERIFY(server.start(m_certs));
        WebSocketTransport transport;
        Received received(transport);
        QSignalSpy closed(&transport, &MessageTransport::closed), failed(&transport, &MessageTransport::failed);
        QVERIFY(openSession(server, transport, received));

        transport.send("</stream:stream>");
        QTRY_COMPARE(server.messages.size(), 2);
        const Root close = parse(server.messages.at(1));
        QCOMPARE(close.name, u"close"_s);
        QCOMPARE(close.ns, FramingNs);
        server.send(u"<close xmlns='urn:ietf:params:xml:ns:xmpp-framing'/>"_s);
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(received.count(StanzaFramer::Kind::StreamEnd), 1);
        QCOMPARE(failed.size(), 0);
    }

    void serverCloseGivesClosed()
    {
        ScriptedServer server;
        QVERIFY(server.start(m_certs));
        WebSocketTransport transport;
        Received received(transport);
        QSignalSpy closed(&transport, &MessageTransport::closed), failed(&transport, &MessageTransport::failed);
        QVERIFY(openSession(server, transport, received));

        server.send(u"<close xmlns='urn:ietf:params:xml:ns:xmpp-framing'/>"_s);
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(received.count(StanzaFramer::Kind::StreamEnd), 1);  // </stream:stream> for QXmpp
        QTRY_COMPARE(server.messages.size(), 2);  // and our <close/> for the server (RFC 7395 3.6)
        QCOMPARE(parse(server.messages.at(1)).name, u"close"_s);
        transport.send("</stream:stream>");  // QXmpp's late answer goes nowhere
        QCOMPARE(failed.size(), 0);
        QCOMPARE(closed.size(), 1);
    }

    void refusesUnencryptedEndpoints_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("ws") << u"ws"_s;
        QTest::newRow("http") << u"http"_s;
        QTest::newRow("https") << u"https"_s;
    }
    void refusesUnencryptedEndpoints()
    {
        QFETCH(QString, scheme);
        QTcpServer plain;  // nothing may even connect
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        WebSocketTransport transport;
        QSignalSpy failed(&transport, &MessageTransport::failed), connected(&transport, &MessageTransport::connected);
        transport.open(QUrl(u"%1://%2:%3/xmpp-websocket"_s.arg(scheme, Domain).arg(plain.serverPort())), Domain,
                       trusting(m_certs.caCertificate));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ConnectionError::Details>().kind, Kind::InvalidAddress);
        QVERIFY(!plain.waitForNewConnection(200));
        QCOMPARE(connected.size(), 0);
    }

    void requiresTheXmppSubprotocol()
    {
        ScriptedServer server;
        QVERIFY(server.start(m_certs, {}));
        WebSocketTransport transport;
        QSignalSpy failed(&transport, &MessageTransport::failed), connected(&transport, &MessageTransport::connected);
        transport.open(server.url(), Domain, trusting(m_certs.caCertificate));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ConnectionError::Details>().kind, Kind::ServerError);
        QCOMPARE(connected.size(), 0);
    }

    // Paused in the middle of a 32 MB flood (from the received() handler, as the bridge pauses):
    // nothing more is handed on, every buffer on our side (QWebSocket's socket, the TLS socket
    // under it, the transport's own) stays near the read buffer size, the rest waits with the
    // server, longer than Qt's 5 s frame timeout; resumed, every message arrives once, in order.
    void pausedReceivingLeavesTheFloodWithTheServer_data()
    {
        QTest::addColumn<int>("messageBytes");
        QTest::addColumn<int>("pauseAt");
        QTest::newRow("16 KB messages") << 16 * 1024 << 100;
        // Larger than the read buffer: the pause always finds a frame half read.
        QTest::newRow("384 KB messages") << 384 * 1024 << 5;
    }
    void pausedReceivingLeavesTheFloodWithTheServer()
    {
        QFETCH(int, messageBytes);
        QFETCH(int, pauseAt);
        ScriptedServer server;
        QVERIFY(server.start(m_certs));
        WebSocketTransport transport;
        Received received(transport);
        QSignalSpy failed(&transport, &MessageTransport::failed);
        QVERIFY(openSession(server, transport, received));

        const int Count = 32 * 1024 * 1024 / messageBytes, PauseAt = pauseAt;
        const QString filler(messageBytes, u'x');
        QList<int> ids;
        received.onFrame = [&](const Received::Frame &frame) {
            if (frame.kind != StanzaFramer::Kind::Stanza)
                return;
            ids.append(parse(QString::fromUtf8(frame.bytes)).attributes.value(u"id").toInt());
            if (ids.size() == PauseAt)
                transport.setReceivingPaused(true);
        };
        // What the server's TLS socket handed to the kernel (QWebSocket passes on encryptedBytesWritten).
        qint64 handedOver = 0;
        QObject::connect(server.clients.constFirst(), &QWebSocket::bytesWritten, &server.server,
                         [&](qint64 bytes) { handedOver += bytes; });
        qint64 flood = 0;
        for (int i = 1; i <= Count; ++i) {
            const QString message = u"<message xmlns='jabber:client' id='%1'><body>%2</body></message>"_s.arg(i).arg(filler);
            flood += message.size();
            server.send(message);
        }
        QTRY_COMPARE(ids.size(), PauseAt);
        // Everything buffered on our side: what the transport counts (its messages, the TLS
        // socket's plaintext) and the encrypted bytes in the plain socket under the TLS socket.
        // Each is bounded by about ReadBufferSize.
        const auto ourBuffers = [&] {
            qint64 bytes = transport.heldBytes();
            for (const QTcpSocket *socket : transport.findChildren<QTcpSocket *>()) {
                if (!qobject_cast<const QSslSocket *>(socket))
                    bytes += socket->bytesAvailable();
            }
            return bytes;
        };
        qint64 maxHeld = 0;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] { maxHeld = std::max(maxHeld, ourBuffers()); });
        sampler.start(5);
        QTest::qWait(6000);
        qInfo() << "paused: held at most" << maxHeld << "bytes; the server handed" << handedOver << "of" << flood
                << "bytes to the kernel";
        QCOMPARE(ids.size(), PauseAt);
        QCOMPARE(failed.size(), 0);  // Qt's frame timeout did not end the paused stream
        // Three buffers (messages already read, the TLS socket's, the plain socket's), each the
        // read buffer, grown to hold one whole frame if frames are larger.
        qint64 buffer = WebSocketTransport::ReadBufferSize;
        while (buffer < messageBytes + 64)
            buffer *= 2;
        QVERIFY2(maxHeld <= 3 * buffer + 64 * 1024, qPrintable(u"%1 > 3 x %2"_s.arg(maxHeld).arg(buffer)));
        // Loopback's kernel buffers take a few MB at most; the rest stays with the server.
        QVERIFY2(handedOver < flood / 2, qPrintable(u"%1 of %2"_s.arg(handedOver).arg(flood)));

        transport.setReceivingPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(ids.size(), Count, 30000);
        for (int i = 0; i < Count; ++i)
            QCOMPARE(ids.at(i), i + 1);
        QVERIFY(!received.malformed);
        QCOMPARE(failed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWebSocketTransport)
#include "tst_websockettransport.moc"
