#include "ReadingStore.h"

#include <QMetaObject>

ReadingStore::ReadingStore(qsizetype perSeriesCapacity, QObject *parent)
    : QObject(parent)
    , m_capacity(perSeriesCapacity)
{
}

void ReadingStore::append(const QString &node, const QList<Reading> &batch)
{
    if (batch.isEmpty())
        return;
    bool notify = false;
    {
        QWriteLocker locker(&m_lock);
        auto &n = m_nodes[node];
        for (const auto &reading : batch) {
            auto &ring = n.series[reading.series];
            if (qsizetype(ring.size()) >= m_capacity)
                ring.pop_front();
            ring.push_back(reading);
        }
        notify = !m_notifyPending.contains(node);
        m_notifyPending.insert(node);
    }
    m_total.fetch_add(quint64(batch.size()), std::memory_order_relaxed);
    if (m_observer)
        m_observer(node, batch);
    // One signal per node per event-loop pass, however many stanzas arrived in it.
    if (notify) {
        QMetaObject::invokeMethod(this, [this, node] {
            {
                QWriteLocker locker(&m_lock);
                m_notifyPending.remove(node);
            }
            Q_EMIT readingsAdded(node);
        }, Qt::QueuedConnection);
    }
}

quint64 ReadingStore::totalStored() const
{
    return m_total.load(std::memory_order_relaxed);
}

QStringList ReadingStore::series(const QString &node) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_nodes.constFind(node);
    return it == m_nodes.cend() ? QStringList() : it->series.keys();
}

QList<Reading> ReadingStore::latest(const QString &node, const QString &series, qsizetype count) const
{
    QReadLocker locker(&m_lock);
    const auto nodeIt = m_nodes.constFind(node);
    if (nodeIt == m_nodes.cend())
        return {};
    const auto seriesIt = nodeIt->series.constFind(series);
    if (seriesIt == nodeIt->series.cend())
        return {};
    const auto &ring = *seriesIt;
    const auto n = std::min<qsizetype>(count, qsizetype(ring.size()));
    return QList<Reading>(ring.end() - n, ring.end());
}
