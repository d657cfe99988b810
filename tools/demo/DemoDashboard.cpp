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
    TileData power = tile(TileKind::Chart, QStringLiteral("Power"), 0, 3, 6, 3, service,
                          {QStringLiteral("workshop"), QStringLiteral("cold-room")}, QStringLiteral("power"));
    TileData battery = tile(TileKind::Gauge, QStringLiteral("Garage battery"), 6, 3, 3, 3, service,
                            {QStringLiteral("garage")}, QStringLiteral("battery"));
    battery.low = 20;
    TileData door = tile(TileKind::Timeline, QStringLiteral("Garage door"), 9, 3, 3, 3, service,
                         {QStringLiteral("garage")}, QStringLiteral("door"));
    TileData humidity = tile(TileKind::Chart, QStringLiteral("Greenhouse humidity"), 0, 6, 12, 2, service,
                             {QStringLiteral("greenhouse-1"), kFlappingDevice}, QStringLiteral("humidity"));
    dashboard.tiles = {temperatures, co2, power, battery, door, humidity};
    return DashboardFile::write(file, dashboard, error);
}

}  // namespace demo
