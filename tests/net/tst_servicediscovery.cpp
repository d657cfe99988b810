// ServiceDiscovery's socket side: RFC 2782 order of the merged _xmpps-client / _xmpp-client
// records (with a scripted and a seeded random), and lookUpSockets() against a real resolver
// (TestDns on loopback, asked by QDnsLookup): both services merged, "." targets, the fallback to
// the domain, the account's host winning, the transport filters, fresh answers and stale ones
// dropped. host-meta is in tst_hostmeta.cpp.
#include "TestDns.h"
#include "net/ServiceDiscovery.h"

#include <QRandomGenerator>
#include <QTest>

using Srv = ServiceDiscovery::SrvRecord;

namespace {
constexpr auto Domain = "linnet.test";
const QString ClientSrv = QStringLiteral("_xmpp-client._tcp.linnet.test");
const QString DirectSrv = QStringLiteral("_xmpps-client._tcp.linnet.test");

ServiceEndpoint socket(Transport transport, const QString &host, quint16 port)
{
    ServiceEndpoint e;
    e.transport = transport;
    e.host = host;
    e.port = port;
    return e;
}

QStringList describe(const QList<ServiceEndpoint> &endpoints)
{
    QStringList out;
    for (const auto &e : endpoints)
        out.append(e.describe());
    return out;
}

// Collects every socketsFound of one discovery object.
struct Results {
    QList<QList<ServiceEndpoint>> found;
    explicit Results(ServiceDiscovery *discovery)
    {
        QObject::connect(discovery, &ServiceDiscovery::socketsFound, discovery,
                         [this](const QList<ServiceEndpoint> &endpoints) { found.append(endpoints); });
    }
};
}  // namespace

class TestServiceDiscovery : public QObject
{
    Q_OBJECT

    TestDns m_dns;

    ConnectionSettings settings(Transport transport = Transport::Automatic, const QString &domain = QString::fromLatin1(Domain)) const
    {
        ConnectionSettings s;
        s.jid = QStringLiteral("alice@") + domain;
        s.transport = transport;
        s.nameserver = m_dns.nameserver();
        return s;
    }

    // One lookup, its one answer (empty and a failed check if none came).
    QList<ServiceEndpoint> lookUp(const ConnectionSettings &s)
    {
        ServiceDiscovery discovery;
        Results results(&discovery);
        discovery.lookUpSockets(s);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(results.found.size(), 1, 20000); }();
        return results.found.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_dns.start(&error), qPrintable(error));
    }

    void cleanup() { m_dns.clear(); }

    // --- order(): RFC 2782 with a scripted random --------------------------------------------

    void orderByPriorityThenWeight()
    {
        const QList<Srv> records = {
            {Transport::StartTls, QStringLiteral("late"), 5222, 20, 0},
            {Transport::StartTls, QStringLiteral("a"), 5222, 10, 10},
            {Transport::DirectTls, QStringLiteral("b"), 5223, 10, 30},
            {Transport::StartTls, QStringLiteral("zero"), 5222, 10, 0},
        };
        // Priority 10 in draw order: zero (sum 0), b (30), a (40). Pick 25 -> b; then zero (0),
        // a (10): pick 10 -> a; then zero; then priority 20.
        QList<quint32> asked;
        QList<quint32> picks = {25, 10, 0, 0};
        const auto endpoints = ServiceDiscovery::order(records, [&](quint32 n) {
            asked.append(n);
            return picks.takeFirst();
        });
        QCOMPARE(asked, (QList<quint32>{40, 10, 0, 0}));
        QCOMPARE(describe(endpoints), (QStringList{QStringLiteral("direct TLS b:5223"), QStringLiteral("STARTTLS a:5222"),
                                                   QStringLiteral("STARTTLS zero:5222"), QStringLiteral("STARTTLS late:5222")}));
    }

    void orderPrefersDirectTlsOnATie()
    {
        const auto first = [](quint32) { return 0u; };
        for (quint16 weight : {0, 5}) {
            const QList<Srv> records = {{Transport::StartTls, QStringLiteral("x"), 5222, 1, weight},
                                        {Transport::DirectTls, QStringLiteral("x"), 5223, 1, weight}};
            QCOMPARE(ServiceDiscovery::order(records, first).value(0), socket(Transport::DirectTls, QStringLiteral("x"), 5223));
        }
    }

    void orderDropsDotTargets()
    {
        const QList<Srv> records = {{Transport::DirectTls, QStringLiteral("."), 0, 0, 0},
                                    {Transport::StartTls, QStringLiteral("x"), 5222, 5, 0}};
        QCOMPARE(ServiceDiscovery::order(records, [](quint32) { return 0u; }),
                 QList<ServiceEndpoint>{socket(Transport::StartTls, QStringLiteral("x"), 5222)});
    }

    // Weights are odds: 1 against 3, over 4,000 draws of a seeded generator (deterministic).
    void weightsAreTheOdds()
    {
        QRandomGenerator random(20261130);
        const QList<Srv> records = {{Transport::StartTls, QStringLiteral("light"), 5222, 0, 1},
                                    {Transport::StartTls, QStringLiteral("heavy"), 5222, 0, 3}};
        int heavyFirst = 0;
        for (int i = 0; i < 4000; ++i) {
            const auto endpoints = ServiceDiscovery::order(records, [&](quint32 n) { return random.bounded(n + 1); });
            QCOMPARE(endpoints.size(), 2);
            heavyFirst += endpoints.first().host == u"heavy";
        }
        // Picks uniform in [0, 4]: "light" wins 0 and 1, "heavy" 2..4: 60%; RFC 2782's draw
        // (inclusive upper bound) gives that, not 75%.
        QVERIFY2(heavyFirst > 2200 && heavyFirst < 2600, qPrintable(QString::number(heavyFirst)));
    }

    // --- lookUpSockets() against a resolver ----------------------------------------------------

    void bothServicesMerged()
    {
        m_dns.addSrv(DirectSrv, {QStringLiteral("tls.linnet.test"), 5223, 5, 0});
        m_dns.addSrv(DirectSrv, {QStringLiteral("backup.linnet.test"), 5223, 30, 0});
        m_dns.addSrv(ClientSrv, {QStringLiteral("one.linnet.test"), 5222, 10, 0});
        m_dns.addSrv(ClientSrv, {QStringLiteral("two.linnet.test"), 5322, 20, 0});
        m_dns.addSrv(ClientSrv, {QStringLiteral("tie.linnet.test"), 5222, 5, 0});
        QCOMPARE(describe(lookUp(settings())),
                 (QStringList{QStringLiteral("direct TLS tls.linnet.test:5223"), QStringLiteral("STARTTLS tie.linnet.test:5222"),
                              QStringLiteral("STARTTLS one.linnet.test:5222"), QStringLiteral("STARTTLS two.linnet.test:5322"),
                              QStringLiteral("direct TLS backup.linnet.test:5223")}));
        QCOMPARE(m_dns.queryCount(DirectSrv), 1);
        QCOMPARE(m_dns.queryCount(ClientSrv), 1);
    }

    // "." says the service is decidedly not there: no endpoint of it, and no fallback either.
    void dotTargetMeansNoService()
    {
        m_dns.addSrv(DirectSrv, {QStringLiteral("."), 0, 0, 0});
        m_dns.addSrv(ClientSrv, {QStringLiteral("one.linnet.test"), 5222, 0, 0});
        QCOMPARE(lookUp(settings()), QList<ServiceEndpoint>{socket(Transport::StartTls, QStringLiteral("one.linnet.test"), 5222)});

        m_dns.remove(ClientSrv);
        m_dns.addSrv(ClientSrv, {QStringLiteral("."), 0, 0, 0});
        QCOMPARE(lookUp(settings()), QList<ServiceEndpoint>{});
    }

    void fallbackToTheDomain_data()
    {
        QTest::addColumn<int>("transport");
        QTest::addColumn<quint16>("port");
        QTest::addColumn<QString>("expected");
        const QString domain = QStringLiteral("nothing.linnet.test");
        QTest::newRow("automatic") << int(Transport::Automatic) << quint16(0) << socket(Transport::StartTls, domain, 5222).describe();
        QTest::newRow("automatic, own port") << int(Transport::Automatic) << quint16(5999) << socket(Transport::StartTls, domain, 5999).describe();
        QTest::newRow("starttls") << int(Transport::StartTls) << quint16(0) << socket(Transport::StartTls, domain, 5222).describe();
        QTest::newRow("direct tls") << int(Transport::DirectTls) << quint16(0) << socket(Transport::DirectTls, domain, 5223).describe();
    }
    void fallbackToTheDomain()
    {
        QFETCH(int, transport);
        QFETCH(quint16, port);
        QFETCH(QString, expected);
        auto s = settings(Transport(transport), QStringLiteral("nothing.linnet.test"));
        s.port = port;
        const int asked = m_dns.queryCount(QStringLiteral("_xmpp-client._tcp.nothing.linnet.test"))
            + m_dns.queryCount(QStringLiteral("_xmpps-client._tcp.nothing.linnet.test"));
        QCOMPARE(describe(lookUp(s)), QStringList{expected});
        // The resolver was asked and said NXDOMAIN (not: the lookup never happened).
        QVERIFY(m_dns.queryCount(QStringLiteral("_xmpp-client._tcp.nothing.linnet.test"))
                    + m_dns.queryCount(QStringLiteral("_xmpps-client._tcp.nothing.linnet.test")) > asked);
    }

    void hostOverrideWins_data()
    {
        QTest::addColumn<int>("transport");
        QTest::addColumn<quint16>("port");
        QTest::addColumn<QString>("expected");
        const QString host = QStringLiteral("127.0.0.1");
        QTest::newRow("automatic") << int(Transport::Automatic) << quint16(0) << socket(Transport::StartTls, host, 5222).describe();
        QTest::newRow("direct tls") << int(Transport::DirectTls) << quint16(0) << socket(Transport::DirectTls, host, 5223).describe();
        QTest::newRow("own port") << int(Transport::StartTls) << quint16(6000) << socket(Transport::StartTls, host, 6000).describe();
    }
    void hostOverrideWins()
    {
        QFETCH(int, transport);
        QFETCH(quint16, port);
        QFETCH(QString, expected);
        m_dns.addSrv(ClientSrv, {QStringLiteral("one.linnet.test"), 5222, 0, 0});
        m_dns.addSrv(DirectSrv, {QStringLiteral("tls.linnet.test"), 5223, 0, 0});
        const int asked = m_dns.queryCount(ClientSrv) + m_dns.queryCount(DirectSrv);
        auto s = settings(Transport(transport));
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        QCOMPARE(describe(lookUp(s)), QStringList{expected});
        QCOMPARE(m_dns.queryCount(ClientSrv) + m_dns.queryCount(DirectSrv), asked);  // DNS not even asked
    }

    void transportFilters_data()
    {
        QTest::addColumn<int>("transportValue");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("starttls") << int(Transport::StartTls) << QStringList{QStringLiteral("STARTTLS one.linnet.test:5222")};
        QTest::newRow("direct tls") << int(Transport::DirectTls) << QStringList{QStringLiteral("direct TLS tls.linnet.test:5223")};
    }
    void transportFilters()
    {
        QFETCH(int, transportValue);
        const auto transport = Transport(transportValue);
        QFETCH(QStringList, expected);
        m_dns.addSrv(ClientSrv, {QStringLiteral("one.linnet.test"), 5222, 0, 0});
        m_dns.addSrv(DirectSrv, {QStringLiteral("tls.linnet.test"), 5223, 0, 0});
        const int other = m_dns.queryCount(transport == Transport::StartTls ? DirectSrv : ClientSrv);
        QCOMPARE(describe(lookUp(settings(transport))), expected);
        QCOMPARE(m_dns.queryCount(transport == Transport::StartTls ? DirectSrv : ClientSrv), other);  // not asked

        // WebSocket and BOSH have no sockets to find.
        QCOMPARE(lookUp(settings(Transport::WebSocket)), QList<ServiceEndpoint>{});
    }

    void everyLookupIsFresh()
    {
        m_dns.addSrv(ClientSrv, {QStringLiteral("one.linnet.test"), 5222, 0, 0});
        const int asked = m_dns.queryCount(ClientSrv);
        QCOMPARE(describe(lookUp(settings())), QStringList{QStringLiteral("STARTTLS one.linnet.test:5222")});
        m_dns.remove(ClientSrv);
        m_dns.addSrv(ClientSrv, {QStringLiteral("moved.linnet.test"), 5222, 0, 0});
        QCOMPARE(describe(lookUp(settings())), QStringList{QStringLiteral("STARTTLS moved.linnet.test:5222")});
        QCOMPARE(m_dns.queryCount(ClientSrv), asked + 2);
    }

    // A new lookup (or cancel()) drops the last one: its late answer never becomes a signal.
    void staleLookupIsDropped()
    {
        const QString slowDomain = QStringLiteral("slow.linnet.test");
        for (const QString &service : {QStringLiteral("_xmpp-client._tcp."), QStringLiteral("_xmpps-client._tcp.")}) {
            m_dns.addSrv(service + slowDomain, {QStringLiteral("stale.linnet.test"), 5222, 0, 0});
            m_dns.setDelay(service + slowDomain, 1000);
        }
        m_dns.addSrv(ClientSrv, {QStringLiteral("one.linnet.test"), 5222, 0, 0});
        int slowAnswers = 0;
        connect(&m_dns, &TestDns::answered, this, [&](const QString &name) { slowAnswers += name.endsWith(slowDomain); });

        ServiceDiscovery discovery;
        Results results(&discovery);
        discovery.lookUpSockets(settings(Transport::Automatic, slowDomain));
        discovery.lookUpSockets(settings());
        QTRY_COMPARE_WITH_TIMEOUT(results.found.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(slowAnswers, 2, 20000);  // the stale answers have left the resolver

        discovery.lookUpSockets(settings(Transport::Automatic, slowDomain));
        discovery.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(slowAnswers, 4, 20000);
        discovery.lookUpSockets(settings());
        QTRY_COMPARE_WITH_TIMEOUT(results.found.size(), 2, 20000);
        for (const auto &found : std::as_const(results.found))
            QCOMPARE(describe(found), QStringList{QStringLiteral("STARTTLS one.linnet.test:5222")});
        m_dns.disconnect(this);

        // An answer already on its way (a configured host answers without DNS) is dropped too.
        auto first = settings();
        first.host = QStringLiteral("first.example");
        auto second = settings();
        second.host = QStringLiteral("second.example");
        discovery.lookUpSockets(first);
        discovery.lookUpSockets(second);
        QTRY_COMPARE_WITH_TIMEOUT(results.found.size(), 3, 20000);
        discovery.lookUpSockets(first);
        discovery.cancel();
        discovery.lookUpSockets(second);
        QTRY_COMPARE_WITH_TIMEOUT(results.found.size(), 4, 20000);
        QCOMPARE(describe(results.found.at(2)), QStringList{QStringLiteral("STARTTLS second.example:5222")});
        QCOMPARE(describe(results.found.at(3)), QStringList{QStringLiteral("STARTTLS second.example:5222")});
    }
};

QTEST_GUILESS_MAIN(TestServiceDiscovery)
#include "tst_servicediscovery.moc"
