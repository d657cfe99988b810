#include "ReadingStore.h"

#include "core/Logging.h"

#include <QMetaObject>

ReadingStore::ReadingStore(qsizetype perSeriesCapacity, QObject *parent)
    : ReadingStore(perSeriesCapacity, DefaultMaxSeriesPerNode, DefaultMaxSeries, parent)
{
}

ReadingStore::ReadingStore(qsizetype perSeriesCapacity, qsizetype maxSeriesPerNode, qsizetype maxSeries,
                           QObject *parent)
    : QObject(parent)
    , m_capacity(perSeriesCapacity)
    , m_maxSeriesPerNode(maxSeriesPerNode)
    , m_maxSeries(maxSeries)
{
}

void ReadingStore::append(const QString &service, const QString &node, const QList<Reading> &batch)
{
    if (batch.isEmpty())
        return;
    const NodeKey key{service, node};
    QList<Reading> kept;  // what was stored, copied only once something is refused
    qsizetype refused = 0;
    Refusal refusal;
    bool notify = false;
    {
        QWriteLocker locker(&m_lock);
        Node &n = m_nodes[key];
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const auto series = ring(n, batch.at(i).series);
            if (series == n.series.end()) {
                if (refused++ == 0)
                    kept = batch.first(i);
                continue;
            }
            store(series, batch.at(i));
            if (refused > 0)
                kept.append(batch.at(i));
        }
        trimToBudget();
        if (refused > 0)
            refusal = refuse(n, refused);
        notify = refused < batch.size() && !m_notifyPending.contains(key);
        if (notify)
            m_notifyPending.insert(key);
    }
    if (refused > 0)
        report(key, refusal);

    const QList<Reading> &stored = refused > 0 ? kept : batch;
    if (stored.isEmpty())
        return;
    m_total.fetch_add(quint64(stored.size()), std::memory_order_relaxed);
    if (m_observer)
        m_observer(service, node, stored);
    // One signal per node per event-loop pass, however many stanzas arrived in it.
    if (notify) {
        QMetaObject::invokeMethod(this, [this, key] {
            {
                QWriteLocker locker(&m_lock);
                m_notifyPending.remove(key);
            }
            Q_EMIT readingsAdded(key.service, key.node);
        }, Qt::QueuedConnection);
    }
}

// The ring of a series, created if the caps allow; end() if they do not. Write lock held.
ReadingStore::SeriesMap::iterator ReadingStore::ring(Node &node, const QString &series)
{
    if (const auto it = node.series.find(series); it != node.series.end())
        return it;
    if (node.series.size() >= m_maxSeriesPerNode || m_seriesCount >= m_maxSeries)
        return node.series.end();
    ++m_seriesCount;
    return node.series.insert(series, {});
}

// Appends to a ring, dropping its oldest reading when the ring is full. Write lock held.
void ReadingStore::store(SeriesMap::iterator series, Reading reading)
{
    auto &ring = *series;
    // Shared with the ring's key and the previous reading: no string copy per reading.
    reading.series = series.key();
    if (!ring.empty() && ring.back().unit == reading.unit)
        reading.unit = ring.back().unit;
    if (qsizetype(ring.size()) >= m_capacity)
        ring.pop_front();
    else
        ++m_held;
    ring.push_back(std::move(reading));
}

// Once the store holds a sixteenth more than its budget of readings, every series above its
// fair share (budget / series) gives up its oldest readings down to that share: memory stays
// within the budget however a publisher spreads its series, at O(series) per budget/16
// readings. Write lock held.
void ReadingStore::trimToBudget()
{
    if (m_held <= m_maxReadings + m_maxReadings / 16 || m_seriesCount == 0)
        return;
    const qsizetype share = std::max<qsizetype>(1, m_maxReadings / m_seriesCount);
    for (auto &node : m_nodes) {
        for (auto &ring : node.series) {
            const qsizetype excess = qsizetype(ring.size()) - share;
            if (excess > 0) {
                ring.erase(ring.begin(), ring.begin() + excess);
                m_held -= excess;
            }
        }
    }
}

// Counts refused readings on node and decides what to tell about them. Write lock held.
ReadingStore::Refusal ReadingStore::refuse(Node &node, qsizetype count)
{
    Refusal refusal;
    refusal.first = node.refused == 0;
    refusal.nodeFull = node.series.size() >= m_maxSeriesPerNode;
    refusal.signal = !std::exchange(m_refusalNotifyPending, true);
    node.refused += quint64(count);
    m_refused.fetch_add(quint64(count), std::memory_order_relaxed);
    return refusal;
}

// Logged once per node, not per reading: a publisher inventing names must not flood the log.
void ReadingStore::report(const NodeKey &key, const Refusal &refusal)
{
    if (refusal.first) {
        if (refusal.nodeFull)
            qCWarning(lcDevices) << "Refusing new series on" << key.node << "at" << key.service << "- it has"
                                 << m_maxSeriesPerNode << "series, the most a node may have; further refusals there are only counted";
        else
            qCWarning(lcDevices) << "Refusing new series on" << key.node << "at" << key.service << "- the store holds"
                                 << m_maxSeries << "series, the most it may; further refusals there are only counted";
    }
    if (refusal.signal) {
        QMetaObject::invokeMethod(this, [this] {
            {
                QWriteLocker locker(&m_lock);
                m_refusalNotifyPending = false;
            }
            Q_EMIT refusedSeriesChanged();
        }, Qt::QueuedConnection);
    }
}

qsizetype ReadingStore::heldReadings() const
{
    QReadLocker locker(&m_lock);
    return m_held;
}

quint64 ReadingStore::totalStored() const
{
    return m_total.load(std::memory_order_relaxed);
}

quint64 ReadingStore::refusedSeries() const
{
    return m_refused.load(std::memory_order_relaxed);
}

quint64 ReadingStore::refusedSeries(const QString &service, const QString &node) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_nodes.constFind(NodeKey{service, node});
    return it == m_nodes.cend() ? 0 : it->refused;
}

QStringList ReadingStore::series(const QString &service, const QString &node) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_nodes.constFind(NodeKey{service, node});
    return it == m_nodes.cend() ? QStringList() : it->series.keys();
}

QList<Reading> ReadingStore::latest(const QString &service, const QString &node, const QString &series,
                                    qsizetype count) const
{
    QReadLocker locker(&m_lock);
    const auto nodeIt = m_nodes.constFind(NodeKey{service, node});
    if (nodeIt == m_nodes.cend())
        return {};
    const auto seriesIt = nodeIt->series.constFind(series);
    if (seriesIt == nodeIt->series.cend())
        return {};
    const auto &ring = *seriesIt;
    const auto n = std::min<qsizetype>(count, qsizetype(ring.size()));
    return QList<Reading>(ring.end() - n, ring.end());
}
