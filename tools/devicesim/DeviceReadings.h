// How a device's readings leave it: one SenML pack (RFC 8428, XML) per PubSub item, and the
// one-line status a device answers a chat message with.
//
// A live item carries one snapshot: six records, the base name and base time on the first.
//   <sensml xmlns='urn:ietf:params:xml:ns:senml'>
//     <senml bn='greenhouse-1:' bt='1748779200.000' n='temperature' u='Cel' v='23.41'/>
//     <senml n='humidity' u='%RH' v='61.2'/> <senml n='co2' u='ppm' v='812'/>
//     <senml n='power' u='W' v='120.5'/> <senml n='door' vb='false'/> <senml n='battery' u='%' v='87.3'/>
//   </sensml>
// A history item (back-dated readings) carries several snapshots: the later ones repeat the
// six records with t='<seconds after bt>'.
// Once a command has switched the device's relay (issue 9), a seventh record follows the last
// snapshot's: <senml n='relay' v='1'/> (1 on, 0 off, no unit; t as that snapshot's).
#pragma once

#include "Signals.h"

#include <QList>
#include <QXmppPubSubBaseItem.h>

#include <optional>

class QXmlStreamWriter;

namespace devicesim {

inline constexpr QStringView SenmlNamespace = u"urn:ietf:params:xml:ns:senml";

// Writes <sensml> with every snapshot (in the given order; the first gives bt).
void writeSenmlPack(QXmlStreamWriter *writer, const QString &deviceId, const QList<Snapshot> &snapshots,
                    std::optional<bool> relay = {});

// The pack as a string (tests, logs).
QString senmlPackXml(const QString &deviceId, const QList<Snapshot> &snapshots, std::optional<bool> relay = {});

// "Greenhouse 1: 23.4 °C, 61 %RH, CO2 812 ppm, 120 W, door closed, battery 87 %"
QString statusLine(const QString &title, const Snapshot &snapshot);

// A PubSub item holding one pack.
class ReadingsItem : public QXmppPubSubBaseItem
{
public:
    ReadingsItem() = default;  // QXmpp's item parsing needs it; devices never parse
    ReadingsItem(const QString &id, const QString &deviceId, QList<Snapshot> snapshots, std::optional<bool> relay = {});

protected:
    void serializePayload(QXmlStreamWriter *writer) const override;

private:
    QString m_deviceId;
    QList<Snapshot> m_snapshots;
    std::optional<bool> m_relay;
};

}  // namespace devicesim
