// decodePayload(): the three payload formats and every kind of bad input, as the backfill (and
// the fuzz target) use it.
#include "devices/PayloadDecoder.h"

#include <QDateTime>
#include <QTest>

using Problem = FeedHealth::Problem;

namespace {
const qint64 Base = QDateTime::currentMSecsSinceEpoch() - 60000;  // "the delay stamp"

QByteArray senml(const QByteArray &records)
{
    return "<sensml xmlns='urn:ietf:params:xml:ns:senml'>" + records + "</sensml>";
}
QByteArray json(const QByteArray &array)
{
    return "<json xmlns='urn:xmpp:json:0'>" + array + "</json>";
}
qsizetype count(const DecodedPayload &d, Problem p)
{
    return d.problems.count(p);
}
}  // namespace

class TestPayloadDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void senmlXml()
    {
        const auto d = decodePayload(senml("<senml bn='dev-1:' bu='Cel' bt='1748779200' n='temp' v='21.5'/>"
                                           "<senml n='hum' u='%RH' v='55' t='1.25'/><senml n='door' vb='true'/>"
                                           "<senml n='label' vs='kitchen'/><senml n='rel' v='7' bt='0' t='-5'/>"),
                                     Base);
        QVERIFY2(d.problems.isEmpty(), qPrintable(QString::number(d.problems.size())));
        QCOMPARE(d.readings.size(), 4);  // the string value is skipped, not a problem
        QCOMPARE(d.readings[0].series, QStringLiteral("dev-1:temp"));
        QCOMPARE(d.readings[0].unit, QStringLiteral("Cel"));
        QCOMPARE(d.readings[0].timeMs, qint64(1748779200000));
        QCOMPARE(d.readings[1].unit, QStringLiteral("%RH"));
        QCOMPARE(d.readings[1].timeMs, qint64(1748779201250));
        QCOMPARE(d.readings[2].value, 1.0);
        QCOMPARE(d.readings[2].unit, QStringLiteral("Cel"));  // bu still applies
        QCOMPARE(d.readings[3].series, QStringLiteral("dev-1:rel"));
        QCOMPARE(d.readings[3].timeMs, Base - 5000);  // relative: from the base time
    }

    void senmlJson()
    {
        const auto d = decodePayload(json(R"([{"bn":"dev-2:","bt":1748779200,"bu":"Cel","n":"temp","v":21.5},)"
                                          R"({"n":"hum","u":"%RH","v":55,"t":2},{"n":"door","vb":false},)"
                                          R"({"n":"label","vs":"x"},{"bn":"r:","bt":0,"n":"now","v":3}])"),
                                     Base);
        QVERIFY(d.problems.isEmpty());
        QCOMPARE(d.readings.size(), 4);
        QCOMPARE(d.readings[0].series, QStringLiteral("dev-2:temp"));
        QCOMPARE(d.readings[0].timeMs, qint64(1748779200000));
        QCOMPARE(d.readings[1].timeMs, qint64(1748779202000));
        QCOMPARE(d.readings[1].unit, QStringLiteral("%RH"));
        QCOMPARE(d.readings[2].value, 0.0);
        QCOMPARE(d.readings[3].series, QStringLiteral("r:now"));
        QCOMPARE(d.readings[3].timeMs, Base);
    }

    void bareNumber()
    {
        const auto d = decodePayload("<temperature xmlns='urn:example' unit='Cel'> 21.5\n</temperature>", Base);
        QVERIFY(d.problems.isEmpty());
        QCOMPARE(d.readings.size(), 1);
        QCOMPARE(d.readings[0].series, QStringLiteral("temperature"));
        QCOMPARE(d.readings[0].unit, QStringLiteral("Cel"));
        QCOMPARE(d.readings[0].value, 21.5);
        QCOMPARE(d.readings[0].timeMs, Base);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("readings");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<int>("problems");

        QTest::newRow("wrong namespace") << senml("").replace("urn:ietf:params:xml:ns:senml", "urn:wrong") << 0 << Problem::UnknownPayload << 1;
        QTest::newRow("wrong namespace with records")
            << QByteArray("<sensml xmlns='urn:wrong'><senml n='x' v='1'/></sensml>") << 0 << Problem::UnknownPayload << 1;
        QTest::newRow("json in the wrong namespace") << QByteArray("<json xmlns='urn:wrong'>[{\"n\":\"x\",\"v\":1}]</json>") << 0
                                                     << Problem::UnknownPayload << 1;
        QTest::newRow("text, not a number") << QByteArray("<state>open</state>") << 0 << Problem::UnknownPayload << 1;
        QTest::newRow("NaN and Inf") << senml("<senml n='a' v='nan'/><senml n='b' v='inf'/><senml n='c' v='-inf'/>"
                                              "<senml n='d' v='1e999'/><senml n='e' v='1' t='nan'/><senml n='ok' v='1'/>")
                                     << 1 << Problem::NonFinite << 5;
        QTest::newRow("bare NaN") << QByteArray("<t>NaN</t>") << 0 << Problem::NonFinite << 1;
        QTest::newRow("bare Inf") << QByteArray("<t>-inf</t>") << 0 << Problem::NonFinite << 1;
        QTest::newRow("json overflow is not JSON") << json(R"([{"n":"a","v":1e999}])") << 0 << Problem::Malformed << 1;
        QTest::newRow("before 2000") << senml("<senml bt='946684799' n='a' v='1'/><senml bt='946684800' n='b' v='1'/>") << 1
                                     << Problem::AbsurdTime << 1;
        const QByteArray tomorrow = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 25 * 3600);
        QTest::newRow("more than a day ahead") << senml("<senml bt='" + tomorrow + "' n='a' v='1'/>") << 0 << Problem::AbsurdTime << 1;
        QTest::newRow("json: more than a day ahead")
            << json("[{\"bt\":" + tomorrow + ",\"n\":\"a\",\"v\":1},{\"bt\":1748779200,\"n\":\"b\",\"v\":1}]") << 1
            << Problem::AbsurdTime << 1;
        QTest::newRow("time past qint64") << senml("<senml bt='1e300' n='a' v='1'/>") << 0 << Problem::AbsurdTime << 1;
        QTest::newRow("bad records") << senml("<senml n='a' v='warm'/><senml v='3'/><senml n='c' vb='maybe'/><x/><senml n='d' v='4'/>")
                                     << 1 << Problem::Malformed << 4;
        QTest::newRow("json: wrong types") << json(R"([{"n":1,"v":1},{"n":"a","v":"1"},{"n":"b","vb":"true"},7,{"n":"ok","v":1}])")
                                           << 1 << Problem::Malformed << 4;
        QTest::newRow("json: not an array") << json(R"({"n":"a","v":1})") << 0 << Problem::Malformed << 1;
        QTest::newRow("json: garbage") << json("[{\"n\":") << 0 << Problem::Malformed << 1;
        QTest::newRow("truncated") << senml("<senml n='a' v='1'/>").chopped(9) << 0 << Problem::Malformed << 1;
        QTest::newRow("two roots") << QByteArray("<a>1</a><b>2</b>") << 0 << Problem::Malformed << 1;
        QTest::newRow("empty") << QByteArray() << 0 << Problem::Malformed << 1;
        QTest::newRow("not XML") << QByteArray("\xff\xfe garbage") << 0 << Problem::Malformed << 1;
    }
    void badInput()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, readings);
        QFETCH(Problem, problem);
        QFETCH(int, problems);
        const auto d = decodePayload(payload, Base);
        QCOMPARE(d.readings.size(), readings);
        QCOMPARE(count(d, problem), problems);
        QCOMPARE(d.problems.size(), problems);  // nothing else
        for (const auto &r : d.readings)
            QVERIFY(std::isfinite(r.value));
    }

    // A relative time from an absurd base (a server's delay stamp from 1970) is absurd too.
    void relativeTimesFromAnAbsurdBase()
    {
        const auto d = decodePayload(senml("<senml n='a' v='1' t='-5'/><senml bt='1748779200' n='b' v='2'/>"), 5000);
        QCOMPARE(d.readings.size(), 1);
        QCOMPARE(count(d, Problem::AbsurdTime), 1);
    }

    void oversizedItemIsRefusedWhole()
    {
        QByteArray records;
        const QByteArray record = "<senml n='x' v='1' t='-1'/>";
        while (records.size() < 10 * 1000 * 1000)  // 10 MB
            records += record;
        const QByteArray payload = senml(records);
        const auto d = decodePayload(payload, Base);
        QVERIFY(d.readings.isEmpty());
        QCOMPARE(d.problems, QList<Problem>{Problem::Oversized});
    }

    void packOf100000RecordsIsCut()
    {
        QByteArray records = "<senml bn='d:' bt='1748779200' n='x' v='0'/>";
        for (int i = 1; i < 100000; ++i)
            records += "<senml n='x' v='" + QByteArray::number(i) + "' t='" + QByteArray::number(i) + "'/>";
        const auto d = decodePayload(senml(records), Base);
        QCOMPARE(d.readings.size(), PayloadLimits::MaxRecordsPerItem);
        QCOMPARE(d.readings.last().value, double(PayloadLimits::MaxRecordsPerItem - 1));
        QCOMPARE(d.problems, QList<Problem>{Problem::TooManyRecords});
    }

    void jsonPackOf100000RecordsIsCut()
    {
        QByteArray records = R"({"bn":"d:","bt":1748779200,"n":"x","v":0})";
        for (int i = 1; i < 100000; ++i)
            records += ",{\"n\":\"x\",\"v\":" + QByteArray::number(i) + ",\"t\":" + QByteArray::number(i) + "}";
        const auto d = decodePayload(json("[" + records + "]"), Base);
        QCOMPARE(d.readings.size(), PayloadLimits::MaxRecordsPerItem);
        QCOMPARE(d.problems, QList<Problem>{Problem::TooManyRecords});
    }

    void delayStamps()
    {
        QCOMPARE(SenmlParse::stampMs(u"2026-11-22T06:00:00Z"), std::optional<qint64>(1795327200000));
        QCOMPARE(SenmlParse::stampMs(u"2026-11-22T07:00:00.250+01:00"), std::optional<qint64>(1795327200250));
        QCOMPARE(SenmlParse::stampMs(u"2026-11-22T06:00:00"), std::optional<qint64>(1795327200000));  // read as UTC
        QVERIFY(!SenmlParse::stampMs(u"yesterday"));
        QVERIFY(!SenmlParse::stampMs(u"9999999-01-01T00:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestPayloadDecoder)
#include "tst_payloaddecoder.moc"
