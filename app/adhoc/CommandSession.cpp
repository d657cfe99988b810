#include "CommandClient.h"

#include <QElapsedTimer>

namespace AdHoc {

CommandSession::CommandSession(CommandClient *client, const QString &jid, const QString &node, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_jid(jid),
      m_node(node)
{
}

QList<Action> CommandSession::allowedActions() const
{
    if (m_state != State::Executing)
        return {};
    QList<Action> actions = m_response.allowedActions();
    // XEP-0050 §3.4: no <actions/> means the only way on is complete.
    if (actions.isEmpty())
        actions = {Action::Complete};
    actions.removeAll(Action::Execute);
    actions.removeAll(Action::Cancel);
    actions.append(Action::Cancel);
    return actions;
}

Action CommandSession::defaultAction() const
{
    const QList<Action> allowed = allowedActions();
    if (const auto given = m_response.defaultAction(); given && *given != Action::Execute && allowed.contains(*given))
        return *given;
    // The last allowed one before cancel (allowedActions() ends with cancel).
    return allowed.size() > 1 ? allowed.at(allowed.size() - 2) : Action::Complete;
}

bool CommandSession::canPerform(Action action) const
{
    if (action == Action::Execute)
        return m_state == State::Executing;  // execute on a session means its default action
    return allowedActions().contains(action);
}

bool CommandSession::start()
{
    if (m_state != State::Idle || !m_client)
        return false;
    request(Action::Execute, std::nullopt);
    return true;
}

bool CommandSession::perform(Action action, const std::optional<DataForm> &submitted)
{
    if (!canPerform(action))
        return false;
    if (action == Action::Execute)
        action = defaultAction();
    request(action, action == Action::Cancel ? std::nullopt : submitted);
    return true;
}

void CommandSession::request(Action action, const std::optional<DataForm> &form)
{
    CommandIq iq;
    iq.setNode(m_node);
    iq.setSessionId(m_sessionId);
    iq.setAction(action);
    if (form) {
        DataForm submit = *form;
        submit.setType(DataForm::Type::Submit);
        iq.setForm(submit);
    }
    m_before = m_state;
    m_error.reset();
    const quint64 generation = ++m_generation;
    setState(State::Waiting);
    QElapsedTimer clock;
    clock.start();
    if (!m_client) {
        CommandError error;
        error.kind = CommandError::Kind::NotSent;
        m_error = error;
        setState(m_before);
        Q_EMIT failed(error);
        return;
    }
    m_client->send(m_jid, iq).then(this, [this, generation, clock](CommandClient::Result &&result) {
        if (generation != m_generation)
            return;
        if (auto *error = std::get_if<CommandError>(&result)) {
            m_error = *error;
            setState(error->endsSession() ? State::Failed : m_before);
            Q_EMIT failed(*error);
            return;
        }
        m_roundTripMs = clock.elapsed();
        ++m_steps;
        m_response = std::get<CommandIq>(std::move(result));
        if (!m_response.sessionId().isEmpty())
            m_sessionId = m_response.sessionId();
        switch (m_response.status().value_or(Status::Completed)) {
        case Status::Executing:
            setState(State::Executing);
            break;
        case Status::Completed:
            setState(State::Completed);
            break;
        case Status::Canceled:
            setState(State::Canceled);
            break;
        }
        Q_EMIT answered(m_response);
    });
}

void CommandSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

}  // namespace AdHoc
