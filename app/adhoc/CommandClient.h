// The requesting side of XEP-0050 as a QXmpp client extension: list an entity's commands and
// send command requests, each answered or failed within a timeout. CommandSession (below) walks
// one command through its steps on top of it.
#pragma once

#include "CommandIq.h"

#include <QXmppClientExtension.h>
#include <QXmppStanza.h>
#include <QXmppTask.h>

#include <QPointer>

#include <chrono>
#include <memory>
#include <variant>

namespace AdHoc {

struct CommandError {
    enum class Kind {
        Timeout,       // no answer within the client's timeout
        Stanza,        // an <error/> from the responder or a server on the way (see stanzaError)
        NotSent,       // the client is not connected, or the stream ended before an answer
        Malformed,     // an answer that is not a valid command response
    };
    Kind kind = Kind::Stanza;
    QXmppStanza::Error stanzaError;  // Kind::Stanza
    CommandCondition commandCondition = CommandCondition::None;
    QString text;  // what went wrong in a sentence, for logs and users (translatable)

    // The session cannot go on (forbidden, item-not-found, not-authorized, bad-sessionid,
    // session-expired): the requester has to start the command again.
    bool endsSession() const;
};

class CommandClient : public QXmppClientExtension
{
    Q_OBJECT
public:
    using ListResult = std::variant<QList<CommandInfo>, CommandError>;
    using Result = std::variant<CommandIq, CommandError>;

    CommandClient();
    ~CommandClient() override;

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }  // default 30 s

    // disco#items on node http://jabber.org/protocol/commands at jid (a full JID for a client
    // or device, a bare JID for a server or service).
    QXmppTask<ListResult> listCommands(const QString &jid);
    // Sends a request (type set; to, node, sessionid, action and form as given) and resolves
    // with the responder's answer; an error IQ resolves with a CommandError of kind Stanza.
    QXmppTask<Result> send(const QString &jid, CommandIq request);

    // Answers to our requests. Not QXmppClient::sendIq: it reports an error IQ as a bare
    // QXmppStanza::Error and drops the commands-namespace condition (<bad-action/> ...).
    bool handleStanza(const QDomElement &element) override;

protected:
    void onRegistered(QXmppClient *client) override;
    void onUnregistered(QXmppClient *client) override;

private:
    struct Private;
    std::chrono::milliseconds m_timeout {30'000};
    std::unique_ptr<Private> d;
};

// One run of one command, from execute to completed or canceled: what the responder last
// said (form, notes, allowed actions) and what the requester may do now. Errors keep the
// session where it was (the form can be sent again) unless they end it (endsSession()).
class CommandSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,       // not started
        Waiting,    // a request is out
        Executing,  // the responder waits for the requester (status executing)
        Completed,
        Canceled,
        Failed,     // an error that ends the session (see CommandError::endsSession)
    };
    Q_ENUM(State)

    CommandSession(CommandClient *client, const QString &jid, const QString &node, QObject *parent = nullptr);

    QString jid() const { return m_jid; }
    QString node() const { return m_node; }
    QString sessionId() const { return m_sessionId; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Waiting; }

    // The last answer (empty before the first one).
    const CommandIq &response() const { return m_response; }
    std::optional<DataForm> form() const { return m_response.form(); }
    QList<Note> notes() const { return m_response.notes(); }
    // What perform() accepts now: the response's allowed actions (complete alone when it gave
    // none, XEP-0050 §3.4) plus cancel, while Executing.
    QList<Action> allowedActions() const;
    Action defaultAction() const;
    bool canPerform(Action action) const;
    // The last request's error, cleared by the next request.
    std::optional<CommandError> lastError() const { return m_error; }
    // Of the last answered request.
    qint64 roundTripMs() const { return m_roundTripMs; }
    int steps() const { return m_steps; }  // answers received

    // Sends execute. False if already started.
    bool start();
    // next / prev / complete with the (submit) form, or cancel. False if not allowed now.
    bool perform(Action action, const std::optional<DataForm> &submitted = {});

Q_SIGNALS:
    void stateChanged(AdHoc::CommandSession::State state);
    void answered(const AdHoc::CommandIq &response);
    void failed(const AdHoc::CommandError &error);

private:
    void request(Action action, const std::optional<DataForm> &form);
    void setState(State state);

    QPointer<CommandClient> m_client;
    QString m_jid;
    QString m_node;
    QString m_sessionId;
    State m_state = State::Idle;
    State m_before = State::Idle;  // where a failed request leaves the session
    CommandIq m_response;
    std::optional<CommandError> m_error;
    qint64 m_roundTripMs = 0;
    int m_steps = 0;
    quint64 m_generation = 0;  // answers to an abandoned request are ignored
};

}  // namespace AdHoc
