#include "amqp/AmqpIdLog.h"

#include "core/Logging.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
// A batch row's ids and bases: QDataStream takes any id (AMQP allows every character).
QByteArray packBatch(const QList<std::pair<QString, qint64>> &entries)
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out << qint32(entries.size());
    for (const auto &[id, baseMs] : entries)
        out << id << baseMs;
    return blob;
}

QList<std::pair<QString, qint64>> unpackBatch(const QByteArray &blob)
{
    QDataStream in(blob);
    qint32 n = 0;
    in >> n;
    QList<std::pair<QString, qint64>> entries;
    for (qint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        QString id;
        qint64 baseMs = 0;
        in >> id >> baseMs;
        if (in.status() == QDataStream::Ok)
            entries.append({id, baseMs});
    }
    return entries;
}
}  // namespace

AmqpIdLog::AmqpIdLog(const QString &file, const QString &service)
    : m_file(file)
    , m_service(service)
    , m_connection(QStringLiteral("linnet-amqp-ids-%1").arg(quintptr(this)))
{
}

// Prepared once: the id log writes a row per batch, tens a second while a backlog drains.
struct AmqpIdLog::Statements {
    explicit Statements(const QSqlDatabase &db)
        : begin(db)
        , commit(db)
        , insertBatch(db)
        , upsertRange(db)
        , insertAlone(db)
    {
    }
    bool prepare()
    {
        return begin.prepare(QStringLiteral("BEGIN")) && commit.prepare(QStringLiteral("COMMIT"))
            && insertBatch.prepare(QStringLiteral("INSERT INTO batches (service, ids, count) VALUES (?, ?, ?)"))
            && upsertRange.prepare(QStringLiteral("INSERT INTO accepted_ranges (service, first_seq, last_seq) VALUES (?, ?, ?) "
                                                  "ON CONFLICT (service, first_seq) DO UPDATE SET last_seq = excluded.last_seq"))
            && insertAlone.prepare(QStringLiteral("INSERT INTO accepted_ids (service, id) VALUES (?, ?)"));
    }
    QSqlQuery begin, commit, insertBatch, upsertRange, insertAlone;
};

AmqpIdLog::~AmqpIdLog()
{
    flushAccepted();
    m_statements.reset();  // before the database goes
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
    // WAL + NORMAL like the history: a commit survives the process being killed, without an
    // fsync per batch.
    const bool ok = db.open() && query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        && query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS batches (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                     "service TEXT NOT NULL, ids BLOB NOT NULL, count INTEGER NOT NULL)"))
        && query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS batches_service ON batches (service, seq)"))
        && query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS accepted_ranges (service TEXT NOT NULL, "
                                     "first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL, "
                                     "PRIMARY KEY (service, first_seq))"))
        && query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS accepted_ids (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                     "service TEXT NOT NULL, id TEXT NOT NULL)"));
    auto statements = std::make_unique<Statements>(db);
    if (!ok || !statements->prepare()) {
        qCWarning(lcAmqp) << "Cannot open the accepted-id log" << m_file << db.lastError().text() << query.lastError().text();
        return;
    }
    m_statements = std::move(statements);
    m_open = true;
    load();
}

void AmqpIdLog::load()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    QList<std::pair<qint64, qint64>> ranges;
    query.prepare(QStringLiteral("SELECT first_seq, last_seq FROM accepted_ranges WHERE service = ?"));
    query.addBindValue(m_service);
    if (query.exec()) {
        while (query.next())
            ranges.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    }
    const auto inRange = [&ranges](qint64 seq) {
        return std::any_of(ranges.cbegin(), ranges.cend(), [seq](const auto &r) { return seq >= r.first && seq <= r.second; });
    };
    query.prepare(QStringLiteral("SELECT id FROM accepted_ids WHERE service = ?"));
    query.addBindValue(m_service);
    if (query.exec()) {
        while (query.next())
            m_accepted.insert(query.value(0).toString());
    }
    // Newest first, until MaxIds ids.
    query.prepare(QStringLiteral("SELECT seq, ids FROM batches WHERE service = ? ORDER BY seq DESC"));
    query.addBindValue(m_service);
    qsizetype held = 0;
    if (query.exec()) {
        while (held < MaxIds && query.next()) {
            const qint64 seq = query.value(0).toLongLong();
            const bool accepted = inRange(seq);
            const auto entries = unpackBatch(query.value(1).toByteArray());
            held += entries.size();
            for (const auto &[id, baseMs] : entries) {
                if (accepted)
                    m_accepted.insert(id);
                else if (!m_accepted.contains(id) && !m_stored.contains(id))
                    m_stored.insert(id, baseMs);
            }
        }
    }
    loadOlderFormat();
    // An id both accepted (later) and stored (an earlier attempt) is accepted.
    for (auto it = m_stored.begin(); it != m_stored.end();)
        it = m_accepted.contains(it.key()) ? m_stored.erase(it) : std::next(it);
    qCDebug(lcAmqp) << "Accepted-id log of" << m_service << "holds" << m_accepted.size() << "accepted and"
                    << m_stored.size() << "stored ids";
}

// The log of an earlier version: a row per id, done = 1 once accepted. Read, never written.
void AmqpIdLog::loadOlderFormat()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT id, done, base_ms FROM accepted WHERE service = ? ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(m_service);
    query.addBindValue(MaxIds);
    if (!query.exec())
        return;  // no such table: a log of this version
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (query.value(1).toInt() != 0)
            m_accepted.insert(id);
        else if (!m_stored.contains(id))
            m_stored.insert(id, query.value(2).toLongLong());
    }
}

bool AmqpIdLog::begin()
{
    if (m_statements->begin.exec())
        return true;
    qCWarning(lcAmqp) << "Cannot write the accepted-id log" << m_file << m_statements->begin.lastError().text();
    return false;
}

bool AmqpIdLog::commit(const char *what)
{
    if (m_statements->commit.exec())
        return true;
    qCWarning(lcAmqp) << "Cannot write the accepted-id log (" << what << ")" << m_file << m_statements->commit.lastError().text();
    QSqlDatabase::database(m_connection, false).rollback();
    return false;
}

bool AmqpIdLog::noteStored(const QList<std::pair<QString, qint64>> &entries, qint64 *batchRow)
{
    if (batchRow)
        *batchRow = 0;
    if (entries.isEmpty())
        return true;
    qint64 batch = 0;
    bool ok = m_file.isEmpty();
    if (m_open && begin()) {
        // Step 2 of earlier batches rides along: one transaction per batch, not two.
        const bool acceptedOk = writeAccepted();
        QSqlQuery &insert = m_statements->insertBatch;
        insert.bindValue(0, m_service);
        insert.bindValue(1, packBatch(entries));
        insert.bindValue(2, qint64(entries.size()));
        const bool inserted = insert.exec();
        if (!inserted)
            qCWarning(lcAmqp) << "Cannot write the accepted-id log" << m_file << insert.lastError().text();
        const qint64 row = insert.lastInsertId().toLongLong();
        insert.finish();
        ok = commit("step 1") && inserted;
        batch = ok ? row : 0;
        ok = ok && acceptedOk;
    }
    if (batch > 0) {
        if (m_runFirstBatch == 0)
            m_runFirstBatch = batch;
        m_runBatches.emplace_back(batch, entries.size());
    }
    if (batchRow)
        *batchRow = batch;
    m_sinceTrim += entries.size();
    return ok;
}

void AmqpIdLog::markAccepted(const QList<std::pair<QString, qint64>> &ids)
{
    // Ids of an earlier run (or whose batch row could not be written) are written alone, and
    // so are those of a batch of this run accepted only in part (not how AmqpClient settles).
    // Consecutive ids are mostly of one batch: the last lookup is kept (no iterator moves until
    // the pops at the end).
    qint64 lastBatch = -1;
    auto lastFound = m_runBatches.end();
    const auto runBatch = [&](qint64 batch) {
        if (batch != lastBatch) {
            lastBatch = batch;
            lastFound = std::find_if(m_runBatches.begin(), m_runBatches.end(), [batch](const auto &b) { return b.first == batch; });
        }
        return lastFound;
    };
    std::vector<std::pair<QString, qint64>> ofRun;
    for (const auto &[id, batch] : ids) {
        if (const auto own = batch > 0 ? runBatch(batch) : m_runBatches.end(); own != m_runBatches.end()) {
            --own->second;
            ofRun.emplace_back(id, batch);
        } else {
            m_aloneToWrite.append(id);
        }
        if (!m_stored.isEmpty())  // an earlier run's id (or reloaded by trim())
            m_stored.remove(id);
        m_accepted.insert(id);
    }
    for (const auto &[id, batch] : ofRun) {
        if (runBatch(batch)->second > 0)
            m_aloneToWrite.append(id);
    }
    while (!m_runBatches.empty() && m_runBatches.front().second <= 0) {
        m_rangeEnd = m_runBatches.front().first;
        m_runBatches.pop_front();
    }
}

bool AmqpIdLog::flushAccepted()
{
    if (!m_open)
        return m_file.isEmpty();
    if (m_rangeEnd == m_rangeWritten && m_aloneToWrite.isEmpty())
        return true;
    if (!begin())
        return false;
    const bool ok = writeAccepted();
    return commit("step 2") && ok;
}

// In a transaction: what markAccepted() queued.
bool AmqpIdLog::writeAccepted()
{
    bool ok = true;
    if (m_rangeEnd != m_rangeWritten) {
        QSqlQuery &range = m_statements->upsertRange;
        range.bindValue(0, m_service);
        range.bindValue(1, m_runFirstBatch);
        range.bindValue(2, m_rangeEnd);
        ok = range.exec();
        if (!ok)
            qCWarning(lcAmqp) << "Cannot write the accepted-id log" << m_file << range.lastError().text();
        range.finish();
    }
    QSqlQuery &alone = m_statements->insertAlone;
    for (const QString &id : std::as_const(m_aloneToWrite)) {
        alone.bindValue(0, m_service);
        alone.bindValue(1, id);
        if (!alone.exec()) {
            qCWarning(lcAmqp) << "Cannot write the accepted-id log" << m_file << alone.lastError().text();
            ok = false;
        }
    }
    alone.finish();
    // Written or not, memory knows them: tried once (the next commit would fail the same way).
    m_rangeWritten = m_rangeEnd;
    m_aloneToWrite.clear();
    if (m_sinceTrim > MaxIds / 10)  // bounded: forget the oldest now and then, not per batch
        trim();
    return ok;
}

// In writeAccepted()'s transaction: the newest batches that hold MaxIds ids stay, with the
// ranges over them and the newest MaxIds ids accepted alone.
void AmqpIdLog::trim()
{
    m_sinceTrim = 0;
    QSqlQuery trim(QSqlDatabase::database(m_connection, false));
    trim.prepare(QStringLiteral("DELETE FROM batches WHERE service = ? AND seq < (SELECT MIN(seq) FROM "
                                "(SELECT seq, SUM(count) OVER (ORDER BY seq DESC) AS held FROM batches "
                                "WHERE service = ?) WHERE held <= ?)"));
    trim.addBindValue(m_service);
    trim.addBindValue(m_service);
    trim.addBindValue(MaxIds);
    trim.exec();
    trim.prepare(QStringLiteral("DELETE FROM accepted_ranges WHERE service = ? AND last_seq < "
                                "(SELECT MIN(seq) FROM batches WHERE service = ?)"));
    trim.addBindValue(m_service);
    trim.addBindValue(m_service);
    trim.exec();
    trim.prepare(QStringLiteral("DELETE FROM accepted_ids WHERE service = ? AND seq <= "
                                "(SELECT seq FROM accepted_ids WHERE service = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)"));
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
