// XEP-0050 ad-hoc commands on the wire: the <command/> IQ in both directions, its notes and its
// command-specific errors.
#pragma once

#include "DataForm.h"

#include <QXmppIq.h>

#include <optional>

namespace AdHoc {

inline constexpr QStringView CommandsNs = u"http://jabber.org/protocol/commands";

// What the requester asks for (the action attribute; absent means execute).
enum class Action { Execute, Next, Prev, Complete, Cancel };
QString actionName(Action action);  // "execute", "next", ...
std::optional<Action> actionFromName(QStringView name);

// Where the responder says a session is.
enum class Status { Executing, Completed, Canceled };
QString statusName(Status status);
std::optional<Status> statusFromName(QStringView name);

struct Note {
    enum class Type { Info, Warn, Error };
    Type type = Type::Info;
    QString text;
    bool operator==(const Note &) const = default;
};

// XEP-0050 §4.6 conditions that come with a stanza error, in the commands namespace.
enum class CommandCondition { None, BadAction, BadLocale, BadPayload, BadSessionId, SessionExpired };

class CommandIq : public QXmppIq
{
public:
    CommandIq();

    QString node() const { return m_node; }
    void setNode(const QString &node) { m_node = node; }
    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &id) { m_sessionId = id; }
    // Requests only.
    Action action() const { return m_action; }
    void setAction(Action action) { m_action = action; }
    // Responses only.
    std::optional<Status> status() const { return m_status; }
    void setStatus(std::optional<Status> status) { m_status = status; }
    // The <actions/> of a response: what the requester may do next, and the default (the
    // "execute" attribute; when absent the default is the last allowed one, or complete when
    // no <actions/> is given at all, XEP-0050 §3.4).
    QList<Action> allowedActions() const { return m_allowed; }
    void setAllowedActions(const QList<Action> &actions) { m_allowed = actions; }
    std::optional<Action> defaultAction() const { return m_default; }
    void setDefaultAction(std::optional<Action> action) { m_default = action; }

    QList<Note> notes() const { return m_notes; }
    void setNotes(const QList<Note> &notes) { m_notes = notes; }
    std::optional<DataForm> form() const { return m_form; }
    void setForm(const std::optional<DataForm> &form) { m_form = form; }
    // The commands-namespace child of an error response, if any.
    CommandCondition commandCondition() const { return m_condition; }
    void setCommandCondition(CommandCondition condition) { m_condition = condition; }

    // An IQ whose payload is a <command xmlns='http://jabber.org/protocol/commands'/>.
    static bool isCommandIq(const QDomElement &element);

    // QXmppIq writes <error/> after the payload and cannot carry the commands-namespace
    // condition in it; this writes it (error IQs with a commandCondition only).
    void toXml(QXmlStreamWriter *writer) const override;

protected:
    void parseElementFromChild(const QDomElement &element) override;
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;

private:
    QString m_node;
    QString m_sessionId;
    Action m_action = Action::Execute;
    std::optional<Status> m_status;
    QList<Action> m_allowed;
    std::optional<Action> m_default;
    QList<Note> m_notes;
    std::optional<DataForm> m_form;
    CommandCondition m_condition = CommandCondition::None;
};

// One entry of a responder's command list (disco#items on node CommandsNs).
struct CommandInfo {
    QString jid;   // where to send it (as the responder listed it)
    QString node;
    QString name;
    bool operator==(const CommandInfo &) const = default;
};

}  // namespace AdHoc
