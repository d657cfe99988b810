// The device commands that change settings: "thresholds" (the two-step one, with prev) and
// "configure" (one form that carries every XEP-0004 field type the other commands do not, so
// a requester's form renderer meets each of them against a real responder).
#include "DeviceCommandsPrivate.h"
#include "SimDevice.h"

#include <QXmppUtils.h>

namespace devicesim::commands {

using namespace AdHoc;

namespace {

inline constexpr QStringView SettingsFormType = u"urn:linnet:device:settings";

// thresholds: step 1 picks a sensor, step 2 takes low and high for it. The session remembers
// the sensor, so prev shows step 1 with it still chosen.
class ThresholdsHandler : public CommandHandler
{
public:
    explicit ThresholdsHandler(SimDevice *device) : m_device(device) { }

    CommandResponse handle(const CommandRequest &request) override
    {
        switch (request.action) {
        case Action::Execute:
            return sensorStep();
        case Action::Next:
            if (m_step == 1)
                return afterSensorStep(request);
            break;
        case Action::Prev:
            if (m_step == 2)
                return sensorStep();
            break;
        case Action::Complete:
            if (m_step == 2)
                return afterLimitsStep(request);
            break;
        case Action::Cancel:
            return canceled();
        }
        // The responder already refuses actions the last answer did not offer; this is for
        // a responder that does not.
        return CommandResponse::failure(QXmppStanza::Error::Modify, QXmppStanza::Error::BadRequest,
                                        QStringLiteral("Not possible at this step."), CommandCondition::BadAction);
    }

private:
    DataForm sensorForm() const
    {
        DataForm form;
        form.setTitle(QStringLiteral("Alarm thresholds of %1").arg(m_device->displayName()));
        form.setInstructions({QStringLiteral("Choose the sensor whose alarm thresholds to set.")});
        FormField sensor = makeField(FormField::Type::ListSingle, QStringLiteral("sensor"), QStringLiteral("Sensor"),
                                     m_sensor.isEmpty() ? QStringList() : QStringList{m_sensor}, true);
        for (const Sensor &s : sensors()) {
            if (s.numeric)  // the door is open or closed: nothing to put a threshold on
                sensor.options.append({s.label, s.series});
        }
        form.setFields({sensor});
        return form;
    }

    CommandResponse sensorStep()
    {
        m_step = 1;
        return CommandResponse::executing(sensorForm(), {Action::Next}, Action::Next);
    }

    CommandResponse afterSensorStep(const CommandRequest &request)
    {
        DataForm filled = sensorForm();
        takeValues(filled, request.form);
        if (const QString problem = firstProblem(filled); !problem.isEmpty())
            return askAgain(filled, problem, {Action::Next}, Action::Next);
        m_sensor = filled.field(u"sensor")->value();
        m_step = 2;
        m_limits = limitsForm();
        return CommandResponse::executing(m_limits, {Action::Prev, Action::Complete}, Action::Complete);
    }

    DataForm limitsForm() const
    {
        const Sensor *sensor = findSensor(m_sensor);
        DataForm form;
        form.setTitle(QStringLiteral("Thresholds for %1").arg(m_sensor));
        form.setInstructions({QStringLiteral("The device raises an alarm when the reading leaves this range.")});
        const QString now = readingText(m_device->latest(), m_sensor);
        const auto current = m_device->deviceState().thresholds.constFind(m_sensor);
        const bool set = current != m_device->deviceState().thresholds.cend();
        FieldValidation decimal;
        decimal.datatype = QStringLiteral("xs:decimal");
        FormField low = makeField(FormField::Type::TextSingle, QStringLiteral("low"), QStringLiteral("Low (%1)").arg(sensor->unit),
                                  set ? QStringList{numberText(current->low)} : QStringList(), true);
        low.validation = decimal;
        FormField high = makeField(FormField::Type::TextSingle, QStringLiteral("high"), QStringLiteral("High (%1)").arg(sensor->unit),
                                   set ? QStringList{numberText(current->high)} : QStringList(), true);
        high.validation = decimal;
        form.setFields({fixedField(QStringLiteral("Current value: %1 %2").arg(now, sensor->unit)), low, high});
        return form;
    }

    CommandResponse afterLimitsStep(const CommandRequest &request)
    {
        const QList<Action> actions{Action::Prev, Action::Complete};
        DataForm filled = m_limits;
        takeValues(filled, request.form);
        if (const QString problem = firstProblem(filled); !problem.isEmpty())
            return askAgain(filled, problem, actions, Action::Complete);
        const double low = filled.field(u"low")->value().trimmed().toDouble();
        const double high = filled.field(u"high")->value().trimmed().toDouble();
        if (!(low < high))  // checked here, not by a field rule: it relates two fields
            return askAgain(filled, QStringLiteral("Low must be below high"), actions, Action::Complete);
        m_device->deviceState().thresholds.insert(m_sensor, {low, high});
        const QString text = QStringLiteral("Thresholds for %1: %2\u2013%3 %4")
                                 .arg(m_sensor, numberText(low), numberText(high), findSensor(m_sensor)->unit);
        qCInfo(lcFleet).noquote() << m_device->spec().id << text << "set by" << request.from;
        return CommandResponse::completed({{Note::Type::Info, text}});
    }

    SimDevice *m_device;
    int m_step = 1;
    QString m_sensor;  // chosen in step 1
    DataForm m_limits;  // step 2 as shown, to check the answer against
};

// configure: the stored settings in one form, grouped under fixed headings.
DataForm settingsForm(SimDevice *device)
{
    const DeviceSettings &settings = device->deviceState().settings;
    FormField formType = makeField(FormField::Type::Hidden, QStringLiteral("FORM_TYPE"), {}, {SettingsFormType.toString()});
    FormField name = makeField(FormField::Type::TextSingle, QStringLiteral("name"), QStringLiteral("Name"), {device->displayName()}, true);
    name.description = QStringLiteral("Shown in the status and in the device's answers.");
    FormField led = makeField(FormField::Type::Boolean, QStringLiteral("led"), QStringLiteral("Status LED"),
                              {settings.led ? QStringLiteral("1") : QStringLiteral("0")});
    FormField owner = makeField(FormField::Type::JidSingle, QStringLiteral("owner"), QStringLiteral("Owner"),
                                settings.owner.isEmpty() ? QStringList() : QStringList{settings.owner});
    FormField notify = makeField(FormField::Type::JidMulti, QStringLiteral("notify"), QStringLiteral("Send alerts to"), settings.notify);
    notify.description = QStringLiteral("The addresses that get a message when a threshold is crossed.");
    FormField enabled = makeField(FormField::Type::ListMulti, QStringLiteral("sensors"), QStringLiteral("Enabled sensors"), settings.sensors);
    for (const Sensor &s : sensors())
        enabled.options.append({s.label, s.series});
    FormField notes = makeField(FormField::Type::TextMulti, QStringLiteral("notes"), QStringLiteral("Notes"), settings.notes);
    FormField pin = makeField(FormField::Type::TextPrivate, QStringLiteral("pin"), QStringLiteral("Service PIN"));
    pin.description = QStringLiteral("4 to 8 digits; leave empty to keep the current PIN.");
    FieldValidation digits;
    digits.method = FieldValidation::Method::Regex;
    digits.regex = QStringLiteral("[0-9]{4,8}");
    pin.validation = digits;

    DataForm form;
    form.setTitle(QStringLiteral("Settings of %1").arg(device->displayName()));
    form.setInstructions({QStringLiteral("Change the device's settings and complete to save them.")});
    form.setFields({formType, fixedField(QStringLiteral("General")), name, led, owner,
                    fixedField(QStringLiteral("Alerts")), notify, enabled, notes,
                    fixedField(QStringLiteral("Access")), pin});
    return form;
}

CommandResponse saveSettings(SimDevice *device, const DataForm &filled, const CommandRequest &request)
{
    if (filled.formType() != SettingsFormType)
        return askAgain(settingsForm(device), QStringLiteral("This form is not the device's settings form."), {Action::Complete}, Action::Complete);
    DeviceSettings &settings = device->deviceState().settings;
    const QString name = filled.field(u"name")->value().trimmed();
    settings.name = name == device->spec().title ? QString() : name;
    settings.led = filled.field(u"led")->isTrue();
    settings.owner = QXmppUtils::jidToBareJid(filled.field(u"owner")->value().trimmed());
    settings.notify.clear();
    for (const QString &jid : filled.field(u"notify")->values) {
        if (!jid.trimmed().isEmpty())
            settings.notify.append(jid.trimmed());
    }
    settings.sensors = filled.field(u"sensors")->values;
    settings.notes = filled.field(u"notes")->values;
    const QString pin = filled.field(u"pin")->value();
    if (!pin.isEmpty())
        settings.pin = pin;
    // The PIN is a secret: logged as changed or not, never its digits.
    qCInfo(lcFleet).noquote() << device->spec().id << "settings saved by" << request.from << "- name" << device->displayName()
                              << "led" << settings.led << "owner" << settings.owner << "notify" << settings.notify.join(u',')
                              << "sensors" << settings.sensors.join(u',') << "notes" << settings.notes.size() << "lines"
                              << (pin.isEmpty() ? "pin unchanged" : "pin changed");
    return CommandResponse::completed({{Note::Type::Info, QStringLiteral("Settings saved")}});
}

}  // namespace

CommandDefinition thresholdsCommand(SimDevice *device)
{
    return {QStringLiteral("thresholds"), QStringLiteral("Set alarm thresholds"),
            [device](const CommandRequest &) { return std::make_unique<ThresholdsHandler>(device); }};
}

CommandDefinition configureCommand(SimDevice *device)
{
    OneFormCommand command;
    command.node = QStringLiteral("configure");
    command.name = QStringLiteral("Device settings");
    command.form = [device] { return settingsForm(device); };
    command.apply = [device](const DataForm &filled, const CommandRequest &request) { return saveSettings(device, filled, request); };
    return oneFormCommand(std::move(command));
}

}  // namespace devicesim::commands
