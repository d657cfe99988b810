#include "CommandTileRunner.h"

#include "account/Session.h"
#include "adhoc/CommandClient.h"
#include "amqp/AmqpConnection.h"
#include "amqp/AmqpConnectionsModel.h"
#include "commands/CommandHistory.h"
#include "commands/CommandsController.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QXmppUtils.h>

using namespace Dashboards;

namespace {
bool hasValue(const AdHoc::FormField &field)
{
    return std::any_of(field.values.cbegin(), field.values.cend(), [](const QString &v) { return !v.trimmed().isEmpty(); });
}

// The stored values into the form, by var; fields the tile has no value for keep the
// responder's (a device's current setting).
void fill(AdHoc::DataForm &form, const QVariantMap &values)
{
    for (auto &field : form.fields()) {
        if (field.var.isEmpty() || field.type == AdHoc::FormField::Type::Fixed || !values.contains(field.var))
            continue;
        const QVariant value = values.value(field.var);
        if (value.typeId() == QMetaType::QStringList)
            field.values = value.toStringList();
        else if (value.typeId() == QMetaType::Bool)
            field.setValue(value.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        else
            field.setValue(value.toString());
    }
}
}  // namespace

CommandTileRunner::CommandTileRunner(CommandsProvider commands, QObject *parent)
    : CommandTileRunner(std::move(commands), {}, parent)
{
}

CommandTileRunner::CommandTileRunner(CommandsProvider commands, AmqpProvider amqp, QObject *parent)
    : QObject(parent)
    , m_commands(std::move(commands))
    , m_amqp(std::move(amqp))
{
}

CommandTileRunner::~CommandTileRunner()
{
    releaseSession(true);
    releaseAmqp();
}

QString CommandTileRunner::historyDevice(const CommandRef &command)
{
    if (command.isAmqp())
        return (QStringLiteral("amqp/") + command.broker + QLatin1Char('/') + command.node).toLower();
    return QXmppUtils::jidToBareJid(command.jid).toLower();
}

QString CommandTileRunner::historyNode(const CommandRef &command)
{
    return command.isAmqp() ? command.field : command.node;
}

QString CommandTileRunner::amqpValue(const CommandRef &command, const QVariantMap &values)
{
    const QString value = values.value(command.field).toString().trimmed();
    if (command.field != RelayAction)
        return value;
    const QString lower = value.toLower();
    const bool on = lower == QLatin1String("1") || lower == QLatin1String("true") || lower == QLatin1String("on");
    return on ? QStringLiteral("on") : QStringLiteral("off");
}

QString CommandTileRunner::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Running:
        return QStringLiteral("running");
    case State::Completed:
        return QStringLiteral("completed");
    case State::Failed:
        return QStringLiteral("failed");
    case State::NeedsInput:
        return QStringLiteral("input");
    }
    return {};
}

QString CommandTileRunner::needsInputText()
{
    return tr("Needs input — open the command");
}

void CommandTileRunner::showEntry(const CommandHistoryEntry &entry)
{
    using Outcome = CommandHistoryEntry::Outcome;
    // Sent at timeMs, answered after the round trips: about when the run ended.
    const qint64 endMs = entry.timeMs + entry.roundTripMs;
    if (isBusy() || entry.outcome == Outcome::Executing || endMs < m_lastTimeMs)
        return;
    // As finish() records them; the history does not keep a note's type, so completed is info.
    switch (entry.outcome) {
    case Outcome::Completed:
        m_state = State::Completed;
        m_outcomeKind = QStringLiteral("info");
        break;
    case Outcome::Canceled:
        m_state = entry.result == needsInputText() ? State::NeedsInput : State::Failed;
        m_outcomeKind = m_state == State::NeedsInput ? QStringLiteral("input") : QStringLiteral("warn");
        break;
    case Outcome::Error:
    case Outcome::Executing:
        m_state = State::Failed;
        m_outcomeKind = QStringLiteral("error");
        break;
    }
    m_outcomeText = entry.result;
    m_lastTimeMs = endMs;
    Q_EMIT changed();
}

bool CommandTileRunner::run(const CommandRef &command)
{
    if (isBusy())
        return false;
    m_command = command;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    m_roundTripMs = 0;
    m_sentValues.clear();
    m_to.clear();
    m_resource.clear();
    m_state = State::Running;
    Q_EMIT changed();

    m_controller = m_commands ? m_commands() : nullptr;
    if (command.isAmqp()) {
        runAmqp();
        return true;
    }
    const auto route = m_controller ? m_controller->route(command.jid) : std::nullopt;
    auto *client = route && route->session ? m_controller->client(route->session) : nullptr;
    if (!client) {
        finish(State::Failed, tr("Not sent: the account is offline."), QStringLiteral("error"));
        return true;
    }
    m_to = route->to;
    m_resource = route->session->resource();
    qCDebug(lcDashboards) << "Running the pinned command" << command.node << "at" << m_to;
    m_session = new AdHoc::CommandSession(client, m_to, command.node, this);
    connect(m_session, &AdHoc::CommandSession::answered, this, &CommandTileRunner::answered);
    connect(m_session, &AdHoc::CommandSession::failed, this, &CommandTileRunner::failed);
    m_session->start();
    return true;
}

void CommandTileRunner::answered(const AdHoc::CommandIq &response)
{
    using AdHoc::CommandSession;
    m_roundTripMs += m_session->roundTripMs();
    const auto notes = response.notes();
    const auto noteOf = [&](AdHoc::Note::Type type) {
        return std::find_if(notes.cbegin(), notes.cend(), [type](const AdHoc::Note &n) { return n.type == type; });
    };
    switch (m_session->state()) {
    case CommandSession::State::Completed: {
        QStringList texts;
        QString kind = QStringLiteral("info");
        for (const auto &note : notes) {
            texts << note.text;
            if (note.type == AdHoc::Note::Type::Error)
                kind = QStringLiteral("error");
            else if (note.type == AdHoc::Note::Type::Warn && kind == QLatin1String("info"))
                kind = QStringLiteral("warn");
        }
        // Completed with an error note (Prosody's "Account already exists"): the values did
        // not take, so the run failed, as the command view and the history say too.
        finish(kind == QLatin1String("error") ? State::Failed : State::Completed,
               texts.isEmpty() ? tr("Completed") : texts.join(QLatin1Char(' ')), kind);
        return;
    }
    case CommandSession::State::Canceled:
        finish(State::Failed, tr("The device canceled the command."), QStringLiteral("warn"));
        return;
    case CommandSession::State::Executing:
        break;
    default:
        return;
    }

    // Executing: the responder wants the next form. An error note means it refused the values
    // it was sent (e.g. "Low must be below high"): sending them again would loop.
    if (const auto error = noteOf(AdHoc::Note::Type::Error); error != notes.cend()) {
        finish(State::Failed, error->text, QStringLiteral("error"));
        return;
    }
    const auto needsInput = [this] {
        finish(State::NeedsInput, needsInputText(), QStringLiteral("input"));
    };
    const AdHoc::Action action = m_session->defaultAction();
    if (m_session->steps() > MaxSteps || (action != AdHoc::Action::Next && action != AdHoc::Action::Complete)) {
        needsInput();
        return;
    }
    std::optional<AdHoc::DataForm> form = m_session->form();
    if (form) {
        fill(*form, m_command.values);
        for (const auto &field : std::as_const(form->fields())) {
            if (field.required && !hasValue(field)) {
                needsInput();
                return;
            }
        }
        if (const auto invalid = AdHoc::validateForm(*form); !invalid.isEmpty()) {
            const auto *field = form->field(invalid.constFirst().first);
            const QString label = field && !field->label.isEmpty() ? field->label : invalid.constFirst().first;
            finish(State::Failed, tr("%1: %2").arg(label, invalid.constFirst().second), QStringLiteral("error"));
            return;
        }
        const QString described = CommandHistory::describeValues(*form);
        if (!described.isEmpty())
            m_sentValues << described;
        form = form->toSubmit();
    }
    m_session->perform(action, form);
}

void CommandTileRunner::failed(const AdHoc::CommandError &error)
{
    using Condition = QXmppStanza::Error::Condition;
    QString text;
    switch (error.kind) {
    case AdHoc::CommandError::Kind::Timeout:
        text = tr("The device did not answer in time.");
        break;
    case AdHoc::CommandError::Kind::NotSent:
        text = tr("Not sent: the account is offline.");
        break;
    case AdHoc::CommandError::Kind::Malformed:
        text = tr("The device sent an answer Linnet does not understand.");
        break;
    case AdHoc::CommandError::Kind::Stanza:
        switch (error.stanzaError.condition()) {
        case Condition::Forbidden:
        case Condition::NotAuthorized:
            text = tr("Not allowed: the device does not take commands from this account.");
            break;
        case Condition::ItemNotFound:
            text = tr("The device does not offer this command.");
            break;
        case Condition::ServiceUnavailable:
        case Condition::RecipientUnavailable:
        case Condition::RemoteServerNotFound:
        case Condition::RemoteServerTimeout:
            text = tr("The device is offline.");
            break;
        default:
            text = error.text.isEmpty() ? tr("The device refused the command.") : error.text;
            break;
        }
        break;
    }
    finish(State::Failed, text, QStringLiteral("error"));
}

void CommandTileRunner::finish(State state, const QString &text, const QString &kind)
{
    // The answer that ended the run counts; a session left executing is canceled politely.
    const bool executing = m_session && m_session->state() == AdHoc::CommandSession::State::Executing;
    int outcome = int(CommandHistoryEntry::Outcome::Error);
    if (state == State::Completed)
        outcome = int(CommandHistoryEntry::Outcome::Completed);
    else if (state == State::NeedsInput || (state == State::Failed && kind == QLatin1String("warn")))
        outcome = int(CommandHistoryEntry::Outcome::Canceled);
    if (m_session || !m_to.isEmpty())
        record(text, outcome);
    releaseSession(executing);
    releaseAmqp();
    m_state = state;
    m_outcomeText = text;
    m_outcomeKind = kind;
    m_lastTimeMs = QDateTime::currentMSecsSinceEpoch();
    if (state == State::Completed)
        qCInfo(lcDashboards) << "Pinned command" << m_command.node << "at" << m_to << "completed";
    else
        qCInfo(lcDashboards) << "Pinned command" << m_command.node << "at" << m_to << "ended:" << text;
    Q_EMIT changed();
    Q_EMIT finished(state == State::Completed, m_command.values);
}

void CommandTileRunner::record(const QString &text, int outcome)
{
    auto *history = m_controller ? m_controller->history() : nullptr;
    if (!history)
        return;
    CommandHistoryEntry entry;
    entry.timeMs = m_startMs;
    entry.device = m_command.isAmqp() ? historyDevice(m_command) : QXmppUtils::jidToBareJid(m_to);
    entry.to = m_to;
    entry.resource = m_resource;
    entry.node = historyNode(m_command);
    entry.command = m_command.name.isEmpty() ? m_command.node : m_command.name;
    entry.values = m_sentValues.join(QStringLiteral(", "));
    entry.outcome = CommandHistoryEntry::Outcome(outcome);
    entry.result = text;
    entry.roundTripMs = m_roundTripMs;
    history->record(entry);
}

void CommandTileRunner::releaseSession(bool cancel)
{
    if (!m_session)
        return;
    auto *session = m_session.data();
    m_session.clear();
    session->disconnect(this);
    // The cancel's answer is not waited for: the session goes once it has one (or at once).
    if (cancel && session->perform(AdHoc::Action::Cancel)) {
        connect(session, &AdHoc::CommandSession::stateChanged, session, [session](AdHoc::CommandSession::State state) {
            if (state != AdHoc::CommandSession::State::Waiting)
                session->deleteLater();
        });
    } else {
        session->deleteLater();
    }
}

void CommandTileRunner::runAmqp()
{
    auto *brokers = m_amqp ? m_amqp() : nullptr;
    auto *connection = brokers ? brokers->connection(m_command.broker) : nullptr;
    if (!connection) {
        finish(State::Failed, tr("Not sent: this account has no AMQP connection “%1”.").arg(m_command.broker),
               QStringLiteral("error"));
        return;
    }
    // A request to a broker that is down would only time out 15 s later: say so now.
    if (connection->state() != AmqpConnection::Connected) {
        finish(State::Failed, tr("Not sent: the AMQP connection “%1” is not connected.").arg(m_command.broker),
               QStringLiteral("error"));
        return;
    }
    const QString value = amqpValue(m_command, m_command.values);
    m_to = AmqpSettings::commandAddress(m_command.node);
    m_sentValues = {m_command.field + QStringLiteral(": ") + value};
    m_connection = connection;
    connect(connection, &AmqpConnection::commandFinished, this, &CommandTileRunner::amqpFinished);
    connect(connection, &QObject::destroyed, this, [this] {
        finish(State::Failed, tr("The AMQP connection “%1” was removed.").arg(m_command.broker), QStringLiteral("error"));
    });
    qCDebug(lcDashboards) << "Sending the pinned AMQP action" << m_command.field << value << "to" << m_command.node
                          << "on" << m_command.broker;
    m_requestId = connection->sendCommand(m_command.node, m_command.field, value);
}

void CommandTileRunner::amqpFinished(const QString &id, bool ok, const QString &text)
{
    if (id != m_requestId)
        return;  // another tile's (or the broker page's) request
    m_roundTripMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    const QString shown = !text.isEmpty() ? text : ok ? tr("Completed") : tr("The device refused the command.");
    finish(ok ? State::Completed : State::Failed, shown, ok ? QStringLiteral("info") : QStringLiteral("error"));
}

void CommandTileRunner::releaseAmqp()
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection.clear();
    m_requestId.clear();
}
