// XEP-0004 type rules and XEP-0122 validation of a field's values, with messages for users.
#include "DataForm.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AdHoc {

namespace {

QString tr(const char *text)
{
    // "AdHoc": the context lupdate gives tr() in this namespace.
    return QCoreApplication::translate("AdHoc", text);
}

// RFC 7622 in its practical form: [local@]domain[/resource], no white space, no forbidden
// characters in the local part, parts within 1023 bytes.
bool isValidJid(const QString &jid)
{
    if (jid.isEmpty() || jid.size() > 3071)
        return false;
    const qsizetype slash = jid.indexOf(u'/');
    const QString bare = slash < 0 ? jid : jid.left(slash);
    if (slash >= 0 && (slash == jid.size() - 1 || jid.size() - slash - 1 > 1023))
        return false;
    const qsizetype at = bare.indexOf(u'@');
    const QString local = at < 0 ? QString() : bare.left(at);
    const QString domain = at < 0 ? bare : bare.mid(at + 1);
    if (at == 0 || local.size() > 1023)
        return false;
    for (const QChar c : local) {
        if (c.isSpace() || QStringView(u"\"&'/:<>@").contains(c))
            return false;
    }
    if (domain.isEmpty() || domain.size() > 1023 || domain.startsWith(u'.') || domain.endsWith(u".."))
        return false;
    for (const QChar c : domain) {
        if (c.isSpace() || QStringView(u"@/\"&'<>\\").contains(c))
            return false;
    }
    return true;
}

enum class Kind { Integer, Decimal, Double, Boolean, Date, DateTime, Time, Uri, Language, String };

Kind kindOf(const QString &datatype)
{
    static const QStringList integers {
        u"xs:integer"_s, u"xs:int"_s, u"xs:long"_s, u"xs:short"_s, u"xs:byte"_s,
        u"xs:nonNegativeInteger"_s, u"xs:positiveInteger"_s, u"xs:nonPositiveInteger"_s,
        u"xs:negativeInteger"_s, u"xs:unsignedLong"_s, u"xs:unsignedInt"_s, u"xs:unsignedShort"_s,
        u"xs:unsignedByte"_s,
    };
    if (integers.contains(datatype))
        return Kind::Integer;
    if (datatype == u"xs:decimal")
        return Kind::Decimal;
    if (datatype == u"xs:double" || datatype == u"xs:float")
        return Kind::Double;
    if (datatype == u"xs:boolean")
        return Kind::Boolean;
    if (datatype == u"xs:date")
        return Kind::Date;
    if (datatype == u"xs:dateTime")
        return Kind::DateTime;
    if (datatype == u"xs:time")
        return Kind::Time;
    if (datatype == u"xs:anyURI")
        return Kind::Uri;
    if (datatype == u"xs:language")
        return Kind::Language;
    return Kind::String;  // xs:string and datatypes we do not know: anything goes
}

bool matches(const QString &value, const QString &pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(value).hasMatch();
}

// Parses a value of a numeric kind; nullopt when it is not one.
std::optional<double> number(Kind kind, const QString &value)
{
    if (kind == Kind::Integer && !matches(value, u"[+-]?[0-9]+"_s))
        return std::nullopt;
    if (kind == Kind::Decimal && !matches(value, u"[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)"_s))
        return std::nullopt;
    if (kind == Kind::Double) {
        if (value == u"INF" || value == u"+INF")
            return HUGE_VAL;
        if (value == u"-INF")
            return -HUGE_VAL;
        if (value == u"NaN")
            return std::nan("");
        if (!matches(value, u"[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?"_s))
            return std::nullopt;
    }
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok ? std::optional(d) : std::nullopt;
}

bool hasType(Kind kind, const QString &value)
{
    switch (kind) {
    case Kind::Integer: case Kind::Decimal: case Kind::Double:
        return number(kind, value).has_value();
    case Kind::Boolean:
        return value == u"true" || value == u"false" || value == u"1" || value == u"0";
    case Kind::Date:
        return matches(value, u"-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?"_s)
            && QDate::fromString(value.left(10), Qt::ISODate).isValid();
    case Kind::DateTime:
        return matches(value, u"-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?"_s)
            && QDateTime::fromString(value, Qt::ISODateWithMs).isValid();
    case Kind::Time:
        return matches(value, u"[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?"_s)
            && QTime::fromString(value.left(8), Qt::ISODate).isValid();
    case Kind::Uri:
        return QUrl(value, QUrl::StrictMode).isValid();
    case Kind::Language:
        return matches(value, u"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*"_s);
    case Kind::String:
        return true;
    }
    return true;
}

QString typeMessage(Kind kind)
{
    switch (kind) {
    case Kind::Integer: return tr("Enter a whole number.");
    case Kind::Decimal: case Kind::Double: return tr("Enter a number.");
    case Kind::Boolean: return tr("Enter true or false.");
    case Kind::Date: return tr("Enter a date (YYYY-MM-DD).");
    case Kind::DateTime: return tr("Enter a date and time (YYYY-MM-DDThh:mm:ss).");
    case Kind::Time: return tr("Enter a time (hh:mm:ss).");
    case Kind::Uri: return tr("Enter a valid URI.");
    case Kind::Language: return tr("Enter a language tag such as en or de-CH.");
    case Kind::String: break;
    }
    return tr("The value is not valid.");
}

QString rangeMessage(Kind kind, const QString &min, const QString &max)
{
    const bool whole = kind == Kind::Integer;
    if (kind == Kind::Integer || kind == Kind::Decimal || kind == Kind::Double) {
        if (!min.isEmpty() && !max.isEmpty())
            return (whole ? tr("Enter a whole number from %1 to %2.") : tr("Enter a number from %1 to %2.")).arg(min, max);
        if (!min.isEmpty())
            return (whole ? tr("Enter a whole number of at least %1.") : tr("Enter a number of at least %1.")).arg(min);
        return (whole ? tr("Enter a whole number of at most %1.") : tr("Enter a number of at most %1.")).arg(max);
    }
    if (!min.isEmpty() && !max.isEmpty())
        return tr("Enter a value from %1 to %2.").arg(min, max);
    if (!min.isEmpty())
        return tr("Enter a value of at least %1.").arg(min);
    return tr("Enter a value of at most %1.").arg(max);
}

// -1, 0, 1; numbers numerically, dates and times as ISO text (they sort as text).
int compare(Kind kind, const QString &a, const QString &b)
{
    if (kind == Kind::Integer || kind == Kind::Decimal || kind == Kind::Double) {
        const auto x = number(kind, a), y = number(kind, b);
        if (!x || !y)
            return 0;  // an unreadable bound does not reject anything
        return *x < *y ? -1 : (*x > *y ? 1 : 0);
    }
    return a.compare(b);
}

QString checkValue(const FormField &field, const QString &value)
{
    using Type = FormField::Type;
    if ((field.type == Type::JidSingle || field.type == Type::JidMulti) && !isValidJid(value.trimmed()))
        return tr("Not a valid JID.");
    if (field.type == Type::Boolean && !hasType(Kind::Boolean, value.trimmed()))
        return tr("Enter true or false.");
    const bool open = field.validation && field.validation->method == FieldValidation::Method::Open;
    if ((field.type == Type::ListSingle || field.type == Type::ListMulti) && !open && !field.options.isEmpty()) {
        const bool offered = std::any_of(field.options.cbegin(), field.options.cend(),
                                         [&](const FieldOption &o) { return o.value == value; });
        if (!offered)
            return tr("Choose one of the offered values.");
    }
    if (!field.validation)
        return {};
    const FieldValidation &v = *field.validation;
    const Kind kind = kindOf(v.datatype);
    if (!hasType(kind, value))
        return typeMessage(kind);
    if (v.method == FieldValidation::Method::Range) {
        if ((!v.min.isEmpty() && compare(kind, value, v.min) < 0) || (!v.max.isEmpty() && compare(kind, value, v.max) > 0))
            return rangeMessage(kind, v.min, v.max);
    } else if (v.method == FieldValidation::Method::Regex && !v.regex.isEmpty()) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(v.regex));
        // A pattern we cannot compile (XML Schema has classes PCRE lacks) rejects nothing.
        if (re.isValid() && !re.match(value).hasMatch())
            return tr("The value does not have the expected format.");
    }
    return {};
}

}  // namespace

QString validateField(const FormField &field)
{
    using Type = FormField::Type;
    if (field.type == Type::Fixed || field.type == Type::Hidden)
        return {};
    QStringList values;
    for (const QString &v : field.values) {
        if (!v.isEmpty())
            values.append(v);
    }
    // text-multi keeps empty lines; they are content, not missing values.
    if (field.type == Type::TextMulti && !values.isEmpty())
        values = field.values;
    if (values.isEmpty())
        return field.required ? tr("This field is required.") : QString();
    if (!field.isMultiValued() && values.size() > 1)
        return tr("Only one value is allowed.");
    if (field.validation && (field.validation->listMin || field.validation->listMax)
        && (field.type == Type::ListMulti || field.type == Type::JidMulti)) {
        const auto &v = *field.validation;
        const int n = int(values.size());
        if ((v.listMin && n < *v.listMin) || (v.listMax && n > *v.listMax)) {
            if (v.listMin && v.listMax)
                return tr("Choose from %1 to %2 values.").arg(*v.listMin).arg(*v.listMax);
            if (v.listMin)
                return tr("Choose at least %1 values.").arg(*v.listMin);
            return tr("Choose at most %1 values.").arg(*v.listMax);
        }
    }
    if (field.type == Type::TextMulti && field.validation && kindOf(field.validation->datatype) == Kind::String
        && field.validation->method != FieldValidation::Method::Regex)
        return {};
    for (const QString &value : values) {
        if (field.type == Type::TextMulti && value.isEmpty())
            continue;
        if (QString message = checkValue(field, value); !message.isEmpty())
            return message;
    }
    return {};
}

QList<std::pair<QString, QString>> validateForm(const DataForm &form)
{
    QList<std::pair<QString, QString>> errors;
    for (const FormField &field : form.fields()) {
        if (QString message = validateField(field); !message.isEmpty())
            errors.append({field.var, message});
    }
    return errors;
}

}  // namespace AdHoc
