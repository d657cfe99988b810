// AMQP quick-action tiles (issue 13) without a broker: the file format (and files written before
// them), TilesModel::pinAmqpAction and what it refuses, the roles a tile shows ("DEVICE via
// BROKER"), the tile editor's settings on an AMQP tile, the values sent and the history's keys,
// and runs that fail at once: no such broker, a broker that is not connected. Live runs against
// RabbitMQ: tst_amqpcommandtileslive.
#include "DashboardTestSupport.h"
#include "amqp/AmqpConnection.h"
#include "amqp/AmqpConnectionsModel.h"
#include "dashboards/CommandTileRunner.h"
#include "dashboards/Dashboard.h"
#include "dashboards/DashboardFile.h"
#include "dashboards/TilesModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Dashboards;

namespace {
TileData commandTile(const QString &id, int column, const CommandRef &ref)
{
    TileData tile;
    tile.id = id;
    tile.kind = TileKind::Command;
    tile.title = ref.name;
    tile.column = column;
    tile.row = 0;
    tile.columnSpan = 3;
    tile.rowSpan = 2;
    tile.command = ref;
    return tile;
}

QVariant role(const TilesModel &tiles, int row, int role)
{
    return tiles.data(tiles.index(row), role);
}
}  // namespace

class TestAmqpCommandTiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quickActions()
    {
        const auto relay = amqpQuickAction(u" plant "_s, u"press-1"_s, u"relay"_s);
        QVERIFY(relay);
        QCOMPARE(relay->broker, u"plant"_s);
        QCOMPARE(relay->node, u"press-1"_s);
        QVERIFY(relay->jid.isEmpty());
        QCOMPARE(relay->field, u"relay"_s);
        QCOMPARE(relay->control, CommandRef::Control::Toggle);
        QCOMPARE(relay->values.value(u"relay"_s).toString(), u"0"_s);  // off until the device takes "on"
        const auto interval = amqpQuickAction(u"plant"_s, u"kiln-2"_s, u"interval"_s);
        QVERIFY(interval);
        QCOMPARE(interval->control, CommandRef::Control::Slider);
        QCOMPARE(interval->min, MinIntervalS);
        QCOMPARE(interval->max, MaxIntervalS);
        QCOMPARE(interval->values.value(u"interval"_s).toString(), u"10"_s);
        // Refused: another action, no broker, names that cannot be a connection or a queue.
        QVERIFY(!amqpQuickAction(u"plant"_s, u"press-1"_s, u"reboot"_s));
        QVERIFY(!amqpQuickAction(u""_s, u"press-1"_s, u"relay"_s));
        QVERIFY(!amqpQuickAction(u"my plant"_s, u"press-1"_s, u"relay"_s));
        QVERIFY(!amqpQuickAction(u"plant"_s, u""_s, u"relay"_s));
        QVERIFY(!amqpQuickAction(u"plant"_s, u"press 1"_s, u"relay"_s));
        QVERIFY(!amqpQuickAction(u"plant"_s, u"../sensors"_s, u"relay"_s));

        // What goes out: a switch's "1"/"0" as the device's "on"/"off", a number as it is.
        QCOMPARE(CommandTileRunner::amqpValue(*relay, {{u"relay"_s, u"1"_s}}), u"on"_s);
        QCOMPARE(CommandTileRunner::amqpValue(*relay, {{u"relay"_s, u"true"_s}}), u"on"_s);
        QCOMPARE(CommandTileRunner::amqpValue(*relay, {{u"relay"_s, u"0"_s}}), u"off"_s);
        QCOMPARE(CommandTileRunner::amqpValue(*interval, {{u"interval"_s, u" 30 "_s}}), u"30"_s);
        // Where the history keeps it: never a JID (a '/' no bare JID has), the action as node.
        QCOMPARE(CommandTileRunner::historyDevice(*amqpQuickAction(u"Plant"_s, u"Press-1"_s, u"relay"_s)),
                 u"amqp/plant/press-1"_s);
        QCOMPARE(CommandTileRunner::historyNode(*relay), u"relay"_s);
        CommandRef xmpp;
        xmpp.jid = u"Greenhouse-1@demo.linnet/sensor"_s;
        xmpp.node = u"relay"_s;
        QCOMPARE(CommandTileRunner::historyDevice(xmpp), u"greenhouse-1@demo.linnet"_s);
    }

    void fileRoundTrip()
    {
        DashboardData dashboard;
        dashboard.name = u"Plant"_s;
        auto relay = *amqpQuickAction(u"plant"_s, u"press-1"_s, u"relay"_s);
        relay.values = {{u"relay"_s, u"1"_s}};
        auto interval = *amqpQuickAction(u"plant"_s, u"kiln-2"_s, u"interval"_s);
        interval.max = 600;
        auto pulse = *amqpQuickAction(u"plant"_s, u"chiller-3"_s, u"relay"_s);
        pulse.control = CommandRef::Control::Button;  // sends the stored value
        CommandRef xmpp;
        xmpp.jid = u"greenhouse-1@demo.linnet"_s;
        xmpp.node = u"reboot"_s;
        xmpp.name = u"Reboot"_s;
        dashboard.tiles = {commandTile(u"t1"_s, 0, relay), commandTile(u"t2"_s, 3, interval),
                           commandTile(u"t3"_s, 6, pulse), commandTile(u"t4"_s, 9, xmpp)};

        QString error;
        QStringList warnings;
        const auto back = DashboardFile::parse(DashboardFile::serialize(dashboard), &error, &warnings);
        QVERIFY2(back, qPrintable(error));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QCOMPARE(*back, dashboard);
        QVERIFY(back->tiles.at(0).command->isAmqp());
        QVERIFY(!back->tiles.at(3).command->isAmqp());

        // As DashboardFile.h documents it: "broker" and no "jid"; the field even for a button.
        const auto tiles = DashboardFile::toJson(dashboard).value(u"tiles"_s).toArray();
        const auto amqp = tiles.at(2).toObject().value(u"command"_s).toObject();
        QCOMPARE(amqp.value(u"broker"_s).toString(), u"plant"_s);
        QVERIFY(!amqp.contains(u"jid"_s));
        QCOMPARE(amqp.value(u"node"_s).toString(), u"chiller-3"_s);
        QCOMPARE(amqp.value(u"field"_s).toString(), u"relay"_s);
        QCOMPARE(amqp.value(u"control"_s).toString(), u"button"_s);
        const auto old = tiles.at(3).toObject().value(u"command"_s).toObject();
        QVERIFY(!old.contains(u"broker"_s));  // an ad-hoc command's tile reads as before
        QCOMPARE(old.value(u"jid"_s).toString(), u"greenhouse-1@demo.linnet"_s);
        QVERIFY(!old.contains(u"field"_s));
    }

    void filesWithoutBroker()
    {
        // Written before AMQP tiles: an ad-hoc command's tile has no broker and runs as before.
        const QByteArray old = R"({"format": "linnet-dashboard", "version": 1, "name": "Greenhouse",
            "tiles": [{"kind": "command", "title": "Relay", "column": 0, "row": 0,
                       "command": {"jid": "greenhouse-1@demo.linnet", "node": "relay", "control": "toggle",
                                   "field": "on", "values": {"on": "1"}}}]})";
        QString error;
        QStringList warnings;
        const auto data = DashboardFile::parse(old, &error, &warnings);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(warnings.isEmpty());
        const auto &command = *data->tiles.at(0).command;
        QVERIFY(!command.isAmqp());
        QVERIFY(command.broker.isEmpty());
        QCOMPARE(command.jid, u"greenhouse-1@demo.linnet"_s);
        QCOMPARE(CommandTileRunner::historyDevice(command), u"greenhouse-1@demo.linnet"_s);
        QVERIFY(!DashboardFile::toJson(*data).value(u"tiles"_s).toArray().at(0).toObject()
                     .value(u"command"_s).toObject().contains(u"broker"_s));

        // AMQP tiles a hand may have broken: dropped with a warning each, the good one kept
        // (a jid beside a broker is ignored; "on" counts as on).
        const QByteArray broken = R"({"format": "linnet-dashboard", "version": 1, "name": "Plant",
            "tiles": [{"kind": "command", "column": 0, "row": 0, "command": {"broker": "plant", "node": "", "field": "relay"}},
                      {"kind": "command", "column": 0, "row": 2, "command": {"broker": "plant", "node": "press-1"}},
                      {"kind": "command", "column": 0, "row": 4,
                       "command": {"broker": "plant", "node": "press-1", "control": "toggle", "field": "interval"}},
                      {"kind": "command", "column": 0, "row": 6,
                       "command": {"broker": "plant", "node": "press-1", "control": "slider", "field": "relay"}},
                      {"kind": "command", "column": 4, "row": 0, "title": "Press 1",
                       "command": {"broker": "plant", "jid": "x@y", "node": "press-1", "control": "toggle",
                                   "field": "relay", "values": {"relay": "on"}}}]})";
        const auto partial = DashboardFile::parse(broken, &error, &warnings);
        QVERIFY2(partial, qPrintable(error));
        QCOMPARE(warnings.size(), 4);
        QCOMPARE(partial->tiles.size(), 1);
        const auto &press = *partial->tiles.at(0).command;
        QCOMPARE(press.broker, u"plant"_s);
        QVERIFY(press.jid.isEmpty());
        TilesModel tiles;
        tiles.setTiles(partial->tiles);
        QCOMPARE(role(tiles, 0, TilesModel::CommandCheckedRole).toBool(), true);
    }

    void pinAmqpAction()
    {
        DashboardFixture fixture;
        auto model = fixture.model();
        auto *dashboard = model->addDashboard(u"Plant"_s);
        auto *tiles = dashboard->tiles();
        QCOMPARE(tiles->addTile(TilesModel::Chart, u"Power"_s, 0, 0, 12, 3), 0);
        QSignalSpy changed(dashboard, &Dashboard::changed);

        const QString relay = tiles->pinAmqpAction(u"plant"_s, u"press-1"_s, u"relay"_s);
        QVERIFY(!relay.isEmpty());
        QCOMPARE(changed.size(), 1);  // saved with the profile
        const QString interval = tiles->pinAmqpAction(u"plant"_s, u"kiln-2"_s, u"interval"_s, u"  Kiln rate "_s);
        QVERIFY(!interval.isEmpty());
        const auto relayTile = *tiles->tile(relay);
        QCOMPARE(relayTile.kind, TileKind::Command);
        QCOMPARE(relayTile.title, u"press-1: Relay"_s);
        QCOMPARE(relayTile.row, 3);  // under the chart
        QCOMPARE(relayTile.columnSpan, 3);
        QCOMPARE(*relayTile.command, *amqpQuickAction(u"plant"_s, u"press-1"_s, u"relay"_s));
        const auto intervalTile = *tiles->tile(interval);
        QCOMPARE(intervalTile.title, u"Kiln rate"_s);
        QCOMPARE(intervalTile.columnSpan, 4);  // a slider needs room
        QCOMPARE(intervalTile.row, 3);

        // What the tile shows.
        const int row = tiles->indexOf(relay);
        QCOMPARE(role(*tiles, row, TilesModel::CommandBrokerRole).toString(), u"plant"_s);
        QCOMPARE(role(*tiles, row, TilesModel::CommandTargetRole).toString(), u"press-1 via plant"_s);
        QCOMPARE(role(*tiles, row, TilesModel::CommandControlRole).toString(), u"toggle"_s);
        QCOMPARE(role(*tiles, row, TilesModel::CommandCheckedRole).toBool(), false);
        QCOMPARE(role(*tiles, row, TilesModel::CommandRole).toMap().value(u"broker"_s).toString(), u"plant"_s);
        QCOMPARE(role(*tiles, tiles->indexOf(interval), TilesModel::CommandValueRole).toDouble(), DefaultIntervalS);
        QCOMPARE(tiles->roleNames().value(TilesModel::CommandTargetRole), QByteArray("commandTarget"));
        QCOMPARE(tiles->roleNames().value(TilesModel::CommandBrokerRole), QByteArray("commandBroker"));

        // Refused, nothing pinned: another action, bad names, no broker.
        QVERIFY(tiles->pinAmqpAction(u"plant"_s, u"press-1"_s, u"reboot"_s).isEmpty());
        QVERIFY(tiles->pinAmqpAction(u"plant"_s, u""_s, u"relay"_s).isEmpty());
        QVERIFY(tiles->pinAmqpAction(u"plant"_s, u"press 1"_s, u"relay"_s).isEmpty());
        QVERIFY(tiles->pinAmqpAction(u""_s, u"press-1"_s, u"relay"_s).isEmpty());
        QCOMPARE(tiles->rowCount(), 3);
        QCOMPARE(changed.size(), 2);
        // No room left on the grid.
        TilesModel full;
        QCOMPARE(full.addTile(TilesModel::Chart, u"All"_s, 0, 0, 12, 1000), 0);
        QVERIFY(full.pinAmqpAction(u"plant"_s, u"press-1"_s, u"relay"_s).isEmpty());
        QCOMPARE(full.rowCount(), 1);

        // The devices a broker's readings came from, for the pin dialog.
        fixture.store->append(u"amqp/plant"_s, u"kiln-2"_s, {Reading{u"kiln-2:temp"_s, u"Cel"_s, 800, 1000}});
        fixture.store->append(u"amqp/plant"_s, u"press-1"_s, {Reading{u"press-1:power"_s, u"W"_s, 5, 1000},
                                                             Reading{u"press-1:relay"_s, u""_s, 1, 1000}});
        fixture.store->append(u"amqp/lobby"_s, u"door-7"_s, {Reading{u"door-7:temp"_s, u"Cel"_s, 20, 1000}});
        fixture.append(u"greenhouse-1"_s, u"temperature"_s, u"Cel"_s, {{1000, 21}});
        QCOMPARE(model->amqpDevices(u"plant"_s), (QStringList{u"kiln-2"_s, u"press-1"_s}));
        QCOMPARE(model->amqpDevices(u"lobby"_s), QStringList{u"door-7"_s});
        QVERIFY(model->amqpDevices(u"factory"_s).isEmpty());
    }

    void editorSettingsOnAmqpTiles()
    {
        TilesModel tiles;
        const int relay = tiles.indexOf(tiles.pinAmqpAction(u"plant"_s, u"press-1"_s, u"relay"_s));
        const int interval = tiles.indexOf(tiles.pinAmqpAction(u"plant"_s, u"kiln-2"_s, u"interval"_s));
        QVERIFY(relay >= 0 && interval >= 0);
        QSignalSpy changed(&tiles, &TilesModel::changed);
        // A relay is a switch or a button, never a slider; the field stays its action.
        QVERIFY(!tiles.setCommandControl(relay, u"slider"_s, u"relay"_s, 0, 10, 1));
        QVERIFY(tiles.setCommandControl(relay, u"button"_s, u""_s));
        QCOMPARE(tiles.tiles().at(relay).command->control, CommandRef::Control::Button);
        QCOMPARE(tiles.tiles().at(relay).command->field, u"relay"_s);
        QVERIFY(tiles.setCommandControl(relay, u"toggle"_s, u"something-else"_s));
        QCOMPARE(tiles.tiles().at(relay).command->field, u"relay"_s);
        QCOMPARE(changed.size(), 2);
        // An interval is a slider or a button; its range is the editor's.
        QVERIFY(!tiles.setCommandControl(interval, u"toggle"_s, u"interval"_s));
        QVERIFY(!tiles.setCommandControl(interval, u"slider"_s, u"interval"_s, 60, 5, 1));
        QVERIFY(tiles.setCommandControl(interval, u"slider"_s, u""_s, 5, 3600, 5));
        const auto edited = *tiles.tiles().at(interval).command;
        QCOMPARE(edited.field, u"interval"_s);
        QCOMPARE(edited.max, 3600.0);
        QCOMPARE(edited.step, 5.0);
        QCOMPARE(role(tiles, interval, TilesModel::CommandTargetRole).toString(), u"kiln-2 via plant"_s);
        QCOMPARE(changed.size(), 3);
    }

    // No broker of that name (none at all, or another): the run ends at once, saying so, and the
    // switch stays as it was.
    void runWithoutBroker()
    {
        TilesModel tiles;
        const int row = tiles.indexOf(tiles.pinAmqpAction(u"plant"_s, u"press-1"_s, u"relay"_s));
        QVERIFY(tiles.setCommandChecked(row, true));
        QCOMPARE(role(tiles, row, TilesModel::CommandStateRole).toString(), u"failed"_s);
        QCOMPARE(role(tiles, row, TilesModel::CommandOutcomeKindRole).toString(), u"error"_s);
        QCOMPARE(role(tiles, row, TilesModel::CommandOutcomeRole).toString(),
                 u"Not sent: this account has no AMQP connection “plant”."_s);
        QCOMPARE(role(tiles, row, TilesModel::CommandCheckedRole).toBool(), false);

        // A broker that is there but not connected (nothing listens on its port).
        ReadingStore store(1000);
        AmqpConnectionsModel brokers(u"alice@example.org"_s, &store);
        QVERIFY2(brokers.add(u"plant"_s, u"amqps://127.0.0.1:1"_s, u""_s, u""_s, u"/queues/sensors"_s),
                 qPrintable(brokers.addError()));
        QVERIFY(brokers.connection(u"plant"_s)->state() != AmqpConnection::Connected);
        TilesModel other;
        other.setAmqpProvider([&brokers] { return &brokers; });
        const int pinned = other.indexOf(other.pinAmqpAction(u"plant"_s, u"press-1"_s, u"relay"_s));
        QVERIFY(other.setCommandChecked(pinned, true));
        QCOMPARE(role(other, pinned, TilesModel::CommandStateRole).toString(), u"failed"_s);
        QCOMPARE(role(other, pinned, TilesModel::CommandOutcomeRole).toString(),
                 u"Not sent: the AMQP connection “plant” is not connected."_s);
        const int elsewhere = other.indexOf(other.pinAmqpAction(u"factory"_s, u"press-1"_s, u"relay"_s));
        QVERIFY(other.runCommand(elsewhere));
        QCOMPARE(role(other, elsewhere, TilesModel::CommandOutcomeRole).toString(),
                 u"Not sent: this account has no AMQP connection “factory”."_s);
    }
};

QTEST_MAIN(TestAmqpCommandTiles)
#include "tst_amqpcommandtiles.moc"
