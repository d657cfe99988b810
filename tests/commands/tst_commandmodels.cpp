// The command view-models without a server: DataFormModel (every field type's roles, values,
// XEP-0122 validation and hints), ReportedModel and NotesModel.
#include "FormSamples.h"
#include "commands/DataFormModel.h"
#include "commands/NotesModel.h"
#include "commands/ReportedModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AdHoc;
using namespace FormSamples;

namespace {
int rowOf(const DataFormModel &model, const QString &var)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(DataFormModel::VarRole).toString() == var)
            return row;
    }
    return -1;
}

QVariant roleOf(const DataFormModel &model, const QString &var, int role)
{
    return model.index(rowOf(model, var)).data(role);
}

}  // namespace

class TestCommandModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldRoles();
    void setValueByType();
    void validation();
    void valuesAndFill();
    void reportedTable();
    void notes();
};

void TestCommandModels::fieldRoles()
{
    DataFormModel model;
    QSignalSpy count(&model, &DataFormModel::countChanged);
    model.setForm(everyType());
    QCOMPARE(count.size(), 1);
    QCOMPARE(model.rowCount(), 11);
    const QHash<int, QByteArray> roles = model.roleNames();
    for (const char *name : {"fieldType", "var", "label", "description", "required", "value", "values", "checked",
                             "options", "error", "hint", "accessibleName"})
        QVERIFY2(roles.values().contains(name), name);

    // Every type by its wire name.
    QStringList types;
    for (int row = 0; row < model.rowCount(); ++row)
        types << model.index(row).data(DataFormModel::FieldTypeRole).toString();
    QCOMPARE(types, (QStringList{u"fixed"_s, u"hidden"_s, u"text-single"_s, u"boolean"_s, u"jid-single"_s, u"jid-multi"_s, u"list-multi"_s,
                                 u"text-multi"_s, u"text-private"_s, u"list-single"_s, u"text-single"_s}));

    QCOMPARE(model.index(0).data(DataFormModel::ValueRole).toString(), QStringLiteral("General"));
    QCOMPARE(roleOf(model, u"name"_s, DataFormModel::LabelRole).toString(), QStringLiteral("Name"));
    QCOMPARE(roleOf(model, u"FORM_TYPE"_s, DataFormModel::LabelRole).toString(), QStringLiteral("FORM_TYPE"));  // no label: var
    QCOMPARE(roleOf(model, u"name"_s, DataFormModel::DescriptionRole).toString(), QStringLiteral("Shown in lists"));
    QCOMPARE(roleOf(model, u"name"_s, DataFormModel::RequiredRole).toBool(), true);
    QCOMPARE(roleOf(model, u"name"_s, DataFormModel::AccessibleNameRole).toString(), QStringLiteral("Name, required"));
    QCOMPARE(roleOf(model, u"owner"_s, DataFormModel::AccessibleNameRole).toString(), QStringLiteral("Owner"));
    QCOMPARE(roleOf(model, u"led"_s, DataFormModel::CheckedRole).toBool(), true);
    QCOMPARE(roleOf(model, u"notify"_s, DataFormModel::ValueRole).toString(), QStringLiteral("a@example.org\nb@example.org"));
    QCOMPARE(roleOf(model, u"notify"_s, DataFormModel::ValuesRole).toStringList().size(), 2);
    QCOMPARE(roleOf(model, u"notes"_s, DataFormModel::ValueRole).toString(), QStringLiteral("one\ntwo"));
    QCOMPARE(roleOf(model, u"interval"_s, DataFormModel::ValueRole).toString(), QStringLiteral("5"));

    const QVariantList options = roleOf(model, u"sensors"_s, DataFormModel::OptionsRole).toList();
    QCOMPARE(options.size(), 2);
    QCOMPARE(options.at(0).toMap().value(u"label"_s).toString(), QStringLiteral("Temperature"));
    QCOMPARE(options.at(1).toMap().value(u"label"_s).toString(), QStringLiteral("h"));  // no label: the value
    QCOMPARE(options.at(1).toMap().value(u"value"_s).toString(), QStringLiteral("h"));

    QCOMPARE(roleOf(model, u"custom"_s, DataFormModel::HintRole).toString(), QStringLiteral("1–3600"));
    QCOMPARE(roleOf(model, u"name"_s, DataFormModel::HintRole).toString(), QString());
    QCOMPARE(roleOf(model, u"custom"_s, DataFormModel::ErrorRole).toString(), QString());
}

void TestCommandModels::setValueByType()
{
    DataFormModel model;
    model.setForm(everyType());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setValue(rowOf(model, u"led"_s), false);
    QCOMPARE(roleOf(model, u"led"_s, DataFormModel::CheckedRole).toBool(), false);
    QCOMPARE(changed.size(), 1);
    model.setValue(rowOf(model, u"led"_s), QStringLiteral("true"));
    QCOMPARE(roleOf(model, u"led"_s, DataFormModel::CheckedRole).toBool(), true);

    model.setValue(rowOf(model, u"notify"_s), QStringLiteral("x@example.org\n\n y@example.org \n"));
    QCOMPARE(roleOf(model, u"notify"_s, DataFormModel::ValuesRole).toStringList(),
             (QStringList{u"x@example.org"_s, u"y@example.org"_s}));
    model.setValue(rowOf(model, u"sensors"_s), QStringList{u"t"_s, u"h"_s});
    QCOMPARE(roleOf(model, u"sensors"_s, DataFormModel::ValuesRole).toStringList(), (QStringList{u"t"_s, u"h"_s}));
    model.setValue(rowOf(model, u"notes"_s), QStringLiteral("first\n\nthird\n"));
    QCOMPARE(roleOf(model, u"notes"_s, DataFormModel::ValuesRole).toStringList(), (QStringList{u"first"_s, u""_s, u"third"_s}));
    model.setValue(rowOf(model, u"interval"_s), QStringLiteral("1"));
    QCOMPARE(roleOf(model, u"interval"_s, DataFormModel::ValueRole).toString(), QStringLiteral("1"));
    model.setValue(rowOf(model, u"pin"_s), QStringLiteral("1234"));
    QCOMPARE(roleOf(model, u"pin"_s, DataFormModel::ValueRole).toString(), QStringLiteral("1234"));

    // A fixed field is not the user's to change.
    model.setValue(0, QStringLiteral("Changed"));
    QCOMPARE(model.index(0).data(DataFormModel::ValueRole).toString(), QStringLiteral("General"));

    // What goes to the device: a submit form with every value as entered, fixed left out.
    const DataForm submit = model.toSubmit();
    QCOMPARE(submit.type(), DataForm::Type::Submit);
    QVERIFY(submit.field(u"pin"));
    QCOMPARE(submit.field(u"pin")->value(), QStringLiteral("1234"));
    QCOMPARE(submit.field(u"notify")->values, (QStringList{u"x@example.org"_s, u"y@example.org"_s}));
    QCOMPARE(submit.field(u"FORM_TYPE")->value(), QStringLiteral("urn:linnet:device:settings"));
    QVERIFY(std::none_of(submit.fields().cbegin(), submit.fields().cend(), [](const FormField &f) { return f.type == Type::Fixed; }));
}

void TestCommandModels::validation()
{
    DataFormModel model;
    model.setForm(everyType());
    QVERIFY(model.validate());
    QVERIFY(!model.hasErrors());

    QSignalSpy errors(&model, &DataFormModel::errorsChanged);
    model.setValue(rowOf(model, u"custom"_s), QStringLiteral("0"));
    model.setValue(rowOf(model, u"name"_s), QString());
    model.setValue(rowOf(model, u"pin"_s), QStringLiteral("12"));
    QVERIFY(!model.validate());
    QVERIFY(model.hasErrors());
    QCOMPARE(errors.size(), 1);
    // The library's sentences, on the fields that are wrong.
    QCOMPARE(roleOf(model, u"custom"_s, DataFormModel::ErrorRole).toString(), AdHoc::validateField(model.form().fields().at(rowOf(model, u"custom"_s))));
    QVERIFY(!roleOf(model, u"custom"_s, DataFormModel::ErrorRole).toString().isEmpty());
    QVERIFY(roleOf(model, u"custom"_s, DataFormModel::ErrorRole).toString().contains(QStringLiteral("3600")));
    QVERIFY(!roleOf(model, u"name"_s, DataFormModel::ErrorRole).toString().isEmpty());
    QVERIFY(!roleOf(model, u"pin"_s, DataFormModel::ErrorRole).toString().isEmpty());
    QCOMPARE(roleOf(model, u"led"_s, DataFormModel::ErrorRole).toString(), QString());
    QCOMPARE(model.firstMissingRequired(), QStringLiteral("name"));

    // Editing a field clears its message; the rest stay until validated again.
    model.setValue(rowOf(model, u"custom"_s), QStringLiteral("30"));
    QCOMPARE(roleOf(model, u"custom"_s, DataFormModel::ErrorRole).toString(), QString());
    QVERIFY(!roleOf(model, u"name"_s, DataFormModel::ErrorRole).toString().isEmpty());
    model.setValue(rowOf(model, u"name"_s), QStringLiteral("Cellar"));
    model.setValue(rowOf(model, u"pin"_s), QStringLiteral("123456"));
    QVERIFY(model.validate());
    QVERIFY(!model.hasErrors());

    // Messages from elsewhere (a device's answer) land on their fields.
    model.setErrors({{QStringLiteral("owner"), QStringLiteral("Unknown user")}});
    QCOMPARE(roleOf(model, u"owner"_s, DataFormModel::ErrorRole).toString(), QStringLiteral("Unknown user"));
    model.setForm(everyType());  // a new form starts clean
    QVERIFY(!model.hasErrors());
}

void TestCommandModels::valuesAndFill()
{
    DataFormModel model;
    model.setForm(everyType());
    model.setValue(rowOf(model, u"pin"_s), QStringLiteral("4321"));
    const QVariantMap pinnable = model.values();
    QVERIFY(!pinnable.contains(u"pin"_s));
    QVERIFY(!pinnable.contains(u"FORM_TYPE"_s));
    QCOMPARE(pinnable.value(u"led"_s).toBool(), true);
    QCOMPARE(pinnable.value(u"notify"_s).toStringList().size(), 2);
    QCOMPARE(pinnable.value(u"interval"_s).toString(), QStringLiteral("5"));
    QCOMPARE(model.values(true).value(u"pin"_s).toString(), QStringLiteral("4321"));

    // Refilling a fresh copy of the form by var (restart, pinned tiles).
    QVariantMap values = model.values(true);
    values.insert(u"interval"_s, u"1"_s);
    values.insert(u"FORM_TYPE"_s, u"urn:other"_s);
    values.insert(u"unknown"_s, u"x"_s);
    DataFormModel fresh;
    fresh.setForm(everyType());
    const QStringList set = fresh.fill(values);
    QVERIFY(set.contains(u"pin"_s));
    QVERIFY(!set.contains(u"FORM_TYPE"_s));
    QVERIFY(!set.contains(u"unknown"_s));
    QCOMPARE(roleOf(fresh, u"interval"_s, DataFormModel::ValueRole).toString(), QStringLiteral("1"));
    QCOMPARE(roleOf(fresh, u"pin"_s, DataFormModel::ValueRole).toString(), QStringLiteral("4321"));
    QCOMPARE(roleOf(fresh, u"FORM_TYPE"_s, DataFormModel::ValueRole).toString(), QStringLiteral("urn:linnet:device:settings"));
}

void TestCommandModels::reportedTable()
{
    DataForm result(DataForm::Type::Result);
    result.reported() = {field(Type::TextSingle, u"sensor"_s, u"Sensor"_s), field(Type::TextSingle, u"value"_s, u"Value"_s),
                         field(Type::TextSingle, u"unit"_s, {})};
    // Cells come in any order, and a row may leave one out.
    result.items() = {{field(Type::TextSingle, u"value"_s, {}, {u"21.5"_s}), field(Type::TextSingle, u"sensor"_s, {}, {u"Temperature"_s}),
                       field(Type::TextSingle, u"unit"_s, {}, {u"Cel"_s})},
                      {field(Type::TextSingle, u"sensor"_s, {}, {u"Humidity"_s}), field(Type::TextSingle, u"value"_s, {}, {u"55"_s})}};
    ReportedModel model;
    QSignalSpy columns(&model, &ReportedModel::columnNamesChanged);
    model.setTable(result);
    QCOMPARE(columns.size(), 1);
    QCOMPARE(model.columnNames(), (QStringList{u"Sensor"_s, u"Value"_s, u"unit"_s}));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Temperature"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("21.5"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("Cel"));
    QCOMPARE(model.index(1, 2).data().toString(), QString());
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Value"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.columnNames().isEmpty());
}

void TestCommandModels::notes()
{
    NotesModel model;
    model.setNotes({{Note::Type::Info, QStringLiteral("Saved.")}, {Note::Type::Error, QStringLiteral("Low must be below high")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data(NotesModel::TypeRole).toString(), QStringLiteral("error"));
    QCOMPARE(model.index(0).data(NotesModel::TypeRole).toString(), QStringLiteral("info"));
    QCOMPARE(model.index(1).data(NotesModel::TextRole).toString(), QStringLiteral("Low must be below high"));
    QCOMPARE(model.text(), QStringLiteral("Saved. Low must be below high"));
}

QTEST_MAIN(TestCommandModels)
#include "tst_commandmodels.moc"
