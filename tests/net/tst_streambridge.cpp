// A whole account (QXmpp behind the bridge) against a scripted, hostile server: malformed XML,
// stream errors before and after TLS, no STARTTLS, an endless stanza, a certificate for another
// name, servers that ask for clear-text logins, redirects and a planted resume address. Each
// ends in a clear error or a safe login, never in credentials or a connection around the bridge.
#include "LogCapture.h"
#include "ScriptedServer.h"
#include "TestCertificates.h"
#include "AccountHarness.h"
#include "account/ConnectionController.h"

#include <QTemporaryDir>
#include <QTest>

#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>

using ConnectionError::Kind;
using State = ConnectionController::State;

class TestStreamBridge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    linnet::test::CertificateFiles m_certs;
    linnet::test::CertificateFiles m_otherName;  // same CA, valid for elsewhere.test and 127.0.0.1
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<AccountHarness> m_account;

    std::unique_ptr<ScriptedServer> makeServer(const linnet::test::CertificateFiles &certs)
    {
        auto server = std::make_unique<ScriptedServer>();
        if (!server->setCertificate(certs.serverCertificate, certs.serverKey) || !server->listen(QHostAddress::LocalHost))
            return nullptr;
        return server;
    }

    void connectAccount(quint16 port)
    {
        ConnectionSettings settings;
        settings.jid = QStringLiteral("alice@") + QString::fromLatin1(ScriptedServer::Domain);
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = port;
        settings.caCertificatesFile = m_certs.caCertificate;
        m_account = std::make_unique<AccountHarness>(settings);
        m_account->login(QStringLiteral("secret"));
    }

    ConnectionController *connection() const { return m_account->connection(); }

    static QByteArray redirectTo(quint16 port)
    {
        return "<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>127.0.0.1:"
            + QByteArray::number(port) + "</see-other-host></stream:error></stream:stream>";
    }

    void expectError(Kind kind, const char *text, int timeout = 10000)
    {
        QTRY_COMPARE_WITH_TIMEOUT(connection()->error(), kind, timeout);
        QVERIFY2(connection()->errorMessage().contains(QLatin1String(text), Qt::CaseInsensitive),
                 qPrintable(connection()->errorMessage()));
        QTRY_COMPARE(connection()->state(), State::Disconnected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(linnet::test::makeCertificates(m_dir.path(), {QString::fromLatin1(ScriptedServer::Domain)}, {}, &m_certs, &error),
                 qPrintable(error));
        QVERIFY2(linnet::test::signServerCertificate(m_dir.path(), QStringLiteral("other"), {QStringLiteral("elsewhere.test")},
                                                     {QStringLiteral("127.0.0.1")}, m_certs.caCertificate,
                                                     m_dir.filePath(QStringLiteral("ca.key")), &m_otherName, &error),
                 qPrintable(error));
    }

    void init()
    {
        m_server = makeServer(m_certs);
        QVERIFY(m_server);
    }

    void cleanup()
    {
        m_account.reset();
        m_server.reset();
    }

    void loginGoesOverTlsOnly()
    {
        connectAccount(m_server->serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), State::Connected, 10000);
        // On the wire: before TLS only the bridge's stream header and <starttls/>; the login
        // (SCRAM-SHA-1, checked for real by the scripted server) only after.
        const QByteArray plaintext = m_server->allPlaintext();
        QVERIFY2(plaintext.contains("<starttls"), plaintext.constData());
        QVERIFY2(!plaintext.contains("<auth") && !plaintext.contains("alice"), plaintext.constData());
        QVERIFY(m_server->allReceived().contains("SCRAM-SHA-1"));
    }

    void malformedXmlEndsWithAStreamError_data()
    {
        QTest::addColumn<QByteArray>("stanza");
        QTest::newRow("mismatched tags") << QByteArray("<message><body>broken</bod></message>");
        // QXmlStreamReader's namespace processing alone lets this pass (StanzaFramer).
        QTest::newRow("namespace declared twice")
            << QByteArray("<message><json xmlns='urn:xmpp:json:0' xmlns='urn:xmpp:json:0'>[]</json></message>");
    }
    void malformedXmlEndsWithAStreamError()
    {
        QFETCH(QByteArray, stanza);
        m_server->afterTls = "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                             "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>"
                             + stanza;
        connectAccount(m_server->serverPort());
        expectError(Kind::ServerError, "malformed");
        // The server is told why, as RFC 6120 asks.
        QTRY_VERIFY(m_server->allReceived().contains("<not-well-formed"));
    }

    void streamErrorFromTheServer()
    {
        m_server->afterTls = "<stream:error><system-shutdown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                             "</stream:error></stream:stream>";
        connectAccount(m_server->serverPort());
        expectError(Kind::ServerError, "system-shutdown");
    }

    // Before the fix the bridge said "does not offer encryption" for any pre-TLS stream error.
    void streamErrorBeforeTlsSaysWhy()
    {
        m_server->beforeTls = "<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                              "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>no such domain here</text>"
                              "</stream:error></stream:stream>";
        connectAccount(m_server->serverPort());
        expectError(Kind::ServerError, "host-unknown: no such domain here");
    }

    void noStartTlsIsRefused()
    {
        m_server->offerTls = false;
        m_server->beforeTls = "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                              "<mechanism>PLAIN</mechanism></mechanisms></stream:features>";
        connectAccount(m_server->serverPort());
        expectError(Kind::ServerError, "STARTTLS");
        QVERIFY(!m_server->allReceived().contains("<auth"));  // no credentials over plaintext
    }

    void endlessStanzaIsCutOff()
    {
        // 17 MB of one unfinished stanza: more than the framer will ever hold.
        m_server->afterTls = "<message><body>" + QByteArray(17 * 1024 * 1024, 'a');
        connectAccount(m_server->serverPort());
        expectError(Kind::ServerError, "exceeds the limit of 16777216 bytes", 20000);
    }

    // The integration certificate also names 127.0.0.1, so only this test notices if the
    // check against the account's domain goes: this certificate is valid for the address we
    // connect to, and signed by a trusted CA, but not for bridge.test.
    void certificateForAnotherNameIsRefused()
    {
        m_server = makeServer(m_otherName);
        QVERIFY(m_server);
        connectAccount(m_server->serverPort());
        expectError(Kind::CertificateRejected, "certificate");
        QVERIFY(!m_server->allReceived().contains("<auth"));
    }

    // SCRAM only, on the wire: a server that offers PLAIN alone gets no <auth/> at all.
    void plainOnlyServerGetsNoCredentials()
    {
        m_server->afterTls = "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                             "<mechanism>PLAIN</mechanism><mechanism>DIGEST-MD5</mechanism></mechanisms></stream:features>";
        connectAccount(m_server->serverPort());
        expectError(Kind::AuthenticationFailed, "SCRAM");
        QVERIFY2(!m_server->allReceived().contains("<auth"), m_server->allReceived().right(400).constData());
    }

    // XEP-0078 (jabber:iq:auth) sends the password in clear. Before the fix QXmpp used it when a
    // server offered only <auth/> or sent a header without a version. A session the server
    // never asked us to log in to is refused too (QXmpp would call it connected).
    void nonSaslServerGetsNoCredentials_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("features");
        QTest::newRow("offers only iq-auth")
            << ScriptedServer::Header << QByteArray("<stream:features><auth xmlns='http://jabber.org/features/iq-auth'/></stream:features>");
        QByteArray oldHeader = ScriptedServer::Header;
        oldHeader.replace("id='s1' version='1.0'", "id='s1'");
        QTest::newRow("no version in the header") << oldHeader << QByteArray("<stream:features/>");
    }
    void nonSaslServerGetsNoCredentials()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, features);
        m_server->headerAfterTls = header;
        m_server->afterTls = features;
        connectAccount(m_server->serverPort());
        expectError(Kind::AuthenticationFailed, "did not ask");
        QTest::qWait(300);
        const QByteArray received = m_server->allReceived();
        QVERIFY2(!received.contains("jabber:iq:auth") && !received.contains("secret"), received.constData());
    }

    // <see-other-host/> is followed by the bridge, with TLS and the certificate checked against
    // the account's domain. Before the fix QXmpp followed it itself, in plaintext.
    void redirectGoesThroughTheBridge()
    {
        auto target = makeServer(m_certs);
        QVERIFY(target);
        m_server->afterTls = redirectTo(target->serverPort());
        connectAccount(m_server->serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), State::Connected, 10000);
        QCOMPARE(m_server->connections().size(), 1);
        QVERIFY(!target->connections().isEmpty());
        for (const auto &c : target->connections()) {
            QVERIFY2(c.plaintext.contains("<starttls") && !c.plaintext.contains("<auth") && !c.plaintext.contains("alice"),
                     c.plaintext.constData());
        }
        QVERIFY(target->allReceived().contains("SCRAM-SHA-1"));
    }

    void redirectKeepsTheCertificateRules()
    {
        auto target = makeServer(m_otherName);
        QVERIFY(target);
        m_server->afterTls = redirectTo(target->serverPort());
        connectAccount(m_server->serverPort());
        expectError(Kind::CertificateRejected, "certificate");
        QVERIFY(!target->allReceived().contains("<auth"));
    }

    void redirectsInACircleEnd()
    {
        m_server->afterTls = redirectTo(m_server->serverPort());
        connectAccount(m_server->serverPort());
        expectError(Kind::ServerError, "redirected too many times");
        QCOMPARE(m_server->connections().size(), 4);
    }

    // XEP-0198's <enabled location=.../> would make QXmpp resume at that address, around the
    // bridge and without TLS, after the next unclean drop. The bridge removes it.
    // A presence or a PubSub event the server routes to the new resource between binding and
    // <enabled/> (Prosody: another resource's "replaced by new connection", a headline to the
    // bare JID) would make QXmpp 1.10 end the session.
    void earlyStanzaBeforeStreamManagementKeepsTheSession_data()
    {
        QTest::addColumn<QByteArray>("stanza");
        QTest::newRow("presence") << QByteArray("<presence from='alice@bridge.test/desk' to='alice@bridge.test/linnet' type='unavailable'>"
                                                "<status>Disconnected: Replaced by new connection</status></presence>");
        QTest::newRow("pubsub headline") << QByteArray("<message from='pubsub.bridge.test' to='alice@bridge.test' type='headline'>"
                                                       "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='n'>"
                                                       "<item id='1'/></items></event></message>");
        // The answer to the last stream's request (the resource is bound again by its name).
        QTest::newRow("late iq result") << QByteArray("<iq type='result' id='old-stream-7' from='pubsub.bridge.test' "
                                                      "to='alice@bridge.test/linnet'><pubsub xmlns='http://jabber.org/protocol/pubsub'/></iq>");
        // Another resource of the account resending its last stream's unacknowledged request.
        QTest::newRow("iq request") << QByteArray("<iq type='get' id='qxmpp43' from='alice@bridge.test/desk' "
                                                  "to='alice@bridge.test/linnet'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>");
        QTest::newRow("late iq error") << QByteArray("<iq type='error' id='old-stream-8' from='pubsub.bridge.test' "
                                                     "to='alice@bridge.test/linnet'><error type='cancel'>"
                                                     "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    }

    void earlyStanzaBeforeStreamManagementKeepsTheSession()
    {
        QFETCH(QByteArray, stanza);
        LogCapture log(LogCapture::category("linnet.connection"));
        m_server->afterBind = stanza;
        connectAccount(m_server->serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), State::Connected, 10000);
        QTRY_VERIFY(m_server->allReceived().contains("<enable"));
        QTest::qWait(300);  // <enabled/> and anything after it reached QXmpp
        QCOMPARE(connection()->state(), State::Connected);
        QCOMPARE(m_server->connections().size(), 1);
        QVERIFY2(log.text().contains(QLatin1String("Dropped <")), qPrintable(log.text()));  // said, not silent
    }

    // A chat message there still passes (it may matter), and QXmpp ends the stream over it:
    // the login was accepted, so the session is retried, not left offline with an error.
    void streamEndedByQXmppAfterTheLoginIsRetried()
    {
        m_server->afterBind = "<message type='chat' from='bob@bridge.test/pc' to='alice@bridge.test/linnet'><body>hi</body></message>";
        connectAccount(m_server->serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(connection()->error(), Kind::ServerError, 10000);
        QVERIFY2(connection()->errorMessage().contains(QLatin1String("Unexpected element")), qPrintable(connection()->errorMessage()));
        QVERIFY2(!connection()->errorMessage().contains(QLatin1String("server closed")), qPrintable(connection()->errorMessage()));
        QTRY_COMPARE(connection()->state(), State::WaitingToReconnect);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->connections().size() >= 2, 10000);
    }

    // QXmpp 1.10 asks for an ack after every stanza; the bridge keeps one request in flight and
    // asks once more for those it held back, so a burst costs the server a handful of <r/> and
    // <a/> instead of one each, and QXmpp still learns that every stanza was acked.
    void ackRequestsAreCoalescedAndEverythingIsAcked()
    {
        connectAccount(m_server->serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), State::Connected, 10000);
        QTRY_VERIFY(m_server->allReceived().contains("<enable"));
        QTest::qWait(200);  // <enabled/> reached QXmpp
        constexpr int Burst = 200;
        int acked = 0;
        for (int i = 0; i < Burst; ++i) {
            QXmppMessage message(QString(), QStringLiteral("bob@bridge.test"), QStringLiteral("m%1").arg(i));
            m_account->client()->send(std::move(message)).then(this, [&acked](QXmpp::SendResult result) {
                if (const auto *success = std::get_if<QXmpp::SendSuccess>(&result); success && success->acknowledged)
                    ++acked;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(acked, Burst, 10000);
        const ScriptedServer::Connection &server = m_server->connections().first();
        QVERIFY2(server.handled >= Burst, qPrintable(QString::number(server.handled)));
        QVERIFY2(server.ackRequests < Burst / 4, qPrintable(QStringLiteral("%1 ack requests for %2 stanzas").arg(server.ackRequests).arg(Burst)));
    }

    void resumeLocationNeverReachesQXmpp()
    {
        QTcpServer trap;
        QVERIFY(trap.listen(QHostAddress::LocalHost));
        m_server->enabledExtra = " location='127.0.0.1:" + QByteArray::number(trap.serverPort()) + "'";
        connectAccount(m_server->serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), State::Connected, 10000);
        QTRY_VERIFY(m_server->allReceived().contains("<enable"));
        QTest::qWait(200);  // the <enabled/> reached QXmpp
        m_server->connections().first().socket->abort();  // an unclean drop
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), State::WaitingToReconnect, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), State::Connected, 10000);
        QCOMPARE(m_server->connections().size(), 2);
        QVERIFY(m_server->connections().last().received.contains("<resume") || m_server->connections().last().received.contains("<bind"));
        QVERIFY(!trap.hasPendingConnections());
    }
};

QTEST_GUILESS_MAIN(TestStreamBridge)
#include "tst_streambridge.moc"
