#include "ReadingSubscriptions.h"

namespace {
constexpr std::size_t RememberedItems = 4096;
}

void ReadingSubscriptions::accept(const QString &service, const QString &node)
{
    QWriteLocker locker(&m_lock);
    m_accepted.insert(key(service, node));
}

void ReadingSubscriptions::forget(const QString &service, const QString &node)
{
    QWriteLocker locker(&m_lock);
    m_accepted.remove(key(service, node));
}

bool ReadingSubscriptions::accepts(const QString &service, const QString &node) const
{
    QReadLocker locker(&m_lock);
    return m_accepted.contains(key(service, node));
}

bool ReadingSubscriptions::firstSighting(const QString &service, const QString &node, const QString &itemId)
{
    if (itemId.isEmpty())
        return true;
    const QString item = key(service, node) + QLatin1Char('\n') + itemId;
    QMutexLocker locker(&m_seenLock);
    if (m_seen.contains(item))
        return false;
    m_seen.insert(item);
    m_seenOrder.push_back(item);
    if (m_seenOrder.size() > RememberedItems) {
        m_seen.remove(m_seenOrder.front());
        m_seenOrder.pop_front();
    }
    return true;
}
