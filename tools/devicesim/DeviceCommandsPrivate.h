// Pieces the device commands share (DeviceCommands.cpp, DeviceSettingsCommands.cpp): the
// sensors a device has, field builders, and a handler for commands that are one form answered
// in one go (and, for SimDevice, the sensor list and the interval's wording). Internal to the
// simulator.
#pragma once

#include "CommandResponder.h"
#include "Signals.h"

#include <functional>

namespace devicesim {

class SimDevice;

namespace commands {

struct Sensor {
    QString series;  // "temperature": the part after "<id>:" in the published records
    QString label;   // "Temperature"
    QString unit;    // "Cel"; empty for the door contact
    bool numeric = true;  // thresholds apply (the door is open or closed)
};
const QList<Sensor> &sensors();
const Sensor *findSensor(QStringView series);
// The reading of one sensor in a snapshot: as a number, and as text the way it is published
// ("23.41"; the door "open"/"closed").
double readingValue(const Snapshot &snapshot, QStringView series);
QString readingText(const Snapshot &snapshot, QStringView series);

// "18", "18.5", "0.25": a number without trailing zeros, never in exponent notation.
QString numberText(double value);
// An interval in seconds the same way ("5", "0.25").
QString secondsText(qint64 ms);
// "3 h 02 min 05 s", "2 min 05 s", "42 s".
QString durationText(qint64 ms);

AdHoc::FormField makeField(AdHoc::FormField::Type type, const QString &var, const QString &label,
                           const QStringList &values = {}, bool required = false);
AdHoc::FormField fixedField(const QString &text);

// Copies the submitted values onto the form's fields with the same var (fields the requester
// left out keep theirs; fixed fields are not touched).
void takeValues(AdHoc::DataForm &form, const std::optional<AdHoc::DataForm> &submitted);
// The first field that does not pass validateField(), as "Label: message", or empty.
QString firstProblem(const AdHoc::DataForm &form);
// The same form again (status executing) with an error note, its values kept except the
// text-private ones: a secret never travels back to the requester.
AdHoc::CommandResponse askAgain(AdHoc::DataForm form, const QString &error, const QList<AdHoc::Action> &actions,
                                AdHoc::Action defaultAction);
AdHoc::CommandResponse canceled();

// A command that is one form answered in one go: execute shows form(); complete takes the
// submitted values into that form, checks them against the form's own types and XEP-0122
// rules (a device does not trust the requester's checks) and then calls apply(), which may
// still ask again. Actions: complete (and cancel).
struct OneFormCommand {
    QString node;
    QString name;
    std::function<AdHoc::DataForm()> form;
    std::function<AdHoc::CommandResponse(const AdHoc::DataForm &filled, const AdHoc::CommandRequest &request)> apply;
};
AdHoc::CommandDefinition oneFormCommand(OneFormCommand command);

AdHoc::CommandDefinition thresholdsCommand(SimDevice *device);
AdHoc::CommandDefinition configureCommand(SimDevice *device);

}  // namespace commands
}  // namespace devicesim
