#include "PubSubCounter.h"

#include "ItemStats.h"
#include "SenmlItem.h"
#include "ToolIo.h"

#include <QDomElement>

PubSubCounter::PubSubCounter(QString node, ItemStats *stats)
    : m_node(std::move(node))
    , m_stats(stats)
{
}

bool PubSubCounter::handlePubSubEvent(const QDomElement &element, const QString &, const QString &nodeName)
{
    if (nodeName != m_node)
        return false;
    // QXmpp passes the whole <message>; be lenient in case it is the <event> itself.
    const QDomElement event = element.tagName() == u"event" ? element : element.firstChildElement(QStringLiteral("event"));
    const QDomElement items = event.firstChildElement(QStringLiteral("items"));
    for (auto item = items.firstChildElement(QStringLiteral("item")); !item.isNull();
         item = item.nextSiblingElement(QStringLiteral("item"))) {
        const QDomElement first = item.firstChildElement(QStringLiteral("sensml")).firstChildElement(QStringLiteral("senml"));
        const double btSeconds = first.attribute(QStringLiteral("bt")).toDouble();
        m_stats->add(double(wallClockUs()) / 1000.0 - btSeconds * 1000.0);
    }
    return true;
}
