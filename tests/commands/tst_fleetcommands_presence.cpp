// tst_fleetcommands, continued: commands and presence (a device going offline mid-session,
// the list of an offline device, a reboot) and the history the runs leave.
#include "FleetCommandsTest.h"
#include "commands/CommandHistory.h"
#include "commands/CommandListModel.h"
#include "commands/CommandsController.h"
#include "commands/ReportedModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LiveTest;
using namespace RunnerTest;
using State = CommandRunner::State;

void TestFleetCommands::deviceGoesOfflineMidSession()
{
    const QString id = QStringLiteral("greenhouse-2");
    CommandRunner runner;
    QVERIFY(startRunner(runner, *m_alice, device(id), QStringLiteral("thresholds"), QStringLiteral("Set alarm thresholds")));
    QCOMPARE(runner.state(), State::Input);
    QVERIFY(setField(runner, QStringLiteral("sensor"), QStringLiteral("humidity")));
    QVERIFY(runner.next());
    QVERIFY(settle(runner));
    QCOMPARE(runner.step(), 2);
    QVERIFY(setField(runner, QStringLiteral("low"), QStringLiteral("40")));
    QVERIFY(setField(runner, QStringLiteral("high"), QStringLiteral("80")));

    m_fleet->process.write(QStringLiteral("offline %1\n").arg(id).toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(runner.errorKind(), QStringLiteral("offline"), 15000);
    QCOMPARE(runner.state(), State::Failed);
    QVERIFY2(runner.errorText().contains(QStringLiteral("offline")), qPrintable(runner.errorText()));
    // What was typed is still there.
    QCOMPARE(roleOf(runner.form(), QStringLiteral("low"), DataFormModel::ValueRole).toString(), QStringLiteral("40"));
    QCOMPARE(roleOf(runner.form(), QStringLiteral("high"), DataFormModel::ValueRole).toString(), QStringLiteral("80"));

    m_fleet->process.write(QStringLiteral("online %1\n").arg(id).toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(seesDevice(*m_alice, id), 20000);
    // Running it again puts every value back by var, step by step.
    QVERIFY(runner.restart());
    QVERIFY(settle(runner));
    QCOMPARE(runner.state(), State::Input);
    QCOMPARE(runner.errorKind(), QString());
    QCOMPARE(runner.step(), 1);
    QCOMPARE(roleOf(runner.form(), QStringLiteral("sensor"), DataFormModel::ValueRole).toString(), QStringLiteral("humidity"));
    QVERIFY(runner.next());
    QVERIFY(settle(runner));
    QCOMPARE(runner.step(), 2);
    QCOMPARE(roleOf(runner.form(), QStringLiteral("low"), DataFormModel::ValueRole).toString(), QStringLiteral("40"));
    QCOMPARE(roleOf(runner.form(), QStringLiteral("high"), DataFormModel::ValueRole).toString(), QStringLiteral("80"));
    QVERIFY(runner.complete());
    QVERIFY(settle(runner));
    QCOMPARE(runner.state(), State::Completed);
}

// An offline device is not asked (its bare JID would answer with an error): the list says it
// is offline, without an error, and fills in by itself when the device comes online.
void TestFleetCommands::offlineDeviceIsNotAsked()
{
    const QString id = QStringLiteral("greenhouse-2");
    m_fleet->process.write(QStringLiteral("offline %1\n").arg(id).toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(!seesDevice(*m_alice, id), 15000);

    CommandListModel list;
    QSignalSpy errors(&list, &CommandListModel::errorTextChanged);
    list.setAccount(m_alice->account());
    list.setJid(device(id));
    QVERIFY(list.isOffline());
    QVERIFY(!list.isLoading());
    QCOMPARE(list.rowCount(), 0);
    QTest::qWait(1000);  // an answer to a request would be in by now
    QCOMPARE(list.errorText(), QString());
    QCOMPARE(errors.count(), 0);

    m_fleet->process.write(QStringLiteral("online %1\n").arg(id).toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 6, 20000);
    QVERIFY(!list.isOffline());
    QCOMPARE(list.errorText(), QString());
    QCOMPARE(list.index(0).data(CommandListModel::JidRole).toString(), device(id) + QStringLiteral("/sensor"));
}

void TestFleetCommands::historyRowsWritten()
{
    CommandHistoryModel model;
    model.setAccount(m_alice->account());
    model.setDevice(device(u"greenhouse-1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QVERIFY(model.rowCount() >= 8);
    const QModelIndex newest = model.index(0);
    QVERIFY(newest.data(CommandHistoryModel::TimeRole).toDateTime().isValid());
    QCOMPARE(newest.data(CommandHistoryModel::ResourceRole).toString(), QStringLiteral("desk"));
    QCOMPARE(newest.data(CommandHistoryModel::CommandRole).toString(), QStringLiteral("Set alarm thresholds"));
    QCOMPARE(newest.data(CommandHistoryModel::OutcomeRole).toString(), QStringLiteral("completed"));
    QVERIFY(newest.data(CommandHistoryModel::ValuesRole).toString().contains(QStringLiteral("26")));
    QVERIFY(newest.data(CommandHistoryModel::RoundTripMsRole).toLongLong() >= 0);
    QStringList outcomes;
    for (int row = 0; row < model.rowCount(); ++row)
        outcomes << model.index(row).data(CommandHistoryModel::OutcomeRole).toString();
    QVERIFY(outcomes.contains(QStringLiteral("executing")));
    QVERIFY(outcomes.contains(QStringLiteral("canceled")));

    // Live: a new run shows up at the top without reloading.
    const int before = model.rowCount();
    CommandRunner runner;
    QVERIFY(startRunner(runner, *m_alice, device(u"greenhouse-1"_s), QStringLiteral("status"), QStringLiteral("Get status")));
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(0).data(CommandHistoryModel::CommandRole).toString(), QStringLiteral("Get status"));
    QCOMPARE(model.index(0).data(CommandHistoryModel::ResultRole).toString(), QStringLiteral("Completed"));
}

// The device answers, then leaves and logs in again: the finished run is not "offline", and a
// command list of its bare JID follows it away (offline, no error) and back.
void TestFleetCommands::rebootAndTheListFollowsPresence()
{
    const QString id = QStringLiteral("cellar");
    CommandListModel list;
    list.setAccount(m_alice->account());
    list.setJid(device(id));
    QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 6, 15000);

    CommandRunner runner;
    QVERIFY(startRunner(runner, *m_alice, device(id), QStringLiteral("reboot"), QStringLiteral("Reboot")));
    QCOMPARE(runner.state(), State::Completed);
    QVERIFY2(notesText(runner).startsWith(QStringLiteral("Rebooting")), qPrintable(notesText(runner)));
    QTRY_VERIFY_WITH_TIMEOUT(!seesDevice(*m_alice, id), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(list.isOffline(), 15000);
    QCOMPARE(list.rowCount(), 0);
    QCOMPARE(list.errorText(), QString());
    QCOMPARE(runner.state(), State::Completed);
    QCOMPARE(runner.errorKind(), QString());

    QTRY_VERIFY_WITH_TIMEOUT(seesDevice(*m_alice, id), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 6, 15000);
    QCOMPARE(list.index(0).data(CommandListModel::JidRole).toString(), device(id) + QStringLiteral("/sensor"));
}
