// Runs one command for QML: execute, the form of each step (DataFormModel), its notes and
// result table, next / prev / complete / cancel, validation before sending, errors that keep
// the entered values, and a history entry for every answered or failed request. The target
// is routed through the account (CommandsController::route): a bare device JID goes to its
// online resource.
#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace AdHoc {
class CommandSession;
class CommandIq;
struct CommandError;
}
class Account;
class DataFormModel;
class NotesModel;
class ReportedModel;
class Session;

class CommandRunner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("account/Account.h")
    Q_MOC_INCLUDE("commands/DataFormModel.h")
    Q_MOC_INCLUDE("commands/NotesModel.h")
    Q_MOC_INCLUDE("commands/ReportedModel.h")
    Q_PROPERTY(Account *account READ account WRITE setAccount NOTIFY accountChanged)
    Q_PROPERTY(QString jid READ jid WRITE setJid NOTIFY jidChanged)  // full or bare
    Q_PROPERTY(QString node READ node WRITE setNode NOTIFY nodeChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(QString title READ title NOTIFY answerChanged)  // the form's title, else name
    Q_PROPERTY(QString instructions READ instructions NOTIFY answerChanged)
    Q_PROPERTY(DataFormModel *form READ form CONSTANT)
    Q_PROPERTY(NotesModel *notes READ notes CONSTANT)
    Q_PROPERTY(ReportedModel *table READ table CONSTANT)
    Q_PROPERTY(bool hasTable READ hasTable NOTIFY answerChanged)
    Q_PROPERTY(bool canNext READ canNext NOTIFY actionsChanged)
    Q_PROPERTY(bool canPrev READ canPrev NOTIFY actionsChanged)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY actionsChanged)
    Q_PROPERTY(bool canCancel READ canCancel NOTIFY actionsChanged)
    Q_PROPERTY(QString defaultAction READ defaultAction NOTIFY actionsChanged)  // "next" | "complete" | ""
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    // "timeout" | "forbidden" | "not-found" | "offline" | "bad-request" | "invalid" | "other" | ""
    Q_PROPERTY(QString errorKind READ errorKind NOTIFY errorChanged)
    // Completed, but with an error note (Prosody's "Account already exists"): the session is
    // over, yet it did not do what was asked (the history records it as an error).
    Q_PROPERTY(bool completedWithError READ completedWithError NOTIFY answerChanged)
    Q_PROPERTY(QString resource READ resource NOTIFY resourceChanged)  // our session used
    Q_PROPERTY(QString to READ to NOTIFY resourceChanged)              // full JID it runs at
    Q_PROPERTY(qint64 roundTripMs READ roundTripMs NOTIFY answerChanged)
    Q_PROPERTY(int step READ step NOTIFY answerChanged)  // 1-based; 0 before the first answer

public:
    enum class State {
        Idle,       // not started (or the target changed)
        Waiting,    // a request is out
        Input,      // the command waits for us (a form to fill, or notes to read)
        Completed,
        Canceled,
        Failed,     // the session ended with an error; restart() runs it again
    };
    Q_ENUM(State)

    explicit CommandRunner(QObject *parent = nullptr);
    ~CommandRunner() override;

    Account *account() const { return m_account; }
    void setAccount(Account *account);
    QString jid() const { return m_jid; }
    void setJid(const QString &jid);
    QString node() const { return m_node; }
    void setNode(const QString &node);
    QString name() const { return m_name; }
    void setName(const QString &name);

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Waiting; }
    QString title() const;
    QString instructions() const { return m_instructions; }
    DataFormModel *form() const { return m_form; }
    NotesModel *notes() const { return m_notes; }
    ReportedModel *table() const { return m_table; }
    bool hasTable() const;
    bool canNext() const;
    bool canPrev() const;
    bool canComplete() const;
    bool canCancel() const;
    QString defaultAction() const;
    QString errorText() const { return m_errorText; }
    QString errorKind() const { return m_errorKind; }
    bool completedWithError() const;
    QString resource() const { return m_resource; }
    QString to() const { return m_to; }
    qint64 roundTripMs() const { return m_roundTripMs; }
    int step() const { return m_step; }

    // Executes the command (again, after it ended: a new session). False when it cannot be
    // sent (no account, JID or node; a request is out); errorKind says why when it is not busy.
    Q_INVOKABLE bool start();
    // Validate first: invalid → nothing sent, errorKind "invalid", messages on the fields.
    Q_INVOKABLE bool next();
    Q_INVOKABLE bool prev();
    Q_INVOKABLE bool complete();
    Q_INVOKABLE bool cancel();
    // The default action (Enter): next or complete as the command says.
    Q_INVOKABLE bool submit();
    // Executes again and fills the new form's fields (by var) from the values entered before.
    Q_INVOKABLE bool restart();
    // Current values by var, without text-private and hidden fields (for pinning).
    Q_INVOKABLE QVariantMap pinnableValues() const;
    // Values (by var) to put into the forms that arrive next, each var once (restart() uses
    // it; so can a caller that runs a command with stored values). Cleared when a run ends.
    Q_INVOKABLE void fillNextForm(const QVariantMap &values) { m_refill = values; }

Q_SIGNALS:
    void accountChanged();
    void jidChanged();
    void nodeChanged();
    void nameChanged();
    void stateChanged();
    void answerChanged();
    void actionsChanged();
    void errorChanged();
    void resourceChanged();
    // The session ended (Completed, Canceled or Failed).
    void finished();

private:
    struct Request;
    bool perform(int action);  // AdHoc::Action
    void answered(const AdHoc::CommandIq &response);
    void failed(const AdHoc::CommandError &error);
    void targetsChanged(const QString &bareJid);
    void wentOffline();
    void record(int outcome, const QString &result);
    void reset();
    void abandon();
    void showAnswer(const AdHoc::CommandIq &response);
    void setState(State state);
    void setError(const QString &kind, const QString &text);
    void setRoute(Session *session, const QString &to);

    QPointer<Account> m_account;
    QString m_jid;
    QString m_node;
    QString m_name;
    State m_state = State::Idle;
    QString m_instructions;
    DataFormModel *m_form;
    NotesModel *m_notes;
    ReportedModel *m_table;
    QString m_errorText;
    QString m_errorKind;
    QString m_resource;
    QString m_to;
    QPointer<Session> m_session;
    qint64 m_roundTripMs = 0;
    int m_step = 0;
    std::unique_ptr<AdHoc::CommandSession> m_command;
    std::unique_ptr<Request> m_request;  // the request out (for the history)
    QVariantMap m_refill;                // restart(): values to put back into the new form
    QMetaObject::Connection m_presenceConnection;
    QVariantMap m_entered;  // every value submitted in this run, by var (for restart())
};
