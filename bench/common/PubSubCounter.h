// The minimal QXmpp 1.10 way to receive PubSub items: a client extension implementing
// QXmppPubSubEventHandler. QXmppPubSubManager hands it every event as a DOM; it counts the
// items of one node and their publish→receive latency (from the SenML bt of the first record).
// It is what the anchor subscriber (bench-qxmpp-subscriber) measures.
#pragma once

#include <QXmppClientExtension.h>
#include <QXmppPubSubEventHandler.h>

class ItemStats;

// QXmpp's interface has a public non-virtual destructor (its own managers inherit it the same
// way); QXmppClient deletes extensions through QXmppClientExtension, whose destructor is virtual.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
class PubSubCounter : public QXmppClientExtension, public QXmppPubSubEventHandler
{
    Q_OBJECT
public:
    PubSubCounter(QString node, ItemStats *stats);

    bool handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName) override;

private:
    QString m_node;
    ItemStats *m_stats;
};
#pragma GCC diagnostic pop
