#include "DeviceCommands.h"

#include "DeviceCatalog.h"
#include "DeviceCommandsPrivate.h"
#include "SimDevice.h"

#include <QDateTime>
#include <QXmppUtils.h>

#include <cmath>

namespace devicesim {

using namespace AdHoc;

namespace commands {

const QList<Sensor> &sensors()
{
    static const QList<Sensor> list{
        {TemperatureSeries.toString(), QStringLiteral("Temperature"), QStringLiteral("Cel")},
        {HumiditySeries.toString(), QStringLiteral("Humidity"), QStringLiteral("%RH")},
        {Co2Series.toString(), QStringLiteral("CO2"), QStringLiteral("ppm")},
        {PowerSeries.toString(), QStringLiteral("Power"), QStringLiteral("W")},
        {DoorSeries.toString(), QStringLiteral("Door"), QString(), false},
        {BatterySeries.toString(), QStringLiteral("Battery"), QStringLiteral("%")},
    };
    return list;
}

const Sensor *findSensor(QStringView series)
{
    for (const Sensor &sensor : sensors()) {
        if (sensor.series == series)
            return &sensor;
    }
    return nullptr;
}

double readingValue(const Snapshot &s, QStringView series)
{
    if (series == TemperatureSeries)
        return s.temperature;
    if (series == HumiditySeries)
        return s.humidity;
    if (series == Co2Series)
        return s.co2;
    if (series == PowerSeries)
        return s.power;
    if (series == DoorSeries)
        return s.doorOpen ? 1 : 0;
    if (series == BatterySeries)
        return s.battery;
    return qQNaN();
}

QString readingText(const Snapshot &s, QStringView series)
{
    // The precision of the published records (DeviceReadings.cpp).
    if (series == TemperatureSeries)
        return QString::number(s.temperature, 'f', 2);
    if (series == Co2Series)
        return QString::number(s.co2, 'f', 0);
    if (series == DoorSeries)
        return s.doorOpen ? QStringLiteral("open") : QStringLiteral("closed");
    return QString::number(readingValue(s, series), 'f', 1);
}

QString numberText(double value)
{
    QString text = QString::number(value, 'f', 6);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text == u"-0" ? QStringLiteral("0") : text;
}

QString secondsText(qint64 ms)
{
    return numberText(double(ms) / 1000.0);
}

QString durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    const auto two = [](qint64 n) { return QString::number(n).rightJustified(2, QLatin1Char('0')); };
    if (s >= 3600)
        return QStringLiteral("%1 h %2 min %3 s").arg(s / 3600).arg(two(s / 60 % 60), two(s % 60));
    if (s >= 60)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(two(s % 60));
    return QStringLiteral("%1 s").arg(s);
}

FormField makeField(FormField::Type type, const QString &var, const QString &label, const QStringList &values, bool required)
{
    FormField field;
    field.type = type;
    field.var = var;
    field.label = label;
    field.values = values;
    field.required = required;
    return field;
}

FormField fixedField(const QString &text)
{
    return makeField(FormField::Type::Fixed, {}, {}, {text});
}

void takeValues(DataForm &form, const std::optional<DataForm> &submitted)
{
    if (!submitted)
        return;
    for (FormField &field : form.fields()) {
        if (field.var.isEmpty() || field.type == FormField::Type::Fixed)
            continue;
        if (const FormField *given = submitted->field(field.var))
            field.values = given->values;
    }
}

QString firstProblem(const DataForm &form)
{
    const auto problems = validateForm(form);
    if (problems.isEmpty())
        return {};
    const FormField *field = form.field(problems.first().first);
    const QString label = field && !field->label.isEmpty() ? field->label : problems.first().first;
    return QStringLiteral("%1: %2").arg(label, problems.first().second);
}

CommandResponse askAgain(DataForm form, const QString &error, const QList<Action> &actions, Action defaultAction)
{
    form.setType(DataForm::Type::Form);
    for (FormField &field : form.fields()) {
        if (field.type == FormField::Type::TextPrivate)
            field.values.clear();
    }
    CommandResponse response = CommandResponse::executing(form, actions, defaultAction);
    response.notes = {{Note::Type::Error, error}};
    return response;
}

CommandResponse canceled()
{
    CommandResponse response;
    response.status = Status::Canceled;
    return response;
}

namespace {

// One session of a OneFormCommand: the form shown at execute is the one the answer is checked
// against (its options stay what the requester saw, even if the device changed meanwhile).
class OneFormHandler : public CommandHandler
{
public:
    explicit OneFormHandler(const OneFormCommand &command) : m_command(command) { }

    CommandResponse handle(const CommandRequest &request) override
    {
        switch (request.action) {
        case Action::Execute:
            m_form = m_command.form();
            return CommandResponse::executing(m_form, {Action::Complete}, Action::Complete);
        case Action::Complete: {
            DataForm filled = m_form;
            takeValues(filled, request.form);
            if (const QString problem = firstProblem(filled); !problem.isEmpty())
                return askAgain(filled, problem, {Action::Complete}, Action::Complete);
            return m_command.apply(filled, request);
        }
        case Action::Cancel:
            return canceled();
        case Action::Next:
        case Action::Prev:
            break;
        }
        return CommandResponse::failure(QXmppStanza::Error::Modify, QXmppStanza::Error::BadRequest,
                                        QStringLiteral("This command has one step."), CommandCondition::BadAction);
    }

private:
    OneFormCommand m_command;
    DataForm m_form;
};

// A command without a form: execute answers at once.
CommandDefinition immediateCommand(const QString &node, const QString &name, std::function<CommandResponse(const CommandRequest &)> run)
{
    struct Handler : CommandHandler {
        std::function<CommandResponse(const CommandRequest &)> run;
        CommandResponse handle(const CommandRequest &request) override
        {
            return request.action == Action::Cancel ? canceled() : run(request);
        }
    };
    return {node, name, [run](const CommandRequest &) {
                auto handler = std::make_unique<Handler>();
                handler->run = run;
                return handler;
            }};
}

}  // namespace

CommandDefinition oneFormCommand(OneFormCommand command)
{
    const QString node = command.node;
    const QString name = command.name;
    return {node, name, [command = std::move(command)](const CommandRequest &) { return std::make_unique<OneFormHandler>(command); }};
}

}  // namespace commands

namespace {

using namespace commands;

constexpr int IntervalChoicesS[] = {1, 5, 10, 30, 60};

// set-interval: a list of common intervals and a free one (XEP-0122 range) that wins.
CommandDefinition setIntervalCommand(SimDevice *device)
{
    OneFormCommand command;
    command.node = QStringLiteral("set-interval");
    command.name = QStringLiteral("Set reporting interval");
    command.form = [device] {
        DataForm form;
        form.setTitle(QStringLiteral("Reporting interval of %1").arg(device->displayName()));
        form.setInstructions({QStringLiteral("Choose how often the device publishes its readings, or enter any number of seconds.")});
        const QString current = secondsText(device->deviceState().intervalMs);
        FormField interval = makeField(FormField::Type::ListSingle, QStringLiteral("interval"), QStringLiteral("Interval"), {current});
        bool listed = false;
        for (int s : IntervalChoicesS) {
            interval.options.append({QStringLiteral("%1 s").arg(s), QString::number(s)});
            listed = listed || QString::number(s) == current;
        }
        if (!listed)  // a custom interval (or --rate's): still shown as the current choice
            interval.options.append({QStringLiteral("%1 s").arg(current), current});
        FormField custom = makeField(FormField::Type::TextSingle, QStringLiteral("custom"), QStringLiteral("Custom interval (s)"));
        custom.description = QStringLiteral("Seconds between readings, 1 to 3600; overrides the choice above.");
        FieldValidation range;
        range.datatype = QStringLiteral("xs:integer");
        range.method = FieldValidation::Method::Range;
        range.min = QStringLiteral("1");
        range.max = QStringLiteral("3600");
        custom.validation = range;
        form.setFields({interval, custom});
        return form;
    };
    command.apply = [device](const DataForm &filled, const CommandRequest &request) {
        const QString custom = filled.field(u"custom")->value().trimmed();
        const QString chosen = !custom.isEmpty() ? custom : filled.field(u"interval")->value();
        bool ok = false;
        const double seconds = chosen.toDouble(&ok);
        if (!ok || !(seconds > 0))
            return askAgain(filled, QStringLiteral("Choose an interval or enter one."), {Action::Complete}, Action::Complete);
        device->setIntervalMs(qint64(std::llround(seconds * 1000)));
        const QString text = secondsText(device->deviceState().intervalMs);
        qCInfo(lcFleet).noquote() << device->spec().id << "reporting every" << text << "s, set by" << request.from;
        return CommandResponse::completed({{Note::Type::Info, QStringLiteral("Reporting every %1 s").arg(text)}});
    };
    return oneFormCommand(std::move(command));
}

CommandDefinition relayCommand(SimDevice *device)
{
    OneFormCommand command;
    command.node = QStringLiteral("relay");
    command.name = QStringLiteral("Switch relay");
    command.form = [device] {
        DataForm form;
        form.setTitle(QStringLiteral("Relay of %1").arg(device->displayName()));
        FormField on = makeField(FormField::Type::Boolean, QStringLiteral("on"), QStringLiteral("Relay on"),
                                 {device->deviceState().relay ? QStringLiteral("1") : QStringLiteral("0")});
        form.setFields({on});
        return form;
    };
    command.apply = [device](const DataForm &filled, const CommandRequest &request) {
        const bool on = filled.field(u"on")->isTrue();
        device->setRelay(on);
        qCInfo(lcFleet).noquote() << device->spec().id << "relay" << (on ? "on" : "off") << "by" << request.from;
        return CommandResponse::completed({{Note::Type::Info, on ? QStringLiteral("Relay is on") : QStringLiteral("Relay is off")}});
    };
    return oneFormCommand(std::move(command));
}

CommandDefinition rebootCommand(SimDevice *device)
{
    return immediateCommand(QStringLiteral("reboot"), QStringLiteral("Reboot"), [device](const CommandRequest &request) {
        qCInfo(lcFleet).noquote() << device->spec().id << "reboot asked for by" << request.from;
        device->reboot();  // leaves after this answer is written
        return CommandResponse::completed({{Note::Type::Info, QStringLiteral("Rebooting; back in about 5 s")}});
    });
}

// status: the device's state and a table of its sensors (a <reported>/<item> result).
CommandDefinition statusCommand(SimDevice *device)
{
    return immediateCommand(QStringLiteral("status"), QStringLiteral("Get status"), [device](const CommandRequest &request) {
        const DeviceState &state = device->deviceState();
        DataForm result(DataForm::Type::Result);
        result.setTitle(QStringLiteral("Status of %1").arg(device->displayName()));
        result.setFields({
            makeField(FormField::Type::TextSingle, QStringLiteral("name"), QStringLiteral("Name"), {device->displayName()}),
            makeField(FormField::Type::TextSingle, QStringLiteral("uptime"), QStringLiteral("Uptime"),
                      {durationText(QDateTime::currentMSecsSinceEpoch() - state.upSinceMs)}),
            makeField(FormField::Type::TextSingle, QStringLiteral("interval"), QStringLiteral("Reporting interval"),
                      {QStringLiteral("%1 s").arg(secondsText(state.intervalMs))}),
            makeField(FormField::Type::Boolean, QStringLiteral("relay"), QStringLiteral("Relay"),
                      {state.relay ? QStringLiteral("1") : QStringLiteral("0")}),
        });
        result.reported() = {
            makeField(FormField::Type::TextSingle, QStringLiteral("sensor"), QStringLiteral("Sensor")),
            makeField(FormField::Type::TextSingle, QStringLiteral("value"), QStringLiteral("Value")),
            makeField(FormField::Type::TextSingle, QStringLiteral("unit"), QStringLiteral("Unit")),
            makeField(FormField::Type::TextSingle, QStringLiteral("low"), QStringLiteral("Low")),
            makeField(FormField::Type::TextSingle, QStringLiteral("high"), QStringLiteral("High")),
        };
        const Snapshot now = device->latest();
        for (const Sensor &sensor : sensors()) {
            const auto thresholds = state.thresholds.constFind(sensor.series);
            const bool set = thresholds != state.thresholds.cend();
            auto cell = [](const QString &var, const QString &value) {
                return makeField(FormField::Type::TextSingle, var, {}, {value});
            };
            result.items().append({cell(QStringLiteral("sensor"), sensor.label),
                                   cell(QStringLiteral("value"), readingText(now, sensor.series)),
                                   cell(QStringLiteral("unit"), sensor.unit),
                                   cell(QStringLiteral("low"), set ? numberText(thresholds->low) : QString()),
                                   cell(QStringLiteral("high"), set ? numberText(thresholds->high) : QString())});
        }
        qCInfo(lcFleet).noquote() << device->spec().id << "status asked for by" << request.from;
        return CommandResponse::completed({}, result);
    });
}

}  // namespace

void addDeviceCommands(CommandResponder *responder, SimDevice *device)
{
    responder->addCommand(setIntervalCommand(device));
    responder->addCommand(relayCommand(device));
    responder->addCommand(thresholdsCommand(device));
    responder->addCommand(rebootCommand(device));
    responder->addCommand(statusCommand(device));
    responder->addCommand(configureCommand(device));
}

CommandResponder::Authorizer allowListAuthorizer(const QStringList &bareJids)
{
    QStringList allowed;
    for (const QString &jid : bareJids)
        allowed.append(jid.trimmed().toLower());
    return [allowed](const QString &requester, const QString &) {
        return allowed.contains(QXmppUtils::jidToBareJid(requester).toLower());
    };
}

}  // namespace devicesim
