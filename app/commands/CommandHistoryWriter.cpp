#include "CommandHistoryWriter.h"

#include "CommandHistorySchema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {
// SQLite's NOT NULL: a null QString binds as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

CommandHistoryEntry::Outcome outcomeFromName(const QString &name)
{
    using Outcome = CommandHistoryEntry::Outcome;
    for (auto outcome : {Outcome::Completed, Outcome::Executing, Outcome::Canceled, Outcome::Error}) {
        if (CommandHistory::outcomeName(outcome) == name)
            return outcome;
    }
    return Outcome::Error;
}

QString describe(const QString &what, const QSqlError &error)
{
    return QStringLiteral("Could not %1 the command history: %2").arg(what, error.text());
}
}  // namespace

CommandHistoryWriter::CommandHistoryWriter(const QString &account)
    : m_account(account)
    , m_connection(QStringLiteral("linnet-commands-%1").arg(quintptr(this)))
{
}

CommandHistoryWriter::~CommandHistoryWriter()
{
    close();
}

void CommandHistoryWriter::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        auto db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

QString CommandHistoryWriter::open(const QString &file)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(file);
        // Another account's history (or another Linnet) may hold the write lock for a moment.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString error = describe(QStringLiteral("open"), db.lastError());
            close();
            return error;
        }
    }
    QString error;
    if (!migrate(&error)) {
        close();
        return error;
    }
    m_open = true;
    // What this run recorded before the file was open goes in now.
    const auto early = std::exchange(m_memory, {});
    for (const auto &entry : early)
        insert(entry);
    return {};
}

bool CommandHistoryWriter::migrate(QString *error)
{
    auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    const auto fail = [&](const QString &what) {
        *error = describe(what, query.lastError());
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    // Another account's history may set the file up at this moment: take the write lock
    // (waits up to the busy timeout), then look at what is left to do.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QStringLiteral("lock"));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(QStringLiteral("read the schema version of"));
    const int version = query.value(0).toInt();
    query.finish();
    if (version > CommandHistorySchema::Version) {
        query.exec(QStringLiteral("ROLLBACK"));
        *error = QStringLiteral("The command history was written by a newer Linnet (schema %1, this one knows %2)")
                     .arg(version)
                     .arg(CommandHistorySchema::Version);
        return false;
    }
    for (int v = version; v < CommandHistorySchema::Version; ++v) {
        const auto migration = QString::fromLatin1(CommandHistorySchema::Migrations[size_t(v)]);
        for (const auto &statement : migration.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!query.exec(statement))
                return fail(QStringLiteral("migrate (to schema %1)").arg(v + 1));
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(CommandHistorySchema::Version)))
        return fail(QStringLiteral("migrate"));
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("migrate"));
    return true;
}

QString CommandHistoryWriter::insert(const CommandHistoryEntry &entry)
{
    if (!m_open) {
        m_memory << entry;
        return {};
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "INSERT INTO entries(account, device, time_ms, to_jid, resource, node, command, vals, outcome, result, round_trip_ms)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(m_account);
    query.addBindValue(text(entry.device.toLower()));
    query.addBindValue(entry.timeMs);
    query.addBindValue(text(entry.to));
    query.addBindValue(text(entry.resource));
    query.addBindValue(text(entry.node));
    query.addBindValue(text(entry.command));
    query.addBindValue(text(entry.values));
    query.addBindValue(CommandHistory::outcomeName(entry.outcome));
    query.addBindValue(text(entry.result));
    query.addBindValue(entry.roundTripMs);
    if (!query.exec())
        return describe(QStringLiteral("write to"), query.lastError());
    // The oldest go once a device has more than it keeps.
    query.prepare(QStringLiteral(
        "DELETE FROM entries WHERE account = ? AND device = ? AND id NOT IN"
        " (SELECT id FROM entries WHERE account = ? AND device = ? ORDER BY time_ms DESC, id DESC LIMIT ?)"));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(m_account);
        query.addBindValue(text(entry.device.toLower()));
    }
    query.addBindValue(KeepPerDevice);
    if (!query.exec())
        return describe(QStringLiteral("trim"), query.lastError());
    return {};
}

QList<CommandHistoryEntry> CommandHistoryWriter::load(const QString &device, int limit, QString *error)
{
    QList<CommandHistoryEntry> entries;
    const QString key = device.toLower();
    if (!m_open) {
        for (auto it = m_memory.crbegin(); it != m_memory.crend() && entries.size() < limit; ++it) {
            if (it->device.toLower() == key)
                entries << *it;
        }
        std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.timeMs > b.timeMs; });
        return entries;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT time_ms, device, to_jid, resource, node, command, vals, outcome, result, round_trip_ms FROM entries"
        " WHERE account = ? AND device = ? ORDER BY time_ms DESC, id DESC LIMIT ?"));
    query.addBindValue(m_account);
    query.addBindValue(key);
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = describe(QStringLiteral("read"), query.lastError());
        return entries;
    }
    while (query.next()) {
        CommandHistoryEntry entry;
        entry.timeMs = query.value(0).toLongLong();
        entry.device = query.value(1).toString();
        entry.to = query.value(2).toString();
        entry.resource = query.value(3).toString();
        entry.node = query.value(4).toString();
        entry.command = query.value(5).toString();
        entry.values = query.value(6).toString();
        entry.outcome = outcomeFromName(query.value(7).toString());
        entry.result = query.value(8).toString();
        entry.roundTripMs = query.value(9).toLongLong();
        entries << entry;
    }
    return entries;
}

QString CommandHistoryWriter::discardAll()
{
    m_memory.clear();
    if (!m_open)
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM entries WHERE account = ?"));
    query.addBindValue(m_account);
    if (!query.exec())
        return describe(QStringLiteral("delete from"), query.lastError());
    return {};
}
