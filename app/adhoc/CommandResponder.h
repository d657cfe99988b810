// The responding side of XEP-0050 as a QXmpp client extension: commands are registered with a
// factory; each execute starts a session (its own handler object) that answers every step
// until it completes or is canceled. The responder lists commands (disco#items on the commands
// node), describes each (disco#info on its node), checks who may run what, rejects actions the
// last answer did not allow, and expires idle sessions.
//
// QXmppDiscoveryManager answers every disco#items/#info request itself (item-not-found for
// nodes it does not know), so the responder must see stanzas before it:
//   client.insertExtension(0, new AdHoc::CommandResponder);
#pragma once

#include "CommandIq.h"

#include <QHash>
#include <QTimer>
#include <QXmppClientExtension.h>
#include <QXmppStanza.h>

#include <chrono>
#include <functional>
#include <memory>

namespace AdHoc {

// One request as the responder's command sees it.
struct CommandRequest {
    QString from;       // the requester's full JID
    QString node;
    QString sessionId;  // set by the responder (also for the first execute)
    Action action = Action::Execute;
    std::optional<DataForm> form;  // the submitted form of next / prev / complete
};

// A command's answer to one request.
struct CommandResponse {
    Status status = Status::Completed;
    std::optional<DataForm> form;
    QList<Note> notes;
    QList<Action> actions;  // Executing only: what the requester may do next (besides cancel)
    std::optional<Action> defaultAction;
    // Set: an error IQ is sent instead, and the session ends.
    std::optional<QXmppStanza::Error> error;
    CommandCondition condition = CommandCondition::None;

    static CommandResponse executing(const DataForm &form, const QList<Action> &actions, Action defaultAction);
    static CommandResponse completed(const QList<Note> &notes = {}, const std::optional<DataForm> &result = {});
    static CommandResponse failure(QXmppStanza::Error::Type type, QXmppStanza::Error::Condition condition,
                                   const QString &text = {}, CommandCondition commandCondition = CommandCondition::None);
};

// One running command: made by the command's factory at execute, asked for every step,
// destroyed when the session completes, is canceled, fails or expires.
class CommandHandler
{
public:
    virtual ~CommandHandler() = default;
    virtual CommandResponse handle(const CommandRequest &request) = 0;
};

struct CommandDefinition {
    QString node;
    QString name;
    std::function<std::unique_ptr<CommandHandler>(const CommandRequest &first)> create;
};

// A one-step command (no form, or a form answered in one go) from a function.
CommandDefinition simpleCommand(const QString &node, const QString &name,
                                std::function<CommandResponse(const CommandRequest &)> handle);

class CommandResponder : public QXmppClientExtension
{
    Q_OBJECT
public:
    using Authorizer = std::function<bool(const QString &requesterFullJid, const QString &node)>;

    CommandResponder();
    ~CommandResponder() override;

    void addCommand(CommandDefinition command);  // replaces one with the same node
    void removeCommand(const QString &node);
    QStringList commandNodes() const;

    // Who may list and run which command. Commands the requester may not run are left out of
    // its list and answered with forbidden. Default: only the responder's own account (its
    // bare JID, any resource).
    void setAuthorizer(Authorizer authorizer);

    // A session with no request for this long is dropped (its next request gets
    // session-expired). Default 10 minutes; at most 32 sessions per requester (the oldest goes).
    void setSessionTimeout(std::chrono::milliseconds timeout);
    int activeSessions() const;

    QStringList discoveryFeatures() const override;
    bool handleStanza(const QDomElement &element) override;

Q_SIGNALS:
    // For logs and tests: a request was answered (status or error condition in words).
    void requestHandled(const QString &from, const QString &node, AdHoc::Action action, const QString &outcome);

protected:
    void onRegistered(QXmppClient *client) override;
    void onUnregistered(QXmppClient *client) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace AdHoc
