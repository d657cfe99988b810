// The runtime of one pinned command tile: pressing it runs the command (XEP-0050) with the
// tile's stored values, without a form on screen. Each answer's form is filled by var from the
// stored values and sent with the default action (next or complete) until the command
// completes; a required field the tile has no value for stops it ("needs input"), as does an
// error note in the middle. The outcome (the last note, or the error in a sentence) and its
// time stay for the tile to show; each run is recorded in the account's command history. An
// outcome from that history (a run from the command view, or before this start) shows too.
// An AMQP quick action (CommandRef::broker set) is one request to the device's command queue
// through the account's AmqpConnection of that name; its reply (or the connection's timeout)
// is the outcome. It is recorded in the same history under historyDevice() (never a JID).
#pragma once

#include "DashboardData.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class AmqpConnection;
class AmqpConnectionsModel;
class CommandsController;
struct CommandHistoryEntry;
namespace AdHoc {
class CommandSession;
class CommandIq;
struct CommandError;
}  // namespace AdHoc

class CommandTileRunner : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Completed, Failed, NeedsInput };
    // Null while the account has none (tests without an account; then every run fails).
    using CommandsProvider = std::function<CommandsController *()>;
    // The account's AMQP brokers; null while it has none (AMQP runs then fail at once).
    using AmqpProvider = std::function<AmqpConnectionsModel *()>;
    // A command that keeps asking for more than this many steps is not one a tile can drive.
    static constexpr int MaxSteps = 8;

    explicit CommandTileRunner(CommandsProvider commands, QObject *parent = nullptr);
    CommandTileRunner(CommandsProvider commands, AmqpProvider amqp, QObject *parent = nullptr);
    ~CommandTileRunner() override;

    // Runs the command with command.values; false (nothing happens) while a run is going.
    bool run(const Dashboards::CommandRef &command);
    // Shows a history entry of this command as the last outcome, unless a run goes on (its own
    // outcome comes), the entry is older than the one shown, or it is no outcome (executing).
    void showEntry(const CommandHistoryEntry &entry);

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Running; }
    QString outcomeText() const { return m_outcomeText; }
    // "info", "warn", "error" (a note's type, or an error), "input" (needs input); "" before the first run.
    QString outcomeKind() const { return m_outcomeKind; }
    qint64 lastTimeMs() const { return m_lastTimeMs; }  // when the last run ended; 0: never
    // The values of the run going on (the toggle and the slider show them while busy).
    QVariantMap runningValues() const { return m_command.values; }

    static QString stateName(State state);  // "idle", "running", "completed", "failed", "input"
    // What a run that stopped for a value the tile has not got records as its result.
    static QString needsInputText();
    // Where the history keeps a command's runs: the bare JID, or for AMQP "amqp/BROKER/DEVICE"
    // (a '/' no bare JID has); lower-case. And the entry's node: the command's, or the action.
    static QString historyDevice(const Dashboards::CommandRef &command);
    static QString historyNode(const Dashboards::CommandRef &command);
    // The value an AMQP action sends from the tile's values (a relay's "1"/"0" as "on"/"off").
    static QString amqpValue(const Dashboards::CommandRef &command, const QVariantMap &values);

Q_SIGNALS:
    void changed();
    // A run ended; completed: the device completed the command with the run's values.
    void finished(bool completed, const QVariantMap &values);

private:
    void answered(const AdHoc::CommandIq &response);
    void failed(const AdHoc::CommandError &error);
    void finish(State state, const QString &text, const QString &kind);
    void record(const QString &text, int outcome);
    void releaseSession(bool cancel);
    void runAmqp();
    void amqpFinished(const QString &id, bool ok, const QString &text);
    void releaseAmqp();

    CommandsProvider m_commands;
    AmqpProvider m_amqp;
    Dashboards::CommandRef m_command;
    State m_state = State::Idle;
    QString m_outcomeText;
    QString m_outcomeKind;
    qint64 m_lastTimeMs = 0;

    // The run going on.
    QPointer<AdHoc::CommandSession> m_session;
    QPointer<CommandsController> m_controller;
    QString m_to;
    QString m_resource;
    qint64 m_startMs = 0;
    qint64 m_roundTripMs = 0;
    QStringList m_sentValues;  // per submitted form, as the history shows them
    // The AMQP request going on.
    QPointer<AmqpConnection> m_connection;
    QString m_requestId;
};
