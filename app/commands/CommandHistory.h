// Every command request the app sent, answered or failed, per device: an append-only SQLite
// file in the profile (commands.sqlite) that the profile's accounts share (keyed by the
// account's JID). Writes and reads run on a thread of their own; load() answers by signal.
// Values are stored as the user would read them, with text-private values masked: the file
// never holds a password or a PIN.
#pragma once

#include <QList>
#include <QMetaType>
#include "core/WorkerThread.h"

#include <QObject>
#include <QString>

#include <memory>

namespace AdHoc {
class DataForm;
}
class CommandHistoryWriter;

struct CommandHistoryEntry {
    enum class Outcome { Completed, Executing, Canceled, Error };

    qint64 timeMs = 0;    // when the request was sent (ms since the epoch, UTC)
    QString device;       // bare JID of the entity the command ran on
    QString to;           // full JID the request went to
    QString resource;     // our own session (resource) that sent it
    QString node;
    QString command;      // the command's name
    QString values;       // "Interval: 5 s, PIN: ••••" (text-private masked)
    Outcome outcome = Outcome::Completed;
    QString result;       // the note text, the error text, or "Completed"
    qint64 roundTripMs = 0;

    bool operator==(const CommandHistoryEntry &) const = default;
};
Q_DECLARE_METATYPE(CommandHistoryEntry)

class CommandHistory : public QObject
{
    Q_OBJECT
public:
    // What a masked text-private value looks like, in the history and its log lines.
    static inline const QString Mask = QStringLiteral("••••");

    explicit CommandHistory(const QString &accountJid, QObject *parent = nullptr);
    // Writes what is queued, then closes the database and joins its thread.
    ~CommandHistory() override;

    QString accountJid() const { return m_accountJid; }

    // Opens (creating or migrating) the database file, on the history's thread; once. Until
    // then, and when the file cannot be used, entries are kept in memory for this run only
    // (see error()).
    void attach(const QString &databaseFile);
    QString databaseFile() const { return m_file; }
    QString error() const { return m_error; }  // "" while the file works (or none is attached)

    // Queues the entry (cheap) and emits recorded() at once.
    void record(const CommandHistoryEntry &entry);
    // Asynchronous: entriesLoaded(device, entries) answers, newest first, at most `limit`.
    void load(const QString &device, int limit = 200);
    // Deletes every entry of this account and records nothing more (the account is removed
    // with its local data).
    void discardAll();
    // Blocks until everything queued before the call is done; for tests, never the GUI thread.
    bool waitForIdle(int timeoutMs = 10000);

    // The values of a form about to be submitted (as shown, with labels and options) as the
    // history keeps them: "Label: value, ..." in field order, lists joined with "; ", booleans
    // "on"/"off", list values by their option labels, text-private masked, fixed and hidden
    // fields and empty values left out.
    static QString describeValues(const AdHoc::DataForm &form);
    static QString outcomeName(CommandHistoryEntry::Outcome outcome);  // "completed", ...

Q_SIGNALS:
    void entriesLoaded(const QString &device, const QList<CommandHistoryEntry> &entries);
    void recorded(const CommandHistoryEntry &entry);
    void errorChanged();

private:
    void setError(const QString &error);

    QString m_accountJid;
    QString m_file;
    QString m_error;
    bool m_discarded = false;
    WorkerThread<CommandHistoryWriter> m_worker;
    CommandHistoryWriter *const m_writer;  // lives on m_worker's thread
};
