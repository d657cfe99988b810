// SenML JSON (RFC 8428 section 5) in one pass over the bytes, straight into each record's
// fields: no document tree. QJsonDocument built a tree and looked every key up in it, which was
// the largest single cost of an AMQP message after Proton's own (JsonReader.h).
#include "JsonReader.h"
#include "PayloadDecoder.h"

using Problem = FeedHealth::Problem;

namespace {
// The fields of a record Linnet reads; everything else is skipped (but must be valid JSON).
enum class Key { Other, BaseName, BaseUnit, Name, Unit, BaseTime, Time, Value, BoolValue, OtherValue };

Key keyOf(QByteArrayView key)
{
    if (key.size() == 1) {
        switch (key.front()) {
        case 'n': return Key::Name;
        case 'u': return Key::Unit;
        case 't': return Key::Time;
        case 'v': return Key::Value;
        case 's': return Key::OtherValue;
        }
    } else if (key.size() == 2) {
        if (key == "bn")
            return Key::BaseName;
        if (key == "bu")
            return Key::BaseUnit;
        if (key == "bt")
            return Key::BaseTime;
        if (key == "vb")
            return Key::BoolValue;
        if (key == "vs" || key == "vd")
            return Key::OtherValue;
    }
    return Key::Other;
}

// One record's members into *f (the cursor is past its '{'). A field of the wrong type spoils
// the record (*typesOk), except vb, which resolve() judges. As in QJsonObject, the last of two
// members with the same name counts. The strings live in storage.
bool readRecord(JsonReader &r, SenmlParse::Fields *f, QString (&storage)[4], bool *typesOk)
{
    using SenmlParse::Fields;
    using SenmlParse::Number;
    quint32 badTypes = 0;  // a bit per Key
    const auto typed = [&](Key key, bool ok) {
        badTypes = ok ? badTypes & ~(1u << int(key)) : badTypes | 1u << int(key);
        return ok;
    };
    if (!r.take('}')) {
        do {
            QByteArrayView name;
            if (!r.key(&name))
                return false;
            const Key key = keyOf(name);
            const char next = r.peek();
            switch (key) {
            case Key::BaseName:
            case Key::BaseUnit:
            case Key::Name:
            case Key::Unit: {
                if (!typed(key, next == '"'))
                    break;
                const int i = int(key) - int(Key::BaseName);
                if (!r.string(&storage[i]))
                    return false;
                QStringView *fields[] = {&f->baseName, &f->baseUnit, &f->name, &f->unit};
                *fields[i] = storage[i];
                continue;
            }
            case Key::BaseTime:
            case Key::Time:
            case Key::Value: {
                if (!typed(key, next == '-' || next == '.' || (next >= '0' && next <= '9')))
                    break;
                double value = 0;
                if (!r.number(&value))
                    return false;
                Number *fields[] = {&f->baseTime, &f->time, &f->value};
                *fields[int(key) - int(Key::BaseTime)] = Number{Number::Ok, value};
                continue;
            }
            case Key::BoolValue:
                if (next == 't' || next == 'f') {
                    if (!r.literal(next == 't' ? "true" : "false"))
                        return false;
                    f->boolValue = next == 't' ? Fields::Bool::True : Fields::Bool::False;
                    continue;
                }
                f->boolValue = Fields::Bool::Bad;
                break;
            case Key::OtherValue:
                f->otherValue = true;
                break;
            case Key::Other:
                break;
            }
            if (!r.skipValue(2))
                return false;
        } while (r.take(','));
        if (!r.take('}'))
            return false;
    }
    *typesOk = badTypes == 0;
    return true;
}
}  // namespace

namespace SenmlParse {

bool decodeJson(QByteArrayView json, qsizetype maxRecords, QList<Reading> *readings, QList<qsizetype> *relative,
                QList<Problem> *problems)
{
    // Text that turns out not to be JSON leaves nothing behind, however far it got.
    const qsizetype readingsBefore = readings->size(), relativeBefore = relative->size(), problemsBefore = problems->size();
    const auto refuse = [&] {
        readings->resize(readingsBefore);
        relative->resize(relativeBefore);
        problems->resize(problemsBefore);
        return false;
    };
    JsonReader r(json);
    if (!r.take('['))
        return false;
    Resolver resolver;
    resolver.startPack();
    qsizetype taken = 0;
    bool cut = false;
    // The record's strings, read into the same buffers message after message (the resolver
    // keeps interned copies, StringCache.h).
    thread_local QString storage[4];
    if (!r.take(']')) {
        do {
            if (cut || r.peek() != '{') {
                if (!r.skipValue(1))
                    return refuse();
                if (!cut)
                    problems->append(Problem::Malformed);  // not a record
                continue;
            }
            if (++taken > maxRecords) {
                problems->append(Problem::TooManyRecords);
                cut = true;  // the rest is only checked
                if (!r.skipValue(1))
                    return refuse();
                continue;
            }
            r.take('{');
            Fields f;
            bool typesOk = true;
            if (!readRecord(r, &f, storage, &typesOk))
                return refuse();
            Reading reading;
            bool isRelative = false;
            Problem problem = Problem::Malformed;
            const auto outcome = typesOk ? resolver.resolve(f, &reading, &isRelative, &problem) : Resolver::Outcome::Refused;
            if (outcome == Resolver::Outcome::Refused) {
                problems->append(problem);
            } else if (outcome == Resolver::Outcome::Reading) {
                if (isRelative)
                    relative->append(readings->size());
                readings->append(std::move(reading));
            }
        } while (r.take(','));
        if (!r.take(']'))
            return refuse();
    }
    return r.atEnd() ? true : refuse();
}

}  // namespace SenmlParse
