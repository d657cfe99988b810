// What a simulated device remembers between commands: how often it
// reports, its relay, its alarm thresholds and its settings. Plain data owned by SimDevice;
// the ad-hoc commands (DeviceCommands.h) read and change it, the fleet follows the interval and
// the published items carry the relay. In memory only: like a device's flash, it survives a
// reboot, not the end of the simulator.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace devicesim {

struct AlarmThresholds {
    double low = 0;
    double high = 0;
};

// The "configure" command's values (the pin is never shown or logged, only kept).
struct DeviceSettings {
    QString name;            // empty: the device's title
    bool led = true;         // status LED
    QString owner;           // bare JID
    QStringList notify;      // who gets alerts (bare JIDs)
    // Enabled sensors (series names), all at the start. Kept and shown only: items still carry
    // every series, so a dashboard's tiles do not lose theirs to a settings change.
    QStringList sensors;
    QStringList notes;       // free text, one entry per line
    QString pin;             // service PIN, 4 to 8 digits; empty: none set
};

struct DeviceState {
    qint64 intervalMs = 1000;  // between live items
    bool intervalChanged = false;  // by a command: the presence status says the new interval
    bool relay = false;
    // Switched by a command at least once: from then on every live item carries
    // "<id>:relay" (a device reports what it has been told to do; before that, nothing asked).
    bool relayReported = false;
    QHash<QString, AlarmThresholds> thresholds;  // by series name ("temperature")
    DeviceSettings settings;
    qint64 upSinceMs = 0;  // the current session's login (a reboot starts it again)
};

}  // namespace devicesim
