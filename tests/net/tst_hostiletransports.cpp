// Hostile servers over WebSocket and BOSH, through the real StreamBridge with a plain socket
// standing in for QXmpp (as tst_streambridge_direct does for TCP): malformed XML in a frame,
// binary frames, a stanza over the size limit, a never-ending element, a flood, frames that are
// not one stanza; BOSH bodies that are not XML or not <body/>, terminate conditions, HTTP
// errors, a wrong Content-Type, a huge body. Each attempt must end (or carry on) with a clear
// error and a log line: never a crash or a hang. And RFC 7395 3.6 see-other-uri, followed on
// wss:// only and a few times at most.
#include "AccountHarness.h"
#include "HostileServers.h"
#include "LogCapture.h"
#include "TestCertificates.h"
#include "XmppTestServer.h"
#include "net/BoshTransport.h"
#include "net/StreamBridge.h"
#include "net/WebSocketTransport.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using ConnectionError::Kind;

namespace {
constexpr qint64 BoshTransportMaxResponse = BoshTransport::MaxResponseBytes;
const QString Domain = u"linnet.test"_s;  // 127.0.0.1 inside ./dev
const QByteArray ClientHeader = "<?xml version='1.0' encoding='UTF-8'?><stream:stream to='linnet.test' version='1.0' "
                                "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";

// One attempt through the bridge: the stand-in for QXmpp connects, sends its header and reads
// what it is given until the bridge fails or closes its side.
struct Attempt {
    StreamBridge bridge;
    QTcpSocket qxmpp;
    QSignalSpy failed{&bridge, &StreamBridge::failed};
    QByteArray got;
    qint64 maxHeld = 0;

    bool start(const ConnectionSettings &settings)
    {
        qxmpp.bind(QHostAddress::LocalHost, 0);
        QString error;
        if (!bridge.start(settings, qxmpp.localPort(), 1, &error))
            return false;
        QObject::connect(&qxmpp, &QIODevice::readyRead, &qxmpp, [this] {
            got += qxmpp.readAll();
            maxHeld = std::max(maxHeld, bridge.heldBytes());
        });
        qxmpp.connectToHost(QHostAddress::LocalHost, bridge.localPort());
        if (!qxmpp.waitForConnected(5000))
            return false;
        qxmpp.write(ClientHeader);
        return true;
    }
    bool ended() const { return !failed.isEmpty() || qxmpp.state() == QAbstractSocket::UnconnectedState; }
    std::optional<ConnectionError::Details> details() const
    {
        if (failed.isEmpty())
            return std::nullopt;
        return failed.first().at(1).value<ConnectionError::Details>();
    }
};
}  // namespace

class TestHostileTransports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    linnet::test::CertificateFiles m_certs;
    std::optional<LogCapture> m_log;

    ConnectionSettings settings(Transport transport, const QUrl &endpoint) const
    {
        ConnectionSettings s;
        s.jid = u"alice@"_s + Domain;
        s.transport = transport;
        s.endpoint = endpoint;
        s.caCertificatesFile = m_certs.caCertificate;
        return s;
    }
    bool logged(const QString &needle) const { return m_log->text().contains(needle); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(linnet::test::makeCertificates(m_dir.path(), {Domain}, {u"127.0.0.1"_s}, &m_certs, &error), qPrintable(error));
        m_log.emplace(LogCapture::category("linnet.connection"));
    }
    void init() { m_log->clear(); }

    // --- WebSocket: what the server sends once the stream is open -------------------------

    void webSocketHostileMessage_data()
    {
        QTest::addColumn<QList<QByteArray>>("messages");  // "binary:" prefix: a binary frame
        QTest::addColumn<QString>("logLine");
        QTest::addColumn<bool>("bridgeFails");  // else: the link to QXmpp drops (QXmpp reports it)
        const QByteArray mb(1024 * 1024, 'a');
        QTest::newRow("malformed XML") << QList<QByteArray>{"<message xmlns='jabber:client'><body>x</bod></message>"}
                                       << u"Malformed data from the server"_s << true;
        QTest::newRow("not XML") << QList<QByteArray>{"hello <<< world"} << u"Malformed data from the server"_s << true;
        QTest::newRow("binary frame") << QList<QByteArray>{"binary:<message/>"} << u"binary message"_s << false;
        QTest::newRow("stanza over the limit")
            << QList<QByteArray>{"<message xmlns='jabber:client'><body>" + QByteArray(WebSocketTransport::MaxMessageBytes, 'x')
                                 + "</body></message>"}
            << u"WebSocket: the connection ended"_s << false;
        QList<QByteArray> endless{"<message xmlns='jabber:client'><body>"};
        for (int i = 0; i < 18; ++i)
            endless.append(mb);
        QTest::newRow("never-ending element") << endless << u"Malformed data from the server"_s << true;
    }
    void webSocketHostileMessage()
    {
        QFETCH(QList<QByteArray>, messages);
        QFETCH(QString, logLine);
        QFETCH(bool, bridgeFails);
        Hostile::WebSocketServer server;
        QVERIFY(server.start(m_certs));
        server.onMessage = [&](QWebSocket *client, const QString &message) {
            if (!message.startsWith("<open"_L1))
                return;
            Hostile::WebSocketServer::answerOpen(client, message);
            for (const QByteArray &m : messages) {
                if (m.startsWith("binary:"))
                    client->sendBinaryMessage(m.mid(7));
                else
                    client->sendTextMessage(QString::fromUtf8(m));
            }
        };
        Attempt attempt;
        QVERIFY(attempt.start(settings(Transport::WebSocket, server.url())));
        QTRY_VERIFY_WITH_TIMEOUT(attempt.ended(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(logged(logLine), 5000);
        if (bridgeFails) {
            QVERIFY(attempt.details());
            QCOMPARE(attempt.details()->kind, Kind::ServerError);
            QVERIFY2(attempt.details()->message.contains(u"malformed"_s), qPrintable(attempt.details()->message));
        }
        // The link to QXmpp ends either way, so QXmpp reports and reconnects.
        QTRY_COMPARE_WITH_TIMEOUT(attempt.qxmpp.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY2(attempt.maxHeld < 3 * WebSocketTransport::MaxMessageBytes, qPrintable(QString::number(attempt.maxHeld)));
    }

    // RFC 7395 wants one stanza per message; several, or one in halves, are taken as a TCP
    // stream would be (the bridge's framer re-frames them), not refused: nothing is lost.
    void framesThatAreNotOneStanza()
    {
        Hostile::WebSocketServer server;
        QVERIFY(server.start(m_certs));
        server.onMessage = [&](QWebSocket *client, const QString &message) {
            if (!message.startsWith("<open"_L1))
                return;
            Hostile::WebSocketServer::answerOpen(client, message);
            client->sendTextMessage(u"<message xmlns='jabber:client' id='a'/><message xmlns='jabber:client' id='b'/>"_s);
            client->sendTextMessage(u"<message xmlns='jabber:client' id='c'><bo"_s);
            client->sendTextMessage(u"dy>half</body></message>"_s);
        };
        Attempt attempt;
        QVERIFY(attempt.start(settings(Transport::WebSocket, server.url())));
        QTRY_VERIFY_WITH_TIMEOUT(attempt.got.contains("half</body></message>"), 10000);
        QVERIFY(attempt.got.contains("id='a'") && attempt.got.contains("id='b'"));
        QVERIFY(attempt.failed.isEmpty());
    }

    // Many small stanzas in a burst: all arrive, in order, and the bridge's memory stays bounded.
    void floodOfSmallStanzas()
    {
        constexpr int Count = 20000;
        Hostile::WebSocketServer server;
        QVERIFY(server.start(m_certs));
        server.onMessage = [&](QWebSocket *client, const QString &message) {
            if (!message.startsWith("<open"_L1))
                return;
            Hostile::WebSocketServer::answerOpen(client, message);
            for (int i = 0; i < Count; ++i)
                client->sendTextMessage(u"<message xmlns='jabber:client' id='f%1'/>"_s.arg(i));
        };
        Attempt attempt;
        QVERIFY(attempt.start(settings(Transport::WebSocket, server.url())));
        QTRY_VERIFY_WITH_TIMEOUT(attempt.got.contains(QByteArray("id='f" + QByteArray::number(Count - 1) + "'")), 30000);
        QCOMPARE(attempt.got.count("<message "), Count);
        QVERIFY(attempt.failed.isEmpty());
        QVERIFY2(attempt.maxHeld < StreamBridge::MaxPendingToLocal + 2 * 1024 * 1024, qPrintable(QString::number(attempt.maxHeld)));
    }

    // Accepts the WebSocket, then never answers <open/>: the transport gives up, not hangs.
    void silentWebSocketServerTimesOut()
    {
        Hostile::WebSocketServer server;
        QVERIFY(server.start(m_certs));
        WebSocketTransport transport;
        transport.setOpenTimeout(std::chrono::milliseconds(500));
        QSignalSpy failed(&transport, &MessageTransport::failed);
        TlsPolicy tls(settings(Transport::WebSocket, server.url()));
        transport.open(server.url(), Domain, tls);
        transport.send(ClientHeader);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(server.messages.size(), 1);  // our <open/>
        QVERIFY(ConnectionError::isTransient(failed.first().first().value<ConnectionError::Details>().kind));
        QVERIFY(logged(u"did not answer <open/>"_s));
    }

    // --- see-other-uri (RFC 7395 3.6) ---------------------------------------------------------

    // Before the stream opens: followed to the new wss:// URL with the same <open/>; the bridge
    // and QXmpp never notice.
    void seeOtherUriIsFollowed()
    {
        Hostile::WebSocketServer target, first;
        QVERIFY(target.start(m_certs) && first.start(m_certs));
        target.onMessage = [&](QWebSocket *client, const QString &m) {
            Hostile::WebSocketServer::answerOpen(client, m);
            if (m.startsWith("<message"_L1))
                client->sendTextMessage(u"<message xmlns='jabber:client' id='echo'/>"_s);
        };
        first.onMessage = [&](QWebSocket *client, const QString &) {
            client->sendTextMessage(u"<close xmlns='urn:ietf:params:xml:ns:xmpp-framing' see-other-uri='%1'/>"_s
                                        .arg(target.url().toString()));
        };
        Attempt attempt;
        QVERIFY(attempt.start(settings(Transport::WebSocket, first.url())));
        QTRY_VERIFY_WITH_TIMEOUT(attempt.got.contains("<stream:features"), 10000);
        attempt.qxmpp.write("<message to='bob@linnet.test' id='m1'/>");
        QTRY_VERIFY_WITH_TIMEOUT(attempt.got.contains("id='echo'"), 10000);
        QCOMPARE(first.messages.size(), 1);
        QCOMPARE(target.messages.first().left(5), u"<open"_s);
        QVERIFY(attempt.failed.isEmpty());
        QVERIFY(logged(u"following see-other-uri"_s));
    }

    void seeOtherUriRefused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("logLine");
        QTest::newRow("ws://") << u"ws://linnet.test:1/xmpp-websocket"_s << u"only wss:// is allowed"_s;
        QTest::newRow("https://") << u"https://linnet.test:1/http-bind"_s << u"only wss:// is allowed"_s;
        QTest::newRow("javascript:") << u"javascript:alert(1)"_s << u"only wss:// is allowed"_s;
        QTest::newRow("user info") << u"wss://mallory@linnet.test:1/"_s << u"only wss:// is allowed"_s;
        QTest::newRow("loop") << QString() << u"redirects; giving up"_s;  // back to itself
    }
    void seeOtherUriRefused()
    {
        QFETCH(QString, uri);
        QFETCH(QString, logLine);
        Hostile::WebSocketServer server;
        QVERIFY(server.start(m_certs));
        const QString to = uri.isEmpty() ? server.url().toString() : uri;
        server.onMessage = [&](QWebSocket *client, const QString &) {
            client->sendTextMessage(u"<close xmlns='urn:ietf:params:xml:ns:xmpp-framing' see-other-uri='%1'/>"_s.arg(to));
        };
        WebSocketTransport transport;
        QSignalSpy failed(&transport, &MessageTransport::failed);
        QSignalSpy received(&transport, &MessageTransport::received);
        transport.open(server.url(), Domain, TlsPolicy(settings(Transport::WebSocket, server.url())));
        transport.send(ClientHeader);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const auto details = failed.first().first().value<ConnectionError::Details>();
        QCOMPARE(details.kind, Kind::ServerError);
        QVERIFY(!details.message.isEmpty());
        QVERIFY(logged(logLine));
        QCOMPARE(received.size(), 0);  // the bridge saw no stream
        // At most MaxRedirects + 1 connections, and never a plain one.
        QVERIFY(server.clients.size() <= WebSocketTransport::MaxRedirects + 1);
    }

    // Once the stream is open, a redirect ends it as a <close/> does.
    void seeOtherUriAfterOpenEndsTheStream()
    {
        Hostile::WebSocketServer server;
        QVERIFY(server.start(m_certs));
        server.onMessage = [&](QWebSocket *client, const QString &m) {
            Hostile::WebSocketServer::answerOpen(client, m);
            client->sendTextMessage(u"<close xmlns='urn:ietf:params:xml:ns:xmpp-framing' see-other-uri='wss://linnet.test:1/'/>"_s);
        };
        Attempt attempt;
        QVERIFY(attempt.start(settings(Transport::WebSocket, server.url())));
        QTRY_VERIFY_WITH_TIMEOUT(attempt.ended(), 10000);
        QVERIFY(attempt.got.contains("</stream:stream>"));
        QCOMPARE(server.clients.size(), 1);
        QVERIFY(logged(u"after the stream opened (not followed)"_s));
    }

    // --- A real account (what the UI shows) ------------------------------------------------

    // The front redirects to the fixture's real server; the account logs in there, and the
    // certificate of each host is checked with the account's CA file.
    void realAccountFollowsSeeOtherUri()
    {
        const QString password = u"correct horse battery staple"_s;
        XmppTestServer::Options options;
        options.accounts = {{u"alice"_s, password, u"Alice"_s}};
        auto xmpp = XmppTestServer::create(options);
        QString error;
        QVERIFY2(xmpp->start(&error), qPrintable(error));
        QFile both(m_dir.filePath(u"both-cas.pem"_s)), ours(m_certs.caCertificate), theirs(xmpp->caCertificateFile());
        QVERIFY(both.open(QIODevice::WriteOnly) && ours.open(QIODevice::ReadOnly) && theirs.open(QIODevice::ReadOnly));
        both.write(ours.readAll() + '\n' + theirs.readAll());
        both.close();
        Hostile::WebSocketServer front;
        QVERIFY(front.start(m_certs));
        front.onMessage = [&](QWebSocket *client, const QString &) {
            client->sendTextMessage(u"<close xmlns='urn:ietf:params:xml:ns:xmpp-framing' see-other-uri='%1'/>"_s
                                        .arg(xmpp->websocketUrl().toString()));
        };
        auto s = settings(Transport::WebSocket, front.url());
        s.caCertificatesFile = both.fileName();
        AccountHarness account(s);
        account.login(password);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->state(), ConnectionController::State::Connected, 30000);
        QCOMPARE(front.clients.size(), 1);
        QVERIFY(logged(u"following see-other-uri"_s));
    }

    // Malformed XML in a frame: the account page says so, in words.
    void realAccountShowsMalformedData()
    {
        Hostile::WebSocketServer server;
        QVERIFY(server.start(m_certs));
        server.onMessage = [&](QWebSocket *client, const QString &m) {
            if (!m.startsWith("<open"_L1))
                return;
            client->sendTextMessage(u"<open xmlns='urn:ietf:params:xml:ns:xmpp-framing' from='linnet.test' id='h1' version='1.0'/>"_s);
            client->sendTextMessage(u"<stream:features xmlns:stream='http://etherx.jabber.org/streams'><x></y></stream:features>"_s);
        };
        AccountHarness account(settings(Transport::WebSocket, server.url()));
        account.login(u"whatever"_s);
        QTRY_COMPARE_WITH_TIMEOUT(account.connection()->error(), Kind::ServerError, 30000);
        QVERIFY2(account.connection()->errorMessage().contains(u"malformed"_s), qPrintable(account.connection()->errorMessage()));
    }

    // --- BOSH: the answer to the session request ------------------------------------------

    void boshHostileResponse_data()
    {
        using Server = Hostile::HttpsServer;
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("logLine");
        QTest::addColumn<QString>("inMessage");
        const QByteArray terminate = "<body xmlns='http://jabber.org/protocol/httpbind' type='terminate' ";
        QTest::newRow("not XML") << Server::response("this is not xml") << u"malformed response"_s << u"BOSH"_s;
        QTest::newRow("not a body") << Server::response("<html><p>hi</p></html>") << u"malformed response"_s << u"BOSH"_s;
        QTest::newRow("no sid") << Server::response("<body xmlns='http://jabber.org/protocol/httpbind' wait='1'/>")
                                << u"no BOSH session id"_s << u"session id"_s;
        QTest::newRow("host-unknown") << Server::response(terminate + "condition='host-unknown'/>")
                                      << u"ended the session: \"host-unknown\""_s << u"host-unknown"_s;
        QTest::newRow("remote-connection-failed") << Server::response(terminate + "condition='remote-connection-failed'/>")
                                                  << u"remote-connection-failed"_s << u"remote-connection-failed"_s;
        QTest::newRow("see-other-uri") << Server::response(terminate + "condition='see-other-uri'><uri>https://evil.test/</uri></body>")
                                       << u"see-other-uri"_s << u"see-other-uri"_s;
        QTest::newRow("HTTP 404") << Server::response({}, 404) << u"failed: 404"_s << u"404"_s;
        QTest::newRow("HTTP 500") << Server::response({}, 500) << u"failed: 500"_s << u"500"_s;
        QTest::newRow("wrong Content-Type") << Server::response(terminate + "condition='host-unknown'/>", 200, "image/png")
                                            << u"host-unknown"_s << u"host-unknown"_s;
        QTest::newRow("huge body") << Server::response(QByteArray(BoshTransportMaxResponse + 1024, ' ') + "<body/>")
                                   << u"BOSH"_s << u"too large"_s;
    }
    void boshHostileResponse()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, logLine);
        QFETCH(QString, inMessage);
        Hostile::HttpsServer server;
        QVERIFY(server.start(m_certs));
        server.onRequest = [&](const QByteArray &, int) { return response; };
        Attempt attempt;
        QVERIFY(attempt.start(settings(Transport::Bosh, server.url())));
        QTRY_VERIFY_WITH_TIMEOUT(attempt.ended(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(logged(logLine), 5000);
        QVERIFY(attempt.details());
        QVERIFY2(attempt.details()->message.contains(inMessage), qPrintable(attempt.details()->message));
        QVERIFY(attempt.details()->kind == Kind::ServerError || attempt.details()->kind == Kind::HostUnreachable);
    }

    // The session is up, then the server answers nothing more: the held request times out,
    // is sent again a few times, then the link to QXmpp ends (QXmpp reports it) instead of
    // hanging.
    // ~50 s (three 16 s transfer timeouts): ctest runs it alone, as tst_hostiletransports.slow.
    void boshServerStopsAnswering()
    {
        if (!qEnvironmentVariableIsSet("LINNET_HOSTILE_SLOW"))
            QSKIP("run by tst_hostiletransports.slow (LINNET_HOSTILE_SLOW=1)");
        Hostile::HttpsServer server;
        QVERIFY(server.start(m_certs));
        server.onRequest = [&](const QByteArray &, int index) {
            return index == 0 ? Hostile::HttpsServer::response(Hostile::HttpsServer::sessionCreated()) : QByteArray();
        };
        Attempt attempt;
        QVERIFY(attempt.start(settings(Transport::Bosh, server.url())));
        QTRY_VERIFY_WITH_TIMEOUT(attempt.ended(), 90000);
        QVERIFY(logged(u"giving up on request"_s));
    }

    // The session is up, then a response carries another session's sid and a stanza: the
    // stanza must not reach QXmpp as if it were ours.
    void boshWrongSid()
    {
        Hostile::HttpsServer server;
        QVERIFY(server.start(m_certs));
        server.onRequest = [&](const QByteArray &, int index) {
            if (index == 0)
                return Hostile::HttpsServer::response(Hostile::HttpsServer::sessionCreated("s1"));
            return Hostile::HttpsServer::response("<body xmlns='http://jabber.org/protocol/httpbind' sid='evil'>"
                                                  "<message xmlns='jabber:client' id='injected'/></body>");
        };
        Attempt attempt;
        QVERIFY(attempt.start(settings(Transport::Bosh, server.url())));
        QTRY_VERIFY_WITH_TIMEOUT(attempt.ended() || attempt.got.contains("injected"), 20000);
        QVERIFY2(!attempt.got.contains("injected"), "a body with another session's sid reached QXmpp");
    }
};

QTEST_GUILESS_MAIN(TestHostileTransports)
#include "tst_hostiletransports.moc"
