// Every reading received, per PubSub service, node and series, in memory: one ring of 16-byte
// samples per series, its name and unit kept once. The receive path appends whole batches; views
// and alerts read from here. attachHistory() keeps it on disk too (timeseries/History).
#pragma once

#include "Reading.h"
#include "timeseries/Sample.h"
#include "timeseries/SampleRing.h"

#include <QHash>
#include <QObject>
#include <QReadWriteLock>
#include <QSet>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class History;
struct HistorySnapshot;

class QTimer;

class ReadingStore : public QObject
{
    Q_OBJECT
    // Why the history on disk does not work ("" while it does or none is attached): the UI
    // shows it. The readings in memory are kept whatever happens to the file.
    Q_PROPERTY(QString historyError READ historyError NOTIFY historyErrorChanged)
    Q_PROPERTY(bool historyLoaded READ historyLoaded NOTIFY historyRestored)

public:
    // A publisher names series freely (one per bn + n): these caps keep it from making the
    // store grow without bound. Nodes need none: only subscribed ones reach the store.
    static constexpr qsizetype DefaultMaxSeriesPerNode = 64;
    static constexpr qsizetype DefaultMaxSeries = 16384;  // 1,000 devices of a dozen series each
    // 64 MB of samples (16 bytes each) over all series.
    static constexpr qsizetype DefaultMaxReadings = 4'000'000;
    static constexpr qint64 DefaultRetentionMs = 7LL * 24 * 3600 * 1000;
    // A display frame: nothing drawn from readingsAdded needs it more often, and a signal per
    // batch woke the GUI thread per AMQP message (a system call and a wake-up each).
    static constexpr int NotifyIntervalMs = 16;

    explicit ReadingStore(qsizetype perSeriesCapacity = 100000, QObject *parent = nullptr);
    ReadingStore(qsizetype perSeriesCapacity, qsizetype maxSeriesPerNode, qsizetype maxSeries,
                 QObject *parent = nullptr);
    ~ReadingStore() override;  // flushes the history's pending batch and joins its thread

    // Thread-safe: the receive path may call this from its own thread. A reading that would
    // start a series past a cap is refused (refusedSeries()); readings of existing series are
    // stored, in time order, except one its series already holds (same time and value: a
    // duplicate, dropped) or one older than everything a full ring holds.
    void append(const QString &service, const QString &node, const QList<Reading> &batch);

    // The budget of readings held in memory, over all series (see trimToBudget()); for tests.
    void setMaxReadings(qsizetype readings);
    // Readings in memory now.
    qsizetype heldReadings() const;
    quint64 totalStored() const;
    quint64 duplicatesDropped() const;
    // Readings refused because their series would have exceeded a cap, each counted once.
    quint64 refusedSeries() const;
    quint64 refusedSeries(const QString &service, const QString &node) const;
    // Called on the appending thread with the readings stored from each batch (benchmarks and
    // tests measure latency here).
    using Observer = std::function<void(const QString &service, const QString &node, const QList<Reading> &stored)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    QStringList series(const QString &service, const QString &node) const;
    // The newest count readings of a series, oldest first.
    QList<Reading> latest(const QString &service, const QString &node, const QString &series, qsizetype count) const;

    // Reader side, thread-safe.
    QList<SeriesInfo> seriesInfo() const;  // every series
    QList<SeriesInfo> seriesInfo(const QString &service, const QString &node) const;
    // Time order, both ends inclusive.
    std::vector<Sample> samples(const QString &service, const QString &node, const QString &name,
                                qint64 fromMs, qint64 toMs) const;
    std::optional<Sample> last(const QString &service, const QString &node, const QString &name) const;
    // Spans without data on a node (e.g. the link was down and backfill could not fill them);
    // overlapping spans merge. Persisted with the history.
    void addGap(const QString &service, const QString &node, qint64 fromMs, qint64 toMs);
    QList<std::pair<qint64, qint64>> gaps(const QString &service, const QString &node, qint64 fromMs, qint64 toMs) const;

    // History on disk: SQLite at databaseFile (several accounts may share it, keyed by
    // accountJid), written on a thread of its own in batches; the retained history is restored
    // into memory asynchronously, then historyRestored() is emitted (also when it failed: see
    // historyError). Once per store.
    void attachHistory(const QString &databaseFile, const QString &accountJid);
    // How long a node's history is kept on disk (default 7 days); enforced in the background.
    void setRetention(const QString &service, const QString &node, qint64 ms);
    // Deletes this account's history on disk (its account is removed with its local data).
    void discardHistory();
    // Writes what is pending and detaches the history (its thread ends); readings still arriving
    // stay in memory only. The account calls it as it goes, so a profile opened right after
    // (a restart, the account added again) finds everything on disk, although the store itself
    // lives on until the receive thread lets go of it.
    void closeHistory();
    qint64 retention(const QString &service, const QString &node) const;
    QString historyError() const;
    bool historyLoaded() const { return m_historyLoaded.load(); }
    // Blocks until everything stored so far is committed to disk; false on timeout or without a
    // working history. For tests and benchmarks, never the GUI thread.
    bool waitForHistory(int timeoutMs = 30000);
    // Never blocks: calls done(true) once everything appended so far is committed to disk (on
    // the history's thread), or done(false) (at once without a history, or when writing
    // failed). Receivers that settle with their source only once data is safe use it.
    void whenPersisted(std::function<void(bool persisted)> done);
    // Test hook: holds whenPersisted() answers as a stalled disk would (see History::setHeld).
    void holdHistoryForTesting(bool held);

Q_SIGNALS:
    // Coalesced: at once after a quiet spell, then at most once per NotifyIntervalMs for each
    // node while readings stream, never per reading or per batch.
    void readingsAdded(const QString &service, const QString &node);
    void refusedSeriesChanged();
    void gapsChanged(const QString &service, const QString &node);
    void historyRestored();
    void historyErrorChanged();

private:
    struct NodeKey {
        QString service;
        QString node;
        bool operator==(const NodeKey &other) const = default;
        friend size_t qHash(const NodeKey &key, size_t seed = 0) { return qHashMulti(seed, key.service, key.node); }
    };
    struct Series {
        QString unit;
        SampleRing ring;
        quint32 id = 0;  // the history's handle
    };
    using SeriesMap = QHash<QString, Series>;
    struct Node {
        SeriesMap series;
        quint64 refused = 0;
        QList<std::pair<qint64, qint64>> gaps;  // sorted, disjoint
        qint64 retentionMs = DefaultRetentionMs;
    };
    // What one batch's refusals call for, decided under the lock, told after it.
    struct Refusal {
        bool first = false;     // the node's first: log it
        bool nodeFull = false;  // the node's cap, else the store's
        bool signal = false;    // no refusedSeriesChanged() is pending yet
    };
    void restore(HistorySnapshot &snapshot);  // on the history's thread
    SeriesMap::iterator ring(const NodeKey &key, Node &node, const QString &series, const QString &unit);
    void trimToBudget();
    Refusal refuse(Node &node, qsizetype count);
    void report(const NodeKey &key, const Refusal &refusal);
    void noteAdded(const NodeKey &key);
    void flushNotifications();
    static void mergeGap(QList<std::pair<qint64, qint64>> &gaps, qint64 fromMs, qint64 toMs);
    const Series *findSeries(const QString &service, const QString &node, const QString &name) const;

    mutable QReadWriteLock m_lock;
    QHash<NodeKey, Node> m_nodes;
    qsizetype m_seriesCount = 0;
    qsizetype m_held = 0;  // samples in all rings
    qsizetype m_maxReadings = DefaultMaxReadings;
    QSet<NodeKey> m_notifyPending;  // the nodes in m_notifyOrder
    QList<NodeKey> m_notifyOrder;
    bool m_notifyPosted = false;  // a flush is posted or the timer runs: appends only add keys
    QTimer *m_notifyTimer = nullptr;  // the store's thread
    bool m_refusalNotifyPending = false;
    Observer m_observer;
    qsizetype m_capacity;
    qsizetype m_maxSeriesPerNode;
    qsizetype m_maxSeries;
    quint32 m_nextSeriesId = 1;
    std::atomic<quint64> m_total{0};
    std::atomic<quint64> m_duplicates{0};
    std::atomic<quint64> m_refused{0};
    std::atomic<bool> m_historyLoaded{false};
    QString m_historyError;
    std::unique_ptr<History> m_history;  // set once, under the write lock
};
