#include "History.h"

#include "HistoryWriter.h"

#include <QSemaphore>
#include <QThread>

History::History(const QString &databaseFile, const QString &accountJid, Limits limits, RestoreHandler restored,
                 ErrorHandler error)
    : m_pending(std::make_shared<Pending>())
    , m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("linnet-history"));
    m_writer = new HistoryWriter(databaseFile, accountJid, limits, m_pending, std::move(restored), std::move(error));
    m_writer->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::start, Qt::QueuedConnection);
}

History::~History()
{
    // Queued after everything else: the pending batch is committed, then the thread ends.
    QMetaObject::invokeMethod(m_writer, [writer = m_writer] {
        writer->finish();
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_writer;  // its thread has finished: safe from here
    delete m_thread;
}

void History::registerSeries(quint32 id, const QString &service, const QString &node, const QString &name,
                             const QString &unit)
{
    QMutexLocker locker(&m_pending->mutex);
    m_pending->registrations.push_back({id, service, node, name, unit});
}

void History::record(std::span<const std::pair<quint32, Sample>> samples)
{
    QMutexLocker locker(&m_pending->mutex);
    m_pending->samples.insert(m_pending->samples.end(), samples.begin(), samples.end());
    // A busy feed does not wait for the timer: the queue stays short.
    if (m_pending->samples.size() >= EagerFlushSamples && !m_pending->flushPosted) {
        m_pending->flushPosted = true;
        QMetaObject::invokeMethod(m_writer, &HistoryWriter::flush, Qt::QueuedConnection);
    }
}

void History::addGap(const QString &service, const QString &node, qint64 fromMs, qint64 toMs)
{
    QMutexLocker locker(&m_pending->mutex);
    m_pending->gaps.push_back({service, node, fromMs, toMs});
}

void History::setRetention(const QString &service, const QString &node, qint64 ms)
{
    QMutexLocker locker(&m_pending->mutex);
    m_pending->retentions.push_back({service, node, ms});
}

bool History::waitForIdle(int timeoutMs)
{
    // Shared: the writer may answer after a timeout gave up on it.
    auto done = std::make_shared<QSemaphore>();
    auto healthy = std::make_shared<std::atomic<bool>>(false);
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, done, healthy] {
        writer->flush();
        *healthy = writer->healthy();
        done->release();
    }, Qt::QueuedConnection);
    return done->tryAcquire(1, timeoutMs) && healthy->load();
}

void History::enforceRetention()
{
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::enforceRetention, Qt::QueuedConnection);
}

void History::discardAll()
{
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::discardAll, Qt::QueuedConnection);
}

void History::whenCommitted(CommittedHandler done)
{
    {
        QMutexLocker locker(&m_pending->mutex);
        if (m_pending->held) {
            m_pending->heldWaiters.push_back(std::move(done));
            return;
        }
    }
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, done = std::move(done)] {
        writer->flush();
        done(writer->healthy());
    }, Qt::QueuedConnection);
}

void History::setHeld(bool held)
{
    std::vector<CommittedHandler> waiters;
    {
        QMutexLocker locker(&m_pending->mutex);
        m_pending->held = held;
        if (!held)
            waiters.swap(m_pending->heldWaiters);
    }
    for (auto &done : waiters)
        whenCommitted(std::move(done));
}
