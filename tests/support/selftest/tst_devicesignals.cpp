// The device simulator's signals (tools/devicesim/Signals.h) and what it publishes: believable
// ranges, reproducible from a seed, the demo's CO2 alert where the demo needs it, and SenML
// packs whose records resolve to the contract's series names and times (C6).
#include "DeviceCatalog.h"
#include "DeviceReadings.h"
#include "ProsodyAccounts.h"
#include "Signals.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace devicesim;

namespace {

constexpr qint64 Hour = 3600 * 1000;
// 2026-06-01 00:00 UTC: any fixed moment does, so failures reproduce.
constexpr qint64 Origin = 1780272000000;

SignalClock clockAt(quint64 seed = 7)
{
    return {seed, Origin, 0};
}

DeviceSpec device(const QString &id)
{
    for (const DeviceSpec &d : demoDevices())
        if (d.id == id)
            return d;
    return {};
}

struct ParsedRecord {
    QString series, unit, value;
    double timeS = 0;
};

// A minimal SenML XML reader (RFC 8428: bn + n, bt + t), independent of the one under test.
QList<ParsedRecord> parse(const QString &xml)
{
    QList<ParsedRecord> out;
    QXmlStreamReader reader(xml);
    QString bn;
    double bt = 0;
    while (reader.readNextStartElement()) {
        if (reader.name() == u"sensml")
            continue;
        const auto a = reader.attributes();
        if (a.hasAttribute(u"bn"))
            bn = a.value(u"bn").toString();
        if (a.hasAttribute(u"bt"))
            bt = a.value(u"bt").toDouble();
        out.append({bn + a.value(u"n").toString(), a.value(u"u").toString(),
                    a.hasAttribute(u"vb") ? a.value(u"vb").toString() : a.value(u"v").toString(),
                    bt + a.value(u"t").toDouble()});
        reader.skipCurrentElement();
    }
    return out;
}

}  // namespace

class TestDeviceSignals : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameValues();
    void valuesStayBelievable();
    void temperatureFollowsTheDayAndIsSmooth();
    void meetingRoomCo2CrossesTheAlertAfterTheOrigin();
    void powerHasSpikesAndDoorsOpen();
    void batteryOnlyDrains();
    void packResolvesToTheContractSeries();
    void relayRecordFollowsTheLastSnapshot();
    void statusLineSaysItAll();
    void bigFleetsHaveUniqueIds();
    void accountsAreWrittenFast();
};

void TestDeviceSignals::sameSeedSameValues()
{
    const DeviceSpec d = device(QStringLiteral("greenhouse-1"));
    for (qint64 t = Origin - Hour; t < Origin + Hour; t += 61'000) {
        const Snapshot a = sampleAt(d, clockAt(), t), b = sampleAt(d, clockAt(), t);
        QCOMPARE(a.temperature, b.temperature);
        QCOMPARE(a.co2, b.co2);
        QCOMPARE(a.power, b.power);
        QCOMPARE(a.doorOpen, b.doorOpen);
    }
    // Another seed: another signal (the daily cycle is the same, the noise is not).
    int differ = 0;
    for (qint64 t = Origin; t < Origin + Hour; t += 60'000)
        differ += sampleAt(d, clockAt(7), t).temperature != sampleAt(d, clockAt(8), t).temperature;
    QVERIFY2(differ > 50, qPrintable(QString::number(differ)));
}

void TestDeviceSignals::valuesStayBelievable()
{
    QList<DeviceSpec> all = demoDevices();
    all += numberedDevices(24);
    for (const DeviceSpec &d : std::as_const(all)) {
        const DeviceProfile &p = d.profile;
        for (qint64 t = Origin - 24 * Hour; t < Origin + 24 * Hour; t += 37'000) {
            const Snapshot s = sampleAt(d, clockAt(), t);
            const QByteArray where = (d.id + QStringLiteral(" at %1 h").arg(double(t - Origin) / Hour)).toUtf8();
            QVERIFY2(std::abs(s.temperature - p.tempMean) <= 1.3 * p.tempSwing + 0.5, where);
            QVERIFY2(s.humidity >= 15 && s.humidity <= 98, where);
            QVERIFY2(s.co2 >= OutdoorCo2 - 10 && s.co2 <= p.co2Peak + 10, where);
            QVERIFY2(s.power >= 0 && s.power <= 1.05 * p.basePowerW + p.cyclingPowerW + 1800 + 5, where);
            QVERIFY2(s.battery >= 3 && s.battery <= 100, where);
        }
    }
}

void TestDeviceSignals::temperatureFollowsTheDayAndIsSmooth()
{
    const DeviceSpec d = device(QStringLiteral("greenhouse-1"));
    double afternoon = 0, night = 0;
    for (int day = 0; day < 5; ++day) {
        afternoon += sampleAt(d, clockAt(), Origin + day * 24 * Hour + 15 * Hour).temperature;
        night += sampleAt(d, clockAt(), Origin + day * 24 * Hour + 3 * Hour).temperature;
    }
    QVERIFY2(afternoon / 5 - night / 5 > 1.5 * d.profile.tempSwing, qPrintable(QStringLiteral("%1 %2").arg(afternoon).arg(night)));
    // A sensor reading every second moves by hundredths, not degrees.
    double previous = sampleAt(d, clockAt(), Origin).temperature;
    for (qint64 t = Origin + 1000; t < Origin + Hour; t += 1000) {
        const double now = sampleAt(d, clockAt(), t).temperature;
        QVERIFY2(std::abs(now - previous) < 0.15, qPrintable(QString::number(now - previous)));
        previous = now;
    }
}

void TestDeviceSignals::meetingRoomCo2CrossesTheAlertAfterTheOrigin()
{
    // ./dev demo's dashboard has a 1000 ppm threshold on the meeting room: the ramp is below it
    // a minute before the fleet starts and above it from half a minute after, for many minutes.
    const DeviceSpec d = device(QStringLiteral("meeting-room"));
    QVERIFY(sampleAt(d, clockAt(), Origin - 60'000).co2 < 980);
    QVERIFY(sampleAt(d, clockAt(), Origin - 400'000).co2 < 700);  // the history shows the ramp
    for (qint64 t = Origin + 30'000; t < Origin + 30 * 60'000; t += 5000)
        QVERIFY2(sampleAt(d, clockAt(), t).co2 > 1000, qPrintable(QString::number(double(t - Origin) / 1000)));
    // It rises all the while: ~ +1 ppm per second at the crossing.
    QVERIFY(sampleAt(d, clockAt(), Origin + 120'000).co2 > sampleAt(d, clockAt(), Origin + 30'000).co2 + 50);
}

void TestDeviceSignals::powerHasSpikesAndDoorsOpen()
{
    const DeviceSpec workshop = device(QStringLiteral("workshop"));
    const DeviceSpec garage = device(QStringLiteral("garage"));
    int spikes = 0, cycling = 0, open = 0, samples = 0;
    for (qint64 t = Origin; t < Origin + 4 * Hour; t += 1000, ++samples) {
        const double w = sampleAt(workshop, clockAt(), t).power;
        spikes += w > workshop.profile.basePowerW * 1.05 + workshop.profile.cyclingPowerW + 500;
        cycling += w > workshop.profile.cyclingPowerW;
        open += signal::doorOpen(garage, clockAt(), t);
    }
    QVERIFY2(spikes > 20, qPrintable(QString::number(spikes)));   // 60 spikes an hour, 2-5 s each
    QVERIFY2(cycling > samples / 5 && cycling < samples * 0.7, qPrintable(QString::number(cycling)));
    QVERIFY2(open > 60 && open < samples / 4, qPrintable(QString::number(open)));  // the door is mostly shut
}

void TestDeviceSignals::batteryOnlyDrains()
{
    const DeviceSpec d = device(QStringLiteral("garage"));
    double previous = 101;
    for (qint64 t = Origin - Hour; t < Origin + 10 * Hour; t += 60'000) {
        const double b = signal::battery(d, clockAt(), t);
        QVERIFY(b <= previous);
        previous = b;
    }
    QVERIFY(signal::battery(d, clockAt(), Origin) - signal::battery(d, clockAt(), Origin + 10 * Hour) > 15);
}

void TestDeviceSignals::packResolvesToTheContractSeries()
{
    const DeviceSpec d = device(QStringLiteral("cellar"));
    const QList<Snapshot> pack{sampleAt(d, clockAt(), Origin), sampleAt(d, clockAt(), Origin + 1500),
                               sampleAt(d, clockAt(), Origin + 3000)};
    const QString xml = senmlPackXml(d.id, pack);
    QVERIFY(xml.startsWith(QStringLiteral("<sensml xmlns=\"urn:ietf:params:xml:ns:senml\">")));
    const QList<ParsedRecord> records = parse(xml);
    QCOMPARE(records.size(), 18);
    const QStringList series{QStringLiteral("cellar:temperature"), QStringLiteral("cellar:humidity"), QStringLiteral("cellar:co2"),
                             QStringLiteral("cellar:power"), QStringLiteral("cellar:door"), QStringLiteral("cellar:battery")};
    const QStringList units{QStringLiteral("Cel"), QStringLiteral("%RH"), QStringLiteral("ppm"), QStringLiteral("W"), QString(), QStringLiteral("%")};
    for (int i = 0; i < records.size(); ++i) {
        QCOMPARE(records[i].series, series[i % 6]);
        QCOMPARE(records[i].unit, units[i % 6]);
        QCOMPARE(qint64(std::llround(records[i].timeS * 1000)), Origin + (i / 6) * 1500);
    }
    QCOMPARE(records[0].value.toDouble(), std::round(pack[0].temperature * 100) / 100);
    QVERIFY(records[4].value == u"true" || records[4].value == u"false");
    // Only the first record carries the base name and time.
    QCOMPARE(xml.count(QStringLiteral("bn=")), 1);
    QCOMPARE(xml.count(QStringLiteral("bt=")), 1);
}

// Issue 9: once a command has switched the relay, an item reports it as "<id>:relay", 1 or 0,
// without a unit, at the time of the item's last snapshot.
void TestDeviceSignals::relayRecordFollowsTheLastSnapshot()
{
    const DeviceSpec d = device(QStringLiteral("cellar"));
    const QList<Snapshot> pack{sampleAt(d, clockAt(), Origin), sampleAt(d, clockAt(), Origin + 1500)};
    QCOMPARE(parse(senmlPackXml(d.id, pack)).size(), 12);  // not switched: no relay record
    for (const bool on : {true, false}) {
        const QList<ParsedRecord> records = parse(senmlPackXml(d.id, pack, on));
        QCOMPARE(records.size(), 13);
        QCOMPARE(records.last().series, QStringLiteral("cellar:relay"));
        QCOMPARE(records.last().unit, QString());
        QCOMPARE(records.last().value, on ? QStringLiteral("1") : QStringLiteral("0"));
        QCOMPARE(qint64(std::llround(records.last().timeS * 1000)), Origin + 1500);
    }
    const QList<ParsedRecord> live = parse(senmlPackXml(d.id, {pack.first()}, true));
    QCOMPARE(live.size(), 7);
    QCOMPARE(qint64(std::llround(live.last().timeS * 1000)), Origin);
}

void TestDeviceSignals::statusLineSaysItAll()
{
    Snapshot s;
    s.temperature = 23.44;
    s.humidity = 61.2;
    s.co2 = 812.4;
    s.power = 120.4;
    s.doorOpen = true;
    s.battery = 87.2;
    QCOMPARE(statusLine(QStringLiteral("Greenhouse 1"), s),
             QStringLiteral("Greenhouse 1: 23.4 \u00b0C, 61 %RH, CO2 812 ppm, 120 W, door open, battery 87 %"));
}

void TestDeviceSignals::bigFleetsHaveUniqueIds()
{
    const QList<DeviceSpec> fleet = fleetDevices(1000);
    QCOMPARE(fleet.size(), 1000);
    QCOMPARE(fleet.first().id, QStringLiteral("dev-0001"));
    QCOMPARE(fleet.last().id, QStringLiteral("dev-1000"));
    QCOMPARE(fleet.last().title, QStringLiteral("Device 1000"));
    QSet<QString> ids;
    for (const DeviceSpec &d : fleet)
        ids.insert(d.id);
    QCOMPARE(ids.size(), 1000);
    QCOMPARE(fleetDevices(8).at(1).id, QStringLiteral("greenhouse-2"));
}

void TestDeviceSignals::accountsAreWrittenFast()
{
    // The file layout is Prosody's (tst_devicefleet logs in with these); here: all there, fast.
    QTemporaryDir dir;
    FleetAccountsResult result;
    QString error;
    QVERIFY2(writeFleetAccounts(dir.path(), QStringLiteral("linnet.test"), fleetDevices(1000), QStringLiteral("pw"),
                                {QStringLiteral("alice")}, &result, &error),
             qPrintable(error));
    QCOMPARE(result.accounts, 1000);
    QCOMPARE(result.rosterEntries, 2000);
    QVERIFY2(result.elapsedMs < 5000, qPrintable(QString::number(result.elapsedMs)));
    qInfo("1,000 device accounts and rosters written in %lld ms", result.elapsedMs);
    QFile alice(dir.filePath(QStringLiteral("linnet%2etest/roster/alice.dat")));
    QVERIFY(alice.open(QIODevice::ReadOnly));
    const QByteArray roster = alice.readAll();
    QCOMPARE(roster.count("\"subscription\"] = \"both\""), 1000);
    QVERIFY(roster.contains("[\"name\"] = \"Device 0042\""));
    QFile account(dir.filePath(QStringLiteral("linnet%2etest/accounts/dev%2d0042.dat")));
    QVERIFY(account.open(QIODevice::ReadOnly));
    QVERIFY(account.readAll().contains("[\"iteration_count\"] = 4096"));
}

QTEST_GUILESS_MAIN(TestDeviceSignals)
#include "tst_devicesignals.moc"
