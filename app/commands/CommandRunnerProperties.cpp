// CommandRunner's properties: what QML sets and reads. The run itself is in CommandRunner.cpp.
#include "CommandRunner.h"

#include "CommandsController.h"
#include "DataFormModel.h"
#include "NotesModel.h"
#include "ReportedModel.h"
#include "account/Account.h"
#include "account/Session.h"
#include "adhoc/CommandClient.h"

using AdHoc::Action;

void CommandRunner::setAccount(Account *account)
{
    if (m_account == account)
        return;
    disconnect(m_presenceConnection);
    m_account = account;
    if (account)
        m_presenceConnection = connect(account->commands(), &CommandsController::targetsChanged, this, &CommandRunner::targetsChanged);
    reset();
    Q_EMIT accountChanged();
}

void CommandRunner::setJid(const QString &jid)
{
    if (m_jid == jid)
        return;
    m_jid = jid;
    reset();
    Q_EMIT jidChanged();
}

void CommandRunner::setNode(const QString &node)
{
    if (m_node == node)
        return;
    m_node = node;
    reset();
    Q_EMIT nodeChanged();
}

void CommandRunner::setName(const QString &name)
{
    if (m_name == name)
        return;
    m_name = name;
    Q_EMIT nameChanged();
    Q_EMIT answerChanged();  // the title falls back to it
}

QString CommandRunner::title() const
{
    const QString formTitle = m_form->form().title();
    return formTitle.isEmpty() ? m_name : formTitle;
}

bool CommandRunner::completedWithError() const
{
    return m_state == State::Completed && m_notes->hasError();
}

bool CommandRunner::hasTable() const
{
    return !m_table->columnNames().isEmpty();
}

bool CommandRunner::canNext() const
{
    return m_state == State::Input && m_command && m_command->canPerform(Action::Next);
}

bool CommandRunner::canPrev() const
{
    return m_state == State::Input && m_command && m_command->canPerform(Action::Prev);
}

bool CommandRunner::canComplete() const
{
    return m_state == State::Input && m_command && m_command->canPerform(Action::Complete);
}

bool CommandRunner::canCancel() const
{
    return m_state == State::Input && m_command && m_command->canPerform(Action::Cancel);
}

QString CommandRunner::defaultAction() const
{
    if (m_state != State::Input || !m_command)
        return {};
    switch (m_command->defaultAction()) {
    case Action::Next:
        return QStringLiteral("next");
    case Action::Complete:
        return QStringLiteral("complete");
    default:
        return {};
    }
}

void CommandRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
    Q_EMIT actionsChanged();
    if (state == State::Completed || state == State::Canceled || state == State::Failed) {
        m_refill.clear();
        Q_EMIT finished();
    }
}

void CommandRunner::setError(const QString &kind, const QString &text)
{
    if (m_errorKind == kind && m_errorText == text)
        return;
    m_errorKind = kind;
    m_errorText = text;
    Q_EMIT errorChanged();
}

void CommandRunner::setRoute(Session *session, const QString &to)
{
    const QString resource = session ? session->resource() : QString();
    m_session = session;
    if (m_resource == resource && m_to == to)
        return;
    m_resource = resource;
    m_to = to;
    Q_EMIT resourceChanged();
}
