#include "ReadingStore.h"

#include "core/Logging.h"
#include "timeseries/History.h"

#include <QMetaObject>
#include <QTimer>

#include <utility>

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
    m_notifyTimer = new QTimer(this);
    m_notifyTimer->setSingleShot(true);
    m_notifyTimer->setInterval(NotifyIntervalMs);
    connect(m_notifyTimer, &QTimer::timeout, this, &ReadingStore::flushNotifications);
}

ReadingStore::~ReadingStore()
{
    // Before the rings go: the writer's last batch and its thread.
    m_history.reset();
}

void ReadingStore::append(const QString &service, const QString &node, const QList<Reading> &batch)
{
    if (batch.isEmpty())
        return;
    const NodeKey key{service, node};
    QList<Reading> kept;  // what was stored, copied only once something is not
    qsizetype refused = 0, dropped = 0;
    Refusal refusal;
    std::vector<std::pair<quint32, Sample>> toDisk;
    {
        QWriteLocker locker(&m_lock);
        Node &n = m_nodes[key];
        if (m_history)
            toDisk.reserve(size_t(batch.size()));
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Reading &reading = batch.at(i);
            const auto series = ring(key, n, reading.series, reading.unit);
            bool stored = false;
            if (series == n.series.end()) {
                ++refused;
            } else {
                bool evicted = false;
                const Sample sample{reading.timeMs, reading.value};
                const auto result = series->ring.insert(sample, &evicted);
                stored = result == SampleRing::Insert::Appended || result == SampleRing::Insert::Inserted;
                if (stored) {
                    m_held += evicted ? 0 : 1;
                    if (m_history)
                        toDisk.emplace_back(series->id, sample);
                } else {
                    m_duplicates.fetch_add(1, std::memory_order_relaxed);
                }
            }
            if (!stored && dropped++ == 0)
                kept = batch.first(i);
            else if (stored && dropped > 0)
                kept.append(reading);
        }
        trimToBudget();
        if (refused > 0)
            refusal = refuse(n, refused);
        if (dropped < batch.size())
            noteAdded(key);
        if (m_history && !toDisk.empty())
            m_history->record(toDisk);
    }
    if (refused > 0)
        report(key, refusal);

    const QList<Reading> &stored = dropped > 0 ? kept : batch;
    if (stored.isEmpty())
        return;
    m_total.fetch_add(quint64(stored.size()), std::memory_order_relaxed);
    if (m_observer)
        m_observer(service, node, stored);
}

// Write lock held.
void ReadingStore::noteAdded(const NodeKey &key)
{
    const qsizetype before = m_notifyPending.size();
    m_notifyPending.insert(key);
    if (m_notifyPending.size() != before)
        m_notifyOrder.append(key);  // told in the order the nodes got readings
    if (!std::exchange(m_notifyPosted, true))
        QMetaObject::invokeMethod(this, &ReadingStore::flushNotifications, Qt::QueuedConnection);
}

// On the store's thread. While readings stream, the timer keeps m_notifyPosted set, so appends
// post nothing; the first pass that finds nothing new ends it, and the next append posts again.
void ReadingStore::flushNotifications()
{
    QList<NodeKey> keys;
    {
        QWriteLocker locker(&m_lock);
        keys.swap(m_notifyOrder);
        m_notifyPending.clear();
        m_notifyPosted = !keys.isEmpty();
    }
    if (keys.isEmpty())
        return;
    m_notifyTimer->start();
    for (const NodeKey &key : std::as_const(keys))
        Q_EMIT readingsAdded(key.service, key.node);
}

// The ring of a series, created if the caps allow; end() if they do not. Write lock held.
ReadingStore::SeriesMap::iterator ReadingStore::ring(const NodeKey &key, Node &node, const QString &series,
                                                     const QString &unit)
{
    if (const auto it = node.series.find(series); it != node.series.end()) {
        if (it->unit != unit && !unit.isEmpty()) {
            it->unit = unit;
            if (m_history)
                m_history->registerSeries(it->id, key.service, key.node, series, unit);
        }
        return it;
    }
    if (node.series.size() >= m_maxSeriesPerNode || m_seriesCount >= m_maxSeries)
        return node.series.end();
    ++m_seriesCount;
    const auto it = node.series.insert(series, Series{unit, SampleRing(m_capacity), m_nextSeriesId++});
    if (m_history)
        m_history->registerSeries(it->id, key.service, key.node, series, unit);
    return it;
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
        for (auto &series : node.series) {
            const qsizetype excess = series.ring.size() - share;
            if (excess > 0) {
                series.ring.dropOldest(excess);
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

void ReadingStore::setMaxReadings(qsizetype readings)
{
    QWriteLocker locker(&m_lock);
    m_maxReadings = readings;
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

quint64 ReadingStore::duplicatesDropped() const
{
    return m_duplicates.load(std::memory_order_relaxed);
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

// Read lock held.
const ReadingStore::Series *ReadingStore::findSeries(const QString &service, const QString &node,
                                                     const QString &name) const
{
    const auto nodeIt = m_nodes.constFind(NodeKey{service, node});
    if (nodeIt == m_nodes.cend())
        return nullptr;
    const auto it = nodeIt->series.constFind(name);
    return it == nodeIt->series.cend() ? nullptr : &*it;
}

QList<Reading> ReadingStore::latest(const QString &service, const QString &node, const QString &series,
                                    qsizetype count) const
{
    QReadLocker locker(&m_lock);
    const Series *s = findSeries(service, node, series);
    if (!s)
        return {};
    const auto n = std::min(count, s->ring.size());
    QList<Reading> readings;
    readings.reserve(n);
    for (qsizetype i = s->ring.size() - n; i < s->ring.size(); ++i) {
        const Sample &sample = s->ring.at(i);
        readings.append(Reading{series, s->unit, sample.value, sample.timeMs});
    }
    return readings;
}

std::vector<Sample> ReadingStore::samples(const QString &service, const QString &node, const QString &name,
                                          qint64 fromMs, qint64 toMs) const
{
    std::vector<Sample> out;
    QReadLocker locker(&m_lock);
    const Series *s = findSeries(service, node, name);
    if (!s || fromMs > toMs)
        return out;
    const qsizetype from = s->ring.lowerBound(fromMs);
    const qsizetype to = toMs == std::numeric_limits<qint64>::max() ? s->ring.size() : s->ring.lowerBound(toMs + 1);
    s->ring.copy(from, to, out);
    return out;
}

std::optional<Sample> ReadingStore::last(const QString &service, const QString &node, const QString &name) const
{
    QReadLocker locker(&m_lock);
    const Series *s = findSeries(service, node, name);
    if (!s || s->ring.empty())
        return std::nullopt;
    return s->ring.back();
}

QList<SeriesInfo> ReadingStore::seriesInfo() const
{
    QList<SeriesInfo> infos;
    QReadLocker locker(&m_lock);
    for (auto node = m_nodes.cbegin(); node != m_nodes.cend(); ++node) {
        for (auto it = node->series.cbegin(); it != node->series.cend(); ++it) {
            const auto &ring = it->ring;
            infos.append(SeriesInfo{node.key().service, node.key().node, it.key(), it->unit,
                                    ring.empty() ? 0 : ring.front().timeMs, ring.empty() ? 0 : ring.back().timeMs,
                                    ring.size()});
        }
    }
    return infos;
}

QList<SeriesInfo> ReadingStore::seriesInfo(const QString &service, const QString &node) const
{
    QList<SeriesInfo> infos;
    QReadLocker locker(&m_lock);
    const auto n = m_nodes.constFind(NodeKey{service, node});
    if (n == m_nodes.cend())
        return infos;
    for (auto it = n->series.cbegin(); it != n->series.cend(); ++it) {
        const auto &ring = it->ring;
        infos.append(SeriesInfo{service, node, it.key(), it->unit, ring.empty() ? 0 : ring.front().timeMs,
                                ring.empty() ? 0 : ring.back().timeMs, ring.size()});
    }
    return infos;
}
