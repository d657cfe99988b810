#include "ProtocolTrace.h"

#include <QMetaObject>
#include <QMutexLocker>

ProtocolTrace::ProtocolTrace(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max<qsizetype>(1, capacity))
{
}

void ProtocolTrace::setRecording(bool recording)
{
    if (m_recording.exchange(recording) != recording)
        Q_EMIT recordingChanged();
}

void ProtocolTrace::setShowsBodies(bool shows)
{
    if (m_bodies.exchange(shows) != shows)
        Q_EMIT showsBodiesChanged();
}

void ProtocolTrace::record(TraceEvent event)
{
    if (!isRecording())
        return;
    {
        QMutexLocker locker(&m_mutex);
        m_events.push_back(std::move(event));
        ++m_total;
        if (qsizetype(m_events.size()) > m_capacity) {
            m_events.pop_front();
            ++m_dropped;
        }
    }
    // One notification per event-loop pass of the trace's thread, however many producers.
    if (!m_notifyPending.exchange(true)) {
        QMetaObject::invokeMethod(this, [this] {
            m_notifyPending.store(false);
            Q_EMIT eventsAvailable();
        }, Qt::QueuedConnection);
    }
}

QList<TraceEvent> ProtocolTrace::eventsSince(quint64 *sequence) const
{
    QMutexLocker locker(&m_mutex);
    const quint64 oldest = m_total - m_events.size();
    const quint64 from = std::max(*sequence, oldest);
    QList<TraceEvent> out;
    out.reserve(qsizetype(m_total - from));
    for (auto it = m_events.cbegin() + qsizetype(from - oldest); it != m_events.cend(); ++it)
        out.append(*it);
    *sequence = m_total;
    return out;
}

quint64 ProtocolTrace::dropped() const
{
    QMutexLocker locker(&m_mutex);
    return m_dropped;
}

void ProtocolTrace::clear()
{
    {
        QMutexLocker locker(&m_mutex);
        m_events.clear();
    }
    Q_EMIT cleared();
}
