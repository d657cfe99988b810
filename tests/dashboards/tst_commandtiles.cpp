// Command tiles (pinned ad-hoc commands) without a server: the file format and its
// compatibility with files written before them, Dashboard::pinCommand, the TilesModel roles and
// settings, a run without an account, and outcomes from an account's command history.
#include "AccountHarness.h"
#include "DashboardTestSupport.h"
#include "commands/CommandHistory.h"
#include "commands/CommandsController.h"
#include "dashboards/Dashboard.h"
#include "dashboards/DashboardFile.h"
#include "dashboards/TilesModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dashboards;

namespace {
CommandRef command(CommandRef::Control control, const QString &node, const QString &field = {})
{
    CommandRef ref;
    ref.jid = u"greenhouse-1@demo.linnet"_s;
    ref.node = node;
    ref.name = u"Command "_s + node;
    ref.control = control;
    ref.field = field;
    return ref;
}

TileData commandTile(const QString &id, int column, int row, const CommandRef &ref)
{
    TileData tile;
    tile.id = id;
    tile.kind = TileKind::Command;
    tile.title = ref.name;
    tile.column = column;
    tile.row = row;
    tile.columnSpan = 3;
    tile.rowSpan = 2;
    tile.command = ref;
    return tile;
}

QVariant role(const TilesModel &tiles, int row, int role)
{
    return tiles.data(tiles.index(row), role);
}

CommandHistoryEntry entry(const QString &device, const QString &node, CommandHistoryEntry::Outcome outcome,
                          const QString &result, qint64 timeMs)
{
    CommandHistoryEntry e;
    e.timeMs = timeMs;
    e.device = device;
    e.to = device + u"/sensor"_s;
    e.node = node;
    e.command = node;
    e.outcome = outcome;
    e.result = result;
    e.roundTripMs = 20;
    return e;
}
}  // namespace

class TestCommandTiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileRoundtrip()
    {
        DashboardData dashboard;
        dashboard.name = u"Devices"_s;
        TileData chart;
        chart.id = u"t1"_s;
        chart.title = u"Temperature"_s;
        chart.columnSpan = 6;
        chart.series = {{TestService, u"greenhouse-1"_s, u"greenhouse-1:temperature"_s, {}}};
        chart.high = 30;
        auto relay = command(CommandRef::Control::Toggle, u"relay"_s, u"on"_s);
        relay.values = {{u"on"_s, u"1"_s}};
        auto interval = command(CommandRef::Control::Slider, u"set-interval"_s, u"custom"_s);
        interval.min = 1, interval.max = 60, interval.step = 0.5;
        interval.values = {{u"custom"_s, u"7.5"_s}, {u"interval"_s, u"5"_s}};
        auto thresholds = command(CommandRef::Control::Button, u"thresholds"_s);
        thresholds.jid = u"greenhouse-1@demo.linnet/sensor"_s;
        thresholds.values = {{u"sensor"_s, u"temperature"_s}, {u"low"_s, u"18"_s}, {u"high"_s, u"26.5"_s},
                             {u"notify"_s, QStringList{u"a@demo.linnet"_s, u"b@demo.linnet"_s}}};
        dashboard.tiles = {chart, commandTile(u"t2"_s, 6, 0, relay), commandTile(u"t3"_s, 9, 0, interval),
                           commandTile(u"t4"_s, 6, 2, thresholds)};

        QString error;
        QStringList warnings;
        const auto back = DashboardFile::parse(DashboardFile::serialize(dashboard), &error, &warnings);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(back->tiles.size(), 4);
        QCOMPARE(back->tiles.at(3).command->values.value(u"notify"_s).toStringList().size(), 2);
        QCOMPARE(*back, dashboard);

        // What the file says, as documented in DashboardFile.h.
        const auto json = DashboardFile::toJson(dashboard);
        const auto tile = json.value(u"tiles"_s).toArray().at(2).toObject();
        QCOMPARE(tile.value(u"kind"_s).toString(), u"command"_s);
        QVERIFY(!tile.contains(u"series"_s));
        const auto object = tile.value(u"command"_s).toObject();
        QCOMPARE(object.value(u"control"_s).toString(), u"slider"_s);
        QCOMPARE(object.value(u"field"_s).toString(), u"custom"_s);
        QCOMPARE(object.value(u"max"_s).toDouble(), 60.0);
        QCOMPARE(object.value(u"values"_s).toObject().value(u"custom"_s).toString(), u"7.5"_s);

        // The profile's storage keeps them too, across a restart.
        QTemporaryDir dir;
        DashboardFixture fixture;
        {
            auto model = fixture.model();
            model->setStorageFile(dir.filePath(u"dashboards.json"_s));
            QVERIFY(model->importData(dashboard, DashboardsModel::NameClash::Rename));
            QVERIFY(model->saveNow());
        }
        auto model = fixture.model();
        model->setStorageFile(dir.filePath(u"dashboards.json"_s));
        QVERIFY(model->load());
        QCOMPARE(model->at(0)->data(), dashboard);
    }

    void oldFilesStillLoad()
    {
        // A file as Linnet wrote it before command tiles: loads as it always did.
        const QByteArray old = R"({"format": "linnet-dashboard", "version": 1, "name": "Greenhouse",
            "tiles": [{"kind": "chart", "title": "T", "column": 0, "row": 0, "columnSpan": 6, "rowSpan": 3,
                       "window": "1h", "low": 10,
                       "series": [{"service": "pubsub.test", "node": "n1", "name": "n1:temperature"}]},
                      {"kind": "gauge", "column": 6, "row": 0,
                       "series": [{"service": "pubsub.test", "node": "n1", "name": "n1:battery"}]}]})";
        QString error;
        QStringList warnings;
        const auto data = DashboardFile::parse(old, &error, &warnings);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(data->tiles.size(), 2);
        QCOMPARE(data->tiles.at(0).kind, TileKind::Chart);
        QCOMPARE(data->tiles.at(0).windowMs, 60 * Minute);
        QVERIFY(!data->tiles.at(0).command);
        QCOMPARE(data->tiles.at(1).kind, TileKind::Gauge);
        // Written again, the old tiles have no command key.
        const auto json = DashboardFile::toJson(*data);
        QVERIFY(!json.value(u"tiles"_s).toArray().at(0).toObject().contains(u"command"_s));

        // Broken command tiles are dropped with a warning; the rest stays.
        const QByteArray broken = R"({"format": "linnet-dashboard", "version": 1, "name": "Broken",
            "tiles": [{"kind": "command", "column": 0, "row": 0, "command": {"jid": "a@b", "node": ""}},
                      {"kind": "command", "column": 0, "row": 3, "command": {"jid": "a@b", "node": "relay", "control": "toggle"}},
                      {"kind": "command", "column": 0, "row": 6, "command": {"jid": "a@b", "node": "x", "control": "knob"}},
                      {"kind": "command", "column": 0, "row": 9,
                       "command": {"jid": "a@b", "node": "s", "control": "slider", "field": "v", "min": 5, "max": 5}},
                      {"kind": "command", "column": 4, "row": 0},
                      {"kind": "command", "column": 8, "row": 0, "title": "Reboot",
                       "command": {"jid": "a@b/sensor", "node": "reboot", "values": {"n": 5, "b": true}}}]})";
        warnings.clear();
        const auto partial = DashboardFile::parse(broken, &error, &warnings);
        QVERIFY2(partial, qPrintable(error));
        QCOMPARE(warnings.size(), 5);
        QCOMPARE(partial->tiles.size(), 1);
        const auto &reboot = *partial->tiles.at(0).command;
        QCOMPARE(reboot.control, CommandRef::Control::Button);
        QCOMPARE(reboot.node, u"reboot"_s);
        // Hand-written numbers and booleans are kept as a form sends them.
        QCOMPARE(reboot.values.value(u"n"_s).toString(), u"5"_s);
        QCOMPARE(reboot.values.value(u"b"_s).toString(), u"1"_s);
    }

    void pinCommand()
    {
        DashboardFixture fixture;
        auto model = fixture.model();
        QTemporaryDir dir;
        model->setStorageFile(dir.filePath(u"dashboards.json"_s));
        auto *dashboard = model->addDashboard(u"Lab"_s);
        auto *tiles = dashboard->tiles();
        QCOMPARE(tiles->addTile(TilesModel::Chart, u"Chart"_s, 0, 0, 12, 3), 0);
        QSignalSpy changed(dashboard, &Dashboard::changed);

        const QString relay = dashboard->pinCommand(u"greenhouse-1@demo.linnet"_s, u"relay"_s, u"Switch relay"_s,
                                                    u"toggle"_s, u"on"_s, {{u"on"_s, true}});
        QVERIFY(!relay.isEmpty());
        QCOMPARE(changed.size(), 1);
        const QString interval = dashboard->pinCommand(u"greenhouse-1@demo.linnet"_s, u"set-interval"_s,
                                                       u"Set reporting interval"_s, u"slider"_s, u"custom"_s,
                                                       {{u"interval"_s, u"5"_s}, {u"custom"_s, QVariant()}}, 1, 60, 1);
        const QString reboot = dashboard->pinCommand(u"greenhouse-1@demo.linnet/sensor"_s, u"reboot"_s, u"Reboot"_s,
                                                     u"button"_s, u"ignored"_s,
                                                     {{u"sensors"_s, QVariantList{u"a"_s, u"b"_s}}});
        QVERIFY(!interval.isEmpty() && !reboot.isEmpty());
        QCOMPARE(QSet<QString>({relay, interval, reboot}).size(), 3);
        // Refused: an unknown control, a toggle without field, a bad slider range.
        QVERIFY(dashboard->pinCommand(u"a@b"_s, u"x"_s, {}, u"knob"_s, {}, {}).isEmpty());
        QVERIFY(dashboard->pinCommand(u"a@b"_s, u"x"_s, {}, u"toggle"_s, {}, {}).isEmpty());
        QVERIFY(dashboard->pinCommand(u"a@b"_s, u"x"_s, {}, u"slider"_s, u"v"_s, {}, 10, 10, 1).isEmpty());
        QVERIFY(dashboard->pinCommand(u""_s, u"x"_s, {}, u"button"_s, {}, {}).isEmpty());
        QCOMPARE(tiles->rowCount(), 4);

        // Placed below the chart, side by side, titled by the command's name.
        const auto relayTile = *tiles->tile(relay);
        QCOMPARE(relayTile.kind, TileKind::Command);
        QCOMPARE(relayTile.title, u"Switch relay"_s);
        QCOMPARE(relayTile.row, 3);
        QCOMPARE(relayTile.command->values.value(u"on"_s).toString(), u"1"_s);  // booleans as a form sends them
        const auto intervalTile = *tiles->tile(interval);
        QCOMPARE(intervalTile.row, 3);
        QCOMPARE(intervalTile.columnSpan, 4);  // a slider needs room
        QCOMPARE(intervalTile.command->min, 1.0);
        QVERIFY(!intervalTile.command->values.contains(u"custom"_s));  // no value: not stored
        const auto rebootTile = *tiles->tile(reboot);
        QVERIFY(rebootTile.command->field.isEmpty());
        QCOMPARE(rebootTile.command->values.value(u"sensors"_s).toStringList(), (QStringList{u"a"_s, u"b"_s}));

        // Persisted with the profile.
        QVERIFY(model->saveNow());
        auto again = fixture.model();
        again->setStorageFile(dir.filePath(u"dashboards.json"_s));
        QVERIFY(again->load());
        QCOMPARE(again->dashboard(u"Lab"_s)->data(), dashboard->data());
    }

    void rolesAndSettings()
    {
        TilesModel tiles;
        auto relay = command(CommandRef::Control::Toggle, u"relay"_s, u"on"_s);
        relay.values = {{u"on"_s, u"true"_s}};
        auto slider = command(CommandRef::Control::Slider, u"set-interval"_s, u"custom"_s);
        slider.min = 1, slider.max = 60;
        slider.values = {{u"custom"_s, u"600"_s}};
        QCOMPARE(tiles.addCommandTile(u"Relay"_s, relay, 3, 2), 0);
        QCOMPARE(tiles.addCommandTile(u"Interval"_s, slider, 4, 2), 1);
        QCOMPARE(tiles.addCommandTile(u"Bad"_s, command(CommandRef::Control::Toggle, u"relay"_s), 3, 2), -1);
        QCOMPARE(tiles.addTile(TilesModel::Command, u"no ref"_s), -1);

        QCOMPARE(role(tiles, 0, TilesModel::KindRole).toInt(), int(TilesModel::Command));
        QCOMPARE(role(tiles, 0, TilesModel::CommandControlRole).toString(), u"toggle"_s);
        QCOMPARE(role(tiles, 0, TilesModel::CommandJidRole).toString(), u"greenhouse-1@demo.linnet"_s);
        QCOMPARE(role(tiles, 0, TilesModel::CommandNameRole).toString(), u"Command relay"_s);
        QCOMPARE(role(tiles, 0, TilesModel::CommandStateRole).toString(), u"idle"_s);
        QCOMPARE(role(tiles, 0, TilesModel::CommandBusyRole).toBool(), false);
        QCOMPARE(role(tiles, 0, TilesModel::CommandOutcomeRole).toString(), QString());
        QCOMPARE(role(tiles, 0, TilesModel::CommandOutcomeKindRole).toString(), QString());
        QVERIFY(!role(tiles, 0, TilesModel::CommandTimeRole).isValid());
        QCOMPARE(role(tiles, 0, TilesModel::CommandCheckedRole).toBool(), true);  // "true" counts as on
        QCOMPARE(role(tiles, 0, TilesModel::CommandRole).toMap().value(u"field"_s).toString(), u"on"_s);
        QCOMPARE(role(tiles, 1, TilesModel::CommandValueRole).toDouble(), 60.0);  // clamped to the range
        QCOMPARE(role(tiles, 1, TilesModel::CommandMinRole).toDouble(), 1.0);
        QCOMPARE(role(tiles, 1, TilesModel::CommandMaxRole).toDouble(), 60.0);
        QCOMPARE(role(tiles, 1, TilesModel::CommandStepRole).toDouble(), 1.0);
        // Other kinds: no command, not busy.
        QCOMPARE(tiles.addTile(TilesModel::Gauge, u"g"_s), 2);
        QVERIFY(!role(tiles, 2, TilesModel::CommandRole).isValid());
        QCOMPARE(role(tiles, 2, TilesModel::CommandBusyRole).toBool(), false);
        QVERIFY(!tiles.runCommand(2));
        QVERIFY(!tiles.setCommandChecked(2, true));

        // A command tile stays one; others do not become one.
        tiles.setKind(0, TilesModel::Chart);
        QCOMPARE(role(tiles, 0, TilesModel::KindRole).toInt(), int(TilesModel::Command));
        tiles.setKind(2, TilesModel::Command);
        QCOMPARE(role(tiles, 2, TilesModel::KindRole).toInt(), int(TilesModel::Gauge));

        // The editor's settings.
        QSignalSpy changed(&tiles, &TilesModel::changed);
        QSignalSpy rowChanged(&tiles, &TilesModel::dataChanged);
        QVERIFY(!tiles.setCommandControl(0, u"knob"_s, u"on"_s));
        QVERIFY(!tiles.setCommandControl(0, u"slider"_s, u""_s, 0, 1, 1));
        QVERIFY(!tiles.setCommandControl(0, u"slider"_s, u"on"_s, 5, 1, 1));
        QVERIFY(!tiles.setCommandControl(0, u"slider"_s, u"on"_s, 0, 1, 0));
        QCOMPARE(changed.size(), 0);
        QVERIFY(tiles.setCommandControl(0, u"slider"_s, u"level"_s, 0, 10, 2));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rowChanged.size(), 1);
        QCOMPARE(role(tiles, 0, TilesModel::CommandControlRole).toString(), u"slider"_s);
        QCOMPARE(role(tiles, 0, TilesModel::CommandMaxRole).toDouble(), 10.0);
        QVERIFY(tiles.setCommandControl(0, u"button"_s, u"level"_s));
        QVERIFY(tiles.tiles().at(0).command->field.isEmpty());
        QCOMPARE(changed.size(), 2);
    }

    void runWithoutAccount()
    {
        // No commands controller (no account): the run ends at once with the reason on the tile,
        // and the toggle keeps its state.
        TilesModel tiles;
        auto relay = command(CommandRef::Control::Toggle, u"relay"_s, u"on"_s);
        relay.values = {{u"on"_s, u"0"_s}};
        QCOMPARE(tiles.addCommandTile(u"Relay"_s, relay, 3, 2), 0);
        QSignalSpy changed(&tiles, &TilesModel::changed);
        QSignalSpy rowChanged(&tiles, &TilesModel::dataChanged);
        QVERIFY(tiles.setCommandChecked(0, true));
        QVERIFY(rowChanged.size() >= 2);  // running, then failed
        QCOMPARE(role(tiles, 0, TilesModel::CommandStateRole).toString(), u"failed"_s);
        QCOMPARE(role(tiles, 0, TilesModel::CommandBusyRole).toBool(), false);
        QCOMPARE(role(tiles, 0, TilesModel::CommandOutcomeKindRole).toString(), u"error"_s);
        QCOMPARE(role(tiles, 0, TilesModel::CommandOutcomeRole).toString(), u"Not sent: the account is offline."_s);
        QVERIFY(role(tiles, 0, TilesModel::CommandTimeRole).toDateTime().isValid());
        QCOMPARE(role(tiles, 0, TilesModel::CommandCheckedRole).toBool(), false);
        QCOMPARE(changed.size(), 0);
        QVERIFY(tiles.runner(tiles.tiles().at(0).id));
        // Removing the tile drops its runner.
        const QString id = tiles.tiles().at(0).id;
        QVERIFY(tiles.removeTile(0));
        QVERIFY(!tiles.runner(id));
    }

    void outcomesFromHistory()
    {
        using Outcome = CommandHistoryEntry::Outcome;
        QTemporaryDir dir;
        const QString database = dir.filePath(u"commands.sqlite"_s);
        ConnectionSettings settings;
        settings.jid = u"alice@example.org"_s;
        settings.resource = u"desk"_s;
        const QString device = u"Greenhouse-1@demo.linnet"_s;
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - 60'000;
        {
            // An earlier start: the relay ran from the command view; the dashboard was saved.
            AccountHarness earlier(settings);
            auto *history = earlier.account()->commands()->history();
            history->attach(database);
            history->record(entry(device, u"relay"_s, Outcome::Completed, u"Relay is on"_s, before));
            history->record(entry(device, u"relay"_s, Outcome::Executing, u"Switch relay"_s, before + 1));  // no outcome
            history->record(entry(device, u"reboot"_s, Outcome::Error, u"The device is offline."_s, before + 2));
            auto *dashboards = earlier.account()->dashboards();
            dashboards->setStorageFile(dir.filePath(u"dashboards.json"_s));
            auto *dashboard = dashboards->addDashboard(u"Lab"_s);
            QVERIFY(!dashboard->pinCommand(u"greenhouse-1@DEMO.linnet/sensor"_s, u"relay"_s, u"Switch relay"_s,
                                           u"toggle"_s, u"on"_s, {}).isEmpty());
            QVERIFY(!dashboard->pinCommand(u"greenhouse-1@demo.linnet"_s, u"set-interval"_s, u"Interval"_s,
                                           u"slider"_s, u"custom"_s, {}, 1, 60, 1).isEmpty());
            QVERIFY(dashboards->saveNow());
            QVERIFY(history->waitForIdle());
        }

        // This start, in the app's order: the dashboards load, then the history file is attached.
        AccountHarness account(settings);
        auto *dashboards = account.account()->dashboards();
        dashboards->setStorageFile(dir.filePath(u"dashboards.json"_s));
        QVERIFY(dashboards->load());
        auto *history = account.account()->commands()->history();
        history->attach(database);
        auto *tiles = dashboards->dashboard(u"Lab"_s)->tiles();
        QCOMPARE(tiles->rowCount(), 2);
        QTRY_COMPARE(role(*tiles, 0, TilesModel::CommandOutcomeRole).toString(), u"Relay is on"_s);
        QCOMPARE(role(*tiles, 0, TilesModel::CommandOutcomeKindRole).toString(), u"info"_s);
        QCOMPARE(role(*tiles, 0, TilesModel::CommandStateRole).toString(), u"completed"_s);
        QCOMPARE(role(*tiles, 0, TilesModel::CommandTimeRole).toDateTime(), QDateTime::fromMSecsSinceEpoch(before + 20));
        QCOMPARE(role(*tiles, 1, TilesModel::CommandOutcomeRole).toString(), QString());  // never ran
        QVERIFY(!role(*tiles, 1, TilesModel::CommandTimeRole).isValid());

        // Live: what the command view records for the tile's device and node shows at once.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto outcome = [&](int row) {
            return role(*tiles, row, TilesModel::CommandOutcomeKindRole).toString() + u": "_s
                + role(*tiles, row, TilesModel::CommandOutcomeRole).toString();
        };
        history->record(entry(device.toLower(), u"set-interval"_s, Outcome::Completed, u"Reporting every 7 s"_s, now));
        QCOMPARE(outcome(1), u"info: Reporting every 7 s"_s);
        QCOMPARE(outcome(0), u"info: Relay is on"_s);
        history->record(entry(device, u"relay"_s, Outcome::Canceled, CommandTileRunner::needsInputText(), now + 1));
        QCOMPARE(outcome(0), u"input: "_s + CommandTileRunner::needsInputText());
        QCOMPARE(role(*tiles, 0, TilesModel::CommandStateRole).toString(), u"input"_s);
        history->record(entry(device, u"relay"_s, Outcome::Canceled, u"Canceled"_s, now + 2));
        QCOMPARE(outcome(0), u"warn: Canceled"_s);
        history->record(entry(device, u"relay"_s, Outcome::Error, u"Not allowed"_s, now + 3));
        QCOMPARE(outcome(0), u"error: Not allowed"_s);
        QCOMPARE(role(*tiles, 0, TilesModel::CommandStateRole).toString(), u"failed"_s);
        // Not the tile's: another node, another device, a run still executing.
        QSignalSpy rowChanged(tiles, &TilesModel::dataChanged);
        history->record(entry(device, u"reboot"_s, Outcome::Completed, u"Rebooting"_s, now + 4));
        history->record(entry(u"greenhouse-2@demo.linnet"_s, u"relay"_s, Outcome::Completed, u"Relay is on"_s, now + 5));
        history->record(entry(device, u"relay"_s, Outcome::Executing, u"Switch relay"_s, now + 6));
        QCOMPARE(rowChanged.size(), 0);
        QCOMPARE(outcome(0), u"error: Not allowed"_s);
        QCOMPARE(outcome(1), u"info: Reporting every 7 s"_s);

        // A tile pinned now shows the command's last outcome too.
        auto *dashboard = dashboards->dashboard(u"Lab"_s);
        const QString again = dashboard->pinCommand(device, u"relay"_s, u"Relay"_s, u"button"_s, {}, {});
        QTRY_COMPARE(outcome(tiles->indexOf(again)), u"error: Not allowed"_s);
    }
};

QTEST_MAIN(TestCommandTiles)
#include "tst_commandtiles.moc"
