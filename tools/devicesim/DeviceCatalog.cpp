#include "DeviceCatalog.h"

namespace devicesim {

namespace {

DeviceProfile profile(double tempMean, double tempSwing, double humidity, double co2Peak, double basePower,
                      double cyclingPower, double doorPerHour)
{
    DeviceProfile p;
    p.tempMean = tempMean;
    p.tempSwing = tempSwing;
    p.humidityMean = humidity;
    p.co2Peak = co2Peak;
    p.basePowerW = basePower;
    p.cyclingPowerW = cyclingPower;
    p.doorOpeningsPerHour = doorPerHour;
    return p;
}

QList<DeviceSpec> catalog()
{
    // Greenhouses: warm, humid, big daily swing; pumps and fans.
    DeviceProfile greenhouse1 = profile(23.5, 5.0, 68, 800, 45, 350, 3);
    DeviceProfile greenhouse2 = profile(21.0, 6.0, 72, 750, 40, 300, 2);
    // Wine cellar: cool and steady; a small climate unit.
    DeviceProfile cellar = profile(12.5, 0.4, 75, 650, 20, 180, 1);
    cellar.occupiedMinutes = 10;
    // Meeting room: the CO2 ramp of a long meeting. Its occupancy starts 382 s before the
    // origin, so the level crosses 1000 ppm about 10 s after it (the demo's alert) and
    // keeps rising for another half hour.
    DeviceProfile meeting = profile(21.5, 1.2, 45, 1800, 70, 0, 6);
    meeting.occupiedMinutes = 45;
    meeting.cycleMinutes = 120;
    meeting.occupancyStartS = -382;
    meeting.spikesPerHour = 6;
    DeviceProfile office = profile(22.0, 1.5, 42, 1150, 120, 0, 8);
    office.occupiedMinutes = 50;
    office.cycleMinutes = 80;
    // Workshop: power tools, so big and frequent spikes over a modest heater.
    DeviceProfile workshop = profile(17.5, 3.0, 55, 900, 80, 1500, 5);
    workshop.spikesPerHour = 60;
    // Cold room: 4 Cel with a compressor cycling.
    DeviceProfile coldRoom = profile(4.0, 0.5, 85, 500, 35, 900, 6);
    coldRoom.occupiedMinutes = 5;
    // Garage: follows the outdoor air; the door opens often.
    DeviceProfile garage = profile(11.0, 4.5, 65, 600, 15, 0, 12);
    garage.spikesPerHour = 4;
    garage.batteryDrainPerHour = 2;

    return {
        {QStringLiteral("greenhouse-1"), QStringLiteral("Greenhouse 1"), 0, greenhouse1},
        {QStringLiteral("greenhouse-2"), QStringLiteral("Greenhouse 2"), 1, greenhouse2},
        {QStringLiteral("cellar"), QStringLiteral("Wine cellar"), 2, cellar},
        {QStringLiteral("meeting-room"), QStringLiteral("Meeting room"), 3, meeting},
        {QStringLiteral("office"), QStringLiteral("Office"), 4, office},
        {QStringLiteral("workshop"), QStringLiteral("Workshop"), 5, workshop},
        {QStringLiteral("cold-room"), QStringLiteral("Cold room"), 6, coldRoom},
        {QStringLiteral("garage"), QStringLiteral("Garage"), 7, garage},
    };
}

}  // namespace

QList<DeviceSpec> demoDevices(int count)
{
    return catalog().mid(0, qBound(0, count, 8));
}

QList<DeviceSpec> numberedDevices(int count)
{
    const QList<DeviceSpec> kinds = catalog();
    const int digits = qMax(4, int(QString::number(count).size()));
    QList<DeviceSpec> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString number = QString::number(i + 1).rightJustified(digits, QLatin1Char('0'));
        DeviceProfile p = kinds.at(i % kinds.size()).profile;
        p.occupancyStartS = qQNaN();  // every device its own phase
        out.append({QStringLiteral("dev-") + number, QStringLiteral("Device ") + number, i, p});
    }
    return out;
}

QList<DeviceSpec> fleetDevices(int count)
{
    return count <= 8 ? demoDevices(count) : numberedDevices(count);
}

}  // namespace devicesim
