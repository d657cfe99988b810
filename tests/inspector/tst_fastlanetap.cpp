// The inspector and the receive path's fast lane on a real Linnet account (Account wires its
// sessions' interceptors and taps) against the fixture's Prosody: published readings reach the
// store and, while the inspector records, show in the trace as PubSub items (node, ids, what
// was stored) in stream order; while it does not, the fast lane keeps nothing; a headline from
// elsewhere with an id shaped like a placeholder is shown as the message it is.
#include "AccountHarness.h"
#include "LiveTest.h"
#include "PubSubPublishing.h"
#include "devices/ReadingStore.h"
#include "inspector/ProtocolTrace.h"
#include "inspector/XmppTraceTap.h"

#include <QSignalSpy>
#include <QXmppLogger.h>
#include <QXmppMessage.h>

namespace {
const QString Node = QStringLiteral("sensors/inspected");

QString senml(const QString &name, double value)
{
    return QStringLiteral("<sensml xmlns='urn:ietf:params:xml:ns:senml'><senml n='%1' u='Cel' v='%2'/></sensml>")
        .arg(name, QString::number(value));
}

bool isItem(const TraceEvent &e)
{
    return e.kind == QLatin1String("pubsub");
}
}  // namespace

class TestFastLaneTap : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<QXmppClient> m_device;
    QXmppPubSubManager *m_publisher = nullptr;
    std::unique_ptr<AccountHarness> m_alice;
    ProtocolTrace m_trace{5000};
    quint64 m_sequence = 0;
    QList<TraceEvent> m_events;
    QStringList m_received;  // what QXmpp logged as received, seen by a logger of the test's

    QString publish(const QString &id, const QString &payload)
    {
        PubSubTest::RawItem item(payload);
        item.setId(id);
        auto task = m_publisher->publishItem(m_server->pubsubJid(), Node, item);
        return PubSubTest::awaitAnswer(task, 10000);
    }
    const QList<TraceEvent> &events()
    {
        m_events += m_trace.eventsSince(&m_sequence);
        return m_events;
    }
    std::shared_ptr<FastLaneTrace> fastLane() const
    {
        auto *tap = m_alice->session()->findChild<XmppTraceTap *>(QString(), Qt::FindDirectChildrenOnly);
        return tap ? tap->fastLane() : nullptr;
    }
    // The received event whose summary contains text, or -1.
    qsizetype indexOf(const QString &text)
    {
        const auto &all = events();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i).direction == TraceEvent::Direction::Received && all.at(i).summary.contains(text))
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
        m_device = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(m_device);
        m_publisher = m_device->addNewExtension<QXmppPubSubManager>();
        QCOMPARE(PubSubTest::createNode(*m_publisher, m_server->pubsubJid(), Node), QString());

        m_alice = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, QStringLiteral("alice")),
                                                   QStringList{QStringLiteral("desk")});
        // The app's order: sessions first, then the profile's trace.
        m_alice->account()->setTrace(&m_trace);
        QVERIFY(fastLane());
        auto *logger = new QXmppLogger(m_alice->session());
        logger->setLoggingType(QXmppLogger::SignalLogging);
        logger->setMessageTypes(QXmppLogger::ReceivedMessage);
        connect(logger, &QXmppLogger::message, this, [this](QXmppLogger::MessageType, const QString &text) { m_received << text; });
        m_alice->client()->setLogger(logger);  // the tap forwards to it while recording

        m_alice->login(LiveTest::Password);
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->session()->isOnline(), 15000);
        QSignalSpy subscribed(m_alice->devices(), &DeviceController::subscribed);
        m_alice->devices()->subscribe(m_server->pubsubJid(), Node);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, 10000);
    }

    void cleanupTestCase()
    {
        m_alice.reset();  // before the trace its taps record into
    }

    void itemsShowWhileRecording()
    {
        auto *store = m_alice->readings();
        m_trace.setRecording(true);
        QVERIFY(fastLane()->isRecording());
        const auto before = store->totalStored();
        QCOMPARE(publish(QStringLiteral("item-a"), senml(QStringLiteral("temp"), 21.5)), QString());
        // A chat message between two items: the trace keeps the stream's order.
        QXmppMessage chat(QString(), m_alice->session()->jid(), QStringLiteral("between the items"));
        chat.setType(QXmppMessage::Chat);
        chat.setId(QStringLiteral("between-1"));
        QVERIFY(m_device->sendPacket(chat));
        QCOMPARE(publish(QStringLiteral("item-b"), senml(QStringLiteral("temp"), 22.5)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(store->totalStored(), before + 2, 10000);  // the store has them
        QTRY_VERIFY_WITH_TIMEOUT(indexOf(QStringLiteral("ids=item-b")) >= 0, 10000);

        const qsizetype a = indexOf(QStringLiteral("ids=item-a"));
        const qsizetype between = indexOf(QStringLiteral("id between-1"));
        const qsizetype b = indexOf(QStringLiteral("ids=item-b"));
        QVERIFY(a >= 0 && between >= 0);
        QVERIFY2(a < between && between < b, qPrintable(QStringLiteral("%1 %2 %3").arg(a).arg(between).arg(b)));
        const TraceEvent &item = events().at(a);
        QVERIFY(isItem(item));
        QCOMPARE(item.connection, m_alice->session()->jid());
        QCOMPARE(item.summary, QStringLiteral("pubsub items node=%1 ids=item-a from=%2 stored=1").arg(Node, m_server->pubsubJid()));
        QVERIFY2(item.detail.contains(QLatin1String("v=\"21.5\"")), qPrintable(item.detail));
        QVERIFY(item.detail.contains(QLatin1String("id=\"item-a\"")));
        // Every placeholder QXmpp got was swapped for its item.
        for (const auto &e : events())
            QVERIFY2(!e.detail.contains(QLatin1String("fastlane-")), qPrintable(e.detail));
        QCOMPARE(fastLane()->pending(), 0);
    }

    void nothingKeptWhileNotRecording()
    {
        auto *store = m_alice->readings();
        m_trace.setRecording(false);
        QVERIFY(!fastLane()->isRecording());
        m_received.clear();
        const auto before = store->totalStored();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(publish(QStringLiteral("quiet-%1").arg(i), senml(QStringLiteral("temp"), 10 + i)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(store->totalStored(), before + 3, 10000);
        const QString plain = QString::fromUtf8(FastLaneTrace::plainPlaceholder());
        QTRY_COMPARE_WITH_TIMEOUT(m_received.join(QString()).count(plain), 3, 10000);
        QCOMPARE(fastLane()->pending(), 0);
        QVERIFY(!m_received.join(QString()).contains(QLatin1String("fastlane-")));

        // Recording again: the next item shows, none of the quiet ones.
        m_trace.setRecording(true);
        QCOMPARE(publish(QStringLiteral("loud"), senml(QStringLiteral("temp"), 30)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(indexOf(QStringLiteral("ids=loud")) >= 0, 10000);
        QCOMPARE(indexOf(QStringLiteral("ids=quiet-")), -1);
    }

    // A buddy (or a server) sends a headline whose id looks like a placeholder's, with the real
    // random part even: it reaches the trace as a message, and the items around it still show.
    void lookAlikeIsNotSwapped()
    {
        m_trace.setRecording(true);
        // The placeholder the lane would make now: fastlane-<random>-<sequence>.
        const QString real = QString::fromUtf8(fastLane()->keep({})).section(QLatin1Char('\''), 5, 5);
        const QString random = real.section(QLatin1Char('-'), 0, 1);
        bool ok = false;
        const quint64 sequence = real.section(QLatin1Char('-'), 2).toULongLong(&ok);
        QVERIFY2(ok && random.startsWith(QLatin1String("fastlane-")), qPrintable(real));
        QCOMPARE(publish(QStringLiteral("before-forgery"), senml(QStringLiteral("temp"), 1)), QString());
        // The id the next item's placeholder gets, with a wrong and with the right random part.
        const QString next = QStringLiteral("-") + QString::number(sequence + 2);
        const QStringList ids{QStringLiteral("fastlane-0123456789abcdef") + next, random + next};
        for (const QString &id : ids) {
            QXmppMessage forged(QString(), m_alice->session()->jid());
            forged.setType(QXmppMessage::Headline);
            forged.setId(id);
            QVERIFY(m_device->sendPacket(forged));
        }
        QCOMPARE(publish(QStringLiteral("after-forgery"), senml(QStringLiteral("temp"), 2)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(indexOf(QStringLiteral("ids=after-forgery")) >= 0, 10000);
        QVERIFY(indexOf(QStringLiteral("ids=before-forgery")) >= 0);
        for (const QString &id : ids) {
            const qsizetype forged = indexOf(QStringLiteral("id ") + id);
            QVERIFY2(forged >= 0, qPrintable(id));
            QCOMPARE(events().at(forged).kind, QStringLiteral("message"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFastLaneTap)
#include "tst_fastlanetap.moc"
