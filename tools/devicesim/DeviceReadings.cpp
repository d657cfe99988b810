#include "DeviceReadings.h"

#include "DeviceCatalog.h"

#include <QXmlStreamWriter>

#include <utility>

namespace devicesim {

namespace {

// Integer milliseconds as "s.mmm" without a double in between, so the text is exact.
QString secondsText(qint64 ms)
{
    const QString sign = ms < 0 ? QStringLiteral("-") : QString();
    ms = qAbs(ms);
    return sign + QString::number(ms / 1000) + QLatin1Char('.') + QString::number(ms % 1000).rightJustified(3, QLatin1Char('0'));
}

// One record; bn/bt/t only when given (the first record of a pack has the base values, the
// records of a later snapshot in the pack their time relative to bt, RFC 8428 4.5.3).
struct Record {
    QStringView name;
    QStringView unit;
    QString value;
    bool boolean = false;
};

void writeRecord(QXmlStreamWriter *w, const Record &r, const QString &bn, const QString &bt, const QString &t)
{
    w->writeStartElement(QStringLiteral("senml"));
    if (!bn.isEmpty())
        w->writeAttribute(QStringLiteral("bn"), bn);
    if (!bt.isEmpty())
        w->writeAttribute(QStringLiteral("bt"), bt);
    w->writeAttribute(QStringLiteral("n"), r.name.toString());
    if (!r.unit.isEmpty())
        w->writeAttribute(QStringLiteral("u"), r.unit.toString());
    w->writeAttribute(r.boolean ? QStringLiteral("vb") : QStringLiteral("v"), r.value);
    if (!t.isEmpty())
        w->writeAttribute(QStringLiteral("t"), t);
    w->writeEndElement();
}

}  // namespace

void writeSenmlPack(QXmlStreamWriter *w, const QString &deviceId, const QList<Snapshot> &snapshots, std::optional<bool> relay)
{
    w->writeStartElement(QStringLiteral("sensml"));
    w->writeDefaultNamespace(SenmlNamespace.toString());
    const qint64 baseMs = snapshots.isEmpty() ? 0 : snapshots.first().timeMs;
    bool first = true;
    for (const Snapshot &s : snapshots) {
        // "t" belongs to a record, not to the snapshot: each record of a later one repeats it.
        const QString t = s.timeMs != baseMs ? secondsText(s.timeMs - baseMs) : QString();
        const Record records[] = {
            {TemperatureSeries, u"Cel", QString::number(s.temperature, 'f', 2)},
            {HumiditySeries, u"%RH", QString::number(s.humidity, 'f', 1)},
            {Co2Series, u"ppm", QString::number(s.co2, 'f', 0)},
            {PowerSeries, u"W", QString::number(s.power, 'f', 1)},
            {DoorSeries, {}, s.doorOpen ? QStringLiteral("true") : QStringLiteral("false"), true},
            {BatterySeries, u"%", QString::number(s.battery, 'f', 1)},
        };
        for (const Record &r : records) {
            if (std::exchange(first, false))
                writeRecord(w, r, deviceId + QLatin1Char(':'), secondsText(baseMs), {});
            else
                writeRecord(w, r, {}, {}, t);
        }
    }
    if (relay && !snapshots.isEmpty()) {
        const qint64 lastMs = snapshots.last().timeMs;
        writeRecord(w, {RelaySeries, {}, *relay ? QStringLiteral("1") : QStringLiteral("0")}, {}, {},
                    lastMs != baseMs ? secondsText(lastMs - baseMs) : QString());
    }
    w->writeEndElement();
}

QString senmlPackXml(const QString &deviceId, const QList<Snapshot> &snapshots, std::optional<bool> relay)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writeSenmlPack(&writer, deviceId, snapshots, relay);
    return xml;
}

QString statusLine(const QString &title, const Snapshot &s)
{
    return QStringLiteral("%1: %2 \u00b0C, %3 %RH, CO2 %4 ppm, %5 W, door %6, battery %7 %")
        .arg(title, QString::number(s.temperature, 'f', 1), QString::number(s.humidity, 'f', 0),
             QString::number(s.co2, 'f', 0), QString::number(s.power, 'f', 0),
             s.doorOpen ? QStringLiteral("open") : QStringLiteral("closed"), QString::number(s.battery, 'f', 0));
}

ReadingsItem::ReadingsItem(const QString &id, const QString &deviceId, QList<Snapshot> snapshots, std::optional<bool> relay)
    : QXmppPubSubBaseItem(id)
    , m_deviceId(deviceId)
    , m_snapshots(std::move(snapshots))
    , m_relay(relay)
{
}

void ReadingsItem::serializePayload(QXmlStreamWriter *writer) const
{
    writeSenmlPack(writer, m_deviceId, m_snapshots, m_relay);
}

}  // namespace devicesim
