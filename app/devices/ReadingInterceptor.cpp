#include "ReadingInterceptor.h"

#include "ReadingStore.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QXmlStreamReader>

namespace {
constexpr QStringView EventNs = u"http://jabber.org/protocol/pubsub#event";
constexpr QStringView SenmlNs = u"urn:ietf:params:xml:ns:senml";
// RFC 8428 4.5.3: times below 2**28 are relative to now.
constexpr double RelativeTimeLimit = 268435456.0;
// What QXmpp gets instead of a consumed notification: still a stanza, so XEP-0198 counts it.
const QByteArray Placeholder = QByteArrayLiteral("<message xmlns='jabber:client' type='headline'/>");

// Works whether the framer processes namespaces or passes xmlns through as an attribute.
bool inNamespace(const QXmlStreamReader &reader, QStringView ns)
{
    return reader.namespaceUri() == ns || reader.attributes().value(u"xmlns") == ns;
}

QString key(const QString &service, const QString &node)
{
    return service + QLatin1Char('\n') + node;
}
}  // namespace

ReadingInterceptor::ReadingInterceptor(ReadingStore *store)
    : m_store(store)
{
}

void ReadingInterceptor::accept(const QString &service, const QString &node)
{
    QWriteLocker locker(&m_lock);
    m_accepted.insert(key(service, node));
}

void ReadingInterceptor::forget(const QString &service, const QString &node)
{
    QWriteLocker locker(&m_lock);
    m_accepted.remove(key(service, node));
}

void ReadingInterceptor::reset()
{
    m_candidate = false;
    m_batch.clear();
    m_from.clear();
    m_node.clear();
}

// Expected shape, depth by depth:
// 1 <message type='headline' from=service>  2 <event xmlns=pubsub#event>  3 <items node=N>
// 4 <item id>  5 <sensml xmlns=senml>  6 <senml .../>
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
    const auto name = reader.name();
    const auto attributes = reader.attributes();
    switch (depth) {
    case 2:
        if (name != u"event" || !inNamespace(reader, EventNs))
            giveUp();  // e.g. <delay>, <headers>: not the plain shape; QXmpp gets it
        break;
    case 3:
        if (name != u"items")
            giveUp();
        m_node = attributes.value(u"node").toString();
        break;
    case 4:
        if (name != u"item")
            giveUp();  // <retract> and friends
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

void ReadingInterceptor::record(const QXmlStreamReader &reader)
{
    const auto attributes = reader.attributes();
    bool ok = true;
    if (const auto bn = attributes.value(u"bn"); !bn.isEmpty())
        m_baseName = bn.toString();
    if (const auto bu = attributes.value(u"bu"); !bu.isEmpty())
        m_baseUnit = bu.toString();
    if (const auto bt = attributes.value(u"bt"); !bt.isEmpty())
        m_baseTime = bt.toDouble(&ok);

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
    if (time < RelativeTimeLimit)
        time += QDateTime::currentMSecsSinceEpoch() / 1000.0;
    reading.timeMs = qint64(time * 1000.0);

    // Garbage in one record costs that record, not the stanza or the connection.
    if (!ok || !valueOk || reading.series.isEmpty()) {
        ++m_rejectedRecords;
        qCDebug(lcDevices) << "Rejected a SenML record on" << m_node << "from" << m_from;
        return;
    }
    m_batch.append(std::move(reading));
}

bool ReadingInterceptor::finish(QByteArray *replacement)
{
    const bool take = m_candidate && !m_node.isEmpty() && !m_batch.isEmpty() && [&] {
        QReadLocker locker(&m_lock);
        return m_accepted.contains(key(m_from, m_node));
    }();
    if (take) {
        m_store->append(m_node, m_batch);
        *replacement = Placeholder;
    }
    reset();
    return take;
}
