// The fields of a data form (XEP-0004) for a form renderer: one row per field with what a
// delegate needs (type, label, value, options, XEP-0122 hint, validation error). The values
// the user enters live here until they are submitted (toSubmit()).
#pragma once

#include "adhoc/DataForm.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class DataFormModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CommandRunner::form")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Some field has a validation error.
    Q_PROPERTY(bool hasErrors READ hasErrors NOTIFY errorsChanged)

public:
    enum Role {
        FieldTypeRole = Qt::UserRole + 1,  // "boolean", "fixed", "hidden", "jid-single", ...
        VarRole,
        LabelRole,           // label, else var
        DescriptionRole,
        RequiredRole,
        ValueRole,           // QString; text-multi / jid-multi joined with "\n"
        ValuesRole,          // QStringList
        CheckedRole,         // bool (boolean fields)
        OptionsRole,         // QVariantList of {label, value}; label falls back to value
        ErrorRole,           // validation message, "" when fine
        HintRole,            // e.g. "1–3600" from XEP-0122
        AccessibleNameRole,  // label + ", required" when required
    };
    Q_ENUM(Role)

    explicit DataFormModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the whole form (errors cleared).
    void setForm(const AdHoc::DataForm &form);
    void clear();
    const AdHoc::DataForm &form() const { return m_form; }
    // What to send: type submit, values as entered.
    AdHoc::DataForm toSubmit() const { return m_form.toSubmit(); }

    // A string, a string list (one entry per line of multi-valued fields) or a bool. Clears the
    // field's error.
    Q_INVOKABLE void setValue(int row, const QVariant &value);
    // Checks every field (AdHoc::validateField) and puts the messages on the fields; true
    // when all pass.
    Q_INVOKABLE bool validate();
    bool hasErrors() const;
    // Errors the responder or the caller found (var -> message); clears the others.
    void setErrors(const QList<std::pair<QString, QString>> &errors);

    // Current values by var (string, string list or bool as setValue takes them), without
    // fixed fields; text-private and hidden fields only when asked for.
    QVariantMap values(bool withPrivateAndHidden = false) const;
    // Sets the fields named in `values` (by var; others keep theirs); fixed and hidden fields
    // and vars the form does not have are skipped. Returns the vars that were set.
    Q_INVOKABLE QStringList fill(const QVariantMap &values);
    // The first required field (by var) that has no value, or "".
    Q_INVOKABLE QString firstMissingRequired() const;

    // A field's XEP-0122 hint ("1–3600", "at least 2", "2–5 values"), "" when none.
    static QString hint(const AdHoc::FormField &field);

Q_SIGNALS:
    void countChanged();
    void errorsChanged();
    void valuesChanged();  // the user (or fill()) changed a value

private:
    bool setFieldValue(AdHoc::FormField &field, const QVariant &value);
    void setError(int row, const QString &error);

    AdHoc::DataForm m_form;
    QStringList m_errors;  // per row
};
