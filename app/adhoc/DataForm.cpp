#include "DataForm.h"

#include "XmlHelpers_p.h"

#include <QDomElement>
#include <QXmlStreamWriter>

#include <array>

using namespace Qt::StringLiterals;

namespace AdHoc {

namespace {

struct TypeEntry {
    FormField::Type type;
    QStringView name;
};

constexpr std::array FieldTypes {
    TypeEntry {FormField::Type::Boolean, u"boolean"},
    TypeEntry {FormField::Type::Fixed, u"fixed"},
    TypeEntry {FormField::Type::Hidden, u"hidden"},
    TypeEntry {FormField::Type::JidMulti, u"jid-multi"},
    TypeEntry {FormField::Type::JidSingle, u"jid-single"},
    TypeEntry {FormField::Type::ListMulti, u"list-multi"},
    TypeEntry {FormField::Type::ListSingle, u"list-single"},
    TypeEntry {FormField::Type::TextMulti, u"text-multi"},
    TypeEntry {FormField::Type::TextPrivate, u"text-private"},
    TypeEntry {FormField::Type::TextSingle, u"text-single"},
};

constexpr std::array FormTypes {u"form", u"submit", u"cancel", u"result"};

QString formTypeName(DataForm::Type type)
{
    return QString::fromUtf16(FormTypes[size_t(type)]);
}

std::optional<FieldValidation> parseValidation(const QDomElement &fieldElement)
{
    const QDomElement validate = Private::firstChild(fieldElement, u"validate", ValidateNs);
    if (validate.isNull())
        return std::nullopt;
    FieldValidation v;
    if (validate.hasAttribute(u"datatype"_s))
        v.datatype = validate.attribute(u"datatype"_s);
    // XEP-0122 §3.2: one method at most; none means basic.
    for (auto child = validate.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() != ValidateNs)
            continue;
        const QString tag = child.tagName();
        if (tag == u"basic") {
            v.method = FieldValidation::Method::Basic;
        } else if (tag == u"open") {
            v.method = FieldValidation::Method::Open;
        } else if (tag == u"range") {
            v.method = FieldValidation::Method::Range;
            v.min = child.attribute(u"min"_s);
            v.max = child.attribute(u"max"_s);
        } else if (tag == u"regex") {
            v.method = FieldValidation::Method::Regex;
            v.regex = child.text();
        } else if (tag == u"list-range") {
            bool ok = false;
            if (const int min = child.attribute(u"min"_s).toInt(&ok); ok)
                v.listMin = min;
            if (const int max = child.attribute(u"max"_s).toInt(&ok); ok)
                v.listMax = max;
        }
    }
    return v;
}

void writeValidation(QXmlStreamWriter *writer, const FieldValidation &v)
{
    writer->writeStartElement(u"validate"_s);
    writer->writeDefaultNamespace(ValidateNs.toString());
    writer->writeAttribute(u"datatype"_s, v.datatype.isEmpty() ? u"xs:string"_s : v.datatype);
    switch (v.method) {
    case FieldValidation::Method::Basic:
        break;  // the default (XEP-0122 §3.2)
    case FieldValidation::Method::Open:
        writer->writeEmptyElement(u"open"_s);
        break;
    case FieldValidation::Method::Range:
        writer->writeEmptyElement(u"range"_s);
        if (!v.min.isEmpty())
            writer->writeAttribute(u"min"_s, v.min);
        if (!v.max.isEmpty())
            writer->writeAttribute(u"max"_s, v.max);
        break;
    case FieldValidation::Method::Regex:
        writer->writeTextElement(u"regex"_s, v.regex);
        break;
    }
    if (v.listMin || v.listMax) {
        writer->writeEmptyElement(u"list-range"_s);
        if (v.listMin)
            writer->writeAttribute(u"min"_s, QString::number(*v.listMin));
        if (v.listMax)
            writer->writeAttribute(u"max"_s, QString::number(*v.listMax));
    }
    writer->writeEndElement();
}

FormField parseField(const QDomElement &element)
{
    FormField field;
    // XEP-0004 §3.3: no type is text-single, and an unknown type is treated as text-single.
    field.type = typeFromName(element.attribute(u"type"_s)).value_or(FormField::Type::TextSingle);
    field.var = element.attribute(u"var"_s);
    field.label = element.attribute(u"label"_s);
    for (auto child = element.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() != DataFormsNs)
            continue;
        const QString tag = child.tagName();
        if (tag == u"desc") {
            field.description = child.text();
        } else if (tag == u"required") {
            field.required = true;
        } else if (tag == u"value") {
            field.values.append(child.text());
        } else if (tag == u"option") {
            field.options.append({child.attribute(u"label"_s),
                                  Private::firstChild(child, u"value", DataFormsNs).text()});
        }
    }
    field.validation = parseValidation(element);
    return field;
}

// Submitted forms and table rows carry var and values only (XEP-0004 §3.2 and §3.4); the rest
// (labels, options, validation) is part of the form the responder sent.
void writeField(QXmlStreamWriter *writer, const FormField &field, bool full)
{
    writer->writeStartElement(u"field"_s);
    if (full || field.type != FormField::Type::TextSingle)
        writer->writeAttribute(u"type"_s, typeName(field.type));
    if (!field.var.isEmpty())
        writer->writeAttribute(u"var"_s, field.var);
    if (full && !field.label.isEmpty())
        writer->writeAttribute(u"label"_s, field.label);
    if (full && !field.description.isEmpty())
        writer->writeTextElement(u"desc"_s, field.description);
    if (full && field.required)
        writer->writeEmptyElement(u"required"_s);
    if (full && field.validation)
        writeValidation(writer, *field.validation);
    for (const QString &value : field.values)
        writer->writeTextElement(u"value"_s, value);
    if (full) {
        for (const FieldOption &option : field.options) {
            writer->writeStartElement(u"option"_s);
            if (!option.label.isEmpty())
                writer->writeAttribute(u"label"_s, option.label);
            writer->writeTextElement(u"value"_s, option.value);
            writer->writeEndElement();
        }
    }
    writer->writeEndElement();
}

}  // namespace

QString typeName(FormField::Type type)
{
    for (const auto &entry : FieldTypes) {
        if (entry.type == type)
            return entry.name.toString();
    }
    return u"text-single"_s;
}

std::optional<FormField::Type> typeFromName(QStringView name)
{
    for (const auto &entry : FieldTypes) {
        if (entry.name == name)
            return entry.type;
    }
    return std::nullopt;
}

bool FormField::isTrue() const
{
    const QString v = value().trimmed();
    return v == u"1" || v == u"true";
}

bool FormField::isMultiValued() const
{
    return type == Type::JidMulti || type == Type::ListMulti || type == Type::TextMulti;
}

std::optional<DataForm> DataForm::parse(const QDomElement &x)
{
    if (x.isNull() || x.tagName() != u"x" || x.namespaceURI() != DataFormsNs)
        return std::nullopt;
    DataForm form;
    const QString type = x.attribute(u"type"_s);
    for (size_t i = 0; i < FormTypes.size(); ++i) {
        if (type == QStringView(FormTypes[i]))
            form.m_type = Type(i);
    }
    for (auto child = x.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() != DataFormsNs)
            continue;
        const QString tag = child.tagName();
        if (tag == u"title") {
            form.m_title = child.text().trimmed();
        } else if (tag == u"instructions") {
            form.m_instructions.append(child.text().trimmed());
        } else if (tag == u"field") {
            form.m_fields.append(parseField(child));
        } else if (tag == u"reported") {
            for (const QDomElement &f : Private::childElements(child, u"field", DataFormsNs))
                form.m_reported.append(parseField(f));
        } else if (tag == u"item") {
            QList<FormField> row;
            for (const QDomElement &f : Private::childElements(child, u"field", DataFormsNs))
                row.append(parseField(f));
            form.m_items.append(row);
        }
    }
    return form;
}

void DataForm::write(QXmlStreamWriter *writer) const
{
    const bool full = m_type != Type::Submit;
    writer->writeStartElement(u"x"_s);
    writer->writeDefaultNamespace(DataFormsNs.toString());
    writer->writeAttribute(u"type"_s, formTypeName(m_type));
    if (!m_title.isEmpty())
        writer->writeTextElement(u"title"_s, m_title);
    for (const QString &line : m_instructions)
        writer->writeTextElement(u"instructions"_s, line);
    for (const FormField &field : m_fields)
        writeField(writer, field, full);
    if (!m_reported.isEmpty()) {
        writer->writeStartElement(u"reported"_s);
        for (const FormField &column : m_reported)
            writeField(writer, column, true);
        writer->writeEndElement();
    }
    for (const QList<FormField> &row : m_items) {
        writer->writeStartElement(u"item"_s);
        for (const FormField &cell : row)
            writeField(writer, cell, false);
        writer->writeEndElement();
    }
    writer->writeEndElement();
}

QString DataForm::formType() const
{
    const FormField *f = field(u"FORM_TYPE");
    return f && f->type == FormField::Type::Hidden ? f->value() : QString();
}

FormField *DataForm::field(QStringView var)
{
    for (FormField &f : m_fields) {
        if (f.var == var)
            return &f;
    }
    return nullptr;
}

const FormField *DataForm::field(QStringView var) const
{
    return const_cast<DataForm *>(this)->field(var);
}

DataForm DataForm::toSubmit() const
{
    DataForm submit(Type::Submit);
    for (const FormField &f : m_fields) {
        if (f.var.isEmpty() || f.type == FormField::Type::Fixed)
            continue;
        FormField copy;
        copy.type = f.type;
        copy.var = f.var;
        copy.values = f.values;
        submit.m_fields.append(copy);
    }
    return submit;
}

}  // namespace AdHoc
