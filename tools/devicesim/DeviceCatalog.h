// Which devices a fleet has: the demo's named ones (a greenhouse, a wine cellar, a meeting
// room ...) or numbered ones for big fleets (dev-0001, dev-0002, ...). Contract C6: the id is
// the JID's local part and the node id; the series are "<id>:temperature", "<id>:humidity",
// "<id>:co2", "<id>:power", "<id>:door", "<id>:battery".
#pragma once

#include "Signals.h"

#include <QList>

namespace devicesim {

// The series names without the "<id>:" prefix, in the order every item carries them.
inline constexpr QStringView TemperatureSeries = u"temperature";
inline constexpr QStringView HumiditySeries = u"humidity";
inline constexpr QStringView Co2Series = u"co2";
inline constexpr QStringView PowerSeries = u"power";
inline constexpr QStringView DoorSeries = u"door";
inline constexpr QStringView BatterySeries = u"battery";
// Not a sensor: the state of the relay, published once a command has switched it (issue 9).
inline constexpr QStringView RelaySeries = u"relay";

// The demo's eight devices. The first count of them (at most 8).
//   greenhouse-1, greenhouse-2 (the one that flaps in ./dev demo), cellar, meeting-room (its
//   CO2 crosses 1000 ppm about 10 s after the origin: the demo's alert), office, workshop,
//   cold-room, garage.
QList<DeviceSpec> demoDevices(int count = 8);

// count devices dev-0001 ... (4 digits, more if count needs them), titled "Device 0001",
// with profiles cycling through the demo's kinds of places.
QList<DeviceSpec> numberedDevices(int count);

// The demo's devices for count <= 8, numbered ones beyond.
QList<DeviceSpec> fleetDevices(int count);

}  // namespace devicesim
