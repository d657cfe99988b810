// The SenML fast lane on its own: what it takes from the stream, what it hands on to QXmpp.
#include "devices/ReadingInterceptor.h"
#include "devices/ReadingStore.h"
#include "net/StanzaFramer.h"

#include <QTest>

namespace {
const QString Service = QStringLiteral("pubsub.linnet.test");
const QString Node = QStringLiteral("sensors/dev-1");
const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' from='linnet.test' version='1.0'>";

// extra goes after the <event>, before in front of it.
QByteArray notification(const QByteArray &from, const QByteArray &node, const QByteArray &payload,
                        const QByteArray &extra = {}, const QByteArray &before = {})
{
    return "<message from='" + from + "' to='alice@linnet.test/desk' type='headline' id='e1'>" + before
        + "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='" + node + "'><item id='i1'>"
        + payload + "</item></items></event>" + extra + "</message>";
}

QByteArray delay(const QByteArray &stamp)
{
    return "<delay xmlns='urn:xmpp:delay' from='pubsub.linnet.test' stamp='" + stamp + "'>Resent</delay>";
}

// What Prosody adds to notifications from a collection node.
const QByteArray Headers = "<headers xmlns='http://jabber.org/protocol/shim'><header name='Collection'>sensors</header>"
                           "</headers>";

qint64 msecs(const char *isoStamp)
{
    return QDateTime::fromString(QString::fromLatin1(isoStamp), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QByteArray senml(const QByteArray &records)
{
    return "<sensml xmlns='urn:ietf:params:xml:ns:senml'>" + records + "</sensml>";
}
}  // namespace

class TestReadingInterceptor : public QObject
{
    Q_OBJECT

    std::shared_ptr<ReadingStore> m_storeOwner;
    ReadingStore *m_store = nullptr;
    std::unique_ptr<ReadingInterceptor> m_interceptor;
    std::unique_ptr<StanzaFramer> m_framer;
    QList<QByteArray> m_forwarded;

    void feed(const QByteArray &stanza)
    {
        m_forwarded.clear();
        QVERIFY2(m_framer->feed(stanza), qPrintable(m_framer->errorString()));
    }

private Q_SLOTS:
    void init()
    {
        m_storeOwner = std::make_shared<ReadingStore>(1000);
        m_store = m_storeOwner.get();
        m_interceptor = std::make_unique<ReadingInterceptor>(m_storeOwner);
        m_interceptor->accept(Service, Node);
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
        m_store = nullptr;
        m_storeOwner.reset();
    }

    void readingsAreStoredAndQXmppGetsAPlaceholder()
    {
        feed(notification("pubsub.linnet.test", "sensors/dev-1",
                   senml("<senml bn='dev-1:' bu='Cel' bt='1748779200' n='temp' v='21.5'/>"
                         "<senml n='hum' u='%RH' v='55' t='1.25'/><senml n='ok' vb='false'/>")));
        QCOMPARE(m_store->totalStored(), quint64(3));
        QCOMPARE(m_forwarded.size(), 1);
        QCOMPARE(m_forwarded.first(), QByteArray("<message xmlns='jabber:client' type='headline'/>"));
        const auto temp = m_store->latest(Service, Node, QStringLiteral("dev-1:temp"), 5);
        QCOMPARE(temp.size(), 1);
        QCOMPARE(temp.first().unit, QStringLiteral("Cel"));  // from bu
        const auto hum = m_store->latest(Service, Node, QStringLiteral("dev-1:hum"), 5);
        QCOMPARE(hum.first().timeMs, qint64(1748779201250));
        QCOMPARE(hum.first().unit, QStringLiteral("%RH"));
    }

    void relativeTimesAreFromNow()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        feed(notification("pubsub.linnet.test", "sensors/dev-1", senml("<senml n='x' v='1' t='-5'/>")));
        const auto x = m_store->latest(Service, Node, QStringLiteral("x"), 1);
        QCOMPARE(x.size(), 1);
        QVERIFY(qAbs(x.first().timeMs - (before - 5000)) < 2000);
    }

    void passedThroughUntouched_data()
    {
        QTest::addColumn<QByteArray>("stanza");
        QTest::newRow("unsubscribed node") << notification("pubsub.linnet.test", "sensors/dev-2", senml("<senml n='x' v='1'/>"));
        QTest::newRow("forged sender") << notification("mallory@linnet.test", "sensors/dev-1", senml("<senml n='x' v='1'/>"));
        QTest::newRow("other payload, unsubscribed node")
            << notification("pubsub.linnet.test", "sensors/dev-2", "<geoloc xmlns='http://jabber.org/protocol/geoloc'/>");
        QTest::newRow("item without payload") << notification("pubsub.linnet.test", "sensors/dev-1", "");
        QTest::newRow("other child beside the event")
            << notification("pubsub.linnet.test", "sensors/dev-1", senml("<senml n='x' v='1'/>"), "<body>hi</body>");
        QTest::newRow("delay in another namespace")
            << notification("pubsub.linnet.test", "sensors/dev-1", senml("<senml n='x' v='1'/>"),
                            "<delay xmlns='jabber:x:delay' stamp='2026-11-22T06:00:00Z'/>");
        QTest::newRow("two events") << notification("pubsub.linnet.test", "sensors/dev-1", senml("<senml n='x' v='1'/>"), {},
                                                     "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='sensors/dev-1'>"
                                                     "<item id='i0'>" + senml("<senml n='y' v='1'/>") + "</item></items></event>");
        QTest::newRow("chat message") << QByteArray("<message from='bob@linnet.test/x' type='chat'><body>hi</body></message>");
        QTest::newRow("retraction") << QByteArray("<message from='pubsub.linnet.test' type='headline'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                                                  "<items node='sensors/dev-1'><retract id='i1'/></items></event></message>");
    }
    void passedThroughUntouched()
    {
        QFETCH(QByteArray, stanza);
        feed(stanza);
        QCOMPARE(m_store->totalStored(), quint64(0));
        QCOMPARE(m_forwarded, QList<QByteArray>{stanza});
    }

    void badRecordsCostOnlyThemselves()
    {
        feed(notification("pubsub.linnet.test", "sensors/dev-1",
                   senml("<senml n='a' v='warm'/><senml n='b' v='inf'/><senml v='3'/><senml n='c' vb='maybe'/>"
                         "<senml n='d' v='4'/>")));
        QCOMPARE(m_store->totalStored(), quint64(1));
        QCOMPARE(m_interceptor->rejectedRecords(), quint64(4));
        QCOMPARE(m_forwarded.size(), 1);  // the placeholder
    }

    // inf, nan or a time past qint64 milliseconds cannot be converted (undefined behaviour).
    void unrepresentableTimesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("record");
        for (const char *x : {"inf", "-inf", "nan", "1e300", "-1e300"}) {
            QTest::addRow("t=%s", x) << "<senml n='a' v='1' t='" + QByteArray(x) + "'/>";
            QTest::addRow("bt=%s", x) << "<senml bt='" + QByteArray(x) + "' n='a' v='1'/>";
            QTest::addRow("relative bt=%s", x) << "<senml bt='" + QByteArray(x) + "' n='a' v='1' t='-5'/>";
        }
        QTest::newRow("bt + t overflows") << QByteArray("<senml bt='1.7e308' n='a' v='1' t='1.7e308'/>");
        QTest::newRow("bt + t out of range") << QByteArray("<senml bt='5e15' n='a' v='1' t='5e15'/>");
    }
    void unrepresentableTimesAreRejected()
    {
        QFETCH(QByteArray, record);
        feed(notification("pubsub.linnet.test", "sensors/dev-1",
                          senml(record + "<senml bt='1748779200' n='b' v='2'/>")));
        QCOMPARE(m_interceptor->rejectedRecords(), quint64(1));
        QCOMPARE(m_store->totalStored(), quint64(1));
        QVERIFY(m_store->latest(Service, Node, QStringLiteral("a"), 1).isEmpty());
        const auto b = m_store->latest(Service, Node, QStringLiteral("b"), 1);
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().timeMs, qint64(1748779200000));
    }

    // A bad bt leaves the records that rely on it without a time, until the next bt.
    void recordsAfterABadBaseTimeAreRejected()
    {
        feed(notification("pubsub.linnet.test", "sensors/dev-1",
                          senml("<senml bt='inf' n='a' v='1'/><senml n='b' v='2'/><senml n='c' v='3' t='-5'/>"
                                "<senml bt='1748779200' n='d' v='4'/>")));
        QCOMPARE(m_interceptor->rejectedRecords(), quint64(3));
        QCOMPARE(m_store->totalStored(), quint64(1));
        QCOMPARE(m_store->latest(Service, Node, QStringLiteral("d"), 1).size(), 1);
    }

    // XEP-0203: Prosody stamps the items it resends (the last item, on subscribe) with <delay>;
    // SHIM headers come from collection nodes. Either may stand before or after the <event>.
    void delayedAndHeaderedNotificationsAreStored_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        const auto d = delay("2026-11-22T06:00:00Z");
        QTest::newRow("delay after the event") << QByteArray() << d;
        QTest::newRow("delay before the event") << d << QByteArray();
        QTest::newRow("headers after the event") << QByteArray() << Headers;
        QTest::newRow("headers before the event") << Headers << QByteArray();
        QTest::newRow("headers and delay around the event") << Headers << d;
        QTest::newRow("delay and headers after the event") << QByteArray() << d + Headers;
        QTest::newRow("empty delay") << QByteArray() << QByteArray("<delay xmlns='urn:xmpp:delay' stamp='2026-11-22T06:00:00Z'/>");
    }
    void delayedAndHeaderedNotificationsAreStored()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        feed(notification("pubsub.linnet.test", "sensors/dev-1",
                          senml("<senml bn='dev-1:' bt='1748779200' n='temp' v='21.5'/><senml n='hum' v='55' t='2'/>"),
                          after, before));
        QCOMPARE(m_store->totalStored(), quint64(2));
        QCOMPARE(m_forwarded, QList<QByteArray>{"<message xmlns='jabber:client' type='headline'/>"});
        // Absolute times are the device's, whatever the delay says.
        const auto hum = m_store->latest(Service, Node, QStringLiteral("dev-1:hum"), 1);
        QCOMPARE(hum.size(), 1);
        QCOMPARE(hum.first().timeMs, qint64(1748779202000));
    }

    // RFC 8428 4.5.3: relative times count from "now"; for a resent item that is when the server
    // stamped it, not when it arrived here again.
    void relativeTimesCountFromTheDelayStamp_data()
    {
        QTest::addColumn<QByteArray>("stamp");
        QTest::addColumn<qint64>("baseMs");
        QTest::addColumn<bool>("delayFirst");
        QTest::newRow("UTC, after the event") << QByteArray("2026-11-22T06:00:00Z") << msecs("2026-11-22T06:00:00Z") << false;
        QTest::newRow("UTC, before the event") << QByteArray("2026-11-22T06:00:00Z") << msecs("2026-11-22T06:00:00Z") << true;
        QTest::newRow("fraction") << QByteArray("2026-11-22T06:00:00.250Z") << msecs("2026-11-22T06:00:00.250Z") << false;
        QTest::newRow("offset") << QByteArray("2026-11-22T07:00:00+01:00") << msecs("2026-11-22T06:00:00Z") << false;
    }
    void relativeTimesCountFromTheDelayStamp()
    {
        QFETCH(QByteArray, stamp);
        QFETCH(qint64, baseMs);
        QFETCH(bool, delayFirst);
        QVERIFY(baseMs > 0);
        const auto payload = senml("<senml n='x' v='1' t='-5'/><senml n='y' v='2'/><senml bt='1748779200' n='z' v='3'/>");
        feed(notification("pubsub.linnet.test", "sensors/dev-1", payload, delayFirst ? QByteArray() : delay(stamp),
                          delayFirst ? delay(stamp) : QByteArray()));
        QCOMPARE(m_store->totalStored(), quint64(3));
        const auto x = m_store->latest(Service, Node, QStringLiteral("x"), 1);
        const auto y = m_store->latest(Service, Node, QStringLiteral("y"), 1);
        const auto z = m_store->latest(Service, Node, QStringLiteral("z"), 1);
        QCOMPARE(x.first().timeMs, baseMs - 5000);
        QCOMPARE(y.first().timeMs, baseMs);
        QCOMPARE(z.first().timeMs, qint64(1748779200000));
    }

    // A stamp that does not parse costs the delay, not the readings: relative times are from now.
    void badDelayStampsFallBackToNow_data()
    {
        QTest::addColumn<QByteArray>("delayElement");
        QTest::newRow("garbage") << delay("yesterday");
        QTest::newRow("empty") << delay("");
        QTest::newRow("no stamp") << QByteArray("<delay xmlns='urn:xmpp:delay'/>");
        QTest::newRow("impossible date") << delay("2026-13-45T99:00:00Z");
        QTest::newRow("number") << delay("1e300");
        QTest::newRow("far future") << delay("9999999-01-01T00:00:00Z");
    }
    void badDelayStampsFallBackToNow()
    {
        QFETCH(QByteArray, delayElement);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        feed(notification("pubsub.linnet.test", "sensors/dev-1",
                          senml("<senml n='x' v='1' t='-5'/><senml bt='1748779200' n='z' v='3'/>"), delayElement));
        QCOMPARE(m_store->totalStored(), quint64(2));
        const auto x = m_store->latest(Service, Node, QStringLiteral("x"), 1);
        QVERIFY2(qAbs(x.first().timeMs - (before - 5000)) < 2000, qPrintable(QString::number(x.first().timeMs)));
        QCOMPARE(m_store->latest(Service, Node, QStringLiteral("z"), 1).first().timeMs,
                 qint64(1748779200000));
    }

    // The store keeps readings per service: another service's node of the same name is another node.
    void servicesWithTheSameNodeDoNotMix()
    {
        const QString other = QStringLiteral("pubsub.elsewhere.test");
        m_interceptor->accept(other, Node);
        feed(notification("pubsub.linnet.test", "sensors/dev-1", senml("<senml bt='1748779200' n='x' v='1'/>")));
        feed(notification("pubsub.elsewhere.test", "sensors/dev-1", senml("<senml bt='1748779200' n='x' v='2'/>"
                                                                           "<senml n='y' v='3'/>")));
        QCOMPARE(m_store->series(Service, Node), QStringList{QStringLiteral("x")});
        QCOMPARE(m_store->latest(Service, Node, QStringLiteral("x"), 5).size(), 1);
        QCOMPARE(m_store->latest(Service, Node, QStringLiteral("x"), 5).first().value, 1.0);
        QCOMPARE(m_store->latest(other, Node, QStringLiteral("x"), 5).first().value, 2.0);
        QCOMPARE(m_store->series(other, Node).size(), 2);
    }

    // A subscribed node's item that held nothing usable is still ours: QXmpp has no use for it.
    void allRecordsBadIsConsumed()
    {
        feed(notification("pubsub.linnet.test", "sensors/dev-1", senml("<senml n='a' v='x'/>")));
        QCOMPARE(m_store->totalStored(), quint64(0));
        QCOMPARE(m_interceptor->rejectedRecords(), quint64(1));
        QCOMPARE(m_forwarded, QList<QByteArray>{"<message xmlns='jabber:client' type='headline'/>"});
    }

    // SenML JSON (RFC 8428) inside XEP-0335, as other publishers send it.
    void senmlJsonIsStored()
    {
        feed(notification("pubsub.linnet.test", "sensors/dev-1",
                          "<json xmlns='urn:xmpp:json:0'>[{\"bn\":\"dev-1:\",\"bt\":1748779200,\"bu\":\"Cel\","
                          "\"n\":\"temp\",\"v\":21.5},{\"n\":\"hum\",\"u\":\"%RH\",\"v\":55,\"t\":2},"
                          "{\"n\":\"door\",\"vb\":true},{\"n\":\"x\",\"v\":1,\"bt\":0,\"t\":-5}]</json>",
                          delay("2026-11-22T06:00:00Z")));
        QCOMPARE(m_store->totalStored(), quint64(4));
        QCOMPARE(m_forwarded, QList<QByteArray>{"<message xmlns='jabber:client' type='headline'/>"});
        const auto temp = m_store->latest(Service, Node, QStringLiteral("dev-1:temp"), 1);
        QCOMPARE(temp.first().unit, QStringLiteral("Cel"));
        QCOMPARE(temp.first().timeMs, qint64(1748779200000));
        QCOMPARE(m_store->latest(Service, Node, QStringLiteral("dev-1:hum"), 1).first().timeMs, qint64(1748779202000));
        QCOMPARE(m_store->latest(Service, Node, QStringLiteral("dev-1:door"), 1).first().value, 1.0);
        // bt 0 + t -5: relative, from the delay stamp.
        QCOMPARE(m_store->latest(Service, Node, QStringLiteral("dev-1:x"), 1).first().timeMs,
                 msecs("2026-11-22T06:00:00Z") - 5000);
    }

    // A bare number: the element's name is the series, its unit attribute the unit, the time
    // the delay stamp's or the arrival's.
    void bareNumberIsStored()
    {
        feed(notification("pubsub.linnet.test", "sensors/dev-1", "<temperature xmlns='urn:example' unit='Cel'>21.5</temperature>",
                          delay("2026-11-22T06:00:00Z")));
        const auto t = m_store->latest(Service, Node, QStringLiteral("temperature"), 1);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.first().value, 21.5);
        QCOMPARE(t.first().unit, QStringLiteral("Cel"));
        QCOMPARE(t.first().timeMs, msecs("2026-11-22T06:00:00Z"));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        feed(notification("pubsub.linnet.test", "sensors/dev-1", "<level> -3e2 </level>"));
        const auto level = m_store->latest(Service, Node, QStringLiteral("level"), 1);
        QCOMPARE(level.size(), 1);
        QCOMPARE(level.first().value, -300.0);
        QVERIFY(qAbs(level.first().timeMs - before) < 2000);
    }

    // Several items in one notification (a backlog the server batched), of different formats.
    void severalItemsOfDifferentFormats()
    {
        const QByteArray stanza = "<message from='pubsub.linnet.test' type='headline'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                                  "<items node='sensors/dev-1'><item id='a'>" + senml("<senml bt='1748779200' n='a' v='1'/>") + "</item>"
                                  "<item id='b'><json xmlns='urn:xmpp:json:0'>[{\"bt\":1748779201,\"n\":\"b\",\"v\":2}]</json></item>"
                                  "<item id='c'><c>3</c></item></items></event></message>";
        feed(stanza);
        QCOMPARE(m_store->totalStored(), quint64(3));
        QCOMPARE(m_store->latest(Service, Node, QStringLiteral("b"), 1).first().value, 2.0);
        QCOMPARE(m_store->latest(Service, Node, QStringLiteral("c"), 1).first().value, 3.0);
    }
};

QTEST_GUILESS_MAIN(TestReadingInterceptor)
#include "tst_readinginterceptor.moc"
