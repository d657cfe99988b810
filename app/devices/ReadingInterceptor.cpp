#include "ReadingInterceptor.h"

#include "ReadingSubscriptions.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QXmlStreamReader>

using Problem = FeedHealth::Problem;

namespace {
constexpr QStringView EventNs = u"http://jabber.org/protocol/pubsub#event";
constexpr QStringView DelayNs = u"urn:xmpp:delay";
constexpr QStringView ShimNs = u"http://jabber.org/protocol/shim";
// Rates of this many nodes are tracked (subscribed nodes only, so a generous bound).
constexpr qsizetype MaxRates = 100000;

// Works whether the framer processes namespaces or passes xmlns through as an attribute.
bool inNamespace(const QXmlStreamReader &reader, QStringView ns)
{
    return reader.namespaceUri() == ns || reader.attributes().value(u"xmlns") == ns;
}
}  // namespace

ReadingInterceptor::ReadingInterceptor(Sink sink, std::shared_ptr<ReadingSubscriptions> subscriptions,
                                       std::shared_ptr<FeedHealth> health)
    : m_sink(std::move(sink))
    , m_subscriptions(subscriptions ? std::move(subscriptions) : std::make_shared<ReadingSubscriptions>())
    , m_health(std::move(health))
    , m_clock([] { return QDeadlineTimer::current().deadline(); })
{
}

// The framer abandoned the stanza: the stream broke inside it, or it grew past the framer's
// limit (StreamBridge then closes the stream). A subscribed node's notification is counted.
void ReadingInterceptor::reset()
{
    if (m_candidate && m_subscribed && m_items > 0) {
        const bool huge = m_lastOffset - m_itemStart > PayloadLimits::MaxItemBytes;
        ++m_rejectedRecords;
        if (m_health)
            m_health->report(m_from, m_node, huge ? Problem::Oversized : Problem::Malformed);
    }
    clear();
}

void ReadingInterceptor::clear()
{
    if (std::exchange(m_capturing, false))
        m_capture.start();  // drops what was written
    m_candidate = false;
    m_subscribed = false;
    m_foreignReadings = false;
    m_child = Child::None;
    m_sawEvent = false;
    m_sawDelay = false;
    m_delayMs.reset();
    m_batch.clear();
    m_relative.clear();
    m_problems = {};
    m_from.clear();
    m_node.clear();
    m_itemIds.clear();
    m_items = 0;
    m_payload = Payload::None;
    if (m_text.capacity() > 64 * 1024)
        m_text = QString();  // do not keep a huge item's buffer for the session's lifetime
    else
        m_text.clear();
}

// Expected shape, depth by depth:
// 1 <message type='headline' from=service>  2 <event xmlns=pubsub#event>  3 <items node=N>
// 4 <item id>  5 the payload: <sensml xmlns=senml>, <json xmlns=urn:xmpp:json:0> or <x>number</x>
// 6 <senml .../>
// and beside the <event>, optionally, <delay> and <headers> (see child()).
void ReadingInterceptor::token(const QXmlStreamReader &reader, int depth)
{
    if (reader.isStartElement())
        start(reader, depth);
    if (m_capturing && m_candidate)
        m_capture.token(reader);
    if (reader.isStartElement() || !m_candidate || depth < 4)
        return;
    if (depth == 5 && (m_payload == Payload::Json || m_payload == Payload::Bare)) {
        if (reader.isCharacters()) {
            m_lastOffset = reader.characterOffset();
            if (m_text.size() <= PayloadLimits::MaxItemBytes)  // endItem() refuses it whole
                m_text += reader.text();
        } else if (reader.isEndElement()) {
            endPayload();
        }
    } else if (depth == 4 && reader.isEndElement()) {
        endItem(reader);
    }
}

void ReadingInterceptor::start(const QXmlStreamReader &reader, int depth)
{
    if (depth == 1) {
        clear();
        const auto attributes = reader.attributes();
        m_candidate = reader.name() == u"message" && attributes.value(u"type") == u"headline";
        m_from = attributes.value(u"from").toString();
        // Only while the inspector records: otherwise one relaxed load per headline.
        m_capturing = m_candidate && m_trace && m_trace->isRecording();
        return;
    }
    if (!m_candidate)
        return;
    if (depth == 2) {
        child(reader);
        return;
    }
    if (m_child != Child::Event)
        return;  // inside <delay> or <headers>: nothing there for us
    switch (depth) {
    case 3:
        // One <items> per event (XEP-0060): a second one could slip readings under its node.
        if (reader.name() != u"items" || !m_node.isEmpty()) {
            giveUp();
            break;
        }
        m_node = reader.attributes().value(u"node").toString();
        m_subscribed = !m_node.isEmpty() && m_subscriptions->accepts(m_from, m_node);
        break;
    case 4:
        item(reader);
        break;
    case 5:
        payload(reader);
        break;
    case 6:
        if (m_payload == Payload::SenmlXml) {
            record(reader);
        } else if (m_payload == Payload::Json || m_payload == Payload::Bare) {
            count(m_payload == Payload::Json ? Problem::Malformed : Problem::UnknownPayload);
            m_payload = Payload::Skip;
        }
        break;
    default:
        break;  // inside a record or an unknown payload: nothing for us
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
            m_delayMs = SenmlParse::stampMs(reader.attributes().value(u"stamp"));
    } else if (name == u"headers" && inNamespace(reader, ShimNs)) {
        m_child = Child::Other;
    } else {
        giveUp();
    }
}

void ReadingInterceptor::item(const QXmlStreamReader &reader)
{
    if (reader.name() != u"item") {
        giveUp();  // <retract> and friends
        return;
    }
    ++m_items;
    m_itemIds += reader.attributes().value(u"id") + QLatin1Char(' ');
    m_itemStart = reader.characterOffset();
    m_itemFirst = m_batch.size();
    m_itemFirstRelative = m_relative.size();
    m_problemsBeforeItem = m_problems;
    m_itemRecords = 0;
    m_payload = Payload::None;
}

void ReadingInterceptor::payload(const QXmlStreamReader &reader)
{
    const auto name = reader.name();
    const bool senml = name == u"sensml" && inNamespace(reader, SenmlParse::XmlNs);
    const bool json = !senml && name == u"json" && inNamespace(reader, SenmlParse::JsonNs);
    m_text.clear();
    if (!m_subscribed) {
        // Readings from whoever is not the node's service: counted, never stored.
        m_foreignReadings = m_foreignReadings || senml || json;
        m_payload = Payload::Foreign;
    } else if (senml) {
        m_payload = Payload::SenmlXml;
        m_resolver.startPack();
    } else if (json) {
        m_payload = Payload::Json;
    } else {
        m_payload = Payload::Bare;  // until it turns out to hold elements
        m_payloadName = name.toString();
        m_payloadUnit = reader.attributes().value(u"unit").toString();
    }
}

void ReadingInterceptor::record(const QXmlStreamReader &reader)
{
    if (reader.name() != u"senml") {
        count(Problem::Malformed);
        return;
    }
    m_lastOffset = reader.characterOffset();
    if (++m_itemRecords > PayloadLimits::MaxRecordsPerItem) {
        if (m_itemRecords == PayloadLimits::MaxRecordsPerItem + 1)
            count(Problem::TooManyRecords);
        return;
    }
    Reading reading;
    bool relative = false;
    Problem problem;
    switch (m_resolver.resolve(SenmlParse::xmlFields(reader.attributes()), &reading, &relative, &problem)) {
    case SenmlParse::Resolver::Outcome::Reading:
        // Relative times are resolved in finish(), when the stanza's <delay> is known.
        if (relative)
            m_relative.append(m_batch.size());
        m_batch.append(std::move(reading));
        break;
    case SenmlParse::Resolver::Outcome::Refused:
        // Garbage in one record costs that record, not the stanza or the connection.
        count(problem);
        break;
    case SenmlParse::Resolver::Outcome::Skipped:
        break;
    }
}

// The end of a JSON or bare-number payload, whose text is now complete.
void ReadingInterceptor::endPayload()
{
    if (m_text.size() > PayloadLimits::MaxItemBytes) {
        m_payload = Payload::Skip;  // endItem() counts it
        return;
    }
    if (m_payload == Payload::Json) {
        QList<Problem> problems;
        const qsizetype budget = qMax<qsizetype>(0, PayloadLimits::MaxRecordsPerItem - m_itemRecords);
        const qsizetype before = m_batch.size();
        if (!SenmlParse::decodeJson(m_text.toUtf8(), budget, &m_batch, &m_relative, &problems))
            count(Problem::Malformed);
        m_itemRecords += m_batch.size() - before;
        for (const Problem p : std::as_const(problems))
            count(p);
    } else {
        Problem problem;
        if (const auto value = SenmlParse::bareNumber(m_text, &problem)) {
            m_relative.append(m_batch.size());  // at the delay stamp, else now
            m_batch.append(Reading{m_payloadName, m_payloadUnit, *value, 0});
        } else {
            count(problem);
        }
    }
    m_payload = Payload::Skip;
    m_text.clear();
}

// An item too large is refused whole, whatever it held: nothing a sensor sends comes near it.
void ReadingInterceptor::endItem(const QXmlStreamReader &reader)
{
    if (!m_subscribed || reader.characterOffset() - m_itemStart <= PayloadLimits::MaxItemBytes)
        return;
    m_batch.resize(m_itemFirst);
    m_relative.resize(m_itemFirstRelative);
    m_problems = m_problemsBeforeItem;
    count(Problem::Oversized);
}

// Times before 2000 or more than a day ahead: a device clock gone wrong, or garbage.
void ReadingInterceptor::dropImplausible()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 base = m_delayMs.value_or(now);
    for (const qsizetype i : std::as_const(m_relative))
        m_batch[i].timeMs += base;
    const auto implausible = [now](const Reading &r) { return !SenmlParse::plausibleTime(r.timeMs, now); };
    if (std::any_of(m_batch.cbegin(), m_batch.cend(), implausible))
        m_problems[int(Problem::AbsurdTime)] += m_batch.removeIf(implausible);
}

// Items per second of this node, in windows of a second or more.
void ReadingInterceptor::noteRate()
{
    if (!m_rate || m_from != m_rateFrom || m_node != m_rateNode) {
        const QString key = m_from + QLatin1Char('\n') + m_node;
        auto it = m_rates.find(key);
        if (it == m_rates.end()) {
            if (m_rates.size() >= MaxRates)
                m_rates.clear();
            it = m_rates.insert(key, Rate{});
        }
        m_rate = &it.value();  // valid until the next insert, which replaces it
        m_rateFrom = m_from;
        m_rateNode = m_node;
    }
    const qint64 now = m_clock();
    if (m_rate->windowStartMs < 0)
        m_rate->windowStartMs = now;
    m_rate->items += quint64(m_items);
    const qint64 span = now - m_rate->windowStartMs;
    if (span < 1000)
        return;
    const double perSecond = double(m_rate->items) * 1000.0 / double(span);
    m_rate->hotWindows = perSecond > FloodItemsPerSecond ? m_rate->hotWindows + 1 : 0;
    if (m_rate->hotWindows >= FloodWindows && m_health)
        m_health->reportFlooding(m_from, m_node, perSecond);
    m_rate->windowStartMs = now;
    m_rate->items = 0;
}

bool ReadingInterceptor::finish(QByteArray *replacement)
{
    if (m_candidate && !m_subscribed && m_foreignReadings) {
        // Already refused (it passes on to QXmpp, which ignores it); now also counted.
        m_rejectedRecords += quint64(m_items);
        if (m_health)
            m_health->report(m_from, m_node, Problem::UnexpectedPublisher, quint64(m_items));
    }
    const bool anyProblem = std::any_of(m_problems.cbegin(), m_problems.cend(), [](quint64 n) { return n != 0; });
    const bool take = m_candidate && m_subscribed && (!m_batch.isEmpty() || anyProblem);
    if (take) {
        noteRate();
        // Another session of the account may have stored this very notification already. The
        // readings (times as sent, before "now" is added) and what was wrong with it are part
        // of what identifies it: a node may reuse one item id ("current").
        size_t hash = qHashRange(m_problems.cbegin(), m_problems.cend());
        for (const auto &reading : std::as_const(m_batch))
            hash = qHashMulti(hash, reading.series, reading.value, reading.timeMs);
        const bool first = m_subscriptions->firstSighting(m_from, m_node, m_itemIds + QString::number(hash));
        quint64 refused = 0;
        if (first) {
            dropImplausible();
            if (!m_batch.isEmpty())
                m_sink(m_from, m_node, m_batch);
            for (int p = 0; p < FeedHealth::ProblemCount; ++p) {
                if (!m_problems[p])
                    continue;
                refused += m_problems[p];
                qCDebug(lcDevices) << "Refused" << m_problems[p] << Problem(p) << "on" << m_node << "from" << m_from;
                if (m_health)
                    m_health->report(m_from, m_node, Problem(p), m_problems[p]);
            }
            m_rejectedRecords += refused;
        }
        if (m_capturing) {
            *replacement = m_trace->keep({m_capture.finish(), m_from, m_node, m_itemIds.trimmed(),
                                          first ? m_batch.size() : 0, refused, !first});
        } else {
            *replacement = FastLaneTrace::plainPlaceholder();
        }
    }
    clear();
    return take;
}
