// A worker object on a thread of its own, behind a facade on the GUI thread that queues work to
// it (QMetaObject::invokeMethod(worker(), ..., Qt::QueuedConnection): run in order). Going away,
// it lets the worker finish everything queued, calls its close() there, joins the thread and
// deletes the worker. The stores that write SQLite off the GUI thread are built on it.
#pragma once

#include <QSemaphore>
#include <QString>
#include <QThread>

#include <memory>

template<typename Worker>
class WorkerThread
{
public:
    WorkerThread(Worker *worker, const QString &name, QThread::Priority priority = QThread::InheritPriority)
        : m_worker(worker)
    {
        m_thread.setObjectName(name);
        m_worker->moveToThread(&m_thread);
        m_thread.start(priority);
    }
    ~WorkerThread()
    {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
            worker->close();
            QThread::currentThread()->quit();
        }, Qt::QueuedConnection);
        m_thread.wait();
        delete m_worker;  // its thread has finished: safe from here
    }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    Worker *worker() const { return m_worker; }

    // Blocks until everything queued before the call has run (tests; never the GUI thread).
    bool waitForIdle(int timeoutMs) const
    {
        // Shared: the worker may get to it after a timeout gave up waiting.
        auto done = std::make_shared<QSemaphore>();
        QMetaObject::invokeMethod(m_worker, [done] { done->release(); }, Qt::QueuedConnection);
        return done->tryAcquire(1, timeoutMs);
    }

private:
    QThread m_thread;
    Worker *m_worker;
};
