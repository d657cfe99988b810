// Readings out of one PubSub item's payload, in the three formats Linnet reads: SenML XML
// (RFC 8428), SenML JSON inside XEP-0335 <json xmlns='urn:xmpp:json:0'>, and a bare number.
// Qt Core only (no QXmpp, no DOM): the backfill, the fuzz target and the streaming fast lane
// (ReadingInterceptor, which shares the SenML record rules below) all use it.
#pragma once

#include "FeedHealth.h"
#include "Reading.h"

#include <QByteArrayView>
#include <QList>
#include <QStringView>
#include <QXmlStreamAttributes>

#include <optional>

struct DecodedPayload {
    QList<Reading> readings;
    // One entry per refused record (Malformed, NonFinite, AbsurdTime) or refused item
    // (Oversized, TooManyRecords, UnknownPayload, Malformed for XML or JSON that does not parse).
    QList<FeedHealth::Problem> problems;
};

// payloadXml: the XML of the one payload element inside a PubSub <item> (UTF-8).
// SenML XML, SenML JSON in <json xmlns='urn:xmpp:json:0'>, or a bare number (an element
// whose whole text is a number: series = element local name, unit = its 'unit' attribute).
// Relative SenML times count from baseTimeMs (a delay stamp or the arrival time).
DecodedPayload decodePayload(QByteArrayView payloadXml, qint64 baseTimeMs);

// The same formats as a bare message body (AMQP): what the content type says it is, nothing
// guessed. Limits and time rules as for decodePayload().
DecodedPayload decodeSenmlJson(QByteArrayView json, qint64 baseTimeMs);
DecodedPayload decodeSenmlXml(QByteArrayView xml, qint64 baseTimeMs);
// One number as text (surrounding white space allowed) at timeMs.
DecodedPayload decodeBareNumber(QByteArrayView text, const QString &series, const QString &unit, qint64 timeMs);

namespace PayloadLimits {
// An item above this is refused whole (Oversized): nothing a sensor sends comes near it.
inline constexpr qsizetype MaxItemBytes = 8 * 1024 * 1024;
// Records past this in one item are refused (TooManyRecords, counted once for the item).
inline constexpr qsizetype MaxRecordsPerItem = 10000;
// A reading's time must be after 2000-01-01 and at most a day ahead of this machine's clock.
inline constexpr qint64 MinTimeMs = Q_INT64_C(946684800000);
inline constexpr qint64 MaxAheadMs = 24 * 60 * 60 * 1000;
}  // namespace PayloadLimits

namespace SenmlParse {
inline constexpr QStringView XmlNs = u"urn:ietf:params:xml:ns:senml";
inline constexpr QStringView JsonNs = u"urn:xmpp:json:0";

// A numeric field as read.
struct Number {
    enum State : quint8 { Absent, Bad, Ok } state = Absent;
    double value = 0;
};
Number number(QStringView text);  // XML attribute text; Absent if empty

// One SenML record's fields, whatever the representation.
struct Fields {
    QStringView baseName, baseUnit, name, unit;  // empty = absent
    Number baseTime, time, value;
    enum class Bool : quint8 { Absent, False, True, Bad } boolValue = Bool::Absent;
    bool otherValue = false;  // vs, vd or s: a record Linnet does not plot, skipped silently
};

// A <senml> element's attributes, in one pass over them.
Fields xmlFields(const QXmlStreamAttributes &attributes);

// The base values of one pack and the rules that turn its records into readings.
class Resolver
{
public:
    enum class Outcome { Reading, Skipped, Refused };
    // Resets the base values (a new pack).
    void startPack();
    // Resolves one record. On Reading, *out is filled; *relative tells whether out->timeMs still
    // needs the base time added (RFC 8428 4.5.3: times below 2**28 s count from "now"); times
    // are checked with checkTime() once they are absolute. On Refused, *problem says why.
    Outcome resolve(const Fields &fields, Reading *out, bool *relative, FeedHealth::Problem *problem);

private:
    QString m_baseName;
    QString m_baseUnit;
    Number m_baseTime{Number::Ok, 0};
};

// After 2000 and at most a day ahead of nowMs (this machine's clock): see PayloadLimits.
bool plausibleTime(qint64 ms, qint64 nowMs);
// XEP-0082 date-time (a XEP-0203 delay stamp) in ms since the epoch, or nothing if it does not
// parse or is out of range.
std::optional<qint64> stampMs(QStringView stamp);

// SenML JSON (an array of records, one pack) into readings, at most maxRecords of them (one
// TooManyRecords for the rest). Relative times are left relative; their indices in *readings
// are appended to *relative. Returns false if the text is not a JSON array (Malformed).
bool decodeJson(QByteArrayView json, qsizetype maxRecords, QList<Reading> *readings,
                QList<qsizetype> *relative, QList<FeedHealth::Problem> *problems);
// A bare number's text; nullopt if it is not one number (NonFinite is reported as such).
std::optional<double> bareNumber(QStringView text, FeedHealth::Problem *problem);
}  // namespace SenmlParse
