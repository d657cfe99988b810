#include "DataFormModel.h"

#include <QCoreApplication>

using AdHoc::FormField;

namespace {
bool isMultiValued(FormField::Type type)
{
    return type == FormField::Type::JidMulti || type == FormField::Type::ListMulti || type == FormField::Type::TextMulti;
}

// One value per line for the multi-line types (empty lines are not values); list-multi takes
// the list as given.
QStringList toList(const QVariant &value, FormField::Type type)
{
    QStringList list;
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        list = value.toStringList();
    else
        list = value.toString().split(QLatin1Char('\n'));
    if (type == FormField::Type::TextMulti) {
        // Keep inner empty lines (paragraphs), drop a trailing one the editor leaves.
        while (!list.isEmpty() && list.constLast().isEmpty())
            list.removeLast();
        return list;
    }
    list.removeAll(QString());
    if (type == FormField::Type::JidMulti) {
        for (auto &jid : list)
            jid = jid.trimmed();
        list.removeAll(QString());
    }
    return list;
}
}  // namespace

DataFormModel::DataFormModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DataFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_form.fields().size());
}

QVariant DataFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &field = m_form.fields().at(index.row());
    const QString label = field.label.isEmpty() ? field.var : field.label;
    switch (role) {
    case FieldTypeRole:
        return AdHoc::typeName(field.type);
    case VarRole:
        return field.var;
    case Qt::DisplayRole:
    case LabelRole:
        return label;
    case DescriptionRole:
        return field.description;
    case RequiredRole:
        return field.required;
    case ValueRole:
        return isMultiValued(field.type) ? field.values.join(QLatin1Char('\n')) : field.value();
    case ValuesRole:
        return field.values;
    case CheckedRole:
        return field.isTrue();
    case OptionsRole: {
        QVariantList options;
        for (const auto &option : field.options)
            options << QVariantMap{{QStringLiteral("label"), option.label.isEmpty() ? option.value : option.label},
                                   {QStringLiteral("value"), option.value}};
        return options;
    }
    case ErrorRole:
        return m_errors.value(index.row());
    case HintRole:
        return hint(field);
    case AccessibleNameRole:
        return field.required ? QCoreApplication::translate("DataFormModel", "%1, required").arg(label) : label;
    default:
        return {};
    }
}

QHash<int, QByteArray> DataFormModel::roleNames() const
{
    return {{FieldTypeRole, "fieldType"}, {VarRole, "var"},         {LabelRole, "label"},
            {DescriptionRole, "description"}, {RequiredRole, "required"}, {ValueRole, "value"},
            {ValuesRole, "values"},       {CheckedRole, "checked"},     {OptionsRole, "options"},
            {ErrorRole, "error"},         {HintRole, "hint"},           {AccessibleNameRole, "accessibleName"}};
}

void DataFormModel::setForm(const AdHoc::DataForm &form)
{
    const bool countChanges = form.fields().size() != m_form.fields().size();
    const bool hadErrors = hasErrors();
    beginResetModel();
    m_form = form;
    m_errors = QStringList(m_form.fields().size(), QString());
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    if (hadErrors)
        Q_EMIT errorsChanged();
}

void DataFormModel::clear()
{
    setForm(AdHoc::DataForm());
}

bool DataFormModel::setFieldValue(FormField &field, const QVariant &value)
{
    QStringList values;
    switch (field.type) {
    case FormField::Type::Fixed:
        return false;  // not the user's to change
    case FormField::Type::Boolean: {
        bool on = value.toBool();
        if (value.typeId() == QMetaType::QString) {
            const QString s = value.toString().trimmed().toLower();
            on = s == u"1" || s == u"true" || s == u"on";
        }
        values = {on ? QStringLiteral("1") : QStringLiteral("0")};
        break;
    }
    case FormField::Type::JidMulti:
    case FormField::Type::ListMulti:
    case FormField::Type::TextMulti:
        values = toList(value, field.type);
        break;
    default: {
        // A single value; a list (from a stored value) gives its first entry.
        const QString s = (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
                              ? value.toStringList().value(0)
                              : value.toString();
        values = s.isEmpty() ? QStringList() : QStringList{s};
        break;
    }
    }
    if (values == field.values)
        return false;
    field.values = values;
    return true;
}

void DataFormModel::setValue(int row, const QVariant &value)
{
    if (row < 0 || row >= rowCount())
        return;
    if (!setFieldValue(m_form.fields()[row], value))
        return;
    setError(row, {});
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {ValueRole, ValuesRole, CheckedRole, ErrorRole});
    Q_EMIT valuesChanged();
}

void DataFormModel::setError(int row, const QString &error)
{
    if (m_errors.value(row) == error)
        return;
    const bool had = hasErrors();
    m_errors[row] = error;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {ErrorRole});
    if (had != hasErrors())
        Q_EMIT errorsChanged();
}

bool DataFormModel::validate()
{
    bool ok = true;
    for (int row = 0; row < rowCount(); ++row) {
        const QString error = AdHoc::validateField(m_form.fields().at(row));
        setError(row, error);
        ok = ok && error.isEmpty();
    }
    return ok;
}

bool DataFormModel::hasErrors() const
{
    return std::any_of(m_errors.cbegin(), m_errors.cend(), [](const QString &e) { return !e.isEmpty(); });
}

void DataFormModel::setErrors(const QList<std::pair<QString, QString>> &errors)
{
    for (int row = 0; row < rowCount(); ++row) {
        const QString &var = m_form.fields().at(row).var;
        auto it = std::find_if(errors.cbegin(), errors.cend(), [&](const auto &e) { return !var.isEmpty() && e.first == var; });
        setError(row, it == errors.cend() ? QString() : it->second);
    }
}

QVariantMap DataFormModel::values(bool withPrivateAndHidden) const
{
    QVariantMap values;
    for (const auto &field : m_form.fields()) {
        if (field.var.isEmpty() || field.type == FormField::Type::Fixed)
            continue;
        if (!withPrivateAndHidden && (field.type == FormField::Type::TextPrivate || field.type == FormField::Type::Hidden))
            continue;
        if (field.type == FormField::Type::Boolean)
            values.insert(field.var, field.isTrue());
        else if (isMultiValued(field.type))
            values.insert(field.var, field.values);
        else
            values.insert(field.var, field.value());
    }
    return values;
}

QStringList DataFormModel::fill(const QVariantMap &values)
{
    QStringList set;
    for (int row = 0; row < rowCount(); ++row) {
        auto &field = m_form.fields()[row];
        if (field.var.isEmpty() || field.type == FormField::Type::Fixed || field.type == FormField::Type::Hidden)
            continue;
        const auto it = values.constFind(field.var);
        if (it == values.cend())
            continue;
        set << field.var;
        if (setFieldValue(field, *it)) {
            setError(row, {});
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i, {ValueRole, ValuesRole, CheckedRole, ErrorRole});
        }
    }
    if (!set.isEmpty())
        Q_EMIT valuesChanged();
    return set;
}

QString DataFormModel::firstMissingRequired() const
{
    for (const auto &field : m_form.fields()) {
        if (field.required && field.type != FormField::Type::Fixed && field.type != FormField::Type::Boolean
            && std::all_of(field.values.cbegin(), field.values.cend(), [](const QString &v) { return v.trimmed().isEmpty(); }))
            return field.var;
    }
    return {};
}

QString DataFormModel::hint(const FormField &field)
{
    if (!field.validation)
        return {};
    const auto &v = *field.validation;
    QString hint;
    if (v.method == AdHoc::FieldValidation::Method::Range) {
        if (!v.min.isEmpty() && !v.max.isEmpty())
            hint = QStringLiteral("%1–%2").arg(v.min, v.max);
        else if (!v.min.isEmpty())
            hint = QCoreApplication::translate("DataFormModel", "at least %1").arg(v.min);
        else if (!v.max.isEmpty())
            hint = QCoreApplication::translate("DataFormModel", "at most %1").arg(v.max);
    } else if (v.datatype == u"xs:date") {
        hint = QCoreApplication::translate("DataFormModel", "YYYY-MM-DD");
    } else if (v.datatype == u"xs:time") {
        hint = QCoreApplication::translate("DataFormModel", "hh:mm:ss");
    }
    if (field.isMultiValued() && (v.listMin || v.listMax)) {
        QString count;
        if (v.listMin && v.listMax)
            count = QCoreApplication::translate("DataFormModel", "%1–%2 values").arg(*v.listMin).arg(*v.listMax);
        else if (v.listMin)
            count = QCoreApplication::translate("DataFormModel", "at least %n value(s)", nullptr, *v.listMin);
        else
            count = QCoreApplication::translate("DataFormModel", "at most %n value(s)", nullptr, *v.listMax);
        hint = hint.isEmpty() ? count : hint + QStringLiteral(", ") + count;
    }
    return hint;
}
