// Which (service, node) pairs an account subscribed to, shared by the reading interceptors
// of all its sessions (each session's bridge parses with an interceptor of its own). A
// notification to the account's bare JID reaches every online session: firstSighting() lets
// only one of them store it. Thread-safe: the interceptors run on the receive thread.
#pragma once

#include <QMutex>
#include <QReadWriteLock>
#include <QSet>
#include <QString>

#include <deque>

class ReadingSubscriptions
{
public:
    void accept(const QString &service, const QString &node);
    void forget(const QString &service, const QString &node);
    bool accepts(const QString &service, const QString &node) const;

    // True the first time this item (its ids and content) of this node is seen, of the last
    // 4,096; an empty item is always new.
    bool firstSighting(const QString &service, const QString &node, const QString &itemId);

private:
    static QString key(const QString &service, const QString &node) { return service + QLatin1Char('\n') + node; }

    mutable QReadWriteLock m_lock;
    QSet<QString> m_accepted;
    QMutex m_seenLock;
    QSet<QString> m_seen;
    std::deque<QString> m_seenOrder;
};
