// One PubSub item of the simulated device: a SenML pack (RFC 8428, XML form) of three
// records, as /work/shared/notes/xmpp.md describes Linnet's readings:
//   <sensml xmlns='urn:ietf:params:xml:ns:senml'>
//     <senml bn='dev-001:' bt='1748779200.123' n='temp' u='Cel' v='21.4'/>
//     <senml n='hum' u='%RH' v='55.2'/><senml n='pressure' u='Pa' v='101325.0'/></sensml>
// bt is the wall-clock time of the publish, in seconds with a millisecond fraction, so a
// subscriber can tell the publish→store latency of every item (same host, same clock).
#pragma once

#include <QXmppPubSubBaseItem.h>

namespace Senml {
inline constexpr QStringView Namespace = u"urn:ietf:params:xml:ns:senml";
// Subscribers count one item per record with this name (it carries bt).
inline constexpr QStringView FirstRecord = u"temp";
inline constexpr int RecordsPerItem = 3;
}  // namespace Senml

class SenmlItem : public QXmppPubSubBaseItem
{
public:
    SenmlItem() = default;  // QXmpp's item parsing needs it; the publisher never parses
    // id: the PubSub item id (the publisher uses the sequence number); baseName e.g. "dev-001:".
    SenmlItem(const QString &id, const QString &baseName, qint64 publishMs, quint64 sequence);

protected:
    void serializePayload(QXmlStreamWriter *writer) const override;

private:
    QString m_baseName;
    qint64 m_publishMs = 0;
    quint64 m_sequence = 0;
};
