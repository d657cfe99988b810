// Every reading received, per node and series, in memory (bounded ring per series). The receive
// path appends whole batches; views and alerts read from here.
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
    explicit ReadingStore(qsizetype perSeriesCapacity = 100000, QObject *parent = nullptr);

    // Thread-safe: the receive path may call this from its own thread.
    void append(const QString &node, const QList<Reading> &batch);

    quint64 totalStored() const;
    // Called on the appending thread for every batch (benchmarks and tests measure latency here).
    void setObserver(std::function<void(const QString &node, const QList<Reading> &batch)> observer)
    {
        m_observer = std::move(observer);
    }
    QStringList series(const QString &node) const;
    QList<Reading> latest(const QString &node, const QString &series, qsizetype count) const;

Q_SIGNALS:
    // Coalesced: at most once per event-loop pass of the store's thread, never per reading.
    void readingsAdded(const QString &node);

private:
    struct Node {
        QHash<QString, std::deque<Reading>> series;
    };
    mutable QReadWriteLock m_lock;
    QHash<QString, Node> m_nodes;
    QSet<QString> m_notifyPending;
    std::function<void(const QString &, const QList<Reading> &)> m_observer;
    qsizetype m_capacity;
    std::atomic<quint64> m_total{0};
};
