#include "HistoryWriter.h"

#include "HistorySchema.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <algorithm>

namespace {
// SQLite's NOT NULL: an empty QString binds as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
}  // namespace

HistoryWriter::HistoryWriter(const QString &file, const QString &account, History::Limits limits,
                             std::shared_ptr<History::Pending> pending, History::RestoreHandler restored,
                             History::ErrorHandler error)
    : m_file(file)
    , m_account(account)
    , m_connection(QStringLiteral("linnet-history-%1").arg(quintptr(this)))
    , m_limits(limits)
    , m_pending(std::move(pending))
    , m_restored(std::move(restored))
    , m_error(std::move(error))
{
}

void HistoryWriter::start()
{
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(History::FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &HistoryWriter::flush);
    m_retentionTimer = new QTimer(this);
    m_retentionTimer->setInterval(History::RetentionIntervalMs);
    connect(m_retentionTimer, &QTimer::timeout, this, &HistoryWriter::enforceRetention);

    if (open() && migrate())
        restore();
    if (!m_open) {
        HistorySnapshot nothing;
        m_restored(nothing);  // the store still says "restored": there is nothing more to wait for
        return;
    }
    enforceRetention();
    m_flushTimer->start();
    m_retentionTimer->start();
}

bool HistoryWriter::open()
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_file);
    // Another account's writer (or another Linnet) may hold the write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        failOpen(QStringLiteral("open"), db.lastError());
        return false;
    }
    m_open = true;
    return true;
}

bool HistoryWriter::migrate()
{
    auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        failOpen(QStringLiteral("read the schema version of"), query.lastError());
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > HistorySchema::Version) {
        failOpen(QStringLiteral("use"), QSqlError(QStringLiteral("written by a newer Linnet (schema %1, this one knows %2)")
                                                      .arg(version).arg(HistorySchema::Version),
                                                  {}, QSqlError::UnknownError));
        return false;
    }
    // Only once the file is known to be ours: WAL changes its header.
    for (const auto *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        // Switching to WAL while another account's writer opens the same file can find it
        // locked without SQLite's busy handler waiting: try again for a moment (this thread's
        // own; the GUI never waits for it).
        bool ok = query.exec(QString::fromLatin1(pragma));
        for (int attempt = 0; !ok && attempt < 100 && query.lastError().text().contains(QLatin1String("locked")); ++attempt) {
            QThread::msleep(20);
            ok = query.exec(QString::fromLatin1(pragma));
        }
        if (!ok) {
            failOpen(QStringLiteral("set up"), query.lastError());
            return false;
        }
    }
    if (version == HistorySchema::Version)
        return true;
    // Another account's writer may migrate the same file at this moment: take the write lock
    // first (waits up to the busy timeout), then look again at what is left to do.
    const auto fail = [&](int to, const QSqlError &error) {
        query.exec(QStringLiteral("ROLLBACK"));
        failOpen(QStringLiteral("migrate (to schema %1)").arg(to), error);
        return false;
    };
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(version + 1, query.lastError());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(version + 1, query.lastError());
    const int current = query.value(0).toInt();
    query.finish();
    for (int v = current; v < HistorySchema::Version; ++v) {
        const auto migration = QString::fromLatin1(HistorySchema::Migrations[size_t(v)]);
        for (const auto &statement : migration.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!query.exec(statement))
                return fail(v + 1, query.lastError());
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1)))
            return fail(v + 1, query.lastError());
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(HistorySchema::Version, query.lastError());
    if (current < HistorySchema::Version)
        qCInfo(lcTimeseries) << "History" << m_file << "migrated to schema" << HistorySchema::Version;
    return true;
}

void HistoryWriter::failOpen(const QString &what, const QSqlError &error)
{
    m_open = false;
    const auto message = QStringLiteral("Cannot %1 the reading history %2: %3. Readings are kept in memory only.")
                             .arg(what, m_file, error.text());
    qCWarning(lcTimeseries).noquote() << message;
    m_error(message);
    QSqlDatabase::database(m_connection, false).close();
}

void HistoryWriter::failWrite(const QString &what, const QSqlError &error)
{
    // Logged once per failing spell, not per batch.
    if (!m_writeFailed) {
        const auto message = QStringLiteral("Cannot %1 the reading history %2: %3. New readings are kept in memory only.")
                                 .arg(what, m_file, error.text());
        qCWarning(lcTimeseries).noquote() << message;
        m_error(message);
    }
    m_writeFailed = true;
}

void HistoryWriter::flush()
{
    History::Pending batch;
    {
        QMutexLocker locker(&m_pending->mutex);
        batch.registrations.swap(m_pending->registrations);
        batch.samples.swap(m_pending->samples);
        batch.gaps.swap(m_pending->gaps);
        batch.retentions.swap(m_pending->retentions);
        m_pending->flushPosted = false;
    }
    if (!m_open || m_discarded)
        return;  // the readings stay in memory; nothing to write them to
    if (batch.registrations.empty() && batch.samples.empty() && batch.gaps.empty() && batch.retentions.empty())
        return;
    auto db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        failWrite(QStringLiteral("write to"), db.lastError());
        return;
    }
    QSqlQuery query(db);
    bool ok = true;
    if (!batch.registrations.empty()) {
        ok = query.prepare(QStringLiteral("INSERT INTO series(account, service, node, name, unit) VALUES(?, ?, ?, ?, ?)"
                                          " ON CONFLICT(account, service, node, name) DO UPDATE SET unit = excluded.unit"
                                          " RETURNING id"));
        for (const auto &r : batch.registrations) {
            if (!ok)
                break;
            query.addBindValue(m_account);
            query.addBindValue(text(r.service));
            query.addBindValue(text(r.node));
            query.addBindValue(text(r.name));
            query.addBindValue(text(r.unit));
            ok = query.exec() && query.next();
            if (ok) {
                m_series[r.id].dbId = query.value(0).toLongLong();
                query.finish();
            }
        }
    }
    std::vector<SeriesState *> dirty;
    for (const auto &[id, sample] : batch.samples) {
        if (!ok)
            break;
        const auto it = m_series.find(id);
        if (it == m_series.end() || it->dbId < 0)
            continue;  // never registered: cannot happen, the store registers first
        SeriesState &state = *it;
        // A chunk holds samples in time order (a late one starts another), at most ChunkSamples.
        if (state.encoder.count() > 0
            && (sample.timeMs <= state.encoder.lastMs() || state.encoder.count() >= History::ChunkSamples)) {
            ok = writeChunk(state);
            closeChunk(state);
        }
        if (!state.encoder.append(sample)) {
            ok = ok && writeChunk(state);
            closeChunk(state);
            state.encoder.append(sample);
        }
        if (!state.dirty) {
            state.dirty = true;
            dirty.push_back(&state);
        }
    }
    for (SeriesState *state : dirty) {
        ok = ok && writeChunk(*state);
        state->dirty = false;
    }
    if (ok && !batch.gaps.empty()) {
        ok = query.prepare(QStringLiteral("INSERT OR IGNORE INTO gaps(account, service, node, from_ms, to_ms) VALUES(?, ?, ?, ?, ?)"));
        for (const auto &gap : batch.gaps) {
            query.addBindValue(m_account);
            query.addBindValue(text(gap.service));
            query.addBindValue(text(gap.node));
            query.addBindValue(gap.fromMs);
            query.addBindValue(gap.toMs);
            ok = ok && query.exec();
        }
    }
    if (ok && !batch.retentions.empty()) {
        ok = query.prepare(QStringLiteral("INSERT OR REPLACE INTO retention(account, service, node, ms) VALUES(?, ?, ?, ?)"));
        for (const auto &retention : batch.retentions) {
            query.addBindValue(m_account);
            query.addBindValue(text(retention.service));
            query.addBindValue(text(retention.node));
            query.addBindValue(retention.ms);
            ok = ok && query.exec();
        }
    }
    const QSqlError error = query.lastError().isValid() ? query.lastError() : db.lastError();
    query.finish();
    if (ok && db.commit()) {
        if (std::exchange(m_writeFailed, false)) {
            qCInfo(lcTimeseries) << "Writing the reading history" << m_file << "works again";
            m_error(QString());
        }
        return;
    }
    db.rollback();
    failWrite(QStringLiteral("write to"), error.isValid() ? error : db.lastError());
    // The rows of open chunks rolled back with the rest: start afresh.
    resetOpenChunks();
}

// Writes the open chunk: its first write inserts the row, later ones rewrite it.
bool HistoryWriter::writeChunk(SeriesState &state)
{
    if (state.encoder.count() == 0)
        return true;
    auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (state.rowId < 0) {
        query.prepare(QStringLiteral("INSERT INTO chunks(series, first_ms, last_ms, count, data) VALUES(?, ?, ?, ?, ?)"));
        query.addBindValue(state.dbId);
    } else {
        query.prepare(QStringLiteral("UPDATE chunks SET first_ms = ?, last_ms = ?, count = ?, data = ? WHERE id = ?"));
    }
    query.addBindValue(state.encoder.firstMs());
    query.addBindValue(state.encoder.lastMs());
    query.addBindValue(qint64(state.encoder.count()));
    query.addBindValue(state.encoder.bytes());
    if (state.rowId >= 0)
        query.addBindValue(state.rowId);
    if (!query.exec()) {
        failWrite(QStringLiteral("write to"), query.lastError());
        return false;
    }
    if (state.rowId < 0)
        state.rowId = query.lastInsertId().toLongLong();
    return true;
}

void HistoryWriter::closeChunk(SeriesState &state)
{
    state.encoder = ChunkEncoder(state.encoder.decimals());
    state.rowId = -1;
}

void HistoryWriter::resetOpenChunks()
{
    for (auto &state : m_series)
        closeChunk(state);
}

void HistoryWriter::finish()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_retentionTimer)
        m_retentionTimer->stop();
    flush();
    m_series.clear();
    {
        auto db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void HistoryWriter::discardAll()
{
    {
        QMutexLocker locker(&m_pending->mutex);
        m_pending->registrations.clear();
        m_pending->samples.clear();
        m_pending->gaps.clear();
        m_pending->retentions.clear();
    }
    m_discarded = true;
    m_series.clear();
    if (!m_open)
        return;
    auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // Chunks go with their series (ON DELETE CASCADE, foreign keys on).
    for (const auto *table : {"series", "gaps", "retention"}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE account = ?").arg(QLatin1StringView(table)));
        query.addBindValue(m_account);
        if (!query.exec()) {
            failWrite(QStringLiteral("delete the history in"), query.lastError());
            return;
        }
    }
    qCInfo(lcTimeseries) << "Deleted the readings' history of" << m_account;
}
