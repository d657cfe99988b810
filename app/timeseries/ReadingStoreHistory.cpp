// ReadingStore's side of gaps and of the history on disk (the rest is in devices/ReadingStore.cpp).
#include "devices/ReadingStore.h"

#include "History.h"
#include "core/Logging.h"

#include <QMetaObject>

void ReadingStore::mergeGap(QList<std::pair<qint64, qint64>> &gaps, qint64 fromMs, qint64 toMs)
{
    // Sorted and disjoint: swallow every span that overlaps or touches the new one.
    auto it = std::lower_bound(gaps.begin(), gaps.end(), fromMs,
                               [](const std::pair<qint64, qint64> &g, qint64 t) { return g.second < t; });
    auto end = it;
    while (end != gaps.end() && end->first <= toMs) {
        fromMs = std::min(fromMs, end->first);
        toMs = std::max(toMs, end->second);
        ++end;
    }
    it = gaps.erase(it, end);
    gaps.insert(it, {fromMs, toMs});
}

void ReadingStore::addGap(const QString &service, const QString &node, qint64 fromMs, qint64 toMs)
{
    if (fromMs > toMs)
        std::swap(fromMs, toMs);
    {
        QWriteLocker locker(&m_lock);
        mergeGap(m_nodes[NodeKey{service, node}].gaps, fromMs, toMs);
        if (m_history)
            m_history->addGap(service, node, fromMs, toMs);
    }
    QMetaObject::invokeMethod(this, [this, service, node] { Q_EMIT gapsChanged(service, node); }, Qt::QueuedConnection);
}

QList<std::pair<qint64, qint64>> ReadingStore::gaps(const QString &service, const QString &node, qint64 fromMs,
                                                     qint64 toMs) const
{
    QList<std::pair<qint64, qint64>> out;
    QReadLocker locker(&m_lock);
    const auto n = m_nodes.constFind(NodeKey{service, node});
    if (n == m_nodes.cend())
        return out;
    for (const auto &gap : n->gaps) {
        if (gap.second >= fromMs && gap.first <= toMs)
            out.append(gap);
    }
    return out;
}

void ReadingStore::setRetention(const QString &service, const QString &node, qint64 ms)
{
    QWriteLocker locker(&m_lock);
    m_nodes[NodeKey{service, node}].retentionMs = ms;
    if (m_history)
        m_history->setRetention(service, node, ms);
}

qint64 ReadingStore::retention(const QString &service, const QString &node) const
{
    QReadLocker locker(&m_lock);
    const auto n = m_nodes.constFind(NodeKey{service, node});
    return n == m_nodes.cend() ? DefaultRetentionMs : n->retentionMs;
}

QString ReadingStore::historyError() const
{
    QReadLocker locker(&m_lock);
    return m_historyError;
}

void ReadingStore::closeHistory()
{
    std::unique_ptr<History> history;
    {
        QWriteLocker locker(&m_lock);
        history = std::move(m_history);
    }
    history.reset();  // outside the lock: History's destructor waits for its writer's last batch
}

bool ReadingStore::waitForHistory(int timeoutMs)
{
    History *history = nullptr;
    {
        QReadLocker locker(&m_lock);
        history = m_history.get();
    }
    return history && history->waitForIdle(timeoutMs);
}

void ReadingStore::whenPersisted(std::function<void(bool persisted)> done)
{
    QReadLocker locker(&m_lock);
    if (!m_history) {
        locker.unlock();
        done(false);
        return;
    }
    // Under the read lock: closeHistory() cannot destroy it meanwhile, and the request is
    // queued behind every sample recorded so far.
    m_history->whenCommitted(std::move(done));
}

void ReadingStore::holdHistoryForTesting(bool held)
{
    QReadLocker locker(&m_lock);
    if (m_history)
        m_history->setHeld(held);
}

void ReadingStore::attachHistory(const QString &databaseFile, const QString &accountJid)
{
    QWriteLocker locker(&m_lock);
    if (m_history) {
        qCWarning(lcTimeseries) << "History already attached; ignoring" << databaseFile;
        return;
    }
    History::Limits limits;
    limits.samplesPerSeries = m_capacity;
    limits.samples = m_maxReadings;
    limits.defaultRetentionMs = DefaultRetentionMs;
    m_history = std::make_unique<History>(
        databaseFile, accountJid, limits, [this](HistorySnapshot &snapshot) { restore(snapshot); },
        [this](const QString &error) {
            {
                QWriteLocker errorLocker(&m_lock);
                if (m_historyError == error)
                    return;
                m_historyError = error;
            }
            QMetaObject::invokeMethod(this, [this] { Q_EMIT historyErrorChanged(); }, Qt::QueuedConnection);
        });
    // What is in memory already goes to disk too: nothing received before is lost.
    for (auto node = m_nodes.cbegin(); node != m_nodes.cend(); ++node) {
        if (node->retentionMs != DefaultRetentionMs)
            m_history->setRetention(node.key().service, node.key().node, node->retentionMs);
        for (const auto &gap : node->gaps)
            m_history->addGap(node.key().service, node.key().node, gap.first, gap.second);
        for (auto it = node->series.cbegin(); it != node->series.cend(); ++it) {
            m_history->registerSeries(it->id, node.key().service, node.key().node, it.key(), it->unit);
            std::vector<std::pair<quint32, Sample>> samples;
            samples.reserve(size_t(it->ring.size()));
            for (qsizetype i = 0; i < it->ring.size(); ++i)
                samples.emplace_back(it->id, it->ring.at(i));
            m_history->record(samples);
        }
    }
}

// The retained history into the rings, older than what arrived meanwhile: on the writer thread.
void ReadingStore::restore(HistorySnapshot &snapshot)
{
    QSet<NodeKey> touched;
    qsizetype restored = 0;
    {
        QWriteLocker locker(&m_lock);
        for (const auto &retention : snapshot.retentions)
            m_nodes[NodeKey{retention.service, retention.node}].retentionMs = retention.ms;
        for (const auto &gap : snapshot.gaps)
            mergeGap(m_nodes[NodeKey{gap.service, gap.node}].gaps, gap.fromMs, gap.toMs);
        for (const auto &series : snapshot.series) {
            const NodeKey key{series.service, series.node};
            Node &node = m_nodes[key];
            // Registered with the history (later samples go there), but not written back to it.
            const auto it = ring(key, node, series.name, series.unit);
            if (it == node.series.end())
                continue;  // past a cap: the live series have it
            for (const Sample &sample : series.samples) {
                bool evicted = false;
                const auto result = it->ring.insert(sample, &evicted);
                if ((result == SampleRing::Insert::Appended || result == SampleRing::Insert::Inserted) && !evicted) {
                    ++m_held;
                    ++restored;
                }
            }
            touched.insert(key);
        }
        trimToBudget();
    }
    qCInfo(lcTimeseries) << "Restored" << restored << "samples of" << snapshot.series.size() << "series and"
                         << snapshot.gaps.size() << "gaps from the history";
    {
        QWriteLocker locker(&m_lock);
        for (const auto &key : std::as_const(touched))
            noteAdded(key);
    }
    m_historyLoaded = true;
    QMetaObject::invokeMethod(this, [this] { Q_EMIT historyRestored(); }, Qt::QueuedConnection);
}

void ReadingStore::discardHistory()
{
    QReadLocker locker(&m_lock);
    if (m_history)
        m_history->discardAll();
}
