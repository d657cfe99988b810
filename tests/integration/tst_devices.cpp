// Readings from PubSub through Linnet's receive path (bridge, framer, SenML fast lane) against
// a real server (Prosody or ejabberd): values land in the store; garbage and strangers do not.
#include "DeviceSim.h"
#include "LiveTest.h"
#include "AccountHarness.h"
#include "account/ConnectionController.h"
#include "devices/DeviceController.h"
#include "devices/ReadingStore.h"
#include "net/StreamBridge.h"

#include <QDomDocument>
#include <QSignalSpy>
#include <QXmppElement.h>
#include <QXmppMessage.h>
#include <QXmlStreamWriter>
#include <QXmppPubSubBaseItem.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>

namespace {
QString senml(const QString &records)
{
    return QStringLiteral("<sensml xmlns='urn:ietf:params:xml:ns:senml'>%1</sensml>").arg(records);
}

// A notification resent on resumption (stamped with <delay>) that reached QXmpp with items in
// it. ejabberd also notifies the items a full node drops (max_items) as <retract/>s; those are
// no readings and pass to QXmpp by design, so they do not count.
bool isResentItem(const QXmppMessage &message)
{
    if (!message.stamp().isValid())
        return false;
    for (const QXmppElement &extension : message.extensions()) {
        if (extension.tagName() == u"event")
            return !extension.firstChildElement(QStringLiteral("items")).firstChildElement(QStringLiteral("item")).isNull();
    }
    return true;
}
}  // namespace

class TestDevices : public QObject
{
    Q_OBJECT

    std::unique_ptr<XmppTestServer> m_server;
    std::unique_ptr<AccountHarness> m_alice;
    std::unique_ptr<QXmppClient> m_device;
    QXmppPubSubManager *m_publisher = nullptr;

    bool publish(const QString &node, const QString &payload)
    {
        const QString error = PubSubTest::publish(*m_publisher, m_server->pubsubJid(), node, payload, 10000);
        if (!error.isEmpty())
            qWarning() << "publish failed:" << error;
        return error.isEmpty();
    }

    bool createNode(const QString &node)
    {
        bool done = false;
        m_publisher->createNode(m_server->pubsubJid(), node).then(this, [&](QXmppPubSubManager::Result &&) { done = true; });
        return QTest::qWaitFor([&] { return done; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startXmppServer();
        QVERIFY(m_server);
        m_device = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(m_device);
        m_publisher = m_device->addNewExtension<QXmppPubSubManager>();
        QVERIFY(createNode(QStringLiteral("sensors/greenhouse")));

        m_alice = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, QStringLiteral("alice")));
        m_alice->login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->connection()->state(), ConnectionController::State::Connected, 15000);
        QSignalSpy subscribed(m_alice->devices(), &DeviceController::subscribed);
        m_alice->devices()->subscribe(m_server->pubsubJid(), QStringLiteral("sensors/greenhouse"));
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, 10000);
    }

    void readingsArrive()
    {
        auto *store = m_alice->readings();
        QVERIFY(publish(QStringLiteral("sensors/greenhouse"),
                        senml(QStringLiteral("<senml bn='gh-1:' bt='1748779200.5' n='temp' u='Cel' v='21.4'/>"
                                             "<senml n='hum' u='%RH' v='55'/><senml n='door' vb='true' t='2'/>"))));
        QTRY_COMPARE_WITH_TIMEOUT(store->totalStored(), quint64(3), 10000);
        const auto node = QStringLiteral("sensors/greenhouse");
        const auto service = m_server->pubsubJid();
        QCOMPARE(store->series(service, node).size(), 3);
        const auto temp = store->latest(service, node, QStringLiteral("gh-1:temp"), 1);
        QCOMPARE(temp.size(), 1);
        QCOMPARE(temp.first().value, 21.4);
        QCOMPARE(temp.first().unit, QStringLiteral("Cel"));
        QCOMPARE(temp.first().timeMs, qint64(1748779200500));
        const auto door = store->latest(service, node, QStringLiteral("gh-1:door"), 1);
        QCOMPARE(door.first().value, 1.0);
        QCOMPARE(door.first().timeMs, qint64(1748779202500));
    }

    void garbageCostsOnlyTheBadRecord()
    {
        auto *store = m_alice->readings();
        const auto before = store->totalStored();
        QVERIFY(publish(QStringLiteral("sensors/greenhouse"),
                        senml(QStringLiteral("<senml bn='gh-1:' n='temp' v='warm'/><senml n='hum' v='NaN'/>"
                                             "<senml n='co2' u='ppm' v='612'/>"))));
        QTRY_COMPARE_WITH_TIMEOUT(store->totalStored(), before + 1, 10000);
        QCOMPARE(store->latest(m_server->pubsubJid(), QStringLiteral("sensors/greenhouse"), QStringLiteral("gh-1:co2"), 1)
                     .first().value, 612.0);
        // The connection survived.
        QCOMPARE(m_alice->connection()->state(), ConnectionController::State::Connected);
    }

    void forgedNotificationsAreIgnored()
    {
        // Anyone can send a headline "from" themselves that looks like a notification.
        auto *store = m_alice->readings();
        const auto before = store->totalStored();
        QDomDocument doc;
        QVERIFY(doc.setContent(QStringLiteral(
            "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='sensors/greenhouse'><item id='x'>%1"
            "</item></items></event>").arg(senml(QStringLiteral("<senml n='fake' v='666'/>")))));
        QXmppMessage forged(QString(), m_server->jid(QStringLiteral("alice")));
        forged.setType(QXmppMessage::Headline);
        forged.setExtensions({QXmppElement(doc.documentElement())});
        QVERIFY(m_device->sendPacket(forged));
        // A real reading after it proves the forged one had its chance.
        QVERIFY(publish(QStringLiteral("sensors/greenhouse"), senml(QStringLiteral("<senml n='real' v='2'/>"))));
        QTRY_COMPARE_WITH_TIMEOUT(store->totalStored(), before + 1, 10000);
        QTest::qWait(200);
        QCOMPARE(store->totalStored(), before + 1);
        QVERIFY(!store->series(m_server->pubsubJid(), QStringLiteral("sensors/greenhouse")).contains(QStringLiteral("fake")));
    }

    // Consumed notifications reach QXmpp as placeholders, so XEP-0198 counts them: after the
    // link drops and the session resumes, the server must resend nothing. (Without the
    // placeholders it resends all 30, delayed; checked by breaking the interceptor.)
    void resumedStreamDoesNotRepeatReadings()
    {
        auto *client = m_alice->client();
        QVERIFY(client->streamManagementState() != QXmppClient::NoStreamManagement);
        auto *store = m_alice->readings();
        const auto before = store->totalStored();
        for (int i = 0; i < 30; ++i)
            QVERIFY(publish(QStringLiteral("sensors/greenhouse"), senml(QStringLiteral("<senml n='seq' v='%1'/>").arg(i))));
        QTRY_COMPARE_WITH_TIMEOUT(store->totalStored(), before + 30, 10000);

        // The network drops (the server keeps the session for resumption).
        // On resumption the server resends what it thinks is unhandled, stamped with <delay>.
        QSignalSpy received(client, &QXmppClient::messageReceived);
        QMetaObject::invokeMethod(m_alice->connection()->bridge(), &StreamBridge::stop, Qt::BlockingQueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->connection()->state(), ConnectionController::State::Connected, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(client->streamManagementState(), QXmppClient::ResumedStream, 5000);
        QTest::qWait(500);
        int resent = 0;
        for (const auto &args : std::as_const(received))
            resent += isResentItem(args.first().value<QXmppMessage>()) ? 1 : 0;
        QCOMPARE(resent, 0);
        QCOMPARE(store->totalStored(), before + 30);
    }

    // Readings published while the link is down: on resumption the server (Prosody's mod_smacks,
    // ejabberd's mod_stream_mgmt) resends every notification Alice did not acknowledge, each
    // with a <delay> it added. They are stored, not handed to QXmpp (which drops them). The
    // reconnect back-off (1 s at least) leaves the publishes time to land in the server's queue
    // for the resumed session. Their times differ (the store keeps one reading per time and
    // series); relative times are not backfilled (a fetched item does not say when it was
    // published).
    void readingsResentOnResumptionAreStored()
    {
        auto *client = m_alice->client();
        auto *store = m_alice->readings();
        const auto before = store->totalStored();
        QSignalSpy received(client, &QXmppClient::messageReceived);
        QMetaObject::invokeMethod(m_alice->connection()->bridge(), &StreamBridge::stop, Qt::BlockingQueuedConnection);
        for (int i = 0; i < 3; ++i)
            QVERIFY(publish(QStringLiteral("sensors/greenhouse"),
                            senml(QStringLiteral("<senml n='gap' v='%1' t='-%2'/>").arg(i).arg(3 - i))));
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->connection()->state(), ConnectionController::State::Connected, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(client->streamManagementState(), QXmppClient::ResumedStream, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(store->totalStored(), before + 3, 5000);
        int delayed = 0;
        for (const auto &args : std::as_const(received))
            delayed += isResentItem(args.first().value<QXmppMessage>()) ? 1 : 0;
        QCOMPARE(delayed, 0);
        const auto gap = store->latest(m_server->pubsubJid(), QStringLiteral("sensors/greenhouse"), QStringLiteral("gap"), 3);
        QCOMPARE(gap.size(), 3);
        QCOMPARE(gap.last().value, 2.0);
    }
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
