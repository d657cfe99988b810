#include "AmqpDevice.h"

#include "DeviceCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace devicesim::amqp {

namespace {

// Rounded like the XML packs (DeviceReadings.cpp), so both transports show the same figures.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject record(QStringView name, QStringView unit, double value)
{
    QJsonObject r{{QStringLiteral("n"), name.toString()}, {QStringLiteral("v"), value}};
    if (!unit.isEmpty())
        r.insert(QStringLiteral("u"), unit.toString());
    return r;
}

DeviceSpec spec(const QString &id, int index, const DeviceProfile &profile)
{
    QString title = id;
    title.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return {id, title, index, profile};
}

}  // namespace

QList<DeviceSpec> demoDevices()
{
    return devicesNamed({QStringLiteral("press-1"), QStringLiteral("kiln-2"), QStringLiteral("chiller-3")});
}

QList<DeviceSpec> devicesNamed(const QStringList &ids)
{
    DeviceProfile press;
    press.tempMean = 38;
    press.tempSwing = 4;
    press.humidityMean = 40;
    press.basePowerW = 1500;
    press.cyclingPowerW = 6000;
    press.spikesPerHour = 60;
    DeviceProfile kiln;
    kiln.tempMean = 220;
    kiln.tempSwing = 25;
    kiln.humidityMean = 15;
    kiln.basePowerW = 3000;
    kiln.cyclingPowerW = 9000;
    kiln.doorOpeningsPerHour = 1;
    DeviceProfile chiller;
    chiller.tempMean = 4;
    chiller.tempSwing = 1;
    chiller.humidityMean = 80;
    chiller.basePowerW = 300;
    chiller.cyclingPowerW = 1200;
    const QList<DeviceSpec> numbered = numberedDevices(int(std::max<qsizetype>(ids.size(), 1)));
    QList<DeviceSpec> devices;
    for (int i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        const DeviceProfile profile = id == u"press-1" ? press : id == u"kiln-2" ? kiln : id == u"chiller-3" ? chiller
                                                                                                           : numbered.at(i).profile;
        devices.append(spec(id, i, profile));
    }
    return devices;
}

QString commandAddress(const QString &deviceId)
{
    return QStringLiteral("/queues/") + deviceId + QStringLiteral(".commands");
}

QByteArray senmlJson(const QString &deviceId, const Snapshot &s, std::optional<bool> relay)
{
    QJsonObject first = record(TemperatureSeries, u"Cel", rounded(s.temperature, 2));
    first.insert(QStringLiteral("bn"), QString(deviceId + QLatin1Char(':')));
    first.insert(QStringLiteral("bt"), double(s.timeMs) / 1000.0);
    QJsonArray pack{
        first,
        record(HumiditySeries, u"%RH", rounded(s.humidity, 1)),
        record(Co2Series, u"ppm", rounded(s.co2, 0)),
        record(PowerSeries, u"W", rounded(s.power, 1)),
        QJsonObject{{QStringLiteral("n"), DoorSeries.toString()}, {QStringLiteral("vb"), s.doorOpen}},
        record(BatterySeries, u"%", rounded(s.battery, 1)),
    };
    if (relay)
        pack.append(record(RelaySeries, {}, *relay ? 1 : 0));
    return QJsonDocument(pack).toJson(QJsonDocument::Compact);
}

CommandOutcome applyCommand(DeviceState &state, const QString &action, const QString &value)
{
    const QString v = value.trimmed();
    if (action == RelayAction) {
        if (v != u"on" && v != u"off")
            return {false, QStringLiteral("Unknown relay value \"%1\": use on or off").arg(v)};
        state.relay = v == u"on";
        state.relayReported = true;
        return {true, state.relay ? QStringLiteral("Relay on") : QStringLiteral("Relay off")};
    }
    if (action == IntervalAction) {
        bool ok = false;
        const double seconds = v.toDouble(&ok);
        // Fractions are fine (a test wants a fast device); below 10 ms the tool only burns CPU.
        if (!ok || !(seconds >= 0.01) || seconds > MaxIntervalS)
            return {false, QStringLiteral("Interval must be a number of seconds from 0.01 to %1, not \"%2\"").arg(MaxIntervalS).arg(v)};
        state.intervalMs = qint64(std::llround(seconds * 1000));
        state.intervalChanged = true;
        return {true, QStringLiteral("Interval is now %1 s").arg(QString::number(seconds)), true};
    }
    return {false, QStringLiteral("Unknown command \"%1\": this device knows relay and interval").arg(action)};
}

}  // namespace devicesim::amqp
