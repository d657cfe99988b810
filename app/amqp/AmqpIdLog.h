// The message-ids a connection stored, so a redelivery (after a crash, a lost connection or a
// broker restart) does not store its readings twice. SQLite next to the history (its own file:
// this is the AMQP thread's connection), bounded to the newest MaxIds per service; memory
// answers lookups.
//
// Two steps per message, because the samples go to another database (the history) and no
// transaction spans both:
//   1. noteStored(id, baseMs) commits BEFORE the readings are handed to the store: the id and the
//      time base its relative times were decoded with ("now" for most SenML and bare numbers);
//   2. markAccepted(id) once the history committed the samples; memory knows at once, the file
//      with the next batch's step 1 (or flushAccepted()), after the delivery was accepted.
// Between the two steps the caller holds the id (AmqpClient's unsettled ids) with the batch row
// step 1 returned, so this log keeps no second table of this run's ids: storedBase() answers for
// the ids an earlier run stored and never accepted.
// Both steps cost a row per batch, not per message (a backlog drains at tens of thousands a
// second), and one transaction: step 1 writes the batch's ids and bases as one row; the
// batches a run writes for a service are accepted in the order they were written, so step 2 is
// a range of batch rows per service and run (accepted_ranges), written in the next step 1's
// transaction. Only an id of an earlier run (a redelivery after a crash) is accepted alone
// (accepted_ids).
//
// A kill before 1: nothing stored, the redelivery is new. Between 1 and the history's commit:
// the redelivery is decoded again with the logged base and stored (nothing lost). Between that
// commit and 2 being on disk (the accept sent or not): decoded again with the logged base, it
// yields the same (time, value) samples, which the store drops as duplicates (nothing twice).
// After 2: a duplicate, accepted without storing.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>
#include <utility>

class AmqpIdLog
{
public:
    static constexpr qsizetype MaxIds = 200000;

    // file empty: in memory only (nothing survives a restart).
    AmqpIdLog(const QString &file, const QString &service);
    ~AmqpIdLog();
    void open();  // on the thread that uses it
    // Accepted once already: a redelivery that must not be stored again.
    bool contains(const QString &id) const { return m_accepted.contains(id); }
    // Stored by an earlier run, not known to be accepted: the time base its readings were
    // decoded with.
    std::optional<qint64> storedBase(const QString &id) const
    {
        // Mostly empty: no hashing per message then.
        const auto it = m_stored.isEmpty() ? m_stored.cend() : m_stored.constFind(id);
        return it == m_stored.cend() ? std::nullopt : std::optional<qint64>(*it);
    }
    // Step 1 for a batch of (id, baseMs) (one transaction); false if the file could not be
    // written. *batch: the row they were written as, for markAccepted (0: none).
    bool noteStored(const QList<std::pair<QString, qint64>> &entries, qint64 *batch = nullptr);
    // Step 2 for (id, the batch noteStored gave it; 0 for an id an earlier run stored, or
    // none): in memory now, in the file with the next noteStored() or flushAccepted().
    void markAccepted(const QList<std::pair<QString, qint64>> &ids);
    // Writes what markAccepted() queued (one transaction, none when nothing is); false if the
    // file could not be written. The destructor does too.
    bool flushAccepted();

private:
    struct Statements;
    void load();
    void loadOlderFormat();
    void trim();
    bool begin();
    bool commit(const char *what);
    bool writeAccepted();
    QString m_file;
    QString m_service;
    QString m_connection;
    QSet<QString> m_accepted;
    QHash<QString, qint64> m_stored;  // step 1 done by an earlier run, step 2 not: the time base
    // This run's batch rows in the order written, with the ids of each not accepted yet; the
    // range ends at the newest row before the first that still has some.
    std::deque<std::pair<qint64, qsizetype>> m_runBatches;
    qint64 m_runFirstBatch = 0;
    qint64 m_rangeEnd = 0;
    qint64 m_rangeWritten = 0;   // m_rangeEnd as the file has it
    QStringList m_aloneToWrite;  // accepted alone, not in the file yet
    std::unique_ptr<Statements> m_statements;
    bool m_open = false;
    qint64 m_sinceTrim = 0;
};
