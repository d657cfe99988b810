// Every reading received, per PubSub service, node and series, in memory (bounded ring per
// series). The receive path appends whole batches; views and alerts read from here.
#pragma once

#include "Reading.h"

#include <QHash>
#include <QObject>
#include <QReadWriteLock>
#include <QSet>
#include <atomic>
#include <deque>
#include <functional>

class ReadingStore : public QObject
{
    Q_OBJECT

public:
    // A publisher names series freely (one per bn + n): these caps keep it from making the
    // store grow without bound. Nodes need none: only subscribed ones reach the store.
    static constexpr qsizetype DefaultMaxSeriesPerNode = 64;
    static constexpr qsizetype DefaultMaxSeries = 4096;
    // ~256 MB: a reading costs sizeof(Reading), its strings are shared with its series.
    static constexpr qsizetype DefaultMaxReadings = 4'000'000;

    explicit ReadingStore(qsizetype perSeriesCapacity = 100000, QObject *parent = nullptr);
    ReadingStore(qsizetype perSeriesCapacity, qsizetype maxSeriesPerNode, qsizetype maxSeries,
                 QObject *parent = nullptr);

    // Thread-safe: the receive path may call this from its own thread. A reading that would
    // start a series past a cap is refused (refusedSeries()); readings of existing series are
    // always stored.
    void append(const QString &service, const QString &node, const QList<Reading> &batch);

    // The budget of readings held in memory, over all series (see trimToBudget()); for tests.
    void setMaxReadings(qsizetype readings) { m_maxReadings = readings; }
    // Readings in memory now.
    qsizetype heldReadings() const;
    quint64 totalStored() const;
    // Readings refused because their series would have exceeded a cap, each counted once.
    quint64 refusedSeries() const;
    quint64 refusedSeries(const QString &service, const QString &node) const;
    // Called on the appending thread with the readings stored from each batch (benchmarks and
    // tests measure latency here).
    using Observer = std::function<void(const QString &service, const QString &node, const QList<Reading> &stored)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    QStringList series(const QString &service, const QString &node) const;
    QList<Reading> latest(const QString &service, const QString &node, const QString &series, qsizetype count) const;

Q_SIGNALS:
    // Both coalesced: at most once per event-loop pass of the store's thread, never per reading.
    void readingsAdded(const QString &service, const QString &node);
    void refusedSeriesChanged();

private:
    struct NodeKey {
        QString service;
        QString node;
        bool operator==(const NodeKey &other) const = default;
        friend size_t qHash(const NodeKey &key, size_t seed = 0) { return qHashMulti(seed, key.service, key.node); }
    };
    using SeriesMap = QHash<QString, std::deque<Reading>>;
    struct Node {
        SeriesMap series;
        quint64 refused = 0;
    };
    // What one batch's refusals call for, decided under the lock, told after it.
    struct Refusal {
        bool first = false;     // the node's first: log it
        bool nodeFull = false;  // the node's cap, else the store's
        bool signal = false;    // no refusedSeriesChanged() is pending yet
    };
    SeriesMap::iterator ring(Node &node, const QString &series);
    void store(SeriesMap::iterator series, Reading reading);
    void trimToBudget();
    Refusal refuse(Node &node, qsizetype count);
    void report(const NodeKey &key, const Refusal &refusal);

    mutable QReadWriteLock m_lock;
    QHash<NodeKey, Node> m_nodes;
    qsizetype m_seriesCount = 0;
    qsizetype m_held = 0;  // readings in all rings
    qsizetype m_maxReadings = DefaultMaxReadings;
    QSet<NodeKey> m_notifyPending;
    bool m_refusalNotifyPending = false;
    Observer m_observer;
    qsizetype m_capacity;
    qsizetype m_maxSeriesPerNode;
    qsizetype m_maxSeries;
    std::atomic<quint64> m_total{0};
    std::atomic<quint64> m_refused{0};
};
