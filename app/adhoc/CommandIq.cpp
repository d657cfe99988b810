#include "CommandIq.h"

#include "XmlHelpers_p.h"

#include <QDomDocument>
#include <QXmlStreamWriter>

#include <array>

using namespace Qt::StringLiterals;

namespace AdHoc {

namespace {

constexpr std::array ActionNames {u"execute", u"next", u"prev", u"complete", u"cancel"};
constexpr std::array StatusNames {u"executing", u"completed", u"canceled"};
constexpr std::array NoteTypes {u"info", u"warn", u"error"};
// Indexed by CommandCondition; None has no element.
constexpr std::array ConditionNames {u"", u"bad-action", u"bad-locale", u"bad-payload", u"bad-sessionid", u"session-expired"};

template<typename Enum, size_t N>
std::optional<Enum> fromName(const std::array<const char16_t *, N> &names, QStringView name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QStringView(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

}  // namespace

QString actionName(Action action)
{
    return QString::fromUtf16(ActionNames[size_t(action)]);
}

std::optional<Action> actionFromName(QStringView name)
{
    return fromName<Action>(ActionNames, name);
}

QString statusName(Status status)
{
    return QString::fromUtf16(StatusNames[size_t(status)]);
}

std::optional<Status> statusFromName(QStringView name)
{
    return fromName<Status>(StatusNames, name);
}

CommandIq::CommandIq()
    : QXmppIq(QXmppIq::Set)
{
}

bool CommandIq::isCommandIq(const QDomElement &element)
{
    return element.tagName() == u"iq" && !Private::firstChild(element, u"command", CommandsNs).isNull();
}

void CommandIq::parseElementFromChild(const QDomElement &element)
{
    const QDomElement command = Private::firstChild(element, u"command", CommandsNs);
    m_node = command.attribute(u"node"_s);
    m_sessionId = command.attribute(u"sessionid"_s);
    // A missing or unknown action reads as execute; a responder that must reject garbage looks
    // at the attribute itself.
    m_action = actionFromName(command.attribute(u"action"_s)).value_or(Action::Execute);
    m_status = statusFromName(command.attribute(u"status"_s));
    m_allowed.clear();
    m_default.reset();
    if (const QDomElement actions = Private::firstChild(command, u"actions", CommandsNs); !actions.isNull()) {
        m_default = actionFromName(actions.attribute(u"execute"_s));
        for (auto child = actions.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
            if (const auto action = actionFromName(child.tagName()); action && !m_allowed.contains(*action))
                m_allowed.append(*action);
        }
    }
    m_notes.clear();
    for (const QDomElement &note : Private::childElements(command, u"note", CommandsNs)) {
        const auto type = fromName<Note::Type>(NoteTypes, note.attribute(u"type"_s)).value_or(Note::Type::Info);
        m_notes.append({type, note.text()});
    }
    m_form = DataForm::parse(Private::firstChild(command, u"x", DataFormsNs));
    m_condition = CommandCondition::None;
    const QDomElement error = Private::firstChild(element, u"error");
    for (auto child = error.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() != CommandsNs)
            continue;
        if (const auto condition = fromName<CommandCondition>(ConditionNames, child.tagName()); condition && *condition != CommandCondition::None)
            m_condition = *condition;
    }
}

void CommandIq::toXmlElementFromChild(QXmlStreamWriter *writer) const
{
    // Error answers need not echo the command (XEP-0050 §4.6 examples do not).
    if (type() == QXmppIq::Error && m_node.isEmpty())
        return;
    writer->writeStartElement(u"command"_s);
    writer->writeDefaultNamespace(CommandsNs.toString());
    writer->writeAttribute(u"node"_s, m_node);
    if (!m_sessionId.isEmpty())
        writer->writeAttribute(u"sessionid"_s, m_sessionId);
    if (type() == QXmppIq::Set)
        writer->writeAttribute(u"action"_s, actionName(m_action));
    if (m_status)
        writer->writeAttribute(u"status"_s, statusName(*m_status));
    if (!m_allowed.isEmpty() || m_default) {
        writer->writeStartElement(u"actions"_s);
        if (m_default)
            writer->writeAttribute(u"execute"_s, actionName(*m_default));
        for (const Action action : m_allowed)
            writer->writeEmptyElement(actionName(action));
        writer->writeEndElement();
    }
    for (const Note &note : m_notes) {
        writer->writeStartElement(u"note"_s);
        writer->writeAttribute(u"type"_s, QString::fromUtf16(NoteTypes[size_t(note.type)]));
        writer->writeCharacters(note.text);
        writer->writeEndElement();
    }
    if (m_form)
        m_form->write(writer);
    writer->writeEndElement();
}

void CommandIq::toXml(QXmlStreamWriter *writer) const
{
    if (type() != QXmppIq::Error || m_condition == CommandCondition::None) {
        QXmppIq::toXml(writer);
        return;
    }
    // Write the stanza as QXmpp would, then add the condition inside <error/>.
    QString buffer;
    {
        QXmlStreamWriter bufferWriter(&buffer);
        QXmppIq::toXml(&bufferWriter);
    }
    QDomDocument doc;
    if (!doc.setContent(buffer, QDomDocument::ParseOption::UseNamespaceProcessing)) {
        QXmppIq::toXml(writer);
        return;
    }
    QDomElement iq = doc.documentElement();
    QDomElement error = Private::firstChild(iq, u"error");
    if (error.isNull()) {
        error = doc.createElement(u"error"_s);
        error.setAttribute(u"type"_s, u"modify"_s);
        iq.appendChild(error);
    }
    error.appendChild(doc.createElementNS(CommandsNs.toString(), QString::fromUtf16(ConditionNames[size_t(m_condition)])));
    Private::writeDom(writer, iq);
}

}  // namespace AdHoc
