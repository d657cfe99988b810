// CommandHistory's worker: owns the SQLite connection and lives on the history's thread. Until
// a file is open (or when it cannot be), it keeps this run's entries in memory instead.
#pragma once

#include "CommandHistory.h"

#include <QObject>

class CommandHistoryWriter : public QObject
{
    Q_OBJECT
public:
    explicit CommandHistoryWriter(const QString &account);
    ~CommandHistoryWriter() override;

    // Each returns the error ("" when fine).
    QString open(const QString &file);
    QString insert(const CommandHistoryEntry &entry);
    QString discardAll();
    QList<CommandHistoryEntry> load(const QString &device, int limit, QString *error);
    void close();

    // Entries kept per device at most; older ones go as new ones come.
    static constexpr int KeepPerDevice = 1000;

private:
    bool migrate(QString *error);

    QString m_account;
    QString m_connection;
    bool m_open = false;
    QList<CommandHistoryEntry> m_memory;  // newest last; while no file is open
};
