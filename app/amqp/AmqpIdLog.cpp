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
    if (!db.open()
        || !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS accepted (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                      "service TEXT NOT NULL, id TEXT NOT NULL)"))
        || !query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS accepted_service ON accepted (service, seq)"))) {
        qCWarning(lcAmqp) << "Cannot open the accepted-id log" << m_file << db.lastError().text() << query.lastError().text();
        return;
    }
    m_open = true;
    load();
}

void AmqpIdLog::load()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT id FROM accepted WHERE service = ? ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(m_service);
    query.addBindValue(MaxIds);
    if (query.exec()) {
        while (query.next())
            m_ids.insert(query.value(0).toString());
    }
    qCDebug(lcAmqp) << "Accepted-id log of" << m_service << "holds" << m_ids.size() << "ids";
}

bool AmqpIdLog::add(const QStringList &ids)
{
    for (const auto &id : ids)
        m_ids.insert(id);
    if (!m_open || ids.isEmpty())
        return m_file.isEmpty();
    auto db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO accepted (service, id) VALUES (?, ?)"));
    bool ok = true;
    for (const auto &id : ids) {
        query.addBindValue(m_service);
        query.addBindValue(id);
        ok = query.exec() && ok;
    }
    m_sinceTrim += ids.size();
    if (m_sinceTrim > MaxIds / 10) {  // bounded: forget the oldest now and then, not per message
        m_sinceTrim = 0;
        QSqlQuery trim(db);
        trim.prepare(QStringLiteral("DELETE FROM accepted WHERE service = ? AND seq <= "
                                    "(SELECT seq FROM accepted WHERE service = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)"));
        trim.addBindValue(m_service);
        trim.addBindValue(m_service);
        trim.addBindValue(MaxIds);
        trim.exec();
        if (m_ids.size() > MaxIds * 2)
            m_ids.clear(), load();  // keep the newest only; rare
    }
    ok = db.commit() && ok;
    if (!ok)
        qCWarning(lcAmqp) << "Cannot write the accepted-id log" << m_file << query.lastError().text();
    return ok;
}
