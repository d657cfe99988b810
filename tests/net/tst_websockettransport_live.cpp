// WebSocketTransport against the fixture's own server (Prosody's mod_websocket; ejabberd's with
// LINNET_TEST_SERVER=ejabberd): its <open/> and features, a real QXmppClient logging in and
// chatting through a loopback adaptor standing in for the bridge, and its certificate refused
// while the fixture CA is not trusted, then accepted once pinned (the trust dialog's way).
#include "WebSocketTestSupport.h"
#include "XmppTestServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <QXmppClient.h>
#include <QXmppMessage.h>

using namespace WebSocketTest;
using ConnectionError::Kind;

namespace {
// Stands in for the bridge's loopback side: a real QXmppClient connects here, its bytes go
// through the transport and the server's come back.
struct LoopbackAdaptor {
    QTcpServer listener;
    QTcpSocket *socket = nullptr;
    WebSocketTransport transport;

    LoopbackAdaptor(const QUrl &url, const TlsPolicy &tls)
    {
        listener.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&listener, &QTcpServer::newConnection, &listener, [this, url, tls] {
            socket = listener.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this] { transport.send(socket->readAll()); });
            QObject::connect(socket, &QTcpSocket::disconnected, &transport, &WebSocketTransport::close);
            transport.open(url, Domain, tls);
        });
        QObject::connect(&transport, &MessageTransport::received, &listener, [this](const QByteArray &bytes) {
            if (socket)
                socket->write(bytes);
        });
        const auto hangUp = [this] {
            if (socket)
                socket->disconnectFromHost();
        };
        QObject::connect(&transport, &MessageTransport::closed, &listener, hangUp);
        QObject::connect(&transport, &MessageTransport::failed, &listener, hangUp);
    }
};

QXmppConfiguration bridgedConfiguration(const QString &user, quint16 port)
{
    QXmppConfiguration config;
    config.setUser(user);
    config.setDomain(Domain);
    config.setPassword(Password);
    config.setHost(u"127.0.0.1"_s);
    config.setPort(port);
    config.setStreamSecurityMode(QXmppConfiguration::TLSDisabled);  // the transport's wss is the TLS
    config.setUseSasl2Authentication(false);
    config.setDisabledSaslMechanisms({u"PLAIN"_s, u"DIGEST-MD5"_s});
    config.setAutoReconnectionEnabled(false);
    return config;
}
}  // namespace

class TestWebSocketTransportLive : public QObject
{
    Q_OBJECT

    std::unique_ptr<XmppTestServer> m_xmpp;

private Q_SLOTS:
    void initTestCase()
    {
        XmppTestServer::Options options;
        options.accounts = {{u"alice"_s, Password, u"Alice"_s}, {u"bob"_s, Password, u"Bob"_s}};
        options.mutualRoster = true;
        m_xmpp = XmppTestServer::create(options);
        QString error;
        QVERIFY2(m_xmpp->start(&error), qPrintable(error));
    }


    void serverOpensStreamWithFeatures()
    {
        WebSocketTransport transport;
        Received received(transport);
        QSignalSpy closed(&transport, &MessageTransport::closed);
        transport.open(m_xmpp->websocketUrl(), Domain, trusting(m_xmpp->caCertificateFile()));
        transport.send(ClientHeader);
        QTRY_COMPARE(received.count(StanzaFramer::Kind::Stanza), 1);
        QCOMPARE(received.frames.at(0).kind, StanzaFramer::Kind::StreamHeader);
        QVERIFY2(received.frames.at(0).bytes.contains("from='linnet.test'") || received.frames.at(0).bytes.contains("from=\"linnet.test\""),
                 received.frames.at(0).bytes.constData());
        const QByteArray features = received.frames.at(1).bytes;
        QVERIFY2(features.contains("SCRAM-SHA-1") && !features.contains("starttls"), features.constData());

        transport.send("</stream:stream>");
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(received.count(StanzaFramer::Kind::StreamEnd), 1);
        QVERIFY(!received.malformed);
    }

    void qxmppLogsInAndChats()
    {
        LoopbackAdaptor adaptor(m_xmpp->websocketUrl(), trusting(m_xmpp->caCertificateFile()));
        QSignalSpy closed(&adaptor.transport, &MessageTransport::closed);
        QXmppClient alice, bob;
        QStringList aliceGot, bobGot;
        connect(&alice, &QXmppClient::messageReceived, this, [&](const QXmppMessage &m) { aliceGot << m.body(); });
        connect(&bob, &QXmppClient::messageReceived, this, [&](const QXmppMessage &m) { bobGot << m.body(); });
        QSignalSpy aliceOnline(&alice, &QXmppClient::connected), bobOnline(&bob, &QXmppClient::connected);
        alice.connectToServer(bridgedConfiguration(u"alice"_s, adaptor.listener.serverPort()));
        bob.connectToServer(m_xmpp->clientConfiguration(u"bob"_s, Password));
        // connected(): bound, with a session, not just past SASL (isAuthenticated()).
        QTRY_VERIFY_WITH_TIMEOUT(aliceOnline.size() == 1 && bobOnline.size() == 1, 20000);

        // To full JIDs: a bare JID reaches only resources whose initial presence the server has seen.
        alice.sendMessage(bob.configuration().jid(), u"over WebSocket ✓"_s);
        QTRY_COMPARE(bobGot, QStringList{u"over WebSocket ✓"_s});
        bob.sendMessage(alice.configuration().jid(), u"and back <&>"_s);
        QTRY_COMPARE(aliceGot, QStringList{u"and back <&>"_s});

        alice.disconnectFromServer();  // </stream:stream> -> <close/>, the server's <close/> -> closed()
        QTRY_COMPARE(closed.size(), 1);
    }

    void untrustedCertificateIsRefusedThenPinned()
    {
        WebSocketTransport refused;
        QSignalSpy failed(&refused, &MessageTransport::failed), connected(&refused, &MessageTransport::connected);
        refused.open(m_xmpp->websocketUrl(), Domain, trusting({}));  // the fixture CA is not trusted
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(connected.size(), 0);
        const auto details = failed.at(0).at(0).value<ConnectionError::Details>();
        QCOMPARE(details.kind, Kind::CertificateRejected);
        QVERIFY(!details.certificate.isNull());
        QVERIFY(!details.certificateErrors.isEmpty());
        QVERIFY(!details.certificateChanged);
        QVERIFY(details.certificate.subjectAlternativeNames().values(QSsl::DnsEntry).contains(Domain));
        QCOMPARE(details.certificate.issuerDisplayName(), m_xmpp->caCertificates().constFirst().subjectDisplayName());

        // The user trusted exactly this certificate (the trust dialog): it passes.
        ConnectionSettings settings;
        settings.jid = u"alice@"_s + Domain;
        settings.pinnedSha256 = {details.certificate.digest(QCryptographicHash::Sha256)};
        WebSocketTransport pinned;
        Received received(pinned);
        QSignalSpy pinnedFailed(&pinned, &MessageTransport::failed);
        pinned.open(m_xmpp->websocketUrl(), Domain, TlsPolicy(settings));
        pinned.send(ClientHeader);
        QTRY_COMPARE(received.count(StanzaFramer::Kind::Stanza), 1);  // the features
        QCOMPARE(pinnedFailed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWebSocketTransportLive)
#include "tst_websockettransport_live.moc"
