// The values a command answers with, and simpleCommand(): the small part of the responder
// that command implementations use directly.
#include "CommandResponder.h"

namespace AdHoc {

namespace {

class FunctionHandler : public CommandHandler
{
public:
    explicit FunctionHandler(std::function<CommandResponse(const CommandRequest &)> f) : m_f(std::move(f)) { }
    CommandResponse handle(const CommandRequest &request) override { return m_f(request); }

private:
    std::function<CommandResponse(const CommandRequest &)> m_f;
};

}  // namespace

CommandResponse CommandResponse::executing(const DataForm &form, const QList<Action> &actions, Action defaultAction)
{
    CommandResponse r;
    r.status = Status::Executing;
    r.form = form;
    r.actions = actions;
    r.defaultAction = defaultAction;
    return r;
}

CommandResponse CommandResponse::completed(const QList<Note> &notes, const std::optional<DataForm> &result)
{
    CommandResponse r;
    r.status = Status::Completed;
    r.notes = notes;
    r.form = result;
    return r;
}

CommandResponse CommandResponse::failure(QXmppStanza::Error::Type type, QXmppStanza::Error::Condition condition, const QString &text,
                                         CommandCondition commandCondition)
{
    CommandResponse r;
    r.error = QXmppStanza::Error(type, condition, text);
    r.condition = commandCondition;
    return r;
}

CommandDefinition simpleCommand(const QString &node, const QString &name,
                                std::function<CommandResponse(const CommandRequest &)> handle)
{
    return {node, name, [handle = std::move(handle)](const CommandRequest &) {
                return std::make_unique<FunctionHandler>(handle);
            }};
}

}  // namespace AdHoc
