// The app's command side live against linnet-devicesim --fleet: a real Account
// (as the app runs it) lists and runs commands through CommandListModel and CommandRunner:
// every field type, a step with validation, several steps with prev, a result table, the
// allow-list, a device going offline mid-session, the list of an offline device; every
// request lands in the history.
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

namespace {
const QString DevicePassword = QStringLiteral("device-secret");
}  // namespace

void TestFleetCommands::initTestCase()
{
    ProsodyServer::Options options;
    options.accounts = {{QStringLiteral("alice"), Password, QStringLiteral("Alice")},
                        {QStringLiteral("bob"), Password, QStringLiteral("Bob")},
                        {QStringLiteral("carol"), Password, QStringLiteral("Carol")}};
    options.admins = {QStringLiteral("alice")};
    m_server = startServer(options);
    QVERIFY(m_server);

    m_fleet = std::make_unique<FleetProcess>();
    m_fleet->process.start(QStringLiteral(LINNET_DEVICESIM),
                           {QStringLiteral("--fleet"), QStringLiteral("3"), QStringLiteral("--domain"), m_server->domain(),
                            QStringLiteral("--host"), m_server->host(), QStringLiteral("--port"), QString::number(m_server->c2sPort()),
                            QStringLiteral("--ca"), m_server->caCertificateFile(), QStringLiteral("--password"), DevicePassword,
                            QStringLiteral("--prosody-data"), m_server->dataDir(), QStringLiteral("--watcher"), QStringLiteral("alice"),
                            QStringLiteral("--watcher"), QStringLiteral("bob"), QStringLiteral("--allow"), m_server->jid(QStringLiteral("alice")),
                            QStringLiteral("--history-seconds"), QStringLiteral("5")});
    QVERIFY(QTest::qWaitFor([&] { return !m_fleet->last(QStringLiteral("ready")).isEmpty() || m_fleet->process.state() == QProcess::NotRunning; }, 30000));
    QVERIFY2(!m_fleet->last(QStringLiteral("ready")).isEmpty(), qPrintable(m_fleet->stderrText()));

    m_alice = login(*m_server, QStringLiteral("alice"), QStringLiteral("desk"));
    QVERIFY(m_alice);
    m_bob = login(*m_server, QStringLiteral("bob"), QStringLiteral("desk"));
    QVERIFY(m_bob);
    for (const auto *id : {"greenhouse-1", "greenhouse-2", "cellar"}) {
        QTRY_VERIFY_WITH_TIMEOUT(seesDevice(*m_alice, QString::fromLatin1(id)), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(seesDevice(*m_bob, QString::fromLatin1(id)), 15000);
    }
}

void TestFleetCommands::cleanupTestCase()
{
    m_alice.reset();
    m_bob.reset();
    if (m_fleet && m_fleet->process.state() == QProcess::Running) {
        m_fleet->process.write("stop\n");
        m_fleet->process.waitForFinished(10000);
    }
    m_fleet.reset();
}

void TestFleetCommands::listsTheDevicesCommands()
{
    // A bare device JID: the route and the list go to its online resource.
    const auto route = m_alice->account()->commands()->route(device(u"greenhouse-1"_s));
    QVERIFY(route);
    QCOMPARE(route->to, device(u"greenhouse-1"_s) + QStringLiteral("/sensor"));
    QCOMPARE(route->session, m_alice->session());

    CommandListModel list;
    QSignalSpy loading(&list, &CommandListModel::loadingChanged);
    list.setAccount(m_alice->account());
    list.setJid(device(u"greenhouse-1"_s));
    QVERIFY(list.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!list.isLoading(), 15000);
    QCOMPARE(list.errorText(), QString());
    QStringList nodes;
    for (int row = 0; row < list.rowCount(); ++row) {
        const QModelIndex index = list.index(row);
        nodes << index.data(CommandListModel::NodeRole).toString();
        QCOMPARE(index.data(CommandListModel::JidRole).toString(), device(u"greenhouse-1"_s) + QStringLiteral("/sensor"));
        QCOMPARE(index.data(CommandListModel::ResourceRole).toString(), QStringLiteral("sensor"));
        QVERIFY(!index.data(CommandListModel::NameRole).toString().isEmpty());
    }
    nodes.sort();
    QCOMPARE(nodes, (QStringList{u"configure"_s, u"reboot"_s, u"relay"_s, u"set-interval"_s, u"status"_s, u"thresholds"_s}));
    QCOMPARE(list.rowCount(), 6);
}

void TestFleetCommands::statusTable()
{
    CommandRunner runner;
    QVERIFY(startRunner(runner, *m_alice, device(u"greenhouse-1"_s), QStringLiteral("status"), QStringLiteral("Get status")));
    QCOMPARE(runner.state(), State::Completed);
    QCOMPARE(runner.errorKind(), QString());
    QCOMPARE(runner.title(), QStringLiteral("Status of Greenhouse 1"));
    QCOMPARE(runner.resource(), QStringLiteral("desk"));
    QCOMPARE(runner.step(), 1);
    QVERIFY(runner.hasTable());
    QCOMPARE(runner.table()->columnNames(), (QStringList{u"Sensor"_s, u"Value"_s, u"Unit"_s, u"Low"_s, u"High"_s}));
    QVERIFY(runner.table()->rowCount() >= 2);
    QVERIFY(!runner.table()->cell(0, 0).isEmpty());
    // The result's fields beside the table.
    QVERIFY(rowOf(runner.form(), QStringLiteral("uptime")) >= 0);
    QVERIFY(rowOf(runner.form(), QStringLiteral("interval")) >= 0);
    QCOMPARE(roleOf(runner.form(), QStringLiteral("relay"), DataFormModel::FieldTypeRole).toString(), QStringLiteral("boolean"));
    QVERIFY(!runner.canNext());
    QVERIFY(!runner.canComplete());
    QCOMPARE(runner.defaultAction(), QString());
}

void TestFleetCommands::everyFieldType()
{
    CommandRunner runner;
    QVERIFY(startRunner(runner, *m_alice, device(u"greenhouse-1"_s), QStringLiteral("configure"), QStringLiteral("Device settings")));
    QCOMPARE(runner.state(), State::Input);
    QStringList types;
    for (int row = 0; row < runner.form()->rowCount(); ++row)
        types << runner.form()->index(row).data(DataFormModel::FieldTypeRole).toString();
    for (const auto *type : {"boolean", "fixed", "hidden", "jid-single", "jid-multi", "list-multi", "text-multi",
                             "text-private", "text-single"})
        QVERIFY2(types.contains(QLatin1String(type)), type);
    QVERIFY(roleOf(runner.form(), QStringLiteral("name"), DataFormModel::RequiredRole).toBool());
    QVERIFY(!roleOf(runner.form(), QStringLiteral("sensors"), DataFormModel::OptionsRole).toList().isEmpty());
    QCOMPARE(runner.defaultAction(), QStringLiteral("complete"));

    QVERIFY(setField(runner, QStringLiteral("name"), QStringLiteral("Tomatoes")));
    QVERIFY(setField(runner, QStringLiteral("led"), false));
    QVERIFY(setField(runner, QStringLiteral("owner"), m_server->jid(QStringLiteral("alice"))));
    QVERIFY(setField(runner, QStringLiteral("notify"), QStringLiteral("%1\n%2").arg(m_server->jid(u"alice"_s), m_server->jid(u"bob"_s))));
    const QVariantList sensors = roleOf(runner.form(), QStringLiteral("sensors"), DataFormModel::OptionsRole).toList();
    QVERIFY(setField(runner, QStringLiteral("sensors"), QStringList{sensors.first().toMap().value(u"value"_s).toString()}));
    QVERIFY(setField(runner, QStringLiteral("notes"), QStringLiteral("North side\nWatered at 7")));

    // A PIN that is not 4–8 digits: nothing is sent, the message is on the field.
    QVERIFY(setField(runner, QStringLiteral("pin"), QStringLiteral("12")));
    QVERIFY(!runner.submit());
    QCOMPARE(runner.state(), State::Input);
    QCOMPARE(runner.errorKind(), QStringLiteral("invalid"));
    QVERIFY(!roleOf(runner.form(), QStringLiteral("pin"), DataFormModel::ErrorRole).toString().isEmpty());
    QCOMPARE(roleOf(runner.form(), QStringLiteral("name"), DataFormModel::ValueRole).toString(), QStringLiteral("Tomatoes"));

    QVERIFY(setField(runner, QStringLiteral("pin"), QStringLiteral("4711")));
    QVERIFY(runner.submit());
    QVERIFY(settle(runner));
    QCOMPARE(runner.state(), State::Completed);
    QCOMPARE(runner.errorKind(), QString());
    QVERIFY2(notesText(runner).contains(QStringLiteral("Settings saved")), qPrintable(notesText(runner)));
    QVERIFY(!notesText(runner).contains(QStringLiteral("4711")));

    // Executing again shows what was stored, the PIN left empty.
    QVERIFY(runner.start());
    QVERIFY(settle(runner));
    QCOMPARE(runner.state(), State::Input);
    QCOMPARE(roleOf(runner.form(), QStringLiteral("name"), DataFormModel::ValueRole).toString(), QStringLiteral("Tomatoes"));
    QCOMPARE(roleOf(runner.form(), QStringLiteral("notes"), DataFormModel::ValueRole).toString(), QStringLiteral("North side\nWatered at 7"));
    QCOMPARE(roleOf(runner.form(), QStringLiteral("notify"), DataFormModel::ValuesRole).toStringList().size(), 2);
    QCOMPARE(roleOf(runner.form(), QStringLiteral("led"), DataFormModel::CheckedRole).toBool(), false);
    QCOMPARE(roleOf(runner.form(), QStringLiteral("pin"), DataFormModel::ValueRole).toString(), QString());
    // Pinnable values never carry the PIN or hidden fields.
    const QVariantMap pinnable = runner.pinnableValues();
    QVERIFY(!pinnable.contains(QStringLiteral("pin")));
    QVERIFY(!pinnable.contains(QStringLiteral("FORM_TYPE")));
    QCOMPARE(pinnable.value(QStringLiteral("name")).toString(), QStringLiteral("Tomatoes"));
    QVERIFY(runner.cancel());
    QVERIFY(settle(runner));
    QCOMPARE(runner.state(), State::Canceled);

    // The history has the run, PIN masked.
    const auto entries = history(*m_alice, device(u"greenhouse-1"_s));
    auto saved = std::find_if(entries.cbegin(), entries.cend(), [](const CommandHistoryEntry &e) {
        return e.node == u"configure" && e.outcome == CommandHistoryEntry::Outcome::Completed;
    });
    QVERIFY(saved != entries.cend());
    QVERIFY2(saved->values.contains(CommandHistory::Mask), qPrintable(saved->values));
    QVERIFY2(!saved->values.contains(QStringLiteral("4711")), qPrintable(saved->values));
    QVERIFY2(saved->values.contains(QStringLiteral("Tomatoes")), qPrintable(saved->values));
}

void TestFleetCommands::oneStepWithValidation()
{
    CommandRunner runner;
    QVERIFY(startRunner(runner, *m_alice, device(u"greenhouse-1"_s), QStringLiteral("set-interval"), QStringLiteral("Set reporting interval")));
    QCOMPARE(runner.state(), State::Input);
    QCOMPARE(roleOf(runner.form(), QStringLiteral("interval"), DataFormModel::FieldTypeRole).toString(), QStringLiteral("list-single"));
    const QVariantList options = roleOf(runner.form(), QStringLiteral("interval"), DataFormModel::OptionsRole).toList();
    QCOMPARE(options.size(), 5);
    QCOMPARE(options.at(1).toMap().value(u"label"_s).toString(), QStringLiteral("5 s"));
    QCOMPARE(roleOf(runner.form(), QStringLiteral("custom"), DataFormModel::HintRole).toString(), QStringLiteral("1–3600"));
    QVERIFY(runner.canComplete());
    QVERIFY(!runner.canNext());

    QVERIFY(setField(runner, QStringLiteral("custom"), QStringLiteral("0")));
    QVERIFY(!runner.complete());
    QCOMPARE(runner.errorKind(), QStringLiteral("invalid"));
    QVERIFY(!roleOf(runner.form(), QStringLiteral("custom"), DataFormModel::ErrorRole).toString().isEmpty());
    QVERIFY(!runner.isBusy());

    QVERIFY(setField(runner, QStringLiteral("custom"), QString()));
    QVERIFY(setField(runner, QStringLiteral("interval"), QStringLiteral("10")));
    QVERIFY(runner.complete());
    QVERIFY(settle(runner));
    QCOMPARE(runner.state(), State::Completed);
    QCOMPARE(runner.errorKind(), QString());
    QCOMPARE(notesText(runner), QStringLiteral("Reporting every 10 s"));
    QCOMPARE(runner.notes()->index(0).data(NotesModel::TypeRole).toString(), QStringLiteral("info"));
}

void TestFleetCommands::booleanToggle()
{
    CommandRunner runner;
    QVERIFY(startRunner(runner, *m_alice, device(u"greenhouse-1"_s), QStringLiteral("relay"), QStringLiteral("Switch relay")));
    QCOMPARE(runner.state(), State::Input);
    const bool was = roleOf(runner.form(), QStringLiteral("on"), DataFormModel::CheckedRole).toBool();
    QVERIFY(setField(runner, QStringLiteral("on"), !was));
    QVERIFY(runner.submit());
    QVERIFY(settle(runner));
    QCOMPARE(runner.state(), State::Completed);
    QCOMPARE(notesText(runner), was ? QStringLiteral("Relay is off") : QStringLiteral("Relay is on"));
    // The device keeps it: the next run shows the new state.
    QVERIFY(runner.start());
    QVERIFY(settle(runner));
    QCOMPARE(roleOf(runner.form(), QStringLiteral("on"), DataFormModel::CheckedRole).toBool(), !was);
    QVERIFY(runner.cancel());
    QVERIFY(settle(runner));
}

void TestFleetCommands::multiStepWithPrev()
{
    CommandRunner runner;
    QVERIFY(startRunner(runner, *m_alice, device(u"greenhouse-1"_s), QStringLiteral("thresholds"), QStringLiteral("Set alarm thresholds")));
    QCOMPARE(runner.state(), State::Input);
    QCOMPARE(runner.step(), 1);
    QVERIFY(runner.canNext());
    QVERIFY(!runner.canPrev());
    QCOMPARE(runner.defaultAction(), QStringLiteral("next"));
    // Required: nothing chosen is caught here.
    QVERIFY(setField(runner, QStringLiteral("sensor"), QString()));
    QVERIFY(!runner.next());
    QCOMPARE(runner.errorKind(), QStringLiteral("invalid"));
    QVERIFY(setField(runner, QStringLiteral("sensor"), QStringLiteral("temperature")));
    QVERIFY(runner.submit());
    QVERIFY(settle(runner));
    QCOMPARE(runner.state(), State::Input);
    QCOMPARE(runner.step(), 2);
    QVERIFY2(runner.title().startsWith(QStringLiteral("Thresholds for")), qPrintable(runner.title()));
    QVERIFY(runner.canPrev());
    QVERIFY(runner.canComplete());
    QCOMPARE(runner.defaultAction(), QStringLiteral("complete"));

    // The device says low must be below high: same step, its note, the values kept.
    QVERIFY(setField(runner, QStringLiteral("low"), QStringLiteral("30")));
    QVERIFY(setField(runner, QStringLiteral("high"), QStringLiteral("20")));
    QVERIFY(runner.complete());
    QVERIFY(settle(runner));
    QCOMPARE(runner.state(), State::Input);
    QCOMPARE(runner.step(), 2);
    QVERIFY2(notesText(runner).contains(QStringLiteral("Low must be below high")), qPrintable(notesText(runner)));
    QCOMPARE(runner.notes()->index(0).data(NotesModel::TypeRole).toString(), QStringLiteral("error"));
    QCOMPARE(roleOf(runner.form(), QStringLiteral("low"), DataFormModel::ValueRole).toString(), QStringLiteral("30"));

    // Back to step 1 and forward again.
    QVERIFY(runner.prev());
    QVERIFY(settle(runner));
    QCOMPARE(runner.step(), 1);
    QVERIFY(rowOf(runner.form(), QStringLiteral("sensor")) >= 0);
    QVERIFY(runner.next());
    QVERIFY(settle(runner));
    QCOMPARE(runner.step(), 2);
    QVERIFY(setField(runner, QStringLiteral("low"), QStringLiteral("18")));
    QVERIFY(setField(runner, QStringLiteral("high"), QStringLiteral("26")));
    QVERIFY(runner.submit());
    QVERIFY(settle(runner));
    QCOMPARE(runner.state(), State::Completed);
    QVERIFY2(notesText(runner).startsWith(QStringLiteral("Thresholds for")), qPrintable(notesText(runner)));
    QVERIFY2(notesText(runner).contains(QStringLiteral("18")) && notesText(runner).contains(QStringLiteral("26")), qPrintable(notesText(runner)));
}

void TestFleetCommands::forbiddenForOthers()
{
    // bob sees the devices but is not on their allow-list: no commands listed, forbidden to run.
    CommandListModel list;
    list.setAccount(m_bob->account());
    list.setJid(device(u"greenhouse-1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!list.isLoading(), 15000);
    QCOMPARE(list.rowCount(), 0);

    CommandRunner runner;
    QVERIFY(startRunner(runner, *m_bob, device(u"greenhouse-1"_s), QStringLiteral("status"), QStringLiteral("Get status")));
    QCOMPARE(runner.state(), State::Failed);
    QCOMPARE(runner.errorKind(), QStringLiteral("forbidden"));
    QVERIFY(!runner.errorText().isEmpty());
    const auto entries = history(*m_bob, device(u"greenhouse-1"_s));
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().outcome, CommandHistoryEntry::Outcome::Error);
    QCOMPARE(entries.first().result, runner.errorText());
}

QTEST_GUILESS_MAIN(TestFleetCommands)
#include "tst_fleetcommands.moc"
