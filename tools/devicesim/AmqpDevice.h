// What a simulated device says over AMQP 1.0 and how it takes orders, as plain functions (no
// broker, no Proton): AmqpFleet.cpp wraps them in messages. The protocol is the one Linnet's
// AmqpConnection speaks (brief of issue 13):
//
// Readings: one message per snapshot to the readings address (default /queues/sensors),
//   application property "device" = the id, content-type application/senml+json, message-id
//   "<id>-<session>-<n>" (unique per reading message, also across restarts of the tool), and a
//   SenML JSON pack (RFC 8428) as a data section:
//     [{"bn":"press-1:","bt":1748779200.123,"n":"temperature","u":"Cel","v":23.41},
//      {"n":"humidity","u":"%RH","v":61.2},{"n":"co2","u":"ppm","v":812},
//      {"n":"power","u":"W","v":120.5},{"n":"door","vb":false},{"n":"battery","u":"%","v":87.3}]
//   Once a command has switched the relay, {"n":"relay","v":1} (or 0) follows, as over XMPP.
// Commands: requests on /queues/<id>.commands, subject = the action, application property
//   "value" (string). "relay": "on" | "off"; "interval": seconds (> 0, at most 3600). The reply
//   goes to the request's reply-to with correlation-id = its message-id, application property
//   "status" = "ok" | "error" and the text to show as an amqp-value string body.
#pragma once

#include "DeviceState.h"
#include "Signals.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

namespace devicesim::amqp {

inline constexpr QStringView SenmlJsonType = u"application/senml+json";
inline constexpr QStringView DefaultReadingsAddress = u"/queues/sensors";
inline constexpr QStringView RelayAction = u"relay";
inline constexpr QStringView IntervalAction = u"interval";
inline constexpr double MaxIntervalS = 3600;

// The demo's AMQP devices: press-1 (a hydraulic press), kiln-2 (hot), chiller-3 (cold).
QList<DeviceSpec> demoDevices();
// Devices with these ids ("press-1" is titled "Press 1"): the demo's profile where the id is
// one of the demo's, else the numbered fleet's kinds of places in turn.
QList<DeviceSpec> devicesNamed(const QStringList &ids);

// The command queue's address of a device (AmqpSettings::commandAddress on the app's side).
QString commandAddress(const QString &deviceId);

// One snapshot as a SenML JSON pack (compact UTF-8), the relay's record last when given.
QByteArray senmlJson(const QString &deviceId, const Snapshot &snapshot, std::optional<bool> relay = {});

struct CommandOutcome {
    bool ok = false;
    QString text;                 // the reply's body: "Relay on", "Interval is now 30 s", or the error
    bool intervalChanged = false;  // the device's schedule must follow state.intervalMs
};

// Applies a request to the device's state (nothing changes on an error).
CommandOutcome applyCommand(DeviceState &state, const QString &action, const QString &value);

}  // namespace devicesim::amqp
