// XEP-0004 data forms, with XEP-0122 datatypes and validation and the <reported>/<item> tables
// of result forms: parse, build, write and check them. Plain values that copy freely between
// threads; nothing here knows about commands or a user interface.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QDomElement;
class QXmlStreamWriter;

namespace AdHoc {

inline constexpr QStringView DataFormsNs = u"jabber:x:data";
inline constexpr QStringView ValidateNs = u"http://jabber.org/protocol/xdata-validate";

// XEP-0122: what a field's value must look like. Absent means "anything of the field's type".
struct FieldValidation {
    enum class Method { Basic, Open, Range, Regex };
    QString datatype = QStringLiteral("xs:string");  // xs:integer, xs:int, xs:decimal, xs:double, xs:boolean, xs:date, xs:dateTime, xs:time, xs:anyURI, xs:language, xs:string ...
    Method method = Method::Basic;
    QString min, max;  // Range; either may be empty (unbounded)
    QString regex;     // Regex: XML Schema flavour, matched against the whole value
    // <list-range/> of list-multi and jid-multi fields: how many values are allowed.
    std::optional<int> listMin, listMax;
    bool operator==(const FieldValidation &) const = default;
};

struct FieldOption {
    QString label;  // empty: show the value
    QString value;
    bool operator==(const FieldOption &) const = default;
};

struct FormField {
    enum class Type {
        Boolean, Fixed, Hidden, JidMulti, JidSingle, ListMulti, ListSingle,
        TextMulti, TextPrivate, TextSingle,
    };
    Type type = Type::TextSingle;
    QString var;  // empty only for fixed fields
    QString label;
    QString description;  // <desc/>
    bool required = false;
    // Every <value/> in order. One element for single-valued types; text-multi keeps one line
    // per value; boolean is "1"/"true" or "0"/"false" as sent (see isTrue()).
    QStringList values;
    QList<FieldOption> options;  // list-single / list-multi
    std::optional<FieldValidation> validation;
    bool operator==(const FormField &) const = default;

    QString value() const { return values.value(0); }
    void setValue(const QString &value) { values = {value}; }
    bool isTrue() const;  // boolean fields: "1" or "true"
    bool isMultiValued() const;  // jid-multi, list-multi, text-multi
};

// "boolean", "fixed", ... as on the wire; parse of an unknown name gives nullopt.
QString typeName(FormField::Type type);
std::optional<FormField::Type> typeFromName(QStringView name);

class DataForm
{
public:
    enum class Type { Form, Submit, Cancel, Result };

    DataForm() = default;
    explicit DataForm(Type type) : m_type(type) { }

    // Reads an <x xmlns='jabber:x:data'/> element. Unknown field types are read as text-single
    // (XEP-0004 §3.3); returns nullopt for an element that is not a data form.
    static std::optional<DataForm> parse(const QDomElement &x);
    void write(QXmlStreamWriter *writer) const;

    Type type() const { return m_type; }
    void setType(Type type) { m_type = type; }
    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    QStringList instructions() const { return m_instructions; }  // one entry per <instructions/>
    void setInstructions(const QStringList &instructions) { m_instructions = instructions; }
    // The FORM_TYPE hidden field's value, if any.
    QString formType() const;

    QList<FormField> &fields() { return m_fields; }
    const QList<FormField> &fields() const { return m_fields; }
    void setFields(const QList<FormField> &fields) { m_fields = fields; }
    // The first field with this var, or null.
    FormField *field(QStringView var);
    const FormField *field(QStringView var) const;

    // Result tables: the columns (<reported/>) and the rows (<item/>, each a list of fields
    // with var and values; cells in a row appear in any order).
    QList<FormField> &reported() { return m_reported; }
    const QList<FormField> &reported() const { return m_reported; }
    QList<QList<FormField>> &items() { return m_items; }
    const QList<QList<FormField>> &items() const { return m_items; }

    // What to send back for a form: type submit, every field that has a var (fixed fields
    // left out, hidden ones kept with their values), values as they are now.
    DataForm toSubmit() const;

    bool operator==(const DataForm &) const = default;

private:
    Type m_type = Type::Form;
    QString m_title;
    QStringList m_instructions;
    QList<FormField> m_fields;
    QList<FormField> m_reported;
    QList<QList<FormField>> m_items;
};

// Checks one field's current values against its type, required flag, options (unless the
// validation method is open) and XEP-0122 validation. Returns a short sentence for the user
// ("Enter a whole number from 1 to 3600.", "This field is required.", "Not a valid JID."), or
// an empty string when the values are fine. Translatable (context "AdHoc::DataForm").
QString validateField(const FormField &field);
// Every field of the form that does not pass, as var -> message.
QList<std::pair<QString, QString>> validateForm(const DataForm &form);

}  // namespace AdHoc
