// ServiceDiscovery's HTTP side (XEP-0156): the XRD and JSON parsers on good and hostile
// documents, then lookUpHttp() over real HTTPS on 127.0.0.1:443 (Port443.h): a stub server
// for the XRD, the JSON fallback, garbage, a refused and a pinned certificate; the endpoint set
// by hand; and the fixture's own Prosody (mod_http_altconnect) behind a forwarder.
#include "Port443.h"
#include "TestCertificates.h"
#include "XmppTestServer.h"
#include "net/HostMeta.h"
#include "net/ServiceDiscovery.h"

#include <QCryptographicHash>
#include <QHostInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList describe(const QList<ServiceEndpoint> &endpoints)
{
    QStringList out;
    for (const auto &e : endpoints)
        out.append(e.describe());
    return out;
}

QByteArray xrd(const QByteArray &links)
{
    return "<?xml version='1.0' encoding='UTF-8'?><XRD xmlns='http://docs.oasis-open.org/ns/xri/xrd-1.0'>" + links + "</XRD>";
}

const QByteArray WsLink = "<Link rel='urn:xmpp:alt-connections:websocket' href='wss://linnet.test:5281/xmpp-websocket'/>";
const QByteArray BoshLink = "<Link rel='urn:xmpp:alt-connections:xbosh' href='https://linnet.test:5281/http-bind'/>";
const QString WsText = QStringLiteral("WebSocket wss://linnet.test:5281/xmpp-websocket");
const QString BoshText = QStringLiteral("BOSH https://linnet.test:5281/http-bind");

struct HttpResult {
    int count = 0;
    QList<ServiceEndpoint> endpoints;
    ConnectionError::Details error;
};
}  // namespace

class TestHostMeta : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    linnet::test::CertificateFiles m_certs;
    Port443 m_port;
    QString m_no443;  // why the HTTPS tests cannot run here (empty: they can)

    ConnectionSettings settings(Transport transport = Transport::Automatic) const
    {
        ConnectionSettings s;
        s.jid = QStringLiteral("alice@linnet.test");
        s.transport = transport;
        s.caCertificatesFile = m_certs.caCertificate;
        return s;
    }

    HttpResult lookUp(const ConnectionSettings &s)
    {
        HttpResult result;
        ServiceDiscovery discovery;
        connect(&discovery, &ServiceDiscovery::httpFound, this,
                [&](const QList<ServiceEndpoint> &endpoints, const ConnectionError::Details &error) {
                    ++result.count;
                    result.endpoints = endpoints;
                    result.error = error;
                });
        discovery.lookUpHttp(s, TlsPolicy(s));
        [&] { QTRY_COMPARE_WITH_TIMEOUT(result.count, 1, 30000); }();
        return result;
    }

    static QList<ServiceEndpoint> parsed(const QByteArray &body, bool json, Transport wanted, bool *valid)
    {
        QList<HostMeta::Link> links;
        *valid = json ? HostMeta::parseJrd(body, &links) : HostMeta::parseXrd(body, &links);
        return HostMeta::endpointsFrom(links, wanted);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(linnet::test::makeCertificates(m_dir.path(), {QStringLiteral("linnet.test")}, {}, &m_certs, &error),
                 qPrintable(error));
        // Outside ./dev (a native build) neither holds; inside, both do.
        if (!QHostInfo::fromName(QStringLiteral("linnet.test")).addresses().contains(QHostAddress(QHostAddress::LocalHost)))
            m_no443 = QStringLiteral("linnet.test does not resolve to 127.0.0.1 (it does inside ./dev: tools/buildroot/hosts)");
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, Port443::Port) && probe.serverError() == QAbstractSocket::SocketAccessError)
            m_no443 = QStringLiteral("binding 127.0.0.1:443 needs root (./dev runs tests as root)");
    }

    void cleanup()
    {
        m_port.close();
        m_port.clearResponses();
        m_port.clearRequestedPaths();
    }

    // --- the documents -----------------------------------------------------------------------

    void parse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("json");
        QTest::addColumn<int>("wanted");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("expected");
        const int automatic = int(Transport::Automatic);
        const QStringList both{WsText, BoshText};
        QTest::newRow("xrd, bosh listed first") << xrd(BoshLink + WsLink) << false << automatic << true << both;
        QTest::newRow("xrd, websocket only") << xrd(BoshLink + WsLink) << false << int(Transport::WebSocket) << true << QStringList{WsText};
        QTest::newRow("xrd, bosh only") << xrd(BoshLink + WsLink) << false << int(Transport::Bosh) << true << QStringList{BoshText};
        QTest::newRow("xrd, plaintext and odd links dropped")
            << xrd("<Link rel='urn:xmpp:alt-connections:xbosh' href='http://linnet.test/http-bind'/>"
                   "<Link rel='urn:xmpp:alt-connections:websocket' href='ws://linnet.test/ws'/>"
                   "<Link rel='urn:xmpp:alt-connections:websocket' href='https://linnet.test/ws'/>"
                   "<Link rel='urn:xmpp:alt-connections:xbosh' href='/http-bind'/>"
                   "<Link rel='urn:xmpp:alt-connections:xbosh' href='https://user:pw@linnet.test/http-bind'/>"
                   "<Link rel='urn:xmpp:alt-connections:httppoll' href='https://linnet.test/poll'/>"
                   "<Link rel='urn:xmpp:alt-connections:websocket'/>"
                   + WsLink + WsLink)
            << false << automatic << true << QStringList{WsText};
        QTest::newRow("xrd, links outside XRD ignored")
            << QByteArray("<XRD xmlns='http://docs.oasis-open.org/ns/xri/xrd-1.0'><Other>" + WsLink + "</Other>"
                          "<Link xmlns='urn:other' rel='urn:xmpp:alt-connections:xbosh' href='https://linnet.test/b'/></XRD>")
            << false << automatic << true << QStringList{};
        QTest::newRow("html") << QByteArray("<html><body>Not here</body></html>") << false << automatic << false << QStringList{};
        QTest::newRow("wrong namespace") << QByteArray("<XRD xmlns='urn:nope'>" + WsLink + "</XRD>") << false << automatic << false << QStringList{};
        QTest::newRow("truncated") << xrd(WsLink).left(90) << false << automatic << false << QStringList{};
        QTest::newRow("entities") << QByteArray("<?xml version='1.0'?><!DOCTYPE XRD [<!ENTITY a 'aaaaaaaaaa'>]>"
                                                "<XRD xmlns='http://docs.oasis-open.org/ns/xri/xrd-1.0'>&a;</XRD>")
                                  << false << automatic << false << QStringList{};
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe<XRD", 7) << false << automatic << false << QStringList{};
        QTest::newRow("empty") << QByteArray() << false << automatic << false << QStringList{};
        QTest::newRow("json")
            << QByteArray("{\"links\":[{\"rel\":\"urn:xmpp:alt-connections:xbosh\",\"href\":\"https://linnet.test:5281/http-bind\"},"
                          "{\"rel\":\"urn:xmpp:alt-connections:websocket\",\"href\":\"wss://linnet.test:5281/xmpp-websocket\"},"
                          "{\"rel\":\"urn:xmpp:alt-connections:xbosh\",\"href\":\"http://linnet.test/plain\"},"
                          "17, {\"rel\":[\"x\"]}]}")
            << true << automatic << true << both;
        QTest::newRow("json, no links") << QByteArray("{\"links\":{}}") << true << automatic << false << QStringList{};
        QTest::newRow("json, garbage") << QByteArray("{\"links\": [") << true << automatic << false << QStringList{};
        QTest::newRow("json, an array") << QByteArray("[]") << true << automatic << false << QStringList{};
    }
    void parse()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, json);
        QFETCH(int, wanted);
        QFETCH(bool, valid);
        QFETCH(QStringList, expected);
        bool ok = false;
        const auto endpoints = parsed(body, json, Transport(wanted), &ok);
        QCOMPARE(ok, valid);
        QCOMPARE(describe(endpoints), expected);
    }

    // --- over HTTPS on port 443 ----------------------------------------------------------------

    void xrdFromTheDomain()
    {
        if (!m_no443.isEmpty())
            QSKIP(qPrintable(m_no443));
        QTRY_VERIFY_WITH_TIMEOUT(m_port.serve(m_certs.serverCertificate, m_certs.serverKey), 30000);
        m_port.setResponse(QStringLiteral("/.well-known/host-meta"), {200, "application/xrd+xml", xrd(BoshLink + WsLink)});
        const auto result = lookUp(settings());
        QCOMPARE(result.error.kind, ConnectionError::Kind::None);
        QCOMPARE(describe(result.endpoints), (QStringList{WsText, BoshText}));
        QCOMPARE(m_port.requestedPaths(), QStringList{QStringLiteral("/.well-known/host-meta")});
    }

    void jsonWhenThereIsNoXrd()
    {
        if (!m_no443.isEmpty())
            QSKIP(qPrintable(m_no443));
        QTRY_VERIFY_WITH_TIMEOUT(m_port.serve(m_certs.serverCertificate, m_certs.serverKey), 30000);
        m_port.setResponse(QStringLiteral("/.well-known/host-meta.json"),
                           {200, "application/json", "{\"links\":[{\"rel\":\"urn:xmpp:alt-connections:xbosh\",\"href\":\"https://linnet.test:5281/http-bind\"}]}"});
        const auto result = lookUp(settings(Transport::Bosh));
        QCOMPARE(describe(result.endpoints), QStringList{BoshText});
        QCOMPARE(m_port.requestedPaths(), (QStringList{QStringLiteral("/.well-known/host-meta"), QStringLiteral("/.well-known/host-meta.json")}));
    }

    void garbageFindsNothing()
    {
        if (!m_no443.isEmpty())
            QSKIP(qPrintable(m_no443));
        QTRY_VERIFY_WITH_TIMEOUT(m_port.serve(m_certs.serverCertificate, m_certs.serverKey), 30000);
        m_port.setResponse(QStringLiteral("/.well-known/host-meta"), {200, "application/xrd+xml", "<html>hello</html>"});
        m_port.setResponse(QStringLiteral("/.well-known/host-meta.json"), {200, "application/json", QByteArray(200 * 1024, '[')});
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("host-meta.json\" is larger than 64 KiB")));
        const auto result = lookUp(settings());
        QVERIFY(result.endpoints.isEmpty());
        QCOMPARE(result.error.kind, ConnectionError::Kind::HostNotFound);
        QVERIFY(!result.error.message.isEmpty());
    }

    // The account's certificate rules hold for host-meta too: an unknown CA is refused with
    // the certificate for the trust dialog; exactly a pinned certificate passes.
    void certificateRules()
    {
        if (!m_no443.isEmpty())
            QSKIP(qPrintable(m_no443));
        QTRY_VERIFY_WITH_TIMEOUT(m_port.serve(m_certs.serverCertificate, m_certs.serverKey), 30000);
        m_port.setResponse(QStringLiteral("/.well-known/host-meta"), {200, "application/xrd+xml", xrd(WsLink)});
        const QSslCertificate served = QSslCertificate::fromPath(m_certs.serverCertificate).value(0);
        QVERIFY(!served.isNull());

        auto untrusted = settings();
        untrusted.caCertificatesFile.clear();
        auto result = lookUp(untrusted);
        QVERIFY(result.endpoints.isEmpty());
        QCOMPARE(result.error.kind, ConnectionError::Kind::CertificateRejected);
        QCOMPARE(result.error.certificate, served);
        QVERIFY(!result.error.certificateErrors.isEmpty());
        QVERIFY(m_port.requestedPaths().isEmpty());  // nothing was sent over the refused link

        auto otherPin = untrusted;
        otherPin.pinnedSha256 = {QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256)};
        result = lookUp(otherPin);
        QCOMPARE(result.error.kind, ConnectionError::Kind::CertificateRejected);
        QVERIFY(result.error.certificateChanged);

        auto pinned = untrusted;
        pinned.pinnedSha256 = {served.digest(QCryptographicHash::Sha256)};
        result = lookUp(pinned);
        QCOMPARE(result.error.kind, ConnectionError::Kind::None);
        QCOMPARE(describe(result.endpoints), QStringList{WsText});
    }

    void endpointSetByHand_data()
    {
        QTest::addColumn<int>("transport");
        QTest::addColumn<QUrl>("endpoint");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("websocket") << int(Transport::WebSocket) << QUrl(QStringLiteral("wss://chat.example/ws"))
                                   << QStringList{QStringLiteral("WebSocket wss://chat.example/ws")};
        QTest::newRow("bosh") << int(Transport::Bosh) << QUrl(QStringLiteral("https://chat.example/bind"))
                              << QStringList{QStringLiteral("BOSH https://chat.example/bind")};
        QTest::newRow("automatic, by scheme") << int(Transport::Automatic) << QUrl(QStringLiteral("https://chat.example/bind"))
                                              << QStringList{QStringLiteral("BOSH https://chat.example/bind")};
        QTest::newRow("ws:// refused") << int(Transport::WebSocket) << QUrl(QStringLiteral("ws://chat.example/ws")) << QStringList{};
        QTest::newRow("http:// refused") << int(Transport::Bosh) << QUrl(QStringLiteral("http://chat.example/bind")) << QStringList{};
        QTest::newRow("wss for bosh refused") << int(Transport::Bosh) << QUrl(QStringLiteral("wss://chat.example/ws")) << QStringList{};
    }
    void endpointSetByHand()
    {
        QFETCH(int, transport);
        QFETCH(QUrl, endpoint);
        QFETCH(QStringList, expected);
        auto s = settings(Transport(transport));
        s.endpoint = endpoint;
        const auto result = lookUp(s);  // nothing listens on 443 here: no request is made
        QCOMPARE(describe(result.endpoints), expected);
        QCOMPARE(result.error.kind, expected.isEmpty() ? ConnectionError::Kind::InvalidAddress : ConnectionError::Kind::None);
    }

    // The fixture's own server, its TLS and HTTP untouched: 443 only forwards bytes.
    void fromTheFixturesServer()
    {
        if (!m_no443.isEmpty())
            QSKIP(qPrintable(m_no443));
        auto server = XmppTestServer::create({});
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_port.forwardTo(server->httpsPort()), 30000);
        auto s = settings();
        s.jid = server->jid(QStringLiteral("alice"));
        s.caCertificatesFile = server->caCertificateFile();
        const auto result = lookUp(s);
        QCOMPARE(result.error.kind, ConnectionError::Kind::None);
        QCOMPARE(describe(result.endpoints), (QStringList{QStringLiteral("WebSocket ") + server->websocketUrl().toDisplayString(),
                                                          QStringLiteral("BOSH ") + server->boshUrl().toDisplayString()}));
    }
};

QTEST_GUILESS_MAIN(TestHostMeta)
#include "tst_hostmeta.moc"
