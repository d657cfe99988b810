#include "PayloadDecoder.h"
#include "StringCache.h"

#include <QDateTime>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <cmath>

using Problem = FeedHealth::Problem;

namespace {
// RFC 8428 4.5.3: times below 2**28 are relative to now.
constexpr double RelativeTimeLimit = 268435456.0;
// Converting a double outside qint64 to it is undefined behaviour; no reading is from 285
// million years away, so times (and relative offsets) beyond this are garbage.
constexpr double MaxAbsTimeMs = 9.0e18;
// A delay stamp is an XEP-0082 date (years 0 to 9999); bounded, stamp + offset fits a qint64.
constexpr qint64 MaxAbsStampMs = Q_INT64_C(1000000000000000);

// Why a number that is not Ok is refused.
Problem problemOf(const SenmlParse::Number &n)
{
    return n.state == SenmlParse::Number::Ok && !std::isfinite(n.value) ? Problem::NonFinite
        : n.state == SenmlParse::Number::Bad && std::isinf(n.value)     ? Problem::NonFinite  // 1e999
                                                                    : Problem::Malformed;
}

// The SenML XML pack's records; the reader is at <sensml>.
void decodeXmlPack(QXmlStreamReader &reader, qint64 baseTimeMs, qint64 nowMs, DecodedPayload *out)
{
    SenmlParse::Resolver resolver;
    resolver.startPack();
    qsizetype records = 0;
    while (reader.readNextStartElement()) {
        if (reader.name() != u"senml") {
            out->problems.append(Problem::Malformed);
        } else if (++records > PayloadLimits::MaxRecordsPerItem) {
            if (records == PayloadLimits::MaxRecordsPerItem + 1)
                out->problems.append(Problem::TooManyRecords);
        } else {
            Reading reading;
            bool relative = false;
            Problem problem;
            const auto outcome = resolver.resolve(SenmlParse::xmlFields(reader.attributes()), &reading, &relative, &problem);
            if (outcome == SenmlParse::Resolver::Outcome::Refused) {
                out->problems.append(problem);
            } else if (outcome == SenmlParse::Resolver::Outcome::Reading) {
                if (relative)
                    reading.timeMs += baseTimeMs;
                if (SenmlParse::plausibleTime(reading.timeMs, nowMs))
                    out->readings.append(std::move(reading));
                else
                    out->problems.append(Problem::AbsurdTime);
            }
        }
        reader.skipCurrentElement();
    }
}
// The text directly inside the current element, up to its end; *elements tells whether it
// also held elements (skipped).
QString elementText(QXmlStreamReader &reader, bool *elements)
{
    QString text;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::StartElement:
            *elements = true;
            reader.skipCurrentElement();
            break;
        case QXmlStreamReader::EndElement:
            return text;
        default:
            break;
        }
    }
    return text;
}
}  // namespace

namespace SenmlParse {

Number number(QStringView text)
{
    if (text.isEmpty())
        return {};
    bool ok = false;
    const double value = text.toDouble(&ok);
    return {ok ? Number::Ok : Number::Bad, value};
}

Fields xmlFields(const QXmlStreamAttributes &attributes)
{
    Fields f;
    for (const auto &attribute : attributes) {
        const QStringView name = attribute.qualifiedName();
        const QStringView value = attribute.value();
        if (name.size() == 1) {
            switch (name.front().unicode()) {
            case 'n': f.name = value; break;
            case 'u': f.unit = value; break;
            case 'v': f.value = value.isEmpty() ? Number{Number::Bad, 0} : number(value); break;
            case 't': f.time = number(value); break;
            case 's': f.otherValue = true; break;
            }
        } else if (name.size() == 2) {
            if (name == u"bn")
                f.baseName = value;
            else if (name == u"bu")
                f.baseUnit = value;
            else if (name == u"bt")
                f.baseTime = number(value);
            else if (name == u"vb")
                f.boolValue = value == u"true" ? Fields::Bool::True : value == u"false" ? Fields::Bool::False : Fields::Bool::Bad;
            else if (name == u"vs" || name == u"vd")
                f.otherValue = true;
        }
    }
    return f;
}

void Resolver::startPack()
{
    m_baseName.clear();
    m_baseUnit.clear();
    m_baseTime = Number{Number::Ok, 0};
}

Resolver::Outcome Resolver::resolve(const Fields &f, Reading *out, bool *relative, Problem *problem)
{
    if (!f.baseName.isEmpty())
        m_baseName = StringCache::intern(f.baseName);
    if (!f.baseUnit.isEmpty())
        m_baseUnit = StringCache::intern(f.baseUnit);
    // A bad base time spoils this record and the ones after it that rely on it.
    if (f.baseTime.state != Number::Absent)
        m_baseTime = f.baseTime;

    if (f.value.state != Number::Absent) {
        if (f.value.state != Number::Ok || !std::isfinite(f.value.value)) {
            *problem = problemOf(f.value);
            return Outcome::Refused;
        }
        out->value = f.value.value;
    } else if (f.boolValue != Fields::Bool::Absent) {
        if (f.boolValue == Fields::Bool::Bad) {
            *problem = Problem::Malformed;
            return Outcome::Refused;
        }
        out->value = f.boolValue == Fields::Bool::True ? 1 : 0;
    } else {
        return Outcome::Skipped;  // a string or data value, a sum, or a record of base values
    }
    if (m_baseName.isEmpty() && f.name.isEmpty()) {
        *problem = Problem::Malformed;
        return Outcome::Refused;
    }
    double time = 0;
    for (const Number &part : {m_baseTime, f.time}) {
        if (part.state == Number::Absent)
            continue;
        if (part.state != Number::Ok || !std::isfinite(part.value)) {
            *problem = problemOf(part);
            return Outcome::Refused;
        }
        time += part.value;
    }
    const double ms = time * 1000.0;
    if (!(std::abs(ms) < MaxAbsTimeMs)) {  // also catches an overflow of bt + t to inf
        *problem = std::isfinite(ms) ? Problem::AbsurdTime : Problem::NonFinite;
        return Outcome::Refused;
    }
    out->series = f.name.isEmpty() ? m_baseName : StringCache::intern(m_baseName, f.name);
    out->unit = f.unit.isEmpty() ? m_baseUnit : StringCache::intern(f.unit);
    out->timeMs = qint64(ms);
    *relative = time < RelativeTimeLimit;
    return Outcome::Reading;
}

bool plausibleTime(qint64 ms, qint64 nowMs)
{
    return ms >= PayloadLimits::MinTimeMs && ms <= nowMs + PayloadLimits::MaxAheadMs;
}

std::optional<qint64> stampMs(QStringView stamp)
{
    QDateTime time = QDateTime::fromString(stamp.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)  // XEP-0082 requires a zone; without one, read UTC
        time.setTimeZone(QTimeZone::UTC);
    const qint64 ms = time.toMSecsSinceEpoch();
    return qAbs(ms) <= MaxAbsStampMs ? std::optional(ms) : std::nullopt;
}

std::optional<double> bareNumber(QStringView text, Problem *problem)
{
    const Number n = number(text.trimmed());
    if (n.state == Number::Ok && std::isfinite(n.value))
        return n.value;
    *problem = n.state == Number::Absent ? Problem::UnknownPayload : problemOf(n);
    if (*problem == Problem::Malformed)
        *problem = Problem::UnknownPayload;  // text that is not a number: some other payload
    return std::nullopt;
}

}  // namespace SenmlParse

DecodedPayload decodePayload(QByteArrayView payloadXml, qint64 baseTimeMs)
{
    DecodedPayload out;
    if (payloadXml.size() > PayloadLimits::MaxItemBytes) {
        out.problems.append(Problem::Oversized);
        return out;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QXmlStreamReader reader(QByteArray::fromRawData(payloadXml.data(), payloadXml.size()));
    if (reader.readNextStartElement()) {
        const QStringView ns = reader.namespaceUri();
        const QString root = reader.name().toString();
        if (root == u"sensml" && ns == SenmlParse::XmlNs) {
            decodeXmlPack(reader, baseTimeMs, nowMs, &out);
        } else if (root == u"json" && ns == SenmlParse::JsonNs) {
            bool elements = false;
            const QString text = elementText(reader, &elements);
            QList<qsizetype> relative;
            if (elements || !SenmlParse::decodeJson(text.toUtf8(), PayloadLimits::MaxRecordsPerItem, &out.readings, &relative, &out.problems))
                out.problems.append(Problem::Malformed);
            for (const qsizetype i : std::as_const(relative))
                out.readings[i].timeMs += baseTimeMs;
            out.readings.removeIf([&](const Reading &r) {
                if (SenmlParse::plausibleTime(r.timeMs, nowMs))
                    return false;
                out.problems.append(Problem::AbsurdTime);
                return true;
            });
        } else {
            const QString unit = reader.attributes().value(u"unit").toString();
            bool elements = false;
            const QString text = elementText(reader, &elements);
            Problem problem = Problem::UnknownPayload;
            if (elements) {
                out.problems.append(Problem::UnknownPayload);  // not a number: some other payload
            } else if (const auto value = SenmlParse::bareNumber(text, &problem)) {
                if (SenmlParse::plausibleTime(baseTimeMs, nowMs))
                    out.readings.append(Reading{root, unit, *value, baseTimeMs});
                else
                    out.problems.append(Problem::AbsurdTime);
            } else {
                out.problems.append(problem);
            }
        }
    }
    // Well-formed to the end, one root: anything else is a truncated or garbled item, refused whole.
    while (!reader.atEnd() && !reader.hasError())
        reader.readNext();
    if (reader.hasError() || reader.tokenType() != QXmlStreamReader::EndDocument) {
        out.readings.clear();
        out.problems = {Problem::Malformed};
    }
    return out;
}

DecodedPayload decodeSenmlJson(QByteArrayView json, qint64 baseTimeMs)
{
    DecodedPayload out;
    if (json.size() > PayloadLimits::MaxItemBytes) {
        out.problems.append(Problem::Oversized);
        return out;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<qsizetype> relative;
    if (!SenmlParse::decodeJson(json, PayloadLimits::MaxRecordsPerItem, &out.readings, &relative, &out.problems)) {
        out.readings.clear();
        out.problems = {Problem::Malformed};
        return out;
    }
    for (const qsizetype i : std::as_const(relative))
        out.readings[i].timeMs += baseTimeMs;
    out.readings.removeIf([&](const Reading &r) {
        if (SenmlParse::plausibleTime(r.timeMs, nowMs))
            return false;
        out.problems.append(Problem::AbsurdTime);
        return true;
    });
    return out;
}

DecodedPayload decodeSenmlXml(QByteArrayView xml, qint64 baseTimeMs)
{
    DecodedPayload out;
    if (xml.size() > PayloadLimits::MaxItemBytes) {
        out.problems.append(Problem::Oversized);
        return out;
    }
    QXmlStreamReader reader(QByteArray::fromRawData(xml.data(), xml.size()));
    if (!reader.readNextStartElement() || reader.name() != u"sensml" || reader.namespaceUri() != SenmlParse::XmlNs)
        return DecodedPayload{{}, {Problem::Malformed}};
    decodeXmlPack(reader, baseTimeMs, QDateTime::currentMSecsSinceEpoch(), &out);
    while (!reader.atEnd() && !reader.hasError())
        reader.readNext();
    if (reader.hasError() || reader.tokenType() != QXmlStreamReader::EndDocument)
        return DecodedPayload{{}, {Problem::Malformed}};
    return out;
}

DecodedPayload decodeBareNumber(QByteArrayView text, const QString &series, const QString &unit, qint64 timeMs)
{
    DecodedPayload out;
    Problem problem = Problem::UnknownPayload;
    if (text.size() > 64) {  // no number is longer: a body that is something else
        out.problems.append(Problem::UnknownPayload);
    } else if (const auto value = SenmlParse::bareNumber(QString::fromUtf8(text), &problem)) {
        if (SenmlParse::plausibleTime(timeMs, QDateTime::currentMSecsSinceEpoch()))
            out.readings.append(Reading{series, unit, *value, timeMs});
        else
            out.problems.append(Problem::AbsurdTime);
    } else {
        out.problems.append(problem);
    }
    return out;
}
