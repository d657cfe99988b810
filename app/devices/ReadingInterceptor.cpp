#include "ReadingInterceptor.h"

#include "ReadingStore.h"
#include "ReadingSubscriptions.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QXmlStreamReader>
#include <QXmppUtils.h>

#include <cmath>

namespace {
constexpr QStringView EventNs = u"http://jabber.org/protocol/pubsub#event";
constexpr QStringView DelayNs = u"urn:xmpp:delay";
constexpr QStringView ShimNs = u"http://jabber.org/protocol/shim";
constexpr QStringView SenmlNs = u"urn:ietf:params:xml:ns:senml";
// RFC 8428 4.5.3: times below 2**28 are relative to now.
constexpr double RelativeTimeLimit = 268435456.0;
// Converting a double outside qint64 to it is undefined behaviour; no reading is from 285
// million years away, so times (and relative offsets) beyond this are garbage.
constexpr double MaxAbsTimeMs = 9.0e18;
// A delay stamp is an XEP-0082 date (years 0 to 9999); bounded, stamp + offset fits a qint64.
constexpr qint64 MaxAbsStampMs = Q_INT64_C(1000000000000000);
// What QXmpp gets instead of a consumed notification: still a stanza, so XEP-0198 counts it.
const QByteArray Placeholder = QByteArrayLiteral("<message xmlns='jabber:client' type='headline'/>");

// Works whether the framer processes namespaces or passes xmlns through as an attribute.
bool inNamespace(const QXmlStreamReader &reader, QStringView ns)
{
    return reader.namespaceUri() == ns || reader.attributes().value(u"xmlns") == ns;
}


// Milliseconds since the epoch, or nothing if the stamp does not parse or is out of range.
std::optional<qint64> stampMs(QStringView stamp)
{
    const QDateTime time = QXmppUtils::datetimeFromString(stamp);
    if (!time.isValid())
        return std::nullopt;
    const qint64 ms = time.toMSecsSinceEpoch();
    return qAbs(ms) <= MaxAbsStampMs ? std::optional(ms) : std::nullopt;
}
}  // namespace

ReadingInterceptor::ReadingInterceptor(std::shared_ptr<ReadingStore> store,
                                       std::shared_ptr<ReadingSubscriptions> subscriptions)
    : m_store(std::move(store))
    , m_subscriptions(subscriptions ? std::move(subscriptions) : std::make_shared<ReadingSubscriptions>())
{
}

void ReadingInterceptor::reset()
{
    m_candidate = false;
    m_child = Child::None;
    m_sawEvent = false;
    m_sawDelay = false;
    m_delayMs.reset();
    m_batch.clear();
    m_relative.clear();
    m_from.clear();
    m_node.clear();
    m_itemIds.clear();
}

// Expected shape, depth by depth:
// 1 <message type='headline' from=service>  2 <event xmlns=pubsub#event>  3 <items node=N>
// 4 <item id>  5 <sensml xmlns=senml>  6 <senml .../>
// and beside the <event>, optionally, <delay> and <headers> (see child()).
void ReadingInterceptor::token(const QXmlStreamReader &reader, int depth)
{
    if (depth == 1 && reader.isStartElement()) {
        reset();
        const auto attributes = reader.attributes();
        m_candidate = reader.name() == u"message" && attributes.value(u"type") == u"headline";
        m_from = attributes.value(u"from").toString();
        return;
    }
    if (!m_candidate || !reader.isStartElement())
        return;
    if (depth == 2) {
        child(reader);
        return;
    }
    if (m_child != Child::Event)
        return;  // inside <delay> or <headers>: nothing there for us
    const auto name = reader.name();
    const auto attributes = reader.attributes();
    switch (depth) {
    case 3:
        // One <items> per event (XEP-0060): a second one could slip readings under its node.
        if (name != u"items" || !m_node.isEmpty())
            giveUp();
        m_node = attributes.value(u"node").toString();
        break;
    case 4:
        if (name != u"item")
            giveUp();  // <retract> and friends
        m_itemIds += attributes.value(u"id") + QLatin1Char(' ');
        break;
    case 5:
        if (name != u"sensml" || !inNamespace(reader, SenmlNs)) {
            giveUp();
            break;
        }
        m_baseName.clear();
        m_baseUnit.clear();
        m_baseTime = 0;
        break;
    case 6:
        if (name == u"senml")
            record(reader);
        else
            giveUp();
        break;
    default:
        giveUp();
    }
}

// Depth 2: one <event>, and beside it, in any order, what servers add to it: <delay> (XEP-0203)
// on an item they resend (Prosody on stream resumption, servers that send the last item on
// subscribe), <headers> (SHIM) from collection nodes. Anything else is not the shape we know;
// QXmpp gets it.
void ReadingInterceptor::child(const QXmlStreamReader &reader)
{
    const auto name = reader.name();
    if (name == u"event" && inNamespace(reader, EventNs) && !m_sawEvent) {
        m_child = Child::Event;
        m_sawEvent = true;
    } else if (name == u"delay" && inNamespace(reader, DelayNs)) {
        m_child = Child::Other;
        if (!std::exchange(m_sawDelay, true))  // one stamp is enough: the first counts
            m_delayMs = stampMs(reader.attributes().value(u"stamp"));
    } else if (name == u"headers" && inNamespace(reader, ShimNs)) {
        m_child = Child::Other;
    } else {
        giveUp();
    }
}

void ReadingInterceptor::record(const QXmlStreamReader &reader)
{
    const auto attributes = reader.attributes();
    bool ok = true;
    if (const auto bn = attributes.value(u"bn"); !bn.isEmpty())
        m_baseName = bn.toString();
    if (const auto bu = attributes.value(u"bu"); !bu.isEmpty())
        m_baseUnit = bu.toString();
    if (const auto bt = attributes.value(u"bt"); !bt.isEmpty()) {
        bool baseOk = false;
        m_baseTime = bt.toDouble(&baseOk);
        // A bad base time spoils this record and the ones after it that rely on it.
        if (!baseOk)
            m_baseTime = qQNaN();
    }

    Reading reading;
    reading.series = m_baseName + attributes.value(u"n").toString();
    const auto u = attributes.value(u"u");
    reading.unit = u.isEmpty() ? m_baseUnit : u.toString();
    bool valueOk = false;
    if (const auto v = attributes.value(u"v"); !v.isEmpty()) {
        reading.value = v.toDouble(&valueOk);
        valueOk = valueOk && std::isfinite(reading.value);
    } else if (const auto vb = attributes.value(u"vb"); !vb.isEmpty()) {
        valueOk = vb == u"true" || vb == u"false";
        reading.value = vb == u"true" ? 1 : 0;
    }
    double time = m_baseTime;
    if (const auto t = attributes.value(u"t"); !t.isEmpty()) {
        bool timeOk = false;
        time += t.toDouble(&timeOk);
        ok = ok && timeOk;
    }
    // Relative times are resolved in finish(), when the stanza's <delay> is known.
    const bool relative = time < RelativeTimeLimit;
    const double ms = time * 1000.0;
    ok = ok && std::abs(ms) < MaxAbsTimeMs;  // false for inf and nan too

    // Garbage in one record costs that record, not the stanza or the connection.
    if (!ok || !valueOk || reading.series.isEmpty()) {
        ++m_rejectedRecords;
        qCDebug(lcDevices) << "Rejected a SenML record on" << m_node << "from" << m_from;
        return;
    }
    reading.timeMs = qint64(ms);
    if (relative)
        m_relative.append(m_batch.size());
    m_batch.append(std::move(reading));
}

// RFC 8428 4.5.3: relative times count from now; for an item the server resent, "now" was
// its delay stamp. A stamp that did not parse leaves them counting from the arrival.
void ReadingInterceptor::resolveRelativeTimes()
{
    if (m_relative.isEmpty())
        return;
    const qint64 base = m_delayMs.value_or(QDateTime::currentMSecsSinceEpoch());
    for (const qsizetype i : std::as_const(m_relative))
        m_batch[i].timeMs += base;
}

bool ReadingInterceptor::finish(QByteArray *replacement)
{
    const bool take = m_candidate && !m_node.isEmpty() && !m_batch.isEmpty() && m_subscriptions->accepts(m_from, m_node);
    if (take) {
        // Another session of the account may have stored this very notification already. The
        // readings (times as sent, before "now" is added) are part of what identifies it: a
        // node may reuse one item id ("current").
        size_t hash = 0;
        for (const auto &reading : std::as_const(m_batch))
            hash = qHashMulti(hash, reading.series, reading.value, reading.timeMs);
        if (m_subscriptions->firstSighting(m_from, m_node, m_itemIds + QString::number(hash))) {
            resolveRelativeTimes();
            m_store->append(m_from, m_node, m_batch);
        }
        *replacement = Placeholder;
    }
    reset();
    return take;
}
