#include "Backfill.h"

#include "FeedHealth.h"
#include "PayloadDecoder.h"
#include "ReadingStore.h"

#include <QDomElement>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppIq.h>
#include <QXmppTask.h>

#include <limits>

namespace {
constexpr qint64 RelativeProbeMs = 1000;
constexpr QStringView PubSubNs = u"http://jabber.org/protocol/pubsub";

// <pubsub><items node='..' max_items='N'/></pubsub>: the newest N (XEP-0060 6.5.7).
class RecentItemsIq : public QXmppIq
{
public:
    RecentItemsIq(const QString &service, QString node, int maxItems)
        : m_node(std::move(node))
        , m_maxItems(maxItems)
    {
        setTo(service);
    }

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override
    {
        writer->writeStartElement(QStringLiteral("pubsub"));
        writer->writeDefaultNamespace(PubSubNs.toString());
        writer->writeStartElement(QStringLiteral("items"));
        writer->writeAttribute(QStringLiteral("node"), m_node);
        writer->writeAttribute(QStringLiteral("max_items"), QString::number(m_maxItems));
        writer->writeEndElement();
        writer->writeEndElement();
    }

private:
    QString m_node;
    int m_maxItems;
};

// The DOM QXmpp parsed, back to XML with every namespace declared where it changes: the
// decoder reads the payload as it would from the wire.
void write(QXmlStreamWriter &writer, const QDomElement &element, const QString &parentNs)
{
    writer.writeStartElement(element.tagName());
    if (element.namespaceURI() != parentNs)
        writer.writeDefaultNamespace(element.namespaceURI());
    const auto attributes = element.attributes();
    for (int i = 0; i < attributes.count(); ++i) {
        const auto attribute = attributes.item(i).toAttr();
        if (attribute.name() != u"xmlns")
            writer.writeAttribute(attribute.name(), attribute.value());
    }
    for (auto child = element.firstChild(); !child.isNull(); child = child.nextSibling()) {
        if (child.isElement())
            write(writer, child.toElement(), element.namespaceURI());
        else if (child.isText() || child.isCDATASection())
            writer.writeCharacters(child.toCharacterData().data());
    }
    writer.writeEndElement();
}

QByteArray toXml(const QDomElement &element)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    write(writer, element, {});
    return xml;
}
}  // namespace

namespace Backfill {

void requestRecentItems(QXmppClient *client, const QString &service, const QString &node, int maxItems,
                        QObject *context, std::function<void(Fetched &&)> done)
{
    client->sendIq(RecentItemsIq(service, node, maxItems))
        .then(context, [done = std::move(done)](QXmppClient::IqResult &&result) {
            Fetched fetched;
            if (const auto *error = std::get_if<QXmppError>(&result)) {
                fetched.error = error->description.isEmpty() ? QStringLiteral("the service refused") : error->description;
                done(std::move(fetched));
                return;
            }
            const auto iq = std::get<QDomElement>(result);
            const auto items = iq.firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("items"));
            for (auto item = items.firstChildElement(QStringLiteral("item")); !item.isNull();
                 item = item.nextSiblingElement(QStringLiteral("item"))) {
                const auto payload = item.firstChildElement();
                if (!payload.isNull())
                    fetched.items << Item{item.attribute(QStringLiteral("id")), toXml(payload)};
            }
            done(std::move(fetched));
        });
}

Stored store(ReadingStore &store, FeedHealth *health, const QString &service, const QString &node,
             const QList<Item> &items, qint64 nowMs, const std::function<bool(const QString &itemId)> &firstSighting)
{
    Stored stored;
    qint64 oldest = std::numeric_limits<qint64>::max();
    QList<Reading> batch;
    for (const auto &item : items) {
        auto decoded = decodePayload(item.payload, nowMs);
        if (health && (!firstSighting || firstSighting(item.id))) {
            for (const auto problem : std::as_const(decoded.problems))
                health->report(service, node, problem);
        }
        if (decoded.readings.isEmpty())
            continue;
        // A relative SenML time counts from when the item was published, which a fetched item
        // does not tell: such readings cannot be placed (and would be stored again at every
        // backfill). Decoding again from another base shows which times were relative.
        const auto shifted = decodePayload(item.payload, nowMs - RelativeProbeMs);
        const bool comparable = shifted.readings.size() == decoded.readings.size();
        for (qsizetype i = 0; i < decoded.readings.size(); ++i) {
            const auto &reading = decoded.readings.at(i);
            if (!comparable || shifted.readings.at(i).timeMs != reading.timeMs)
                continue;
            oldest = std::min(oldest, reading.timeMs);
            batch << reading;
        }
    }
    if (!batch.isEmpty()) {
        stored.readings = batch.size();
        stored.oldestMs = oldest;
        store.append(service, node, batch);
    }
    return stored;
}

std::optional<std::pair<qint64, qint64>> uncovered(qint64 lostAtMs, qint64 backAtMs, const Stored &stored)
{
    if (lostAtMs <= 0 || backAtMs <= lostAtMs)
        return std::nullopt;
    const qint64 end = stored.readings > 0 ? std::min(stored.oldestMs, backAtMs) : backAtMs;
    if (end <= lostAtMs)
        return std::nullopt;
    return std::pair(lostAtMs, end);
}

}  // namespace Backfill
