// The ad-hoc commands (XEP-0050) every simulated device offers:
//   set-interval  "Set reporting interval"  one form: list-single interval, text-single custom
//   relay         "Switch relay"            one form: boolean on
//   thresholds    "Set alarm thresholds"    two steps: pick a sensor, then low and high
//   reboot        "Reboot"                  offline for about 5 s, then back
//   status        "Get status"              a result form with a <reported> table of sensors
//   configure     "Device settings"         one form with every remaining XEP-0004 field type
// They act on a SimDevice (its DeviceState); only JIDs on the fleet's allow-list may list or
// run them.
#pragma once

#include "CommandResponder.h"

#include <QStringList>

namespace devicesim {

class SimDevice;

// Registers the six commands on responder; they act on device (which outlives the responder:
// the responder is an extension of the device's client).
void addDeviceCommands(AdHoc::CommandResponder *responder, SimDevice *device);

// Lets the requester run a command when its bare JID is one of bareJids (compared without
// case); nobody when the list is empty.
AdHoc::CommandResponder::Authorizer allowListAuthorizer(const QStringList &bareJids);

}  // namespace devicesim
