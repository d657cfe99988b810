// SenmlParse::decodeJson (JsonReader, no document tree) against the same SenML rules run over
// QJsonDocument, the decoder it replaced: for tricky texts and for thousands of seeded
// mutations of real packs, both must accept and refuse the same texts and give the same
// readings, relative indices and problems. Names and units seen before come back shared.
#include "devices/JsonReader.h"
#include "devices/PayloadDecoder.h"
#include "devices/StringCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using Problem = FeedHealth::Problem;
using namespace SenmlParse;

namespace {
struct Outcome {
    bool parsed = false;
    QList<Reading> readings;
    QList<qsizetype> relative;
    QList<Problem> problems;
};

// The reference: the record rules over a QJsonDocument, as Linnet decoded SenML JSON before.
Outcome reference(QByteArrayView json, qsizetype maxRecords)
{
    Outcome out;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (!document.isArray())
        return out;
    out.parsed = true;
    Resolver resolver;
    resolver.startPack();
    qsizetype taken = 0;
    QString storage[4];
    for (const QJsonValue &value : document.array()) {
        if (!value.isObject()) {
            out.problems.append(Problem::Malformed);
            continue;
        }
        if (++taken > maxRecords) {
            out.problems.append(Problem::TooManyRecords);
            break;
        }
        const QJsonObject record = value.toObject();
        bool typesOk = true;
        Fields f;
        QStringView *strings[] = {&f.baseName, &f.baseUnit, &f.name, &f.unit};
        const char16_t *stringKeys[] = {u"bn", u"bu", u"n", u"u"};
        for (int i = 0; i < 4; ++i) {
            const QJsonValue v = record.value(QStringView(stringKeys[i]));
            if (v.isUndefined())
                continue;
            typesOk = typesOk && v.isString();
            storage[i] = v.toString();
            *strings[i] = storage[i];
        }
        Number *numbers[] = {&f.baseTime, &f.time, &f.value};
        const char16_t *numberKeys[] = {u"bt", u"t", u"v"};
        for (int i = 0; i < 3; ++i) {
            const QJsonValue v = record.value(QStringView(numberKeys[i]));
            if (v.isUndefined())
                continue;
            typesOk = typesOk && v.isDouble();
            *numbers[i] = {v.isDouble() ? Number::Ok : Number::Bad, v.toDouble()};
        }
        if (const auto vb = record.value(u"vb"); !vb.isUndefined())
            f.boolValue = !vb.isBool() ? Fields::Bool::Bad : vb.toBool() ? Fields::Bool::True : Fields::Bool::False;
        f.otherValue = record.contains(u"vs") || record.contains(u"vd") || record.contains(u"s");
        Reading reading;
        bool relative = false;
        Problem problem = Problem::Malformed;
        const auto outcome = typesOk ? resolver.resolve(f, &reading, &relative, &problem) : Resolver::Outcome::Refused;
        if (outcome == Resolver::Outcome::Refused) {
            out.problems.append(problem);
        } else if (outcome == Resolver::Outcome::Reading) {
            if (relative)
                out.relative.append(out.readings.size());
            out.readings.append(reading);
        }
    }
    return out;
}

Outcome decoded(QByteArrayView json, qsizetype maxRecords)
{
    Outcome out;
    out.parsed = decodeJson(json, maxRecords, &out.readings, &out.relative, &out.problems);
    return out;
}

// Empty unless the two differ: what differs, for the failure message.
QString difference(const Outcome &a, const Outcome &b)
{
    if (a.parsed != b.parsed)
        return QStringLiteral("parsed: %1 vs %2").arg(a.parsed).arg(b.parsed);
    if (a.problems != b.problems || a.relative != b.relative)
        return QStringLiteral("problems or relative indices differ (%1 vs %2 problems)").arg(a.problems.size()).arg(b.problems.size());
    if (a.readings.size() != b.readings.size())
        return QStringLiteral("%1 vs %2 readings").arg(a.readings.size()).arg(b.readings.size());
    for (qsizetype i = 0; i < a.readings.size(); ++i) {
        const Reading &x = a.readings[i], &y = b.readings[i];
        if (x.series != y.series || x.unit != y.unit || x.timeMs != y.timeMs || std::memcmp(&x.value, &y.value, sizeof x.value) != 0)
            return QStringLiteral("reading %1: %2 %3 %4 %5 vs %6 %7 %8 %9")
                .arg(i)
                .arg(x.series, x.unit)
                .arg(x.value)
                .arg(x.timeMs)
                .arg(y.series, y.unit)
                .arg(y.value)
                .arg(y.timeMs);
    }
    return {};
}

// Packs as devices send them, and the corners of JSON around them.
const QList<QByteArray> Seeds = {
    R"([{"bn":"dev-2:","bt":1748779200,"bu":"Cel","n":"temp","v":21.5},{"n":"hum","u":"%RH","v":40,"t":-5}])",
    R"([{"bn":"urn:dev:ow:10e2073a01080063:","n":"voltage","u":"V","v":120.1},{"n":"current","t":-5,"v":1.2},{"n":"current","t":-4,"v":1.3}])",
    R"([{"n":"door","vb":true,"t":1748779200.25},{"n":"label","vs":"open"},{"n":"blob","vd":"AAE="},{"n":"e","s":3.5}])",
    R"( [ { "n" : "a" , "v" : -0.0e+2 , "t" : 1.5E-3 , "x" : [ 1 , { "y" : null } , [ ] , { } ] } ] )",
    "[{\"n\":\"caf\\u00e9 \\ud83d\\ude00 \\\" \\\\ \\/ \\b\\f\\n\\r\\t\",\"u\":\"\xc2\xb0" "C\",\"v\":1}]",
    R"([{"bn":"d:","bt":1748779200,"n":"x","v":0},{"n":"x","v":1,"t":1},7,"s",null,[1],{"n":"y","v":"1"},{"n":1,"v":1}])",
    R"([{"n":"dup","v":1,"v":2},{"n":"a","n":"b","v":3},{"n":"c","v":"x","v":4},{"n":"d","vb":"no","vb":false}])",
    "\xEF\xBB\xBF[{\"n\":\"bom\",\"v\":1}]",
};

// Texts that are JSON or nearly: each decoder must judge them alike.
const QList<QByteArray> Corners = {
    "", " ", "[", "]", "[]", "[ ]", "{}", "[{}]", "[{]", "[{}", "[{},]", "[,{}]", "[{}]x", "[{}] \n\t\r", "[{}]\v",
    "[1e999]", "[{\"n\":\"a\",\"v\":1e999}]", "[{\"n\":\"a\",\"v\":1e-999}]", "[{\"n\":\"a\",\"v\":-1e-400}]",
    "[{\"n\":\"a\",\"v\":01}]", "[{\"n\":\"a\",\"v\":1.}]", "[{\"n\":\"a\",\"v\":.5}]", "[{\"n\":\"a\",\"v\":+1}]",
    "[{\"n\":\"a\",\"v\":-}]", "[{\"n\":\"a\",\"v\":1e}]", "[{\"n\":\"a\",\"v\":1e+}]", "[{\"n\":\"a\",\"v\":NaN}]",
    "[{\"n\":\"a\",\"v\":Infinity}]", "[{\"n\":\"a\",\"v\":-0}]", "[{\"n\":\"a\",\"v\":123456789012345678901234567890}]",
    "[{\"n\":\"a\",\"v\":9007199254740993}]", "[{\"n\":\"a\",\"v\":1.7976931348623157e308}]", "[{\"n\":\"a\",\"v\":4.9e-324}]",
    "[{\"n\":\"a\",\"v\":1e-320}]", "[{\"n\":\"a\",\"v\":-.5}]", "[{\"n\":\"a\",\"v\":.}]", "[{\"n\":\"a\",\"v\":.e1}]",
    "[{\"n\":\"a\",\"v\":0.0}]", "[{\"n\":\"a\",\"v\":-0.0e+2}]", "[{\"n\":\"a\",\"v\":1E+02}]", "[{\"n\":\"a\",\"v\":0e}]",
    "[{\"n\":\"a\",\"v\":tru}]", "[{\"n\":\"a\",\"vb\":True}]", "[{\"n\":\"a\",\"v\":nul}]", "[{'n':'a','v':1}]",
    "[{\"n\":\"a\tb\",\"v\":1}]", "[{\"n\":\"a\\x\",\"v\":1}]", "[{\"n\":\"\\u12\",\"v\":1}]", "[{\"n\":\"\\uD800\",\"v\":1}]",
    "[{\"n\":\"\\uDC00x\",\"v\":1}]", "[{\"n\":\"a\\\xc3\xa9\",\"v\":1}]", "[{\"n\":\"a\\\xa9\",\"v\":1}]",
    "[{\"n\":\"\xef\xbf\xbe\",\"v\":1}]", "[{\"n\":\"\xf0\x9f\x98\x80\",\"v\":1}]", "[{\"n\":\"\x7f\x01\",\"v\":1}]", "[{\"n\":\"\xff\",\"v\":1}]", "[{\"n\":\"\xc0\xaf\",\"v\":1}]", "[{\"n\":\"\xed\xa0\x80\",\"v\":1}]",
    "[{\"n\":\"\xf4\x90\x80\x80\",\"v\":1}]", "[{\"n\":\"\xe2\x82\",\"v\":1}]", "[{\"\xc3\xa9\":1,\"n\":\"a\",\"v\":1}]",
    "[{\"b\\u006e\":\"esc:\",\"n\":\"a\",\"v\":1}]", "[{\"n\":\"a\",\"v\":1,}]", "[{\"n\":\"a\" \"v\":1}]", "[{\"n\" \"a\"}]",
    "[{\"n\":\"a\",\"v\":1}", "[{\"n\":\"a\",\"v\":1}]]", "[[[[[]]]]]", "[{\"n\":\"a\",\"v\":1}]\0",
    QByteArray("[{\"n\":\"a\0b\",\"v\":1}]", 20), "\xEF\xBB[]", "\xEF\xBB\xBF\xEF\xBB\xBF[]", "{\"n\":\"a\",\"v\":1}", "\"text\"", "42",
    "[{\"n\":\"a\",\"v\":1}]\n[]", "[{\"n\":\"\",\"v\":1}]", "[{\"bn\":\"\",\"n\":\"a\",\"v\":1}]", "[{\"n\":\"a\",\"v\":true}]",
    "[{\"n\":\"a\",\"v\":null}]", "[{\"n\":null,\"v\":1}]", "[{\"n\":\"a\",\"vb\":1}]", "[{\"n\":\"a\",\"bt\":\"1\",\"v\":1}]",
};

QByteArray nested(int depth)
{
    return "[{\"n\":\"a\",\"v\":1,\"x\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}]";
}

// One seeded edit of a text: a byte changed, inserted, removed or repeated, or the text cut.
QByteArray mutate(QByteArray text, QRandomGenerator &random)
{
    static const QByteArray Alphabet = "[]{}\",:.-+eE0123456789 \\untrfals\x01\x7f\x80\xc3\xa9\xef\xbf\xbd";
    const auto any = [&] { return Alphabet.at(random.bounded(Alphabet.size())); };
    const int edits = 1 + random.bounded(3);
    for (int i = 0; i < edits && !text.isEmpty(); ++i) {
        const qsizetype at = random.bounded(text.size());
        switch (random.bounded(5)) {
        case 0: text[at] = any(); break;
        case 1: text.insert(at, any()); break;
        case 2: text.remove(at, 1 + random.bounded(3)); break;
        case 3: text.insert(at, text.mid(at, 1 + random.bounded(8))); break;
        default: text.truncate(at); break;
        }
    }
    return text;
}
}  // namespace

class TestSenmlJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        for (qsizetype i = 0; i < Seeds.size(); ++i)
            QTest::addRow("seed %lld", qlonglong(i)) << Seeds[i];
        for (qsizetype i = 0; i < Corners.size(); ++i)
            QTest::addRow("corner %lld", qlonglong(i)) << Corners[i];
        for (int depth : {100, JsonReader::MaxDepth - 2, JsonReader::MaxDepth - 1, JsonReader::MaxDepth, 5000})
            QTest::addRow("nested %d", depth) << nested(depth);
    }
    void agreesWithQJsonDocument()
    {
        QFETCH(QByteArray, json);
        const Outcome want = reference(json, PayloadLimits::MaxRecordsPerItem);
        const QString diff = difference(decoded(json, PayloadLimits::MaxRecordsPerItem), want);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // 30,000 seeded mutations of the packs: every one judged and decoded alike. Some must still
    // parse and some must not, or the mutations test nothing.
    void agreesOnMutations()
    {
        QRandomGenerator random(20261201);
        int parsed = 0, refused = 0;
        for (int i = 0; i < 30000; ++i) {
            const QByteArray json = mutate(Seeds[random.bounded(Seeds.size())], random);
            const Outcome want = reference(json, 3);
            const QString diff = difference(decoded(json, 3), want);
            QVERIFY2(diff.isEmpty(), qPrintable(diff + QStringLiteral(" for ") + QString::fromLatin1(json.toPercentEncoding("[]{}\",:.-+ "))));
            ++(want.parsed ? parsed : refused);
        }
        QVERIFY2(parsed > 3000 && refused > 3000, qPrintable(QStringLiteral("%1 parsed, %2 refused").arg(parsed).arg(refused)));
    }

    // Text that turns out not to be JSON leaves what the lists held before as it was.
    void refusalLeavesNothingBehind()
    {
        Outcome out;
        out.readings = {Reading{QStringLiteral("old"), {}, 1, 1}};
        out.relative = {0};
        out.problems = {Problem::AbsurdTime};
        QVERIFY(!decodeJson(R"([{"n":"a","v":1,"t":1},{"n":"b","v":"x"},7,{"n":"c")", 10, &out.readings, &out.relative, &out.problems));
        QCOMPARE(out.readings.size(), 1);
        QCOMPARE(out.relative, QList<qsizetype>{0});
        QCOMPARE(out.problems, QList<Problem>{Problem::AbsurdTime});
    }

    // Past the cap the rest is still read to its end: one TooManyRecords, and garbage after it
    // still refuses the whole text.
    void recordsPastTheCap()
    {
        const QByteArray pack = R"([{"n":"a","v":1},{"n":"b","v":2},{"n":"c","v":3},7,{"n":"d","v":4}])";
        const Outcome out = decoded(pack, 2);
        QVERIFY(out.parsed);
        QCOMPARE(out.readings.size(), 2);
        QCOMPARE(out.problems, QList<Problem>{Problem::TooManyRecords});
        QVERIFY(!decoded(QByteArray(pack).insert(pack.size() - 2, ",{"), 2).parsed);
    }

    // Names and units seen before are shared, not allocated again (StringCache); whatever
    // shares a slot, each text comes back as itself.
    void namesAndUnitsAreShared()
    {
        const QByteArray pack = R"([{"bn":"dev-7:","n":"temp","u":"Cel","v":1}])";
        const Outcome first = decoded(pack, 10);
        const Outcome second = decoded(pack, 10);
        QCOMPARE(second.readings.size(), 1);
        QCOMPARE(second.readings[0].series, QStringLiteral("dev-7:temp"));
        QCOMPARE(second.readings[0].unit, QStringLiteral("Cel"));
        QCOMPARE(second.readings[0].series.constData(), first.readings[0].series.constData());
        QCOMPARE(second.readings[0].unit.constData(), first.readings[0].unit.constData());
        for (int i = 0; i < 2000; ++i) {  // far more texts than entries
            const QString name = QStringLiteral("node-%1:").arg(i);
            QCOMPARE(StringCache::intern(name), name);
            QCOMPARE(StringCache::intern(name, u"v"), name + u"v");
            QCOMPARE(StringCache::intern(u"no", name), u"no" + name);
        }
    }
};

QTEST_GUILESS_MAIN(TestSenmlJson)
#include "tst_senmljson.moc"
