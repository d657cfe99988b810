#include "DemoDashboard.h"

#include "DemoCast.h"
#include "dashboards/DashboardFile.h"

using namespace Dashboards;

namespace demo {

namespace {

TileData tile(TileKind kind, const QString &title, int column, int row, int columnSpan, int rowSpan,
              const QString &service, const QStringList &devices, const QString &quantity)
{
    TileData t;
    t.kind = kind;
    t.title = title;
    t.column = column;
    t.row = row;
    t.columnSpan = columnSpan;
    t.rowSpan = rowSpan;
    t.windowMs = 10 * Minute;  // the fleet publishes 10 minutes of history at start
    for (const QString &device : devices)
        t.series.append({service, device, device + QLatin1Char(':') + quantity, {}});
    return t;
}

TileData commandTile(const QString &title, int column, int columnSpan, const CommandRef &command)
{
    TileData t;
    t.kind = TileKind::Command;
    t.title = title;
    t.column = column;
    t.row = 3;
    t.columnSpan = columnSpan;
    t.rowSpan = 2;
    t.command = command;
    return t;
}

// Greenhouse 1's commands as pinned tiles in the band under the first charts (in
// view in the 800 px screenshots), sent to its bare JID (its online resource is found when pressed),
// and beside them Press 1's relay over AMQP (the broker kAmqpBroker, its device queue press-1.commands).
QList<TileData> commandTiles(const QString &device)
{
    // On: the demo switches the relay on before the dashboard shots (Demo::allReady runs "command-done" first).
    CommandRef relay;
    relay.jid = device;
    relay.node = QStringLiteral("relay");
    relay.name = QStringLiteral("Switch relay");
    relay.control = CommandRef::Control::Toggle;
    relay.field = QStringLiteral("on");
    relay.values = {{QStringLiteral("on"), QStringLiteral("1")}};
    CommandRef interval;
    interval.jid = device;
    interval.node = QStringLiteral("set-interval");
    interval.name = QStringLiteral("Set reporting interval");
    interval.control = CommandRef::Control::Slider;
    interval.field = QStringLiteral("custom");
    interval.min = 1;
    interval.max = 60;
    CommandRef reboot;
    reboot.jid = device;
    reboot.node = QStringLiteral("reboot");
    reboot.name = QStringLiteral("Reboot");
    // As the dashboard's "Add tile" pins it (TilesModel::pinAmqpAction): a switch, off until pressed.
    const auto pressRelay = amqpQuickAction(kAmqpBroker, QStringLiteral("press-1"), RelayAction.toString());
    // Four in the band of 12 columns: the reboot button needs the least room.
    QList<TileData> tiles{commandTile(QStringLiteral("Greenhouse 1 relay"), 0, 3, relay),
                          commandTile(QStringLiteral("Greenhouse 1 interval (s)"), 3, 4, interval),
                          commandTile(QStringLiteral("Greenhouse 1"), 7, 2, reboot)};
    if (pressRelay)
        tiles << commandTile(QStringLiteral("Press 1 relay"), 9, 3, *pressRelay);
    return tiles;
}

}  // namespace

bool writeDashboard(const QString &file, const QString &service, QString *error)
{
    DashboardData dashboard;
    dashboard.name = kDashboardName;
    // Temperatures of three devices in one chart; Greenhouse 2 is the device that goes offline
    // (kFlappingDevice), so its line greys out in the screenshot.
    TileData temperatures = tile(TileKind::Chart, QStringLiteral("Temperature"), 0, 0, 6, 3, service,
                                 {QStringLiteral("greenhouse-1"), kFlappingDevice, QStringLiteral("cellar")},
                                 QStringLiteral("temperature"));
    // The meeting room's CO2 ramp crosses 1000 ppm about 10 s after the fleet starts.
    TileData co2 = tile(TileKind::Chart, QStringLiteral("CO\u2082"), 6, 0, 6, 3, service,
                        {QStringLiteral("meeting-room"), QStringLiteral("office")}, QStringLiteral("co2"));
    co2.high = 1000;
    TileData power = tile(TileKind::Chart, QStringLiteral("Power"), 0, 5, 6, 3, service,
                          {QStringLiteral("workshop"), QStringLiteral("cold-room")}, QStringLiteral("power"));
    // Press 1 sends its readings to RabbitMQ (AMQP 1.0), the others to Prosody: one chart.
    power.series.append({QStringLiteral("amqp/") + kAmqpBroker, QStringLiteral("press-1"), QStringLiteral("press-1:power"), {}});
    TileData battery = tile(TileKind::Gauge, QStringLiteral("Garage battery"), 6, 5, 3, 3, service,
                            {QStringLiteral("garage")}, QStringLiteral("battery"));
    battery.low = 20;
    TileData door = tile(TileKind::Timeline, QStringLiteral("Garage door"), 9, 5, 3, 3, service,
                         {QStringLiteral("garage")}, QStringLiteral("door"));
    TileData humidity = tile(TileKind::Chart, QStringLiteral("Greenhouse humidity"), 0, 8, 12, 2, service,
                             {QStringLiteral("greenhouse-1"), kFlappingDevice}, QStringLiteral("humidity"));
    // In reading order (the tab order of the tiles).
    const QString domain = service.startsWith(QLatin1String("pubsub.")) ? service.mid(7) : service;
    dashboard.tiles = QList<TileData>{temperatures, co2} + commandTiles(kCommandDevice + QLatin1Char('@') + domain)
                      + QList<TileData>{power, battery, door, humidity};
    return DashboardFile::write(file, dashboard, error);
}

}  // namespace demo
