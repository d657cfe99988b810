// The devices feature against a real Prosody: discovery of services and nodes, subscribing,
// backfill after a reconnect with the gap marked, subscriptions bound to one session, device
// presence (staleness) and subscriptions that survive the account being recreated from its
// saved config. Devices are simulated as tools/devicesim/SimDevice.h describes them (DeviceSim.h).
#include "AccountHarness.h"
#include "DeviceSim.h"
#include "LiveTest.h"
#include "devices/DevicePresence.h"
#include "devices/DiscoveryModel.h"
#include "devices/FeedHealth.h"
#include "devices/FeedsModel.h"
#include "devices/ReadingStore.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmppMessage.h>

namespace {
const QString Device = QStringLiteral("sensor1");
const QString LabNode = QStringLiteral("lab-only");

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Readings published while away are an eighth of a second apart (exact in decimals), and in
// the past by the time the account is back.
constexpr qint64 Step = 125;

// Readings are published on whole seconds: their times survive the trip through decimals exactly.
qint64 nextSecond()
{
    return (now() / 1000 + 1) * 1000;
}

QModelIndex findRow(const QAbstractItemModel &model, const QModelIndex &parent, int role, const QVariant &value)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const auto index = model.index(row, 0, parent);
        if (index.data(role) == value)
            return index;
    }
    return {};
}

// Headline messages (PubSub notifications, or the fast lane's placeholders for them).
int headlines(const QSignalSpy &spy)
{
    int count = 0;
    for (const auto &args : spy)
        count += args.first().value<QXmppMessage>().type() == QXmppMessage::Headline ? 1 : 0;
    return count;
}
}  // namespace

class TestDeviceFeeds : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<DeviceSim> m_device;
    std::unique_ptr<AccountHarness> m_alice;  // sessions desk and lab

    DeviceController *devices() const { return m_alice->devices(); }
    QString pubsub() const { return m_server->pubsubJid(); }
    void connectBoth()
    {
        for (auto *session : m_alice->account()->sessions())
            m_alice->account()->connectSession(session);
    }
    bool allOnline() const
    {
        return m_alice->session(0)->isOnline() && m_alice->session(1)->isOnline();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ProsodyServer::Options options;
        options.accounts = {{QStringLiteral("alice"), LiveTest::Password, QStringLiteral("Alice")},
                            {Device, LiveTest::Password, QStringLiteral("Greenhouse 1")}};
        options.mutualRoster = true;
        m_server = LiveTest::startServer(options);
        QVERIFY(m_server);
        m_device = std::make_unique<DeviceSim>(*m_server, Device, QStringLiteral("Greenhouse 1"));
        QVERIFY(m_device->connect());
        QVERIFY(m_device->createNode());
        QVERIFY(m_device->createNode(LabNode, QStringLiteral("Lab bench")));

        auto settings = LiveTest::settingsFor(*m_server, QStringLiteral("alice"));
        m_alice = std::make_unique<AccountHarness>(settings, QStringList{QStringLiteral("desk"), QStringLiteral("lab")});
        m_alice->login(LiveTest::Password);
        QTRY_VERIFY_WITH_TIMEOUT(allOnline(), 15000);
    }

    void discoveryListsServicesAndNodes()
    {
        auto *model = devices()->discovery();
        QVERIFY(model->rowCount() >= 1);
        const auto server = model->index(0, 0);
        QCOMPARE(server.data(DiscoveryModel::KindRole).value<DiscoveryModel::Kind>(), DiscoveryModel::Kind::Server);
        QCOMPARE(server.data(DiscoveryModel::JidRole).toString(), m_server->domain());
        QVERIFY(model->hasChildren(server));
        QVERIFY(model->canFetchMore(server));
        model->fetchMore(server);
        QTRY_VERIFY_WITH_TIMEOUT(findRow(*model, server, DiscoveryModel::JidRole, pubsub()).isValid(), 10000);
        const auto service = findRow(*model, server, DiscoveryModel::JidRole, pubsub());
        QTRY_COMPARE_WITH_TIMEOUT(service.data(DiscoveryModel::KindRole).value<DiscoveryModel::Kind>(),
                                  DiscoveryModel::Kind::PubSubService, 10000);
        QCOMPARE(service.data(DiscoveryModel::CategoryRole).toString(), QStringLiteral("pubsub"));
        QVERIFY(service.data(DiscoveryModel::FeaturesRole).toStringList().contains(QStringLiteral("http://jabber.org/protocol/pubsub")));
        // Other services are listed too (the fixture has a MUC and an upload service).
        QVERIFY(findRow(*model, server, DiscoveryModel::JidRole, m_server->mucJid()).isValid());

        QVERIFY(m_device->publishAt(nextSecond() - 60000, 20.0));
        model->fetchMore(service);
        QTRY_VERIFY_WITH_TIMEOUT(model->nodeIndex(pubsub(), Device).isValid(), 10000);
        const auto node = model->nodeIndex(pubsub(), Device);
        QCOMPARE(node.parent(), service);
        QCOMPARE(node.data(DiscoveryModel::KindRole).value<DiscoveryModel::Kind>(), DiscoveryModel::Kind::Node);
        QCOMPARE(node.data(DiscoveryModel::TitleRole).toString(), QStringLiteral("Greenhouse 1"));
        QCOMPARE(model->nodeIndex(pubsub(), LabNode).data(DiscoveryModel::NameRole).toString(), QStringLiteral("Lab bench"));
        QTRY_COMPARE_WITH_TIMEOUT(node.data(DiscoveryModel::ItemCountRole).toInt(), 1, 10000);
        QCOMPARE(node.data(DiscoveryModel::SubscribedRole).toBool(), false);

        // The device in the roster shows up beside the server, with its node.
        QTRY_VERIFY_WITH_TIMEOUT(findRow(*model, {}, DiscoveryModel::JidRole, m_device->jid()).isValid(), 10000);
        const auto device = findRow(*model, {}, DiscoveryModel::JidRole, m_device->jid());
        QCOMPARE(device.data(DiscoveryModel::KindRole).value<DiscoveryModel::Kind>(), DiscoveryModel::Kind::Device);
        QCOMPARE(device.data(DiscoveryModel::NodeRole).toString(), Device);
        QCOMPARE(device.data(DiscoveryModel::ServiceRole).toString(), pubsub());
        QCOMPARE(device.data(DiscoveryModel::TitleRole).toString(), QStringLiteral("Greenhouse 1"));
        QCOMPARE(devices()->deviceJid(pubsub(), Device), m_device->jid());
    }

    // The fleet simulator makes 1,000 nodes: the tree lists them within a second.
    // Browsing while no session is online says so, and the tree fills in once one is.
    void discoveryWaitsForASession()
    {
        m_alice->account()->disconnectAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_alice->session(0)->isOnline() && !m_alice->session(1)->isOnline(), 10000);
        auto *model = devices()->discovery();
        model->refresh();
        const auto server = model->index(0, 0);
        model->fetchMore(server);
        QVERIFY(!server.data(DiscoveryModel::ErrorRole).toString().isEmpty());
        connectBoth();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(*model, model->index(0, 0), DiscoveryModel::JidRole, pubsub()).isValid(), 15000);
        QVERIFY(model->index(0, 0).data(DiscoveryModel::ErrorRole).toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(allOnline(), 15000);
    }

    void discoveryListsAThousandNodesFast()
    {
        QVERIFY(m_device->createNodes(QStringLiteral("fleet-"), 1000));
        auto *model = devices()->discovery();
        model->refresh();
        const auto server = model->index(0, 0);
        model->fetchMore(server);
        QTRY_VERIFY_WITH_TIMEOUT(findRow(*model, server, DiscoveryModel::JidRole, pubsub()).isValid(), 10000);
        const auto service = findRow(*model, server, DiscoveryModel::JidRole, pubsub());
        QTRY_VERIFY_WITH_TIMEOUT(model->canFetchMore(service), 10000);
        QElapsedTimer timer;
        timer.start();
        model->fetchMore(service);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(service) >= 1002, 5000);
        const auto elapsed = timer.elapsed();
        qInfo() << "1,002 nodes listed in" << elapsed << "ms";
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
        QCOMPARE(model->nodeIndex(pubsub(), QStringLiteral("fleet-0999")).data(DiscoveryModel::TitleRole).toString(),
                 QStringLiteral("Fleet sensor 999"));
    }

    void subscribeAndSamplesArrive()
    {
        QSignalSpy subscribed(devices(), &DeviceController::subscribed);
        QSignalSpy saved(devices(), &DeviceController::feedsChanged);
        devices()->subscribe(pubsub(), Device);
        QVERIFY(devices()->isSubscribed(pubsub(), Device));
        QCOMPARE(saved.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, 10000);
        const qint64 t = nextSecond() - 2000;  // in the past: clear of what the tests after publish
        QVERIFY(m_device->publishAt(t, 21.5));
        const auto series = Device + QStringLiteral(":temperature");
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->readings()->last(pubsub(), Device, series).has_value()
                                     && m_alice->readings()->last(pubsub(), Device, series)->timeMs == t, 10000);
        QCOMPARE(m_alice->readings()->last(pubsub(), Device, series)->value, 21.5);

        auto *feeds = devices()->feeds();
        QCOMPARE(feeds->rowCount(), 1);
        const auto row = feeds->index(0);
        QCOMPARE(row.data(FeedsModel::StateRole).value<FeedsModel::State>(), FeedsModel::State::Subscribed);
        QTRY_COMPARE_WITH_TIMEOUT(row.data(FeedsModel::TitleRole).toString(), QStringLiteral("Greenhouse 1"), 5000);
        QCOMPARE(row.data(FeedsModel::DeviceJidRole).toString(), m_device->jid());
        QCOMPARE(row.data(FeedsModel::ResourceRole).toString(), QString());
        QVERIFY(row.data(FeedsModel::NodeAvailableRole).toBool());
        feeds->refreshLive();
        QCOMPARE(row.data(FeedsModel::LastReadingRole).toDateTime().toMSecsSinceEpoch(), t);
        QVERIFY(devices()->discovery()->nodeIndex(pubsub(), Device).data(DiscoveryModel::SubscribedRole).toBool());
    }

    // A few items published while away: the node still holds one from before, so the fetch
    // reaches back across the whole absence and no gap is marked.
    void backfillFillsAShortAbsence()
    {
        QSignalSpy backfilled(devices(), &DeviceController::backfilled);
        m_alice->account()->disconnectAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_alice->session(0)->isOnline() && !m_alice->session(1)->isOnline(), 10000);
        const qint64 lostAt = now();
        const qint64 first = (lostAt / Step + 1) * Step;
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_device->publishAt(first + i * Step, 30 + i));
        QTRY_VERIFY_WITH_TIMEOUT(now() > first + 5 * Step, 10000);
        connectBoth();
        QTRY_COMPARE_WITH_TIMEOUT(backfilled.count(), 1, 15000);
        const auto args = backfilled.first();
        QCOMPARE(args.at(1).toString(), Device);
        QCOMPARE(args.at(3).toLongLong(), 0);  // no gap
        const auto samples = m_alice->readings()->samples(pubsub(), Device, Device + QStringLiteral(":temperature"), first, first + 4 * Step);
        QCOMPARE(samples.size(), size_t(5));
        QVERIFY(m_alice->readings()->gaps(pubsub(), Device, lostAt - 1000, now()).isEmpty());
    }

    // More published while away than the node keeps (Prosody's default: 20): the newest are
    // fetched, the span before them is marked as a gap.
    void backfillMarksWhatItCannotFill()
    {
        QTRY_VERIFY_WITH_TIMEOUT(allOnline(), 15000);
        QSignalSpy backfilled(devices(), &DeviceController::backfilled);
        m_alice->account()->disconnectAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_alice->session(0)->isOnline() && !m_alice->session(1)->isOnline(), 10000);
        const qint64 lostAt = now();
        const qint64 first = (lostAt / Step + 1) * Step;
        for (int i = 0; i < 30; ++i)
            QVERIFY(m_device->publishAt(first + i * Step, i));
        QTRY_VERIFY_WITH_TIMEOUT(now() > first + 30 * Step, 10000);
        connectBoth();
        QTRY_COMPARE_WITH_TIMEOUT(backfilled.count(), 1, 15000);
        const auto series = Device + QStringLiteral(":temperature");
        const auto samples = m_alice->readings()->samples(pubsub(), Device, series, first, first + 29 * Step);
        QCOMPARE(samples.size(), size_t(20));
        QCOMPARE(samples.front().timeMs, first + 10 * Step);  // items 0..9 are gone from the node
        const auto gaps = m_alice->readings()->gaps(pubsub(), Device, lostAt - 1000, first + 60000);
        QCOMPARE(gaps.size(), 1);
        QVERIFY(gaps.first().first >= lostAt - 2000 && gaps.first().first <= lostAt);
        QCOMPARE(gaps.first().second, first + 10 * Step);
    }

    // Bound to lab: only lab's connection gets the notifications; desk chats undisturbed.
    // Every reconnect fetches the node's items again: a bad one among them counts once.
    void badItemsInABackfillCountOnce()
    {
        QTRY_VERIFY_WITH_TIMEOUT(allOnline(), 15000);
        auto *health = devices()->health();
        const auto before = health->count(pubsub(), Device, FeedHealth::Problem::NonFinite);
        for (int round = 0; round < 2; ++round) {
            QSignalSpy backfilled(devices(), &DeviceController::backfilled);
            m_alice->account()->disconnectAll();
            QTRY_VERIFY_WITH_TIMEOUT(!m_alice->session(0)->isOnline() && !m_alice->session(1)->isOnline(), 10000);
            if (round == 0) {
                QVERIFY(m_device->publish(Device, QStringLiteral("<sensml xmlns='urn:ietf:params:xml:ns:senml'><senml bn='%1:' "
                                                                 "n='temperature' u='Cel' bt='%2' v='NaN'/></sensml>")
                                                      .arg(Device, QString::number(now() / 1000))));
            }
            connectBoth();
            QTRY_VERIFY_WITH_TIMEOUT(!backfilled.isEmpty(), 15000);
            QCOMPARE(health->count(pubsub(), Device, FeedHealth::Problem::NonFinite), before + 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(allOnline(), 15000);
    }

    void sessionBoundSubscription()
    {
        QTRY_VERIFY_WITH_TIMEOUT(allOnline(), 15000);
        QSignalSpy desk(m_alice->session(0)->client(), &QXmppClient::messageReceived);
        QSignalSpy lab(m_alice->session(1)->client(), &QXmppClient::messageReceived);
        QSignalSpy subscribed(devices(), &DeviceController::subscribed);
        devices()->subscribe(pubsub(), LabNode, QStringLiteral("lab"));
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, 10000);
        const qint64 t = nextSecond();
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_device->publish(LabNode, senmlAt(QStringLiteral("lab"), t + i * 1000, i)));
        const auto series = QStringLiteral("lab:temperature");
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->readings()->samples(pubsub(), LabNode, series, t, t + 5000).size(), size_t(3), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(headlines(lab), 3, 5000);
        QTest::qWait(300);
        QCOMPARE(headlines(desk), 0);
        const auto row = devices()->feeds()->index(devices()->feeds()->indexOf(pubsub(), LabNode));
        QCOMPARE(row.data(FeedsModel::ResourceRole).toString(), QStringLiteral("lab"));
    }

    // The device goes offline: its node is stale until it is back.
    void stalenessFollowsDevicePresence()
    {
        QVERIFY(devices()->nodeAvailable(pubsub(), Device));
        QSignalSpy availability(devices(), &DeviceController::nodeAvailabilityChanged);
        QVERIFY(m_device->disconnect());
        QTRY_VERIFY_WITH_TIMEOUT(!devices()->nodeAvailable(pubsub(), Device), 10000);
        QVERIFY(availability.count() >= 1);
        QCOMPARE(availability.last().at(1).toString(), Device);
        const auto row = devices()->feeds()->index(devices()->feeds()->indexOf(pubsub(), Device));
        QCOMPARE(row.data(FeedsModel::NodeAvailableRole).toBool(), false);
        // A node whose device is unknown stays available.
        QVERIFY(devices()->nodeAvailable(pubsub(), QStringLiteral("fleet-0001")));

        QVERIFY(m_device->connect());
        QTRY_VERIFY_WITH_TIMEOUT(devices()->nodeAvailable(pubsub(), Device), 10000);
        QCOMPARE(row.data(FeedsModel::NodeAvailableRole).toBool(), true);
    }

    // What the profile keeps of the account brings its subscriptions back, renewed at login.
    // A reconnect with many feeds (the fleet nodes of discoveryListsAThousandNodesFast): their
    // backfills go out at most DeviceController::MaxBackfillsInFlight at a time, and all finish.
    void backfillOfManyFeedsIsPaced()
    {
        constexpr int Feeds = 100;
        QTRY_VERIFY_WITH_TIMEOUT(allOnline(), 15000);
        m_alice->account()->disconnectAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_alice->session(0)->isOnline() && !m_alice->session(1)->isOnline(), 10000);
        auto node = [](int i) { return QStringLiteral("fleet-%1").arg(i, 4, 10, QLatin1Char('0')); };
        for (int i = 0; i < Feeds; ++i)
            devices()->subscribe(pubsub(), node(i));
        int peak = 0, peakWaiting = 0, done = 0;
        auto sample = [&] {
            peak = std::max(peak, devices()->backfillsInFlight());
            peakWaiting = std::max(peakWaiting, devices()->backfillsWaiting());
        };
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, sample);
        sampler.start(1);
        auto c1 = QObject::connect(devices(), &DeviceController::subscribed, sample);
        auto c2 = QObject::connect(devices(), &DeviceController::backfilled, [&](const QString &, const QString &n) {
            sample();
            if (n.startsWith(u"fleet-"))
                ++done;
        });
        connectBoth();
        QTRY_COMPARE_WITH_TIMEOUT(done, Feeds, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!devices()->isBusy(), 10000);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        qInfo() << "backfills in flight at most" << peak << "; waiting at most" << peakWaiting;
        QVERIFY(peak >= 1);
        QVERIFY(peak <= DeviceController::MaxBackfillsInFlight);
        QCOMPARE(devices()->backfillsWaiting(), 0);
        for (int i = 0; i < Feeds; ++i)
            devices()->unsubscribe(pubsub(), node(i));
        QCOMPARE(devices()->feeds()->rowCount(), 2);
    }

    void subscriptionsRestoredFromSavedConfig()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("linnet.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            AccountConfig::saveAll(settings, {m_alice->account()->config()});
        }
        m_alice.reset();  // the app quits

        QSettings settings(file, QSettings::IniFormat);
        const auto configs = AccountConfig::loadAll(settings);
        QCOMPARE(configs.size(), 1);
        QCOMPARE(configs.first().feeds.size(), 2);
        NetworkThread network;
        auto account = std::make_unique<Account>(configs.first(), &network);
        auto *restored = account->devices();
        QVERIFY(restored->isSubscribed(pubsub(), Device));
        QVERIFY(restored->isSubscribed(pubsub(), LabNode));
        QCOMPARE(restored->deviceJid(pubsub(), Device), m_device->jid());
        QCOMPARE(restored->feeds()->rowCount(), 2);
        QSignalSpy subscribed(restored, &DeviceController::subscribed);
        account->setPassword(LiveTest::Password);
        account->connectAll();
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 2, 15000);
        const qint64 t = nextSecond() + 120000;  // after every reading before
        QVERIFY(m_device->publishAt(t, 42));
        QTRY_VERIFY_WITH_TIMEOUT(account->readings()->last(pubsub(), Device, Device + QStringLiteral(":temperature"))
                                         .value_or(Sample{0, 0}).timeMs == t, 10000);
        const auto row = restored->feeds()->index(restored->feeds()->indexOf(pubsub(), LabNode));
        QCOMPARE(row.data(FeedsModel::ResourceRole).toString(), QStringLiteral("lab"));
        account.reset();
    }
};

QTEST_GUILESS_MAIN(TestDeviceFeeds)
#include "tst_devicefeeds.moc"
