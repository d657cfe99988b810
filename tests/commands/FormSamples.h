// Data forms for the command tests: one field of every type, as a device's settings command
// sends it.
#pragma once

#include "adhoc/DataForm.h"

namespace FormSamples {

using AdHoc::DataForm;
using AdHoc::FieldValidation;
using AdHoc::FormField;
using Type = FormField::Type;
using namespace Qt::StringLiterals;

inline FormField field(Type type, const QString &var, const QString &label, const QStringList &values = {}, bool required = false)
{
    FormField f;
    f.type = type;
    f.var = var;
    f.label = label;
    f.values = values;
    f.required = required;
    return f;
}

inline DataForm everyType()
{
    DataForm form(DataForm::Type::Form);
    form.setTitle(QStringLiteral("Device settings"));
    form.setInstructions({QStringLiteral("Change what you need.")});
    QList<FormField> fields;
    fields << field(Type::Fixed, {}, {}, {QStringLiteral("General")});
    fields << field(Type::Hidden, QStringLiteral("FORM_TYPE"), {}, {QStringLiteral("urn:linnet:device:settings")});
    auto name = field(Type::TextSingle, QStringLiteral("name"), QStringLiteral("Name"), {QStringLiteral("Cellar")}, true);
    name.description = QStringLiteral("Shown in lists");
    fields << name;
    fields << field(Type::Boolean, QStringLiteral("led"), QStringLiteral("Status LED"), {QStringLiteral("true")});
    fields << field(Type::JidSingle, QStringLiteral("owner"), QStringLiteral("Owner"));
    fields << field(Type::JidMulti, QStringLiteral("notify"), QStringLiteral("Alert recipients"),
                    {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")});
    auto sensors = field(Type::ListMulti, QStringLiteral("sensors"), QStringLiteral("Sensors"), {QStringLiteral("t")});
    sensors.options = {{QStringLiteral("Temperature"), QStringLiteral("t")}, {QString(), QStringLiteral("h")}};
    fields << sensors;
    fields << field(Type::TextMulti, QStringLiteral("notes"), QStringLiteral("Notes"), {QStringLiteral("one"), QStringLiteral("two")});
    auto pin = field(Type::TextPrivate, QStringLiteral("pin"), QStringLiteral("PIN"));
    FieldValidation pinRule;
    pinRule.method = FieldValidation::Method::Regex;
    pinRule.regex = QStringLiteral("[0-9]{4,8}");
    pin.validation = pinRule;
    fields << pin;
    auto interval = field(Type::ListSingle, QStringLiteral("interval"), QStringLiteral("Interval"), {QStringLiteral("5")});
    interval.options = {{QStringLiteral("1 s"), QStringLiteral("1")}, {QStringLiteral("5 s"), QStringLiteral("5")}};
    fields << interval;
    auto custom = field(Type::TextSingle, QStringLiteral("custom"), QStringLiteral("Custom interval (s)"));
    FieldValidation range;
    range.datatype = QStringLiteral("xs:integer");
    range.method = FieldValidation::Method::Range;
    range.min = QStringLiteral("1");
    range.max = QStringLiteral("3600");
    custom.validation = range;
    fields << custom;
    form.setFields(fields);
    return form;
}

}  // namespace FormSamples
