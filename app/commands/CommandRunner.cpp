#include "CommandRunner.h"

#include "CommandErrors.h"
#include "CommandHistory.h"
#include "CommandsController.h"
#include "DataFormModel.h"
#include "NotesModel.h"
#include "ReportedModel.h"
#include "account/Account.h"
#include "account/Session.h"
#include "adhoc/CommandClient.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QXmppUtils.h>

using AdHoc::Action;
using AdHoc::CommandSession;
using Outcome = CommandHistoryEntry::Outcome;

struct CommandRunner::Request {
    Action action = Action::Execute;
    qint64 timeMs = 0;
    QString values;  // as the history keeps them (text-private masked)
    QElapsedTimer timer;
};

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
    , m_form(new DataFormModel(this))
    , m_notes(new NotesModel(this))
    , m_table(new ReportedModel(this))
{
}

CommandRunner::~CommandRunner()
{
    abandon();
}

void CommandRunner::abandon()
{
    // The responder's session ends now rather than when it expires there (no answer awaited).
    if (m_command && m_command->state() == CommandSession::State::Executing)
        m_command->perform(Action::Cancel);
    m_command.reset();
}

void CommandRunner::reset()
{
    abandon();
    m_request.reset();
    m_form->clear();
    m_notes->setNotes({});
    m_table->clear();
    m_instructions.clear();
    m_step = 0;
    m_roundTripMs = 0;
    m_entered.clear();
    setError({}, {});
    setState(State::Idle);
    Q_EMIT answerChanged();
}

bool CommandRunner::start()
{
    if (isBusy())
        return false;
    if (!m_account || m_jid.isEmpty() || m_node.isEmpty()) {
        setError(QStringLiteral("other"), tr("No command to run."));
        return false;
    }
    auto *commands = m_account->commands();
    const auto route = commands->route(m_jid);
    if (!route) {
        setError(QStringLiteral("offline"), tr("Not connected."));
        setState(State::Failed);
        return false;
    }
    setRoute(route->session, route->to);
    abandon();
    m_command = std::make_unique<CommandSession>(commands->client(route->session), route->to, m_node);
    connect(m_command.get(), &CommandSession::answered, this, &CommandRunner::answered);
    connect(m_command.get(), &CommandSession::failed, this, &CommandRunner::failed);
    m_notes->setNotes({});
    m_table->clear();
    m_step = 0;
    m_entered.clear();
    setError({}, {});
    m_request = std::make_unique<Request>();
    m_request->timeMs = QDateTime::currentMSecsSinceEpoch();
    m_request->timer.start();
    qCInfo(lcCommands) << "Executing" << m_node << "at" << route->to << "from" << m_resource;
    if (!m_command->start())
        return false;
    setState(State::Waiting);
    Q_EMIT answerChanged();
    return true;
}

bool CommandRunner::restart()
{
    if (isBusy())
        return false;
    // Everything entered in this run, the form on screen last (it may not have been sent).
    QVariantMap refill = m_entered;
    if (m_state != State::Completed && m_state != State::Canceled)
        refill.insert(m_form->values(true));
    if (!start())
        return false;
    m_refill = refill;
    return true;
}

bool CommandRunner::next()
{
    return perform(int(Action::Next));
}

bool CommandRunner::prev()
{
    return perform(int(Action::Prev));
}

bool CommandRunner::complete()
{
    return perform(int(Action::Complete));
}

bool CommandRunner::cancel()
{
    return perform(int(Action::Cancel));
}

bool CommandRunner::submit()
{
    const QString action = defaultAction();
    if (action == u"next")
        return next();
    if (action == u"complete")
        return complete();
    return false;
}

bool CommandRunner::perform(int actionValue)
{
    const auto action = Action(actionValue);
    if (m_state != State::Input || !m_command || !m_command->canPerform(action))
        return false;
    const bool submits = action == Action::Next || action == Action::Complete;
    const bool hasForm = m_command->form().has_value() && m_command->form()->type() == AdHoc::DataForm::Type::Form;
    if (submits && hasForm && !m_form->validate()) {
        setError(QStringLiteral("invalid"), tr("Some fields need attention."));
        return false;
    }
    m_request = std::make_unique<Request>();
    m_request->action = action;
    m_request->timeMs = QDateTime::currentMSecsSinceEpoch();
    std::optional<AdHoc::DataForm> submitted;
    if (submits && hasForm) {
        submitted = m_form->toSubmit();
        m_request->values = CommandHistory::describeValues(m_form->form());
        m_entered.insert(m_form->values(true));
    }
    m_request->timer.start();
    if (!m_command->perform(action, submitted))
        return false;
    // Never the values themselves here: they may hold a password (the history masks them).
    qCInfo(lcCommands) << "Sending" << AdHoc::actionName(action) << "of" << m_node << "to" << m_to;
    setError({}, {});
    setState(State::Waiting);
    return true;
}

void CommandRunner::showAnswer(const AdHoc::CommandIq &response)
{
    const auto form = response.form();
    const bool errorNote = std::any_of(response.notes().cbegin(), response.notes().cend(),
                                       [](const AdHoc::Note &n) { return n.type == AdHoc::Note::Type::Error; });
    const Action action = m_request ? m_request->action : Action::Execute;
    // The step the form belongs to: an error note with executing means the same step again.
    if (action == Action::Execute)
        m_step = 1;
    else if (action == Action::Next && !(errorNote && response.status() == AdHoc::Status::Executing))
        ++m_step;
    else if (action == Action::Prev)
        m_step = std::max(1, m_step - 1);

    if (form) {
        m_form->setForm(*form);
        if (form->type() == AdHoc::DataForm::Type::Form && !m_refill.isEmpty()) {
            for (const auto &var : m_form->fill(m_refill))
                m_refill.remove(var);
        }
        m_table->setTable(*form);
        m_instructions = form->instructions().join(QLatin1Char('\n'));
    } else if (response.status() != AdHoc::Status::Executing) {
        // Done without a result form: what was entered stays in m_entered for restart().
        m_form->clear();
        m_table->clear();
        m_instructions.clear();
    }
    m_notes->setNotes(response.notes());
}

void CommandRunner::answered(const AdHoc::CommandIq &response)
{
    m_roundTripMs = m_request ? m_request->timer.elapsed() : m_command->roundTripMs();
    showAnswer(response);
    const auto status = response.status().value_or(AdHoc::Status::Completed);
    QString result = m_notes->text();
    Outcome outcome = Outcome::Executing;
    State state = State::Input;
    switch (status) {
    case AdHoc::Status::Completed:
        // Completed with an error note: the responder ended the session without doing it.
        outcome = m_notes->hasError() ? Outcome::Error : Outcome::Completed;
        state = State::Completed;
        if (result.isEmpty())
            result = tr("Completed");
        break;
    case AdHoc::Status::Canceled:
        outcome = Outcome::Canceled;
        state = State::Canceled;
        if (result.isEmpty())
            result = tr("Canceled");
        break;
    case AdHoc::Status::Executing:
        if (result.isEmpty())
            result = title();
        break;
    }
    record(int(outcome), result);
    setState(state);
    Q_EMIT answerChanged();
    Q_EMIT actionsChanged();
}

void CommandRunner::failed(const AdHoc::CommandError &error)
{
    m_roundTripMs = m_request ? m_request->timer.elapsed() : 0;
    const QString kind = CommandErrors::kind(error);
    const QString text = CommandErrors::text(error);
    qCInfo(lcCommands) << "Command" << m_node << "at" << m_to << "failed:" << kind << text;
    record(int(Outcome::Error), text);
    setError(kind, text);
    // Where the session is now: still waiting for us (the form can be sent again), or over.
    const bool goesOn = m_command && m_command->state() == CommandSession::State::Executing;
    setState(goesOn ? State::Input : State::Failed);
    Q_EMIT answerChanged();
    Q_EMIT actionsChanged();
}

void CommandRunner::targetsChanged(const QString &bareJid)
{
    if (m_state != State::Input && m_state != State::Waiting)
        return;
    if (QXmppUtils::jidToResource(m_to).isEmpty() || !m_account)
        return;
    if (!bareJid.isEmpty() && bareJid.compare(QXmppUtils::jidToBareJid(m_to), Qt::CaseInsensitive) != 0)
        return;
    const QStringList targets = m_account->commands()->targets(QXmppUtils::jidToBareJid(m_to));
    if (!targets.contains(m_to, Qt::CaseInsensitive))
        wentOffline();
}

void CommandRunner::wentOffline()
{
    // The device's session is gone with it: a request out will not be answered, and what the
    // user entered is kept for restart().
    const bool waiting = m_state == State::Waiting;
    m_command.reset();
    const QString text = m_account && m_account->onlineSessions() == 0 ? tr("Not connected.")
                                                                       : tr("The device went offline.");
    qCInfo(lcCommands) << "The target of" << m_node << "went offline:" << m_to;
    if (waiting) {
        m_roundTripMs = m_request ? m_request->timer.elapsed() : 0;
        record(int(Outcome::Error), text);
    }
    setError(QStringLiteral("offline"), text);
    setState(State::Failed);
    Q_EMIT answerChanged();
}

void CommandRunner::record(int outcome, const QString &result)
{
    if (!m_account)
        return;
    CommandHistoryEntry entry;
    entry.timeMs = m_request ? m_request->timeMs : QDateTime::currentMSecsSinceEpoch();
    entry.device = QXmppUtils::jidToBareJid(m_to.isEmpty() ? m_jid : m_to);
    entry.to = m_to;
    entry.resource = m_resource;
    entry.node = m_node;
    entry.command = m_name.isEmpty() ? m_node : m_name;
    entry.values = m_request ? m_request->values : QString();
    entry.outcome = Outcome(outcome);
    entry.result = result;
    entry.roundTripMs = m_roundTripMs;
    m_account->commands()->history()->record(entry);
    m_request.reset();
}

QVariantMap CommandRunner::pinnableValues() const
{
    return m_form->values(false);
}
