// AMQP quick-action tiles (issue 13) against the fixture's real RabbitMQ and the device
// simulator's AMQP side (linnet-devicesim --amqp, tools/devicesim/AmqpDevice.h), through an
// account's broker as the app runs it: a pinned relay switch sends "on" to press-1's command
// queue, the device's reply "Relay on" is the tile's outcome and lands in the command history
// (the device's next reading shows the relay on); an interval slider; a device that never
// answers times out with a clear outcome; a broker that is disconnected fails at once.
#include "AccountHarness.h"
#include "RabbitMqServer.h"
#include "commands/CommandHistory.h"
#include "commands/CommandsController.h"
#include "amqp/AmqpConnection.h"
#include "amqp/AmqpConnectionsModel.h"
#include "dashboards/Dashboard.h"
#include "dashboards/DashboardsModel.h"
#include "dashboards/TilesModel.h"
#include "devices/ReadingStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString BrokerPassword = u"broker passphrase 5120"_s;
const QString Broker = u"plant"_s;
// Its command queue exists, but no device reads it.
const QString SilentDevice = u"silent-9"_s;
}  // namespace

class TestAmqpCommandTilesLive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RabbitMqServer> m_broker;
    QProcess m_device;
    std::unique_ptr<AccountHarness> m_alice;
    Dashboard *m_dashboard = nullptr;
    QList<CommandHistoryEntry> m_history;

    TilesModel *tiles() const { return m_dashboard->tiles(); }
    QVariant role(int row, int role) const { return tiles()->data(tiles()->index(row), role); }
    AmqpConnection *plant() const { return m_alice->account()->amqp()->connection(Broker); }
    bool waitIdle(int row, int timeoutMs)
    {
        return QTest::qWaitFor([&] { return !role(row, TilesModel::CommandBusyRole).toBool(); }, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_broker = std::make_unique<RabbitMqServer>(RabbitMqOptions{
            .users = {{u"devices"_s, BrokerPassword, {}}},
            .queues = {u"sensors"_s, u"linnet.replies."_s + Broker, u"press-1.commands"_s, SilentDevice + u".commands"_s}});
        QString error;
        QVERIFY2(m_broker->start(&error), qPrintable(error));

        // Proton checks the broker's certificate by DNS name only: linnet.test is 127.0.0.1 here.
        m_device.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_device.start(QStringLiteral(LINNET_DEVICESIM),
                       {u"--amqp"_s, u"amqps://linnet.test:%1"_s.arg(m_broker->port()), u"--amqp-user"_s, u"devices"_s,
                        u"--amqp-ca"_s, m_broker->caCertificateFile(), u"--device"_s, u"press-1"_s, u"--rate"_s, u"5"_s,
                        u"--progress-ms"_s, u"0"_s});
        QVERIFY(m_device.waitForStarted());
        m_device.write((BrokerPassword + u"\n"_s).toUtf8());
        QByteArray out;
        QVERIFY(QTest::qWaitFor([&] {
            out += m_device.readAllStandardOutput();
            return out.contains("\"ready\"") || m_device.state() == QProcess::NotRunning;
        }, 30000));
        QVERIFY2(out.contains("\"ready\""), out.constData());

        // An account that never logs in over XMPP (no server here): its broker works alone.
        ConnectionSettings settings;
        settings.jid = u"alice@linnet.test"_s;
        settings.resource = u"desk"_s;
        m_alice = std::make_unique<AccountHarness>(settings);
        auto *history = m_alice->account()->commands()->history();
        history->attach(m_dir.filePath(u"commands.sqlite"_s));
        connect(history, &CommandHistory::recorded, this, [this](const CommandHistoryEntry &entry) { m_history << entry; });
        auto *brokers = m_alice->account()->amqp();
        QVERIFY2(brokers->add(Broker, m_broker->url().toString(), u"devices"_s, BrokerPassword, u"/queues/sensors"_s,
                              m_broker->caCertificateFile()),
                 qPrintable(brokers->addError()));
        QTRY_COMPARE_WITH_TIMEOUT(plant()->state(), AmqpConnection::Connected, 30000);
        m_dashboard = m_alice->account()->dashboards()->addDashboard(u"Plant"_s);
        QVERIFY(m_dashboard);
    }

    void cleanupTestCase()
    {
        m_alice.reset();
        if (m_device.state() != QProcess::NotRunning) {
            m_device.terminate();
            if (!m_device.waitForFinished(10000))
                m_device.kill();
        }
    }

    void relaySwitch()
    {
        // Pinned as the dashboard's "Add tile" → "Device action" does it.
        const QString id = tiles()->pinAmqpAction(Broker, u"press-1"_s, u"relay"_s, u"Press 1 relay"_s);
        QVERIFY(!id.isEmpty());
        const int row = tiles()->indexOf(id);
        QCOMPARE(role(row, TilesModel::CommandTargetRole).toString(), u"press-1 via plant"_s);
        m_history.clear();
        QVERIFY(tiles()->setCommandChecked(row, true));
        QVERIFY(role(row, TilesModel::CommandBusyRole).toBool());
        QCOMPARE(role(row, TilesModel::CommandCheckedRole).toBool(), true);  // what it sends, while it runs
        QVERIFY(!tiles()->setCommandChecked(row, false));                    // one run at a time
        QVERIFY(waitIdle(row, 20000));
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"Relay on"_s);
        QCOMPARE(role(row, TilesModel::CommandStateRole).toString(), u"completed"_s);
        QCOMPARE(role(row, TilesModel::CommandOutcomeKindRole).toString(), u"info"_s);
        QVERIFY(role(row, TilesModel::CommandTimeRole).toDateTime().isValid());
        QCOMPARE(role(row, TilesModel::CommandCheckedRole).toBool(), true);  // the device took it: kept
        QCOMPARE(tiles()->tiles().at(row).command->values.value(u"relay"_s).toString(), u"1"_s);

        QCOMPARE(m_history.size(), 1);
        const auto entry = m_history.constFirst();
        QCOMPARE(entry.device, u"amqp/plant/press-1"_s);
        QCOMPARE(entry.to, u"/queues/press-1.commands"_s);
        QCOMPARE(entry.node, u"relay"_s);
        QCOMPARE(entry.command, u"Relay"_s);
        QCOMPARE(entry.values, u"relay: on"_s);
        QCOMPARE(entry.outcome, CommandHistoryEntry::Outcome::Completed);
        QCOMPARE(entry.result, u"Relay on"_s);
        QVERIFY(entry.roundTripMs >= 0 && entry.roundTripMs < 20000);
        // In the history's file too, under the device's key.
        auto *history = m_alice->account()->commands()->history();
        QVERIFY(history->waitForIdle());
        QList<CommandHistoryEntry> stored;  // (the tiles load it too: any answer for the device counts)
        QObject context;
        connect(history, &CommandHistory::entriesLoaded, &context,
                [&](const QString &device, const QList<CommandHistoryEntry> &entries) {
                    if (device == u"amqp/plant/press-1"_s)
                        stored = entries;
                });
        history->load(u"amqp/plant/press-1"_s);
        QTRY_COMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().result, u"Relay on"_s);
        QCOMPARE(stored.constFirst().node, u"relay"_s);

        // The device reports its relay with its readings, into the account's store.
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->readings()->last(u"amqp/plant"_s, u"press-1"_s, u"press-1:relay"_s).has_value(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->readings()->last(u"amqp/plant"_s, u"press-1"_s, u"press-1:relay"_s)->value, 1.0, 20000);

        // A second tile of the same action shows the outcome at once (from the history), and off.
        const int twin = tiles()->indexOf(tiles()->pinAmqpAction(Broker, u"press-1"_s, u"relay"_s));
        QTRY_COMPARE(role(twin, TilesModel::CommandOutcomeRole).toString(), u"Relay on"_s);
        QVERIFY(tiles()->setCommandChecked(row, false));
        QVERIFY(waitIdle(row, 20000));
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"Relay off"_s);
        QCOMPARE(role(row, TilesModel::CommandCheckedRole).toBool(), false);
        QCOMPARE(role(twin, TilesModel::CommandOutcomeRole).toString(), u"Relay off"_s);
        QVERIFY(tiles()->removeTile(twin));
    }

    void intervalSlider()
    {
        const int row = tiles()->indexOf(tiles()->pinAmqpAction(Broker, u"press-1"_s, u"interval"_s));
        QVERIFY(row >= 0);
        QVERIFY(tiles()->setCommandValue(row, 7.4));  // snapped to the step
        QVERIFY(waitIdle(row, 20000));
        QCOMPARE(role(row, TilesModel::CommandStateRole).toString(), u"completed"_s);
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"Interval is now 7 s"_s);
        QCOMPARE(role(row, TilesModel::CommandValueRole).toDouble(), 7.0);
        QCOMPARE(m_history.constLast().values, u"interval: 7"_s);
    }

    // Nobody reads silent-9's queue: the request waits AmqpClient::CommandTimeoutMs, then the
    // tile says the device did not answer (and the history records the error).
    void deviceThatNeverAnswersTimesOut()
    {
        const int row = tiles()->indexOf(tiles()->pinAmqpAction(Broker, SilentDevice, u"relay"_s));
        QVERIFY(row >= 0);
        m_history.clear();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(tiles()->setCommandChecked(row, true));
        QVERIFY(waitIdle(row, AmqpClient::CommandTimeoutMs + 20000));
        QVERIFY2(timer.elapsed() >= AmqpClient::CommandTimeoutMs - 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(role(row, TilesModel::CommandStateRole).toString(), u"failed"_s);
        QCOMPARE(role(row, TilesModel::CommandOutcomeKindRole).toString(), u"error"_s);
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"The device did not answer in time."_s);
        QCOMPARE(role(row, TilesModel::CommandCheckedRole).toBool(), false);  // not taken: stays off
        QCOMPARE(m_history.size(), 1);
        QCOMPARE(m_history.constFirst().device, u"amqp/plant/silent-9"_s);
        QCOMPARE(m_history.constFirst().outcome, CommandHistoryEntry::Outcome::Error);
    }

    // The broker disconnected (the user's "Disconnect"): the tile fails at once, saying why,
    // instead of waiting for a timeout; nothing was sent, so nothing is recorded.
    void disconnectedBrokerFailsAtOnce()
    {
        const int row = tiles()->indexOf(tiles()->pinAmqpAction(Broker, u"press-1"_s, u"relay"_s));
        m_alice->account()->amqp()->closeAll();
        QTRY_COMPARE_WITH_TIMEOUT(plant()->state(), AmqpConnection::Disconnected, 20000);
        m_history.clear();
        QVERIFY(tiles()->setCommandChecked(row, true));
        // No event loop turn: the outcome is there when the call returns.
        QCOMPARE(role(row, TilesModel::CommandStateRole).toString(), u"failed"_s);
        QCOMPARE(role(row, TilesModel::CommandBusyRole).toBool(), false);
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(),
                 u"Not sent: the AMQP connection “plant” is not connected."_s);
        QVERIFY(m_history.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAmqpCommandTilesLive)
#include "tst_amqpcommandtileslive.moc"
