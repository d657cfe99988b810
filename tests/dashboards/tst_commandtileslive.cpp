// Command tiles against the real device simulator (linnet-devicesim --fleet, tools/devicesim/DeviceCommands.h) on
// the fixture's Prosody, through a Linnet account as the app runs it: pressing a tile runs the
// command with its stored values; the outcome lands on the tile and in the command history, and
// from there on the command's other tiles.
#include "AccountHarness.h"
#include "LiveTest.h"
#include "commands/CommandHistory.h"
#include "commands/CommandsController.h"
#include "dashboards/Dashboard.h"
#include "dashboards/DashboardsModel.h"
#include "dashboards/TilesModel.h"

#include <QProcess>
#include <QTest>

#include <signal.h>

using namespace Qt::StringLiterals;

namespace {
const QString DevicePassword = u"device-secret"_s;
}  // namespace

class TestCommandTilesLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startServer(true);
        QVERIFY(m_server);
        // alice watches the fleet (so she may run its commands); bob is no watcher.
        m_fleet.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_fleet.start(QStringLiteral(LINNET_DEVICESIM),
                      {u"--fleet"_s, u"1"_s, u"--domain"_s, m_server->domain(), u"--host"_s, m_server->host(),
                       u"--port"_s, QString::number(m_server->c2sPort()), u"--ca"_s, m_server->caCertificateFile(),
                       u"--password"_s, DevicePassword, u"--prosody-data"_s, m_server->dataDir(), u"--watcher"_s,
                       u"alice"_s, u"--allow"_s, m_server->jid(u"alice"_s), u"--progress-ms"_s, u"0"_s});
        QVERIFY(QTest::qWaitFor([&] {
            m_output += m_fleet.readAllStandardOutput();
            return m_output.contains("\"ready\"") || m_fleet.state() == QProcess::NotRunning;
        }, 20000));
        QVERIFY2(m_output.contains("\"ready\""), m_output.constData());

        // Short, for the timeout case (a local device answers in milliseconds).
        qputenv("LINNET_COMMAND_TIMEOUT_MS", "4000");
        // Logged in after the fleet wrote itself into alice's roster.
        m_alice = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, u"alice"_s));
        m_alice->login(LiveTest::Password);
        QVERIFY(QTest::qWaitFor([&] { return m_alice->account()->onlineSessions() == 1; }, 15000));
        m_commands = m_alice->account()->dashboards()->commands();
        QVERIFY2(m_commands, "the account's dashboards find no CommandsController");
        QTRY_VERIFY_WITH_TIMEOUT(m_commands->targets(device()).contains(device() + u"/sensor"_s), 15000);
        connect(m_commands->history(), &CommandHistory::recorded, this,
                [this](const CommandHistoryEntry &entry) { m_history << entry; });
        m_dashboard = m_alice->account()->dashboards()->addDashboard(u"Live"_s);
        QVERIFY(m_dashboard);
    }

    void cleanupTestCase()
    {
        m_alice.reset();
        if (m_fleet.state() != QProcess::NotRunning) {
            m_fleet.kill();
            m_fleet.waitForFinished();
        }
    }

    void relayToggle()
    {
        const int row = pin(u"relay"_s, u"Switch relay"_s, u"toggle"_s, u"on"_s, {});
        QVERIFY(row >= 0);
        m_history.clear();
        QVERIFY(tiles()->setCommandChecked(row, true));
        QVERIFY(role(row, TilesModel::CommandBusyRole).toBool());
        QCOMPARE(role(row, TilesModel::CommandCheckedRole).toBool(), true);  // what it sends, while it runs
        QVERIFY(!tiles()->setCommandChecked(row, false));                    // one run at a time
        waitIdle(row);
        QCOMPARE(role(row, TilesModel::CommandStateRole).toString(), u"completed"_s);
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"Relay is on"_s);
        QCOMPARE(role(row, TilesModel::CommandOutcomeKindRole).toString(), u"info"_s);
        QVERIFY(role(row, TilesModel::CommandTimeRole).toDateTime().isValid());
        QCOMPARE(role(row, TilesModel::CommandCheckedRole).toBool(), true);
        QCOMPARE(tiles()->tiles().at(row).command->values.value(u"on"_s).toString(), u"1"_s);  // kept
        QCOMPARE(m_history.size(), 1);
        const auto entry = m_history.constFirst();
        QCOMPARE(entry.device, device());
        QCOMPARE(entry.to, device() + u"/sensor"_s);
        QCOMPARE(entry.node, u"relay"_s);
        QCOMPARE(entry.command, u"Switch relay"_s);
        QCOMPARE(entry.outcome, CommandHistoryEntry::Outcome::Completed);
        QCOMPARE(entry.result, u"Relay is on"_s);
        QCOMPARE(entry.resource, m_alice->session()->resource());
        QVERIFY2(entry.values.contains(u"on"_s), qPrintable(entry.values));

        // Another tile of the command shows its last outcome from the history, and follows runs.
        const int twin = pin(u"relay"_s, u"Relay"_s, u"button"_s, {}, {});
        QTRY_COMPARE(role(twin, TilesModel::CommandOutcomeRole).toString(), u"Relay is on"_s);
        QCOMPARE(role(twin, TilesModel::CommandStateRole).toString(), u"completed"_s);

        QVERIFY(tiles()->setCommandChecked(row, false));
        waitIdle(row);
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"Relay is off"_s);
        QCOMPARE(role(row, TilesModel::CommandCheckedRole).toBool(), false);
        QCOMPARE(role(twin, TilesModel::CommandOutcomeRole).toString(), u"Relay is off"_s);
        QCOMPARE(m_history.size(), 2);
    }

    void intervalSlider()
    {
        const int row = pin(u"set-interval"_s, u"Set reporting interval"_s, u"slider"_s, u"custom"_s, {}, 1, 60, 1);
        QVERIFY(row >= 0);
        QVERIFY(tiles()->setCommandValue(row, 7.4));  // snapped to the step
        QCOMPARE(role(row, TilesModel::CommandValueRole).toDouble(), 7.0);
        waitIdle(row);
        QCOMPARE(role(row, TilesModel::CommandStateRole).toString(), u"completed"_s);
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"Reporting every 7 s"_s);
        QCOMPARE(role(row, TilesModel::CommandValueRole).toDouble(), 7.0);
        QCOMPARE(tiles()->tiles().at(row).command->values.value(u"custom"_s).toString(), u"7"_s);
    }

    void thresholdsTwoSteps()
    {
        // Step 1 takes the sensor, step 2 low and high: all from the stored values.
        const int row = pin(u"thresholds"_s, u"Set alarm thresholds"_s, u"button"_s, {},
                            {{u"sensor"_s, u"temperature"_s}, {u"low"_s, u"18"_s}, {u"high"_s, u"26"_s}});
        QVERIFY(row >= 0);
        m_history.clear();
        QVERIFY(tiles()->runCommand(row));
        waitIdle(row);
        QCOMPARE(role(row, TilesModel::CommandStateRole).toString(), u"completed"_s);
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"Thresholds for temperature: 18\u201326 Cel"_s);
        QCOMPARE(m_history.size(), 1);
        QCOMPARE(m_history.constFirst().outcome, CommandHistoryEntry::Outcome::Completed);
        QVERIFY2(m_history.constFirst().values.contains(u"18"_s), qPrintable(m_history.constFirst().values));

        // Values the device refuses: its error note on the tile, no endless resubmitting.
        const int bad = pin(u"thresholds"_s, u"Set alarm thresholds"_s, u"button"_s, {},
                            {{u"sensor"_s, u"temperature"_s}, {u"low"_s, u"30"_s}, {u"high"_s, u"20"_s}});
        QVERIFY(tiles()->runCommand(bad));
        waitIdle(bad);
        QCOMPARE(role(bad, TilesModel::CommandStateRole).toString(), u"failed"_s);
        QCOMPARE(role(bad, TilesModel::CommandOutcomeKindRole).toString(), u"error"_s);
        QCOMPARE(role(bad, TilesModel::CommandOutcomeRole).toString(), u"Low must be below high"_s);
        QCOMPARE(m_history.constLast().outcome, CommandHistoryEntry::Outcome::Error);
    }

    void needsInput()
    {
        // Nothing stored for the required sensor: the tile cannot answer for the user.
        const int row = pin(u"thresholds"_s, u"Set alarm thresholds"_s, u"button"_s, {}, {});
        QVERIFY(row >= 0);
        m_history.clear();
        QVERIFY(tiles()->runCommand(row));
        waitIdle(row);
        QCOMPARE(role(row, TilesModel::CommandStateRole).toString(), u"input"_s);
        QCOMPARE(role(row, TilesModel::CommandOutcomeKindRole).toString(), u"input"_s);
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"Needs input — open the command"_s);
        QCOMPARE(m_history.size(), 1);
        QCOMPARE(m_history.constFirst().outcome, CommandHistoryEntry::Outcome::Canceled);
    }

    void rebootButton()
    {
        const int row = pin(u"reboot"_s, u"Reboot"_s, u"button"_s, {}, {});
        QVERIFY(tiles()->runCommand(row));
        waitIdle(row);
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"Rebooting; back in about 5 s"_s);
        // Gone for a while: a press now finds the device offline.
        QTRY_VERIFY_WITH_TIMEOUT(!m_commands->targets(device()).contains(device() + u"/sensor"_s), 10000);
        QVERIFY(tiles()->runCommand(row));
        waitIdle(row);
        QCOMPARE(role(row, TilesModel::CommandStateRole).toString(), u"failed"_s);
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"The device is offline."_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_commands->targets(device()).contains(device() + u"/sensor"_s), 20000);
    }

    void unknownCommandAndTimeout()
    {
        const int row = pin(u"no-such-command"_s, u"Nothing"_s, u"button"_s, {}, {});
        QVERIFY(tiles()->runCommand(row));
        waitIdle(row);
        QCOMPARE(role(row, TilesModel::CommandOutcomeRole).toString(), u"The device does not offer this command."_s);

        // A device that does not answer (its process stopped): the timeout, in a sentence.
        const int relay = pin(u"relay"_s, u"Switch relay"_s, u"toggle"_s, u"on"_s, {});
        QCOMPARE(::kill(pid_t(m_fleet.processId()), SIGSTOP), 0);
        QVERIFY(tiles()->setCommandChecked(relay, true));
        waitIdle(relay);
        QCOMPARE(::kill(pid_t(m_fleet.processId()), SIGCONT), 0);
        QCOMPARE(role(relay, TilesModel::CommandStateRole).toString(), u"failed"_s);
        QCOMPARE(role(relay, TilesModel::CommandOutcomeRole).toString(), u"The device did not answer in time."_s);
        QCOMPARE(role(relay, TilesModel::CommandCheckedRole).toBool(), false);
        QCOMPARE(m_history.constLast().outcome, CommandHistoryEntry::Outcome::Error);
    }

    void forbiddenForOthers()
    {
        // bob is not on the allow-list: the device refuses, the tile says so.
        AccountHarness bob(LiveTest::settingsFor(*m_server, u"bob"_s));
        bob.login(LiveTest::Password);
        QVERIFY(QTest::qWaitFor([&] { return bob.account()->onlineSessions() == 1; }, 15000));
        auto *dashboard = bob.account()->dashboards()->addDashboard(u"Bob's"_s);
        const QString id = dashboard->pinCommand(device() + u"/sensor"_s, u"relay"_s, u"Switch relay"_s, u"toggle"_s,
                                                 u"on"_s, {});
        auto *tiles = dashboard->tiles();
        const int row = tiles->indexOf(id);
        QVERIFY(tiles->setCommandChecked(row, true));
        QTRY_VERIFY_WITH_TIMEOUT(!tiles->data(tiles->index(row), TilesModel::CommandBusyRole).toBool(), 15000);
        QCOMPARE(tiles->data(tiles->index(row), TilesModel::CommandOutcomeRole).toString(),
                 u"Not allowed: the device does not take commands from this account."_s);
        QCOMPARE(tiles->data(tiles->index(row), TilesModel::CommandCheckedRole).toBool(), false);
    }

private:
    QString device() const { return m_server->jid(u"greenhouse-1"_s); }
    TilesModel *tiles() const { return m_dashboard->tiles(); }
    QVariant role(int row, int role) const { return tiles()->data(tiles()->index(row), role); }

    int pin(const QString &node, const QString &name, const QString &control, const QString &field,
            const QVariantMap &values, double min = 0, double max = 100, double step = 1)
    {
        const QString id = m_dashboard->pinCommand(device(), node, name, control, field, values, min, max, step);
        return tiles()->indexOf(id);
    }
    void waitIdle(int row)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!role(row, TilesModel::CommandBusyRole).toBool(), 35000);
    }

    std::unique_ptr<ProsodyServer> m_server;
    QProcess m_fleet;
    QByteArray m_output;
    std::unique_ptr<AccountHarness> m_alice;
    CommandsController *m_commands = nullptr;
    Dashboard *m_dashboard = nullptr;
    QList<CommandHistoryEntry> m_history;
};

QTEST_MAIN(TestCommandTilesLive)
#include "tst_commandtileslive.moc"
