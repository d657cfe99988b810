// Bad input on the receive path, through the real StanzaFramer + ReadingInterceptor: each kind
// counted in FeedHealth, logged once, shown as the node's warning, never stored and never a
// reason to drop the stream. And FeedHealth itself: coalesced change signals, expiring warnings.
#include "LogCapture.h"
#include "devices/FeedHealth.h"
#include "devices/ReadingInterceptor.h"
#include "devices/ReadingStore.h"
#include "net/StanzaFramer.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using Problem = FeedHealth::Problem;

namespace {
const QString Service = QStringLiteral("pubsub.linnet.test");
const QString Node = QStringLiteral("sensors/dev-1");
const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' from='linnet.test' version='1.0'>";
const QByteArray Placeholder = "<message xmlns='jabber:client' type='headline'/>";

QByteArray notification(const QByteArray &payload, const QByteArray &id = "i1", const QByteArray &from = "pubsub.linnet.test",
                        const QByteArray &extra = {})
{
    return "<message from='" + from + "' to='alice@linnet.test/desk' type='headline'>"
        + "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='sensors/dev-1'><item id='" + id + "'>"
        + payload + "</item></items></event>" + extra + "</message>";
}
QByteArray senml(const QByteArray &records)
{
    return "<sensml xmlns='urn:ietf:params:xml:ns:senml'>" + records + "</sensml>";
}

}  // namespace

class TestFeedHealth : public QObject
{
    Q_OBJECT

    std::optional<LogCapture> m_warnings;
    std::shared_ptr<ReadingSubscriptions> m_subscriptions;
    std::shared_ptr<FeedHealth> m_health;
    std::unique_ptr<ReadingInterceptor> m_interceptor;
    std::unique_ptr<StanzaFramer> m_framer;
    QList<Reading> m_stored;
    QList<QByteArray> m_forwarded;
    qint64 m_clockMs = 1000;

    void feed(const QByteArray &stanza)
    {
        m_forwarded.clear();
        QVERIFY2(m_framer->feed(stanza), qPrintable(m_framer->errorString()));
    }
    quint64 count(Problem problem) const { return m_health->count(Service, Node, problem); }

private Q_SLOTS:
    void initTestCase() { m_warnings.emplace(LogCapture::warningsOf("linnet.devices")); }
    void cleanupTestCase() { m_warnings.reset(); }
    void init()
    {
        m_warnings->clear();
        m_stored.clear();
        m_subscriptions = std::make_shared<ReadingSubscriptions>();
        m_subscriptions->accept(Service, Node);
        m_health = std::make_shared<FeedHealth>();
        m_interceptor = std::make_unique<ReadingInterceptor>(
            [this](const QString &service, const QString &node, const QList<Reading> &batch) {
                QCOMPARE(service, Service);
                QCOMPARE(node, Node);
                m_stored += batch;
            },
            m_subscriptions, m_health);
        m_interceptor->setClock([this] { return m_clockMs; });
        m_framer = std::make_unique<StanzaFramer>([this](StanzaFramer::Kind kind, QByteArrayView bytes) {
            if (kind == StanzaFramer::Kind::Stanza)
                m_forwarded.append(bytes.toByteArray());
        });
        m_framer->setInterceptor(m_interceptor.get());
        QVERIFY(m_framer->feed(Header));
    }
    void cleanup()
    {
        m_framer.reset();
        m_interceptor.reset();
    }

    // Each kind of bad payload in a subscribed node's item: consumed (QXmpp gets the
    // placeholder), counted, shown, and what was good beside it is still stored.
    void badPayloads_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<int>("problems");
        QTest::addColumn<int>("stored");
        const QByteArray tomorrow = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 25 * 3600);
        QTest::newRow("wrong namespace") << QByteArray("<sensml xmlns='urn:wrong'><senml n='x' v='1'/></sensml>")
                                         << Problem::UnknownPayload << 1 << 0;
        QTest::newRow("json, wrong namespace") << QByteArray("<json xmlns='urn:wrong'>[{\"n\":\"x\",\"v\":1}]</json>")
                                               << Problem::UnknownPayload << 1 << 0;
        QTest::newRow("NaN and Inf") << senml("<senml n='a' v='NaN'/><senml n='b' v='inf'/><senml n='c' v='-1e999'/>"
                                              "<senml n='d' v='1' bt='nan'/><senml bt='1748779200' n='ok' v='2'/>")
                                     << Problem::NonFinite << 4 << 1;
        QTest::newRow("bare NaN") << QByteArray("<level>nan</level>") << Problem::NonFinite << 1 << 0;
        QTest::newRow("absurd times") << senml("<senml bt='315532800' n='a' v='1'/><senml bt='" + tomorrow + "' n='b' v='1'/>"
                                               "<senml bt='1e300' n='c' v='1'/><senml bt='1748779200' n='ok' v='2'/>")
                                      << Problem::AbsurdTime << 3 << 1;
        QTest::newRow("json: absurd and NaN-like") << QByteArray("<json xmlns='urn:xmpp:json:0'>[{\"bt\":315532800,\"n\":\"a\",\"v\":1},"
                                                                 "{\"bt\":1748779200,\"n\":\"ok\",\"v\":1}]</json>")
                                                   << Problem::AbsurdTime << 1 << 1;
        QTest::newRow("json: garbage") << QByteArray("<json xmlns='urn:xmpp:json:0'>[{\"n\":</json>") << Problem::Malformed << 1 << 0;
        QTest::newRow("malformed records") << senml("<senml n='a' v='warm'/><senml v='3'/><senml n='c' vb='maybe'/><oops/>")
                                           << Problem::Malformed << 4 << 0;
        QTest::newRow("other payload") << QByteArray("<geoloc xmlns='http://jabber.org/protocol/geoloc'><lat>1</lat></geoloc>")
                                       << Problem::UnknownPayload << 1 << 0;
    }
    void badPayloads()
    {
        QFETCH(QByteArray, payload);
        QFETCH(Problem, problem);
        QFETCH(int, problems);
        QFETCH(int, stored);
        feed(notification(payload));
        QCOMPARE(m_forwarded, QList<QByteArray>{Placeholder});
        QCOMPARE(m_stored.size(), stored);
        for (const auto &r : std::as_const(m_stored))
            QVERIFY(std::isfinite(r.value));
        QCOMPARE(count(problem), quint64(problems));
        QVERIFY(!m_health->warning(Service, Node).isEmpty());
        QCOMPARE(m_warnings->size(), 1);  // logged once for the node and kind
        // The same input and what decodePayload() makes of it agree.
        const auto decoded = decodePayload(payload, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(decoded.problems.count(problem), problems);
        QCOMPARE(decoded.readings.size(), stored);
    }

    // A relative time counts from the delay stamp; a stamp from 1999 makes it absurd.
    void absurdDelayStamp()
    {
        feed(notification(senml("<senml n='a' v='1' t='-5'/>"), "i1", "pubsub.linnet.test",
                          "<delay xmlns='urn:xmpp:delay' stamp='1999-12-31T23:00:00Z'/>"));
        QVERIFY(m_stored.isEmpty());
        QCOMPARE(count(Problem::AbsurdTime), quint64(1));
    }

    // Below the framer's 16 MiB limit, above PayloadLimits::MaxItemBytes: refused whole and
    // counted; the stream goes on.
    void tenMegabyteItem_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QByteArray records;
        while (records.size() < 10 * 1000 * 1000)
            records += "<senml n='x' v='1' t='-1'/>";
        QTest::newRow("SenML") << senml(records);
        QTest::newRow("JSON") << "<json xmlns='urn:xmpp:json:0'>[" + QByteArray(10 * 1000 * 1000, ' ') + "]</json>";
        QTest::newRow("bare number") << "<level>" + QByteArray(10 * 1000 * 1000, ' ') + "1</level>";
    }
    void tenMegabyteItem()
    {
        QFETCH(QByteArray, payload);
        feed(notification(payload));
        QCOMPARE(m_forwarded, QList<QByteArray>{Placeholder});
        QVERIFY(m_stored.isEmpty());
        QCOMPARE(count(Problem::Oversized), quint64(1));
        QCOMPARE(count(Problem::TooManyRecords), quint64(0));  // the item is refused as a whole
        feed(notification(senml("<senml n='after' v='1'/>"), "i2"));
        QCOMPARE(m_stored.size(), 1);
        QCOMPARE(decodePayload(payload, 0).problems, QList<Problem>{Problem::Oversized});
    }

    // Past the framer's limit the stream itself fails (StreamBridge then closes it with a
    // stream error, as for any malformed stream): the notification is counted as Oversized.
    void itemPastTheFramersLimit()
    {
        feed(notification(senml("<senml n='before' v='1'/>"), "i0"));
        QByteArray records;
        while (records.size() < 17 * 1024 * 1024)
            records += "<senml n='x' v='1' t='-1'/>";
        QVERIFY(!m_framer->feed(notification(senml(records))));
        QCOMPARE(m_stored.size(), 1);
        QCOMPARE(count(Problem::Oversized), quint64(1));
    }

    void packOf100000Records()
    {
        QByteArray records = "<senml bn='d:' bt='1748779200' n='x' v='0'/>";
        for (int i = 1; i < 100000; ++i)
            records += "<senml n='x' v='" + QByteArray::number(i) + "' t='" + QByteArray::number(i) + "'/>";
        feed(notification(senml(records)));
        QCOMPARE(m_stored.size(), PayloadLimits::MaxRecordsPerItem);
        QCOMPARE(m_stored.last().value, double(PayloadLimits::MaxRecordsPerItem - 1));
        QCOMPARE(count(Problem::TooManyRecords), quint64(1));
    }

    // Readings for our node from someone else: refused as before (QXmpp gets it untouched and
    // ignores it), now counted and shown on the node they imitate.
    void unexpectedPublisher()
    {
        const auto stanza = notification(senml("<senml n='x' v='1'/>"), "i1", "mallory@linnet.test");
        feed(stanza);
        QCOMPARE(m_forwarded, QList<QByteArray>{stanza});
        QVERIFY(m_stored.isEmpty());
        QCOMPARE(count(Problem::UnexpectedPublisher), quint64(1));
        QCOMPARE(m_health->count(QStringLiteral("mallory@linnet.test"), Node, Problem::UnexpectedPublisher), quint64(0));
        QVERIFY(m_health->warning(Service, Node).contains(QStringLiteral("unexpected publisher")));
        // A payload that is no readings (a contact's PEP avatar, say) is none of our business.
        feed(notification("<metadata xmlns='urn:xmpp:avatar:metadata'/>", "i2", "bob@linnet.test"));
        QCOMPARE(count(Problem::UnexpectedPublisher), quint64(1));
    }

    // 20,000 items/s, one item per notification: all stored, and a Flooding warning.
    void flooding()
    {
        QSignalSpy changed(m_health.get(), &FeedHealth::changed);
        const int perSecond = 20000;
        const int seconds = 4;
        for (int i = 0; i < perSecond * seconds; ++i) {
            if (i % (perSecond / 1000) == 0)
                ++m_clockMs;
            QVERIFY(m_framer->feed(notification(senml("<senml n='x' v='" + QByteArray::number(i) + "'/>"),
                                                QByteArray::number(i))));
        }
        QCOMPARE(m_stored.size(), perSecond * seconds);
        QVERIFY(count(Problem::Flooding) >= 1);
        QVERIFY2(m_health->warning(Service, Node).contains(QStringLiteral("items/s")), qPrintable(m_health->warning(Service, Node)));
        QTRY_VERIFY(changed.count() >= 1);
    }

    // A backlog after a pause or a reconnect arrives at once: not a flood.
    void backlogIsNotAFlood()
    {
        for (int i = 0; i < 20000; ++i) {
            if (i % 100 == 0)
                ++m_clockMs;  // 20,000 in 0.2 s
            feed(notification(senml("<senml n='x' v='1' t='" + QByteArray::number(-i) + "'/>"), QByteArray::number(i)));
        }
        for (int i = 0; i < 10; ++i) {
            m_clockMs += 1000;
            feed(notification(senml("<senml n='x' v='2'/>"), "live" + QByteArray::number(i)));
        }
        QCOMPARE(count(Problem::Flooding), quint64(0));
        QCOMPARE(m_stored.size(), 20010);
    }

    void loggedOncePerNodeAndKind()
    {
        for (int i = 0; i < 5; ++i)
            feed(notification(senml("<senml n='a' v='nan'/><senml n='b' v='1e400'/>"), QByteArray::number(i)));
        feed(notification(senml("<senml bt='315532800' n='a' v='1'/>"), "other"));
        QCOMPARE(count(Problem::NonFinite), quint64(10));
        QCOMPARE(count(Problem::AbsurdTime), quint64(1));
        QCOMPARE(m_warnings->size(), 2);
    }

    // Two sessions of the account get the same notification (a bare-JID subscription): it is
    // counted once, as it is stored once.
    void oneNotificationTwoSessionsCountsOnce()
    {
        ReadingInterceptor second([this](const QString &, const QString &, const QList<Reading> &batch) { m_stored += batch; },
                                  m_subscriptions, m_health);
        StanzaFramer framer([](StanzaFramer::Kind, QByteArrayView) {});
        framer.setInterceptor(&second);
        QVERIFY(framer.feed(Header));
        const auto stanza = notification(senml("<senml n='a' v='inf'/><senml n='b' v='1'/>"));
        feed(stanza);
        QVERIFY(framer.feed(stanza));
        QCOMPARE(count(Problem::NonFinite), quint64(1));
        QCOMPARE(m_stored.size(), 1);
    }

    // changed() once per node and event-loop pass, however many reports.
    void changedIsCoalesced()
    {
        QSignalSpy changed(m_health.get(), &FeedHealth::changed);
        for (int i = 0; i < 50; ++i)
            m_health->report(Service, Node, Problem::Malformed);
        m_health->report(Service, QStringLiteral("other"), Problem::NonFinite, 3);
        QVERIFY(changed.isEmpty());
        QTRY_COMPARE(changed.count(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(count(Problem::Malformed), quint64(50));
    }

    // A warning describes the recent past: it goes away (with a changed()) once the node behaves.
    void warningsExpire()
    {
        m_health->setHoldMs(200, 100);
        QSignalSpy changed(m_health.get(), &FeedHealth::changed);
        m_health->report(Service, Node, Problem::NonFinite, 2);
        m_health->reportFlooding(Service, Node, 20000);
        const QString both = m_health->warning(Service, Node);
        QVERIFY(both.contains(QStringLiteral("NaN")));
        QVERIFY(both.contains(QStringLiteral("items/s")));
        QTRY_VERIFY(!m_health->warning(Service, Node).contains(QStringLiteral("items/s")));
        QVERIFY(m_health->warning(Service, Node).contains(QStringLiteral("NaN")));
        QTRY_VERIFY(m_health->warning(Service, Node).isEmpty());
        QTRY_VERIFY(changed.count() >= 3);  // the reports, then each expiry
        QCOMPARE(count(Problem::NonFinite), quint64(2));  // counts stay
    }

    // Garbage mixed with good items: the real store ends up with exactly the good readings.
    void theStoreKeepsOnlyGoodReadings()
    {
        auto store = std::make_shared<ReadingStore>(1000);
        ReadingInterceptor interceptor(store, m_subscriptions, m_health);
        StanzaFramer framer([](StanzaFramer::Kind, QByteArrayView) {});
        framer.setInterceptor(&interceptor);
        QVERIFY(framer.feed(Header));
        const QList<QByteArray> payloads = {
            senml("<senml bn='d:' bt='1748779200' n='t' v='1'/><senml n='t' v='nan' t='1'/><senml n='t' v='2' t='2'/>"),
            "<sensml xmlns='urn:wrong'><senml n='x' v='1'/></sensml>",
            "<json xmlns='urn:xmpp:json:0'>[{\"bn\":\"d:\",\"bt\":1748779203,\"n\":\"t\",\"v\":3},{\"n\":\"t\",\"v\":\"x\"}]</json>",
            senml("<senml bn='d:' bt='1e300' n='t' v='9'/><senml bn='d:' bt='315532800' n='t' v='9'/>"),
            "<json xmlns='urn:xmpp:json:0'>[{\"n\":</json>",
        };
        for (qsizetype i = 0; i < payloads.size(); ++i)
            QVERIFY(framer.feed(notification(payloads[i], QByteArray::number(i))));
        QVERIFY(framer.feed(notification(senml("<senml n='x' v='1'/>"), "f", "mallory@linnet.test")));
        QCOMPARE(store->series(Service, Node), QStringList{QStringLiteral("d:t")});
        const auto t = store->latest(Service, Node, QStringLiteral("d:t"), 10);
        QCOMPARE(t.size(), 3);
        QCOMPARE(t[0].value, 1.0);
        QCOMPARE(t[1].value, 2.0);
        QCOMPARE(t[2].value, 3.0);
        QCOMPARE(t[2].timeMs, qint64(1748779203000));
    }
};

QTEST_GUILESS_MAIN(TestFeedHealth)
#include "tst_feedhealth.moc"
