// The readings' history on disk: SQLite (through Qt SQL) on a writer thread of its own. Samples
// are queued by the store (cheap, any thread) and committed in batches, one transaction per
// flush, as compressed chunks per series (ChunkCodec). Several accounts may share one file:
// everything is keyed by the account's JID. Owned by ReadingStore.
#pragma once

#include "Sample.h"

#include <QMutex>
#include <QString>
#include <functional>
#include <memory>
#include <span>
#include <vector>

class QThread;
class HistoryWriter;

// What attachHistory() brings back into memory.
struct HistorySnapshot {
    struct Series {
        QString service, node, name, unit;
        std::vector<Sample> samples;  // time order
    };
    struct Gap {
        QString service, node;
        qint64 fromMs, toMs;
    };
    struct Retention {
        QString service, node;
        qint64 ms;
    };
    std::vector<Series> series;
    std::vector<Gap> gaps;
    std::vector<Retention> retentions;
};

class History
{
public:
    struct Limits {
        qsizetype samplesPerSeries = 100000;  // restored per series at most
        qsizetype samples = 4'000'000;        // restored over all series at most
        qint64 defaultRetentionMs = 7LL * 24 * 3600 * 1000;
    };
    // Both called on the writer thread.
    using RestoreHandler = std::function<void(HistorySnapshot &snapshot)>;
    using ErrorHandler = std::function<void(const QString &error)>;  // "" once it works again

    History(const QString &databaseFile, const QString &accountJid, Limits limits, RestoreHandler restored,
            ErrorHandler error);
    // Commits what is pending, closes the database and joins the thread.
    ~History();

    // Thread-safe and cheap; the writer picks them up on its next flush.
    void registerSeries(quint32 id, const QString &service, const QString &node, const QString &name,
                        const QString &unit);
    void record(std::span<const std::pair<quint32, Sample>> samples);
    void addGap(const QString &service, const QString &node, qint64 fromMs, qint64 toMs);
    void setRetention(const QString &service, const QString &node, qint64 ms);

    // Blocks until everything queued before the call is committed; false on timeout or error.
    bool waitForIdle(int timeoutMs);
    // Never blocks: calls done(committed) on the writer thread once everything queued before
    // the call is committed (false: the database does not work). The AMQP client settles its
    // deliveries from here (at-least-once).
    using CommittedHandler = std::function<void(bool committed)>;
    void whenCommitted(CommittedHandler done);
    // Test hook (a stalled disk): while held, whenCommitted() answers nothing; releasing it
    // answers every held request.
    void setHeld(bool held);
    // Deletes what is past its retention now (it also runs periodically).
    void enforceRetention();
    // Deletes every sample, gap and retention of this account and writes nothing more (the
    // account is being removed with its local data).
    void discardAll();

    // How often the writer commits, and checks retention.
    static constexpr int FlushIntervalMs = 500;
    static constexpr int RetentionIntervalMs = 10 * 60 * 1000;
    // Queued samples that make the writer flush before its interval.
    static constexpr size_t EagerFlushSamples = 65536;
    // Samples per chunk at most: small enough that the open chunk of each series is cheap to
    // rewrite, large enough that a chunk's row costs little per sample.
    static constexpr qsizetype ChunkSamples = 1024;

private:
    friend class HistoryWriter;
    struct Pending;
    std::shared_ptr<Pending> m_pending;
    QThread *m_thread = nullptr;
    HistoryWriter *m_writer = nullptr;  // lives on m_thread
};
