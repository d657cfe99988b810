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
// view in the 800 px screenshots), sent to its bare JID (its online resource is found when pressed).
QList<TileData> commandTiles(const QString &device)
{
    // On: the demo switches the relay on before the dashboard shots (Demo::allReady runs "command-done" first).
    CommandRef relay{device, QStringLiteral("relay"), QStringLiteral("Switch relay"), CommandRef::Control::Toggle,
                     QStringLiteral("on"), 0, 100, 1, {{QStringLiteral("on"), QStringLiteral("1")}}};
    CommandRef interval{device, QStringLiteral("set-interval"), QStringLiteral("Set reporting interval"),
                        CommandRef::Control::Slider, QStringLiteral("custom"), 1, 60, 1, {}};
    CommandRef reboot{device, QStringLiteral("reboot"), QStringLiteral("Reboot"), CommandRef::Control::Button, {}, 0, 100, 1, {}};
    return {commandTile(QStringLiteral("Greenhouse 1 relay"), 0, 3, relay),
            commandTile(QStringLiteral("Greenhouse 1 interval (s)"), 3, 5, interval),
            commandTile(QStringLiteral("Greenhouse 1"), 8, 4, reboot)};
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
