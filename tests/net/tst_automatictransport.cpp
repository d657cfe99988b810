// The automatic choice end to end, as an account with no host set goes through it: the bridge
// asks DNS for both SRV services (a local resolver with the records, TestDns), tries what they
// name in order, and when no socket answers, connects over what the domain announces in its
// XEP-0156 host-meta (the fixture's own, reached on 127.0.0.1:443). Needs ./dev (linnet.test
// resolves to 127.0.0.1 there; port 443 needs root): otherwise it skips and says why.
#include "AccountHarness.h"
#include "Port443.h"
#include "ProsodyServer.h"
#include "TestDns.h"
#include "net/StreamBridge.h"

#include <QHostInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
const QString Password = QStringLiteral("secret");

// A loopback port nobody listens on (bound, then released).
quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}
}  // namespace

class TestAutomaticTransport : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    TestDns m_dns;

    ConnectionSettings automatic() const
    {
        ConnectionSettings settings;
        settings.jid = m_server->jid(QStringLiteral("alice"));
        settings.caCertificatesFile = m_server->caCertificateFile();
        settings.nameserver = m_dns.nameserver();
        return settings;  // Transport::Automatic, no host: SRV, then host-meta
    }

    // Logs in with the automatic choice; returns which transport the bridge used.
    Transport loginOver(const ConnectionSettings &settings)
    {
        AccountHarness alice(settings);
        QList<Transport> opened;
        QObject watching;
        connect(alice.connection()->bridge(), &StreamBridge::transportOpened, &watching,
                [&opened](quint64, Transport used, const QString &) { opened.append(used); });
        alice.account()->setPassword(Password);
        alice.session()->open(settings, Password);
        if (!QTest::qWaitFor([&] { return alice.connection()->state() == ConnectionController::State::Connected; }, 30000)) {
            qWarning() << "not connected:" << alice.connection()->errorMessage();
            return Transport::Automatic;
        }
        return opened.value(0, Transport::Automatic);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QHostInfo::fromName(QStringLiteral("linnet.test")).addresses().isEmpty())
            QSKIP("linnet.test does not resolve here (run the tests with ./dev)");
        ProsodyServer::Options options;
        options.accounts = {{QStringLiteral("alice"), Password, QStringLiteral("Alice")}};
        m_server = std::make_unique<ProsodyServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY2(m_dns.start(&error), qPrintable(error));
    }

    void init() { m_dns.clear(); }

    // Same priority: direct TLS first (XEP-0368), so the STARTTLS record is never tried.
    void directTlsRecordWinsATie()
    {
        m_dns.addSrv(QStringLiteral("_xmpps-client._tcp.linnet.test"), {QStringLiteral("linnet.test"), m_server->directTlsPort(), 10, 0});
        m_dns.addSrv(QStringLiteral("_xmpp-client._tcp.linnet.test"), {QStringLiteral("linnet.test"), m_server->c2sPort(), 10, 0});
        QCOMPARE(int(loginOver(automatic())), int(Transport::DirectTls));
    }

    // A lower priority value is tried first, whatever the service.
    void lowerPriorityFirst()
    {
        m_dns.addSrv(QStringLiteral("_xmpps-client._tcp.linnet.test"), {QStringLiteral("linnet.test"), m_server->directTlsPort(), 20, 0});
        m_dns.addSrv(QStringLiteral("_xmpp-client._tcp.linnet.test"), {QStringLiteral("linnet.test"), m_server->c2sPort(), 10, 0});
        QCOMPARE(int(loginOver(automatic())), int(Transport::StartTls));
    }

    // A record whose target does not answer: the next one.
    void deadTargetFallsThrough()
    {
        m_dns.addSrv(QStringLiteral("_xmpps-client._tcp.linnet.test"), {QStringLiteral("linnet.test"), deadPort(), 5, 0});
        m_dns.addSrv(QStringLiteral("_xmpp-client._tcp.linnet.test"), {QStringLiteral("linnet.test"), m_server->c2sPort(), 10, 0});
        QCOMPARE(int(loginOver(automatic())), int(Transport::StartTls));
    }

    // A direct TLS record that leads to a port speaking plain XMPP: the TLS handshake fails,
    // and the next record (STARTTLS) is tried, as XEP-0368 asks.
    void failedHandshakeFallsThrough()
    {
        m_dns.addSrv(QStringLiteral("_xmpps-client._tcp.linnet.test"), {QStringLiteral("linnet.test"), m_server->c2sPort(), 5, 0});
        m_dns.addSrv(QStringLiteral("_xmpp-client._tcp.linnet.test"), {QStringLiteral("linnet.test"), m_server->c2sPort(), 10, 0});
        QCOMPARE(int(loginOver(automatic())), int(Transport::StartTls));
    }

    // Every socket is dead: the WebSocket endpoint the domain announces (host-meta on :443).
    void noSocketAnswersThenHostMeta()
    {
        Port443 port443;
        QString error;
        if (!port443.forwardTo(m_server->httpsPort(), &error))
            QSKIP(qPrintable(QStringLiteral("port 443: ") + error));
        m_dns.addSrv(QStringLiteral("_xmpps-client._tcp.linnet.test"), {QStringLiteral("linnet.test"), deadPort(), 5, 0});
        m_dns.addSrv(QStringLiteral("_xmpp-client._tcp.linnet.test"), {QStringLiteral("linnet.test"), deadPort(), 10, 0});
        QCOMPARE(int(loginOver(automatic())), int(Transport::WebSocket));
    }
};

QTEST_MAIN(TestAutomaticTransport)
#include "tst_automatictransport.moc"
