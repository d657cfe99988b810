#include "NetworkThread.h"

#include "StreamBridge.h"

#include <QDeadlineTimer>

NetworkThread::NetworkThread(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("linnet-receive"));
    m_thread.start();
}

NetworkThread::~NetworkThread()
{
    // Bridges released just before are still sending their goodbye; give them a moment.
    QDeadlineTimer deadline(GoodbyeTimeout);
    while (m_live.load() > 0 && !deadline.hasExpired())
        QThread::msleep(5);
    m_thread.quit();
    m_thread.wait();
}

void NetworkThread::adopt(StreamBridge *bridge)
{
    Q_ASSERT(!bridge->parent());
    m_live.fetch_add(1);
    connect(bridge, &QObject::destroyed, this, [this] { m_live.fetch_sub(1); }, Qt::DirectConnection);
    bridge->moveToThread(&m_thread);
}

void NetworkThread::release(StreamBridge *bridge)
{
    QMetaObject::invokeMethod(bridge, [bridge] {
        QObject::connect(bridge, &StreamBridge::closed, bridge, &QObject::deleteLater);
        bridge->close();
    }, Qt::QueuedConnection);
}
