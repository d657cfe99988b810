// The SenML fast lane on its own: what it takes from the stream, what it hands on to QXmpp.
#include "devices/ReadingInterceptor.h"
#include "devices/ReadingStore.h"
#include "net/StanzaFramer.h"

#include <QTest>

namespace {
const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' from='linnet.test' version='1.0'>";

QByteArray notification(const QByteArray &from, const QByteArray &node, const QByteArray &payload, const QByteArray &extra = {})
{
    return "<message from='" + from + "' to='alice@linnet.test/desk' type='headline' id='e1'>"
           "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='" + node + "'><item id='i1'>"
        + payload + "</item></items></event>" + extra + "</message>";
}

QByteArray senml(const QByteArray &records)
{
    return "<sensml xmlns='urn:ietf:params:xml:ns:senml'>" + records + "</sensml>";
}
}  // namespace

class TestReadingInterceptor : public QObject
{
    Q_OBJECT

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
        m_store = new ReadingStore(1000, this);
        m_interceptor = std::make_unique<ReadingInterceptor>(m_store);
        m_interceptor->accept(QStringLiteral("pubsub.linnet.test"), QStringLiteral("sensors/dev-1"));
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
        delete m_store;
    }

    void readingsAreStoredAndQXmppGetsAPlaceholder()
    {
        feed(notification("pubsub.linnet.test", "sensors/dev-1",
                   senml("<senml bn='dev-1:' bu='Cel' bt='1748779200' n='temp' v='21.5'/>"
                         "<senml n='hum' u='%RH' v='55' t='1.25'/><senml n='ok' vb='false'/>")));
        QCOMPARE(m_store->totalStored(), quint64(3));
        QCOMPARE(m_forwarded.size(), 1);
        QCOMPARE(m_forwarded.first(), QByteArray("<message xmlns='jabber:client' type='headline'/>"));
        const auto temp = m_store->latest(QStringLiteral("sensors/dev-1"), QStringLiteral("dev-1:temp"), 5);
        QCOMPARE(temp.size(), 1);
        QCOMPARE(temp.first().unit, QStringLiteral("Cel"));  // from bu
        const auto hum = m_store->latest(QStringLiteral("sensors/dev-1"), QStringLiteral("dev-1:hum"), 5);
        QCOMPARE(hum.first().timeMs, qint64(1748779201250));
        QCOMPARE(hum.first().unit, QStringLiteral("%RH"));
    }

    void relativeTimesAreFromNow()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        feed(notification("pubsub.linnet.test", "sensors/dev-1", senml("<senml n='x' v='1' t='-5'/>")));
        const auto x = m_store->latest(QStringLiteral("sensors/dev-1"), QStringLiteral("x"), 1);
        QCOMPARE(x.size(), 1);
        QVERIFY(qAbs(x.first().timeMs - (before - 5000)) < 2000);
    }

    void passedThroughUntouched_data()
    {
        QTest::addColumn<QByteArray>("stanza");
        QTest::newRow("unsubscribed node") << notification("pubsub.linnet.test", "sensors/dev-2", senml("<senml n='x' v='1'/>"));
        QTest::newRow("forged sender") << notification("mallory@linnet.test", "sensors/dev-1", senml("<senml n='x' v='1'/>"));
        QTest::newRow("other payload") << notification("pubsub.linnet.test", "sensors/dev-1", "<geoloc xmlns='http://jabber.org/protocol/geoloc'/>");
        QTest::newRow("delayed") << notification("pubsub.linnet.test", "sensors/dev-1", senml("<senml n='x' v='1'/>"),
                                          "<delay xmlns='urn:xmpp:delay' stamp='2026-11-22T06:00:00Z'/>");
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

    void allRecordsBadPassesTheStanzaOn()
    {
        const auto stanza = notification("pubsub.linnet.test", "sensors/dev-1", senml("<senml n='a' v='x'/>"));
        feed(stanza);
        QCOMPARE(m_store->totalStored(), quint64(0));
        QCOMPARE(m_forwarded, QList<QByteArray>{stanza});
    }
};

QTEST_GUILESS_MAIN(TestReadingInterceptor)
#include "tst_readinginterceptor.moc"
