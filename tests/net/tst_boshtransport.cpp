// BoshTransport (XEP-0124/0206) against the fixture's Prosody mod_bosh: the session and its
// parameters, a real QXmppClient logging in through the transport (SASL, restart, bind) and
// chatting both ways while replies are lost on the way (a proxy drops them after the server
// acted on the request), certificates refused and pinned, http:// refused, the server's
// shutdown reaching QXmpp as a stream error.
#include "tst_boshtransport.h"

#include "BoshLoopback.h"
#include "BoshProxy.h"
#include "TestCertificates.h"
#include "XmppTestServer.h"
#include "net/BoshDetail.h"
#include "net/BoshTransport.h"
#include "net/ConnectionSettings.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>


using namespace Qt::StringLiterals;
using Kind = ConnectionError::Kind;

using namespace BoshTest;

namespace {

QStringList bodies(const QList<QXmppMessage> &messages)
{
    QStringList out;
    for (const auto &message : messages)
        out << message.body();
    return out;
}
}  // namespace

void tst_BoshTransport::initTestCase()
{
    XmppTestServer::Options options;
    options.accounts = {{u"alice"_s, u"alice-pw"_s, u"Alice"_s}, {u"bob"_s, u"bob-pw"_s, u"Bob"_s}};
    options.mutualRoster = true;
    m_server = XmppTestServer::create(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(linnet::test::makeCertificates(m_certificateDir.path(), {m_server->domain()}, {u"127.0.0.1"_s},
                                            &m_ownCertificates, &error),
             qPrintable(error));
}

TlsPolicy tst_BoshTransport::trustingFixture() const
{
    ConnectionSettings settings;
    settings.jid = m_server->jid(u"alice"_s);
    settings.caCertificatesFile = m_server->caCertificateFile();
    return TlsPolicy(settings);
}

TlsPolicy tst_BoshTransport::trustingOwnCa() const
{
    ConnectionSettings settings;
    settings.jid = m_server->jid(u"alice"_s);
    settings.caCertificatesFile = m_ownCertificates.caCertificate;
    return TlsPolicy(settings);
}

// Children of a response are sliced out as sent, whatever the characters, and carry the
// namespaces they inherited from <body/>; stanzas from QXmpp get jabber:client.
void tst_BoshTransport::bodyParsing()
{
    const QByteArray xml = "<body xmlns='http://jabber.org/protocol/httpbind' sid='s1' xmlns:stream="
                           "'http://etherx.jabber.org/streams' xmlns:x='urn:x' wait='60'>"
                           "<message from='a@b' to='c@d'><body>gr\xc3\xbc\xc3\x9f \xf0\x9f\x8c\xb1 &amp; &lt;</body></message>"
                           "\n <stream:features xmlns='jabber:client'><x:y/></stream:features>"
                           "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/></body>";
    const auto response = BoshDetail::parse(xml);
    QVERIFY2(response.ok, qPrintable(response.error));
    QCOMPARE(response.attributes.value(u"sid"_s), u"s1"_s);
    QCOMPARE(response.attributes.value(u"wait"_s), u"60"_s);
    QVERIFY(response.features && response.saslSuccess && !response.streamError);
    QCOMPARE(response.payload,
             QByteArray("<message xmlns='jabber:client' from='a@b' to='c@d'><body>gr\xc3\xbc\xc3\x9f \xf0\x9f\x8c\xb1 &amp; &lt;</body></message>"
                        "<stream:features xmlns:x='urn:x' xmlns='jabber:client'><x:y/></stream:features>"
                        "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"));
    QVERIFY(!BoshDetail::parse("<body xmlns='jabber:client'/>").ok);
    QVERIFY(!BoshDetail::parse("<!DOCTYPE body [<!ENTITY a 'b'>]><body xmlns='http://jabber.org/protocol/httpbind'>&a;</body>").ok);
    QVERIFY(!BoshDetail::parse("<body xmlns='http://jabber.org/protocol/httpbind'><message>").ok);

    QCOMPARE(BoshDetail::standalone("<presence/>", {}), QByteArray("<presence xmlns='jabber:client'/>"));
    QCOMPARE(BoshDetail::standalone("<iq xmlns:a='urn:a' type='get'><a:q/></iq>", {}),
             QByteArray("<iq xmlns='jabber:client' xmlns:a='urn:a' type='get'><a:q/></iq>"));
    QCOMPARE(BoshDetail::standalone("<auth mechanism='SCRAM-SHA-1' xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\">x</auth>", {}),
             QByteArray("<auth mechanism='SCRAM-SHA-1' xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\">x</auth>"));
}

// QXmpp's stream header is answered with a <stream:stream> header from the session response and
// the features that came with it; </stream:stream> ends the session with type='terminate'.
void tst_BoshTransport::sessionAndStreamTranslation()
{
    BoshTransport transport;
    QSignalSpy connected(&transport, &MessageTransport::connected);
    QSignalSpy closed(&transport, &MessageTransport::closed);
    QSignalSpy failed(&transport, &MessageTransport::failed);
    QByteArray received;
    connect(&transport, &MessageTransport::received, this, [&](const QByteArray &bytes) { received += bytes; });
    transport.open(m_server->boshUrl(), m_server->domain(), trustingFixture());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);
    QVERIFY(!transport.sessionId().isEmpty());
    QCOMPARE(transport.maxRequests(), 2);  // Prosody and ejabberd: hold 1, requests 2
    QCOMPARE(transport.waitSeconds(), BoshTransport::RequestedWaitSeconds);
    if (m_server->kind() == XmppTestServer::Kind::Prosody) {
        QCOMPARE(transport.pollingSeconds(), 5);
        QCOMPARE(transport.inactivitySeconds(), 60);
    } else {
        QCOMPARE(transport.pollingSeconds(), 2);  // ejabberd 24.12's defaults
        QCOMPARE(transport.inactivitySeconds(), 30);
    }
    QVERIFY(!transport.serverAcks());  // neither takes part in acknowledgements
    QVERIFY(received.isEmpty());       // held until QXmpp has sent its own header

    transport.send(ClientHeader.first(20));
    transport.send(ClientHeader.sliced(20));
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("</stream:features>"), Timeout);
    QVERIFY2(received.startsWith("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                                 "xmlns:stream='http://etherx.jabber.org/streams' from='linnet.test' id='"),
             received.constData());
    QVERIFY(received.indexOf("<stream:features") > received.indexOf("<stream:stream"));
    QVERIFY(received.contains("<mechanism>SCRAM-SHA-1</mechanism>"));
    // Nothing is held but a poll at the server.
    QTRY_VERIFY_WITH_TIMEOUT(transport.heldBytes() < 1024, Timeout);

    transport.send("</stream:stream>");
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, Timeout);
    QVERIFY(received.endsWith("</stream:stream>"));
    QCOMPARE(failed.size(), 0);
}

// A real QXmppClient logs in over BOSH (SCRAM, xmpp:restart, bind) through a proxy that loses
// two replies after the server acted on their requests: one carrying alice's message to bob,
// one carrying bob's message to alice. Both requests go out again with the same rid and body,
// and each message arrives exactly once, in order.
void tst_BoshTransport::loginAndChatWithLostReplies()
{
    const auto &proxyFiles = m_ownCertificates;
    QString error;
    BoshProxy proxy(proxyFiles.serverCertificate, proxyFiles.serverKey, m_server->domain(), m_server->httpsPort(),
                    m_server->caCertificates());
    QVERIFY2(proxy.listen(&error), qPrintable(error));
    proxy.dropResponseToRequestWith("lost-reply-1");
    proxy.dropResponseWith("lost-reply-2", 3);

    ConnectionSettings settings;
    settings.jid = m_server->jid(u"alice"_s);
    settings.caCertificatesFile = proxyFiles.caCertificate;
    BoshTransport transport;
    QSignalSpy failed(&transport, &MessageTransport::failed);
    QSignalSpy closed(&transport, &MessageTransport::closed);
    Loopback loopback(&transport);
    QUrl url = m_server->boshUrl();
    url.setPort(proxy.port());
    transport.open(url, m_server->domain(), TlsPolicy(settings));

    QXmppClient alice;
    QList<QXmppMessage> toAlice;
    connect(&alice, &QXmppClient::messageReceived, this, [&](const QXmppMessage &m) {
        if (!m.body().isEmpty())
            toAlice << m;
    });
    alice.connectToServer(settings.toBridgedConfiguration(u"alice-pw"_s, loopback.port()));

    QXmppClient bob;
    QList<QXmppMessage> toBob;
    connect(&bob, &QXmppClient::messageReceived, this, [&](const QXmppMessage &m) {
        if (m.body().isEmpty())
            return;
        toBob << m;
        bob.sendMessage(m.from(), u"re: "_s + m.body());
    });
    bob.connectToServer(m_server->clientConfiguration(u"bob"_s, u"bob-pw"_s));
    QTRY_VERIFY_WITH_TIMEOUT(alice.isAuthenticated() && alice.isConnected(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(bob.isConnected(), Timeout);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<ConnectionError::Details>().message));

    // Session creation and the restart after SASL went as XEP-0206 says.
    const auto &seen = proxy.requests();
    QVERIFY(seen.first().body.contains("hold='1'") && seen.first().body.contains("wait='60'"));
    QVERIFY(std::any_of(seen.begin(), seen.end(), [](const auto &s) {
        return s.body.contains("xmpp:restart='true'") && s.body.endsWith("/>");
    }));

    const QString aliceJid = alice.configuration().jidBare();
    alice.sendPacket(QXmppMessage(QString(), m_server->jid(u"bob"_s), u"lost-reply-1"_s));
    QTRY_COMPARE_WITH_TIMEOUT(bodies(toAlice), QStringList{u"re: lost-reply-1"_s}, Timeout);
    bob.sendMessage(aliceJid, u"lost-reply-2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bodies(toAlice).size(), 2, Timeout);
    QCOMPARE(proxy.dropped(), 4);
    alice.sendPacket(QXmppMessage(QString(), m_server->jid(u"bob"_s), u"after"_s));
    QTRY_COMPARE_WITH_TIMEOUT(bodies(toAlice).size(), 3, Timeout);
    // Each exactly once, in order: a duplicate of the earlier ones would have come before "after".
    QCOMPARE(bodies(toBob), (QStringList{u"lost-reply-1"_s, u"after"_s}));
    QCOMPARE(bodies(toAlice), (QStringList{u"re: lost-reply-1"_s, u"lost-reply-2"_s, u"re: after"_s}));

    // The requests whose replies were lost went out again with the same rid and the same body.
    QHash<quint64, QList<QByteArray>> byRid;
    for (const auto &s : seen)
        byRid[s.rid] << s.body;
    int repeated = 0;
    for (const auto &list : std::as_const(byRid)) {
        if (list.size() > 1) {
            ++repeated;
            for (const QByteArray &body : list)
                QCOMPARE(body, list.first());
        }
    }
    QCOMPARE(repeated, 2);
    // Qt's HTTP stack sends a request again by itself after a lost reply, up to twice; the
    // third loss of the second reached the transport, which sent it again.
    QVERIFY(transport.resentRequests() >= 1);
    QVERIFY(proxy.maxConcurrent() <= transport.maxRequests());
    QVERIFY(failed.isEmpty());

    // QXmpp's </stream:stream> ends the session with type='terminate'.
    QSignalSpy aliceGone(&bob, &QXmppClient::presenceReceived);
    alice.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, Timeout);
    QVERIFY(std::any_of(seen.begin(), seen.end(), [](const auto &s) { return s.body.contains("type='terminate'"); }));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(aliceGone.begin(), aliceGone.end(), [](const QList<QVariant> &args) {
        return args.first().value<QXmppPresence>().type() == QXmppPresence::Unavailable;
    }), Timeout);
    QCOMPARE(failed.size(), 0);
}

// The fixture CA is not trusted: the certificate is refused, and the failure carries it and
// its errors for the trust dialog. No session is created.
void tst_BoshTransport::refusedCertificate()
{
    BoshTransport transport;
    QSignalSpy connected(&transport, &MessageTransport::connected);
    QSignalSpy failed(&transport, &MessageTransport::failed);
    ConnectionSettings settings;
    settings.jid = m_server->jid(u"alice"_s);
    transport.open(m_server->boshUrl(), m_server->domain(), TlsPolicy(settings));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    const auto details = failed.first().first().value<ConnectionError::Details>();
    QCOMPARE(details.kind, Kind::CertificateRejected);
    QVERIFY(!details.certificate.isNull());
    QVERIFY(!details.certificateErrors.isEmpty());
    QVERIFY(details.certificate.subjectAlternativeNames().values(QSsl::DnsEntry).contains(m_server->domain()));
    QVERIFY(!details.certificateChanged);
    QCOMPARE(connected.size(), 0);
    QVERIFY(transport.sessionId().isEmpty());
    m_refusedCertificate = details.certificate;
}

// Exactly the certificate the user trusted passes, although its CA is unknown.
void tst_BoshTransport::pinnedCertificate()
{
    QVERIFY(!m_refusedCertificate.isNull());
    ConnectionSettings settings;
    settings.jid = m_server->jid(u"alice"_s);
    settings.pinnedSha256 = {m_refusedCertificate.digest(QCryptographicHash::Sha256)};
    BoshTransport transport;
    QSignalSpy connected(&transport, &MessageTransport::connected);
    QSignalSpy failed(&transport, &MessageTransport::failed);
    transport.open(m_server->boshUrl(), m_server->domain(), TlsPolicy(settings));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);
    QVERIFY(!transport.sessionId().isEmpty());
    QCOMPARE(failed.size(), 0);

    // Another certificate pinned instead: refused, and reported as changed.
    settings.pinnedSha256 = {QByteArray(32, 'x')};
    BoshTransport other;
    QSignalSpy otherFailed(&other, &MessageTransport::failed);
    other.open(m_server->boshUrl(), m_server->domain(), TlsPolicy(settings));
    QTRY_COMPARE_WITH_TIMEOUT(otherFailed.size(), 1, Timeout);
    const auto details = otherFailed.first().first().value<ConnectionError::Details>();
    QCOMPARE(details.kind, Kind::CertificateRejected);
    QVERIFY(details.certificateChanged);
    QCOMPARE(details.certificate, m_refusedCertificate);
}

void tst_BoshTransport::plainHttpRefused()
{
    QUrl url = m_server->boshUrl();
    url.setScheme(u"http"_s);
    BoshTransport transport;
    QSignalSpy failed(&transport, &MessageTransport::failed);
    transport.open(url, m_server->domain(), trustingFixture());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    QCOMPARE(failed.first().first().value<ConnectionError::Details>().kind, Kind::InvalidAddress);
    QCOMPARE(transport.sentRequests(), 0);
}

// Prosody drops its HTTP connections when it stops (mod_bosh sends no terminate then): the
// lost poll is sent again, the port refuses, and the transport fails soon, not after the whole
// inactivity period.
void tst_BoshTransport::serverGoneFailsTransport()
{
    BoshTransport transport;
    QSignalSpy connected(&transport, &MessageTransport::connected);
    QSignalSpy closed(&transport, &MessageTransport::closed);
    QSignalSpy failed(&transport, &MessageTransport::failed);
    transport.open(m_server->boshUrl(), m_server->domain(), trustingFixture());
    transport.send(ClientHeader);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);
    m_server->stop();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    const Kind kind = failed.first().first().value<ConnectionError::Details>().kind;
    if (m_server->kind() == XmppTestServer::Kind::Prosody) {
        QCOMPARE(kind, Kind::ConnectionLost);
        QVERIFY(transport.resentRequests() >= 1);
    } else {
        // ejabberd may answer the held request with condition='internal-server-error' first.
        QVERIFY(kind == Kind::ConnectionLost || kind == Kind::ServerError);
    }
    QVERIFY(ConnectionError::isTransient(kind));  // a reconnect may find the server back
    QCOMPARE(closed.size(), 0);
}

QTEST_GUILESS_MAIN(tst_BoshTransport)
