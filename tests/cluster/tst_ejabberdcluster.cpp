// A two-node ejabberd cluster (EjabberdCluster) as a big deployment runs it: a device publishes
// SenML through node A, Linnet (a whole account, AccountHarness) is subscribed through node B,
// and the readings reach its store. Node A is then killed: Linnet's session on B stays up (no
// reconnect, and it still answers); A comes back, rejoins by itself, the device publishes
// through it again and the feed resumes.
#include "AccountHarness.h"
#include "EjabberdCluster.h"
#include "PubSubPublishing.h"
#include "account/ConnectionController.h"
#include "devices/DeviceController.h"
#include "devices/ReadingStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubManager.h>

#include <memory>

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kNode = QStringLiteral("sensors/greenhouse");

// A device: a plain QXmpp client publishing to its node through one cluster node.
struct Device {
    QXmppClient client;
    QXmppPubSubManager *pubsub = client.addNewExtension<QXmppPubSubManager>();

    bool connectTo(const EjabberdServer &node)
    {
        QXmppConfiguration config = node.clientConfiguration(QStringLiteral("gh1"), kPassword, QStringLiteral("sensor"));
        config.setAutoReconnectionEnabled(false);  // the test says when and where it comes back
        client.connectToServer(config);
        return QTest::qWaitFor([&] { return client.isConnected(); }, 30000);
    }

    QString publish(const QString &service, qint64 timeMs, double value)
    {
        return PubSubTest::publish(*pubsub, service, kNode, PubSubTest::senmlRecord(QStringLiteral("gh1:"), QStringLiteral("temp"), timeMs, value));
    }
};

}  // namespace

class TestEjabberdCluster : public QObject
{
    Q_OBJECT

    std::unique_ptr<EjabberdCluster> m_cluster;
    std::unique_ptr<Device> m_device;
    std::unique_ptr<AccountHarness> m_alice;
    qint64 m_timeMs = 1748779200000;  // each reading a second after the last

    EjabberdServer *a() const { return m_cluster->nodeA(); }
    EjabberdServer *b() const { return m_cluster->nodeB(); }

    // The device publishes one reading through node A; Linnet on node B stores it.
    void feedReachesLinnet(double value)
    {
        auto *store = m_alice->readings();
        const auto before = store->totalStored();
        m_timeMs += 1000;
        const QString refused = m_device->publish(a()->pubsubJid(), m_timeMs, value);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        QTRY_COMPARE_WITH_TIMEOUT(store->totalStored(), before + 1, 30000);
        const auto latest = store->latest(a()->pubsubJid(), kNode, QStringLiteral("gh1:temp"), 1);
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest.first().value, value);
        QCOMPARE(latest.first().timeMs, m_timeMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        XmppServerOptions options;
        options.accounts = {{QStringLiteral("alice"), kPassword, QStringLiteral("Alice")},
                            {QStringLiteral("gh1"), kPassword, QStringLiteral("Greenhouse 1")}};
        m_cluster = std::make_unique<EjabberdCluster>(options);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QVERIFY(a()->c2sPort() != b()->c2sPort());
        QVERIFY(a()->dataDir() != b()->dataDir());

        // The device's node is created through A ...
        m_device = std::make_unique<Device>();
        QVERIFY(m_device->connectTo(*a()));
        const QString created = PubSubTest::createNode(*m_device->pubsub, a()->pubsubJid(), kNode);
        QVERIFY2(created.isEmpty(), qPrintable(created));

        // ... and Linnet subscribes to it through B (the account was created on A).
        ConnectionSettings settings;
        settings.jid = b()->jid(QStringLiteral("alice"));
        settings.host = b()->host();
        settings.port = b()->c2sPort();
        settings.caCertificatesFile = m_cluster->caCertificateFile();
        m_alice = std::make_unique<AccountHarness>(settings);
        m_alice->login(kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->connection()->state(), ConnectionController::State::Connected, 30000);
        QSignalSpy subscribed(m_alice->devices(), &DeviceController::subscribed);
        m_alice->devices()->subscribe(b()->pubsubJid(), kNode);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, 20000);
    }

    void feedFromNodeAReachesLinnetOnNodeB()
    {
        feedReachesLinnet(21.5);
        feedReachesLinnet(21.75);
    }

    void killingNodeAKeepsTheSessionOnB()
    {
        QSignalSpy states(m_alice->connection(), &ConnectionController::stateChanged);
        a()->kill();
        QTRY_VERIFY_WITH_TIMEOUT(!m_device->client.isConnected(), 30000);
        // Node B has noticed: its cluster is itself alone.
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster->runningNodes(*b()), QStringList{b()->nodeName()}, 120000);

        // Linnet's session still works: a round trip through it, answered by B's PubSub service
        // (had the link dropped, the request would wait for a reconnect that cannot come while
        // Linnet's server is down) ...
        auto *disco = m_alice->client()->findExtension<QXmppDiscoveryManager>();
        auto info = disco->requestDiscoInfo(b()->pubsubJid());
        QVERIFY(QTest::qWaitFor([&] { return info.isFinished(); }, 20000));
        QVERIFY(std::holds_alternative<QXmppDiscoveryIq>(info.result()));
        // ... and it never dropped: no reconnect in between.
        QCOMPARE(m_alice->connection()->state(), ConnectionController::State::Connected);
        QCOMPARE(states.count(), 0);
    }

    void feedResumesWhenNodeAReturns()
    {
        QSignalSpy states(m_alice->connection(), &ConnectionController::stateChanged);
        QString error;
        QVERIFY2(a()->restart(&error), qPrintable(error));
        // A rejoined by itself: its Mnesia schema names B.
        QTRY_VERIFY_WITH_TIMEOUT(m_cluster->runningNodes(*b()).contains(a()->nodeName()), 120000);
        QVERIFY(m_device->connectTo(*a()));
        feedReachesLinnet(22.0);
        QCOMPARE(m_alice->connection()->state(), ConnectionController::State::Connected);
        QCOMPARE(states.count(), 0);
    }

    void cleanupTestCase()
    {
        m_alice.reset();  // logs out before the servers go
        m_device.reset();
        m_cluster.reset();
    }
};

QTEST_GUILESS_MAIN(TestEjabberdCluster)
#include "tst_ejabberdcluster.moc"
