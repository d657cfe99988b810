// HistoryWriter: what comes back from disk at start, and what retention takes away.
#include "HistoryWriter.h"

#include "core/Logging.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <algorithm>

namespace {
struct NodeKey {
    QString service, node;
    bool operator==(const NodeKey &) const = default;
    friend size_t qHash(const NodeKey &key, size_t seed = 0) { return qHashMulti(seed, key.service, key.node); }
};
}  // namespace

void HistoryWriter::restore()
{
    auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    HistorySnapshot snapshot;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<NodeKey, qint64> retention;
    query.prepare(QStringLiteral("SELECT service, node, ms FROM retention WHERE account = ?"));
    query.addBindValue(m_account);
    if (!query.exec()) {
        failOpen(QStringLiteral("read"), query.lastError());
        return;
    }
    while (query.next()) {
        const qint64 ms = query.value(2).toLongLong();
        retention.insert({query.value(0).toString(), query.value(1).toString()}, ms);
        snapshot.retentions.push_back({query.value(0).toString(), query.value(1).toString(), ms});
    }
    const auto cutoff = [&](const QString &service, const QString &node) {
        return now - retention.value(NodeKey{service, node}, m_limits.defaultRetentionMs);
    };

    struct Row {
        qint64 id;
        HistorySnapshot::Series series;
    };
    std::vector<Row> rows;
    query.prepare(QStringLiteral("SELECT id, service, node, name, unit FROM series WHERE account = ?"));
    query.addBindValue(m_account);
    if (!query.exec()) {
        failOpen(QStringLiteral("read"), query.lastError());
        return;
    }
    while (query.next()) {
        rows.push_back({query.value(0).toLongLong(),
                        {query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toString(), {}}});
    }
    // As much as memory will hold of each: the newest, the store's share per series.
    const qsizetype perSeries = rows.empty() ? 0
        : std::min(m_limits.samplesPerSeries, std::max<qsizetype>(1, m_limits.samples / qsizetype(rows.size())));
    qsizetype corrupt = 0;
    query.prepare(QStringLiteral("SELECT data FROM chunks WHERE series = ? AND last_ms >= ? ORDER BY last_ms DESC"));
    for (auto &row : rows) {
        const qint64 from = cutoff(row.series.service, row.series.node);
        query.addBindValue(row.id);
        query.addBindValue(from);
        if (!query.exec()) {
            failOpen(QStringLiteral("read"), query.lastError());
            return;
        }
        auto &samples = row.series.samples;
        while (query.next() && qsizetype(samples.size()) < perSeries) {
            auto decoded = ChunkCodec::decode(query.value(0).toByteArray());
            if (!decoded) {
                ++corrupt;
                continue;
            }
            for (const Sample &s : *decoded) {
                if (s.timeMs >= from)
                    samples.push_back(s);
            }
        }
        query.finish();
        std::sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) { return a.timeMs < b.timeMs; });
        samples.erase(std::unique(samples.begin(), samples.end(),
                                  [](const Sample &a, const Sample &b) { return a.timeMs == b.timeMs; }),
                      samples.end());
        if (qsizetype(samples.size()) > perSeries)
            samples.erase(samples.begin(), samples.end() - perSeries);
        if (!samples.empty())
            snapshot.series.push_back(std::move(row.series));
    }
    if (corrupt > 0)
        qCWarning(lcTimeseries) << "Skipped" << corrupt << "unreadable chunks in the reading history" << m_file;

    query.prepare(QStringLiteral("SELECT service, node, from_ms, to_ms FROM gaps WHERE account = ? ORDER BY from_ms"));
    query.addBindValue(m_account);
    if (!query.exec()) {
        failOpen(QStringLiteral("read"), query.lastError());
        return;
    }
    while (query.next()) {
        HistorySnapshot::Gap gap{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                                 query.value(3).toLongLong()};
        if (gap.toMs >= cutoff(gap.service, gap.node))
            snapshot.gaps.push_back(std::move(gap));
    }
    query.finish();
    m_restored(snapshot);
}

void HistoryWriter::enforceRetention()
{
    if (!m_open)
        return;
    flush();  // retentions set meanwhile count
    auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A node without a row keeps the default.
    const auto chunks = QStringLiteral(
        "DELETE FROM chunks WHERE id IN (SELECT c.id FROM chunks c JOIN series s ON s.id = c.series"
        " LEFT JOIN retention r ON r.account = s.account AND r.service = s.service AND r.node = s.node"
        " WHERE s.account = :account AND c.last_ms < :now - COALESCE(r.ms, :default))");
    const auto gaps = QStringLiteral(
        "DELETE FROM gaps WHERE rowid IN (SELECT g.rowid FROM gaps g"
        " LEFT JOIN retention r ON r.account = g.account AND r.service = g.service AND r.node = g.node"
        " WHERE g.account = :account AND g.to_ms < :now - COALESCE(r.ms, :default))");
    int deleted = 0;
    for (const auto &statement : {chunks, gaps}) {
        query.prepare(statement);
        query.bindValue(QStringLiteral(":account"), m_account);
        query.bindValue(QStringLiteral(":now"), now);
        query.bindValue(QStringLiteral(":default"), m_limits.defaultRetentionMs);
        if (!query.exec()) {
            failWrite(QStringLiteral("clean up"), query.lastError());
            return;
        }
        deleted += query.numRowsAffected();
    }
    if (deleted > 0) {
        qCDebug(lcTimeseries) << "Retention removed" << deleted << "chunks and gaps from" << m_file;
        // An open chunk may have been among them: later samples start new ones.
        resetOpenChunks();
    }
}
