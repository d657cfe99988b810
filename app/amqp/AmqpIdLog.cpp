#include "amqp/AmqpIdLog.h"

#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

AmqpIdLog::AmqpIdLog(const QString &file, const QString &service)
    : m_file(file)
    , m_service(service)
    , m_connection(QStringLiteral("linnet-amqp-ids-%1").arg(quintptr(this)))
{
}

AmqpIdLog::~AmqpIdLog()
{
    if (m_open) {
        QSqlDatabase::database(m_connection, false).close();
        m_open = false;
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void AmqpIdLog::open()
{
    if (m_file.isEmpty() || m_open)
        return;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QSqlQuery query(db);
    // done = 0: stored, not yet accepted (step 1 of the header's two). WAL + NORMAL like the
    // history: a commit survives the process being killed, without an fsync per batch.
    bool ok = db.open() && query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        && query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS accepted (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                     "service TEXT NOT NULL, id TEXT NOT NULL, base_ms INTEGER, "
                                     "done INTEGER NOT NULL DEFAULT 1)"));
    // A log of an earlier version has neither column: its rows were all accepted.
    bool hasDone = false;
    if (ok && query.exec(QStringLiteral("PRAGMA table_info(accepted)"))) {
        while (query.next())
            hasDone = hasDone || query.value(1).toString() == u"done";
    }
    if (ok && !hasDone) {
        ok = query.exec(QStringLiteral("ALTER TABLE accepted ADD COLUMN base_ms INTEGER"))
            && query.exec(QStringLiteral("ALTER TABLE accepted ADD COLUMN done INTEGER NOT NULL DEFAULT 1"));
    }
    ok = ok && query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS accepted_service ON accepted (service, seq)"))
        && query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS accepted_id ON accepted (service, id)"));
    if (!ok) {
        qCWarning(lcAmqp) << "Cannot open the accepted-id log" << m_file << db.lastError().text() << query.lastError().text();
        return;
    }
    m_open = true;
    load();
}

void AmqpIdLog::load()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT id, done, base_ms FROM accepted WHERE service = ? ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(m_service);
    query.addBindValue(MaxIds);
    if (query.exec()) {
        while (query.next()) {
            const QString id = query.value(0).toString();
            if (query.value(1).toInt() != 0)
                m_accepted.insert(id);
            else if (!m_accepted.contains(id))
                m_stored.insert(id, query.value(2).toLongLong());
        }
    }
    qCDebug(lcAmqp) << "Accepted-id log of" << m_service << "holds" << m_accepted.size() << "accepted and"
                    << m_stored.size() << "stored ids";
}

std::optional<qint64> AmqpIdLog::storedBase(const QString &id) const
{
    const auto it = m_stored.constFind(id);
    return it == m_stored.cend() ? std::nullopt : std::optional<qint64>(*it);
}

bool AmqpIdLog::noteStored(const QList<std::pair<QString, qint64>> &entries)
{
    for (const auto &[id, baseMs] : entries)
        m_stored.insert(id, baseMs);
    if (!m_open || entries.isEmpty())
        return m_file.isEmpty();
    auto db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO accepted (service, id, base_ms, done) VALUES (?, ?, ?, 0)"));
    bool ok = true;
    for (const auto &[id, baseMs] : entries) {
        query.addBindValue(m_service);
        query.addBindValue(id);
        query.addBindValue(baseMs);
        ok = query.exec() && ok;
    }
    m_sinceTrim += entries.size();
    ok = db.commit() && ok;
    if (!ok)
        qCWarning(lcAmqp) << "Cannot write the accepted-id log" << m_file << query.lastError().text();
    return ok;
}

bool AmqpIdLog::markAccepted(const QStringList &ids)
{
    for (const auto &id : ids) {
        m_stored.remove(id);
        m_accepted.insert(id);
    }
    if (!m_open || ids.isEmpty())
        return m_file.isEmpty();
    auto db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE accepted SET done = 1 WHERE service = ? AND id = ? AND done = 0"));
    bool ok = true;
    for (const auto &id : ids) {
        query.addBindValue(m_service);
        query.addBindValue(id);
        ok = query.exec() && ok;
    }
    if (m_sinceTrim > MaxIds / 10)  // bounded: forget the oldest now and then, not per message
        trim();
    ok = db.commit() && ok;
    if (!ok)
        qCWarning(lcAmqp) << "Cannot write the accepted-id log" << m_file << query.lastError().text();
    return ok;
}

// In markAccepted()'s transaction.
void AmqpIdLog::trim()
{
    m_sinceTrim = 0;
    QSqlQuery trim(QSqlDatabase::database(m_connection, false));
    trim.prepare(QStringLiteral("DELETE FROM accepted WHERE service = ? AND seq <= "
                                "(SELECT seq FROM accepted WHERE service = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)"));
    trim.addBindValue(m_service);
    trim.addBindValue(m_service);
    trim.addBindValue(MaxIds);
    trim.exec();
    if (m_accepted.size() > MaxIds * 2) {  // keep the newest only; rare
        m_accepted.clear();
        m_stored.clear();
        load();
    }
}
