#include "FrameTicker.h"

#include <QCoreApplication>

FrameTicker *FrameTicker::instance()
{
    static FrameTicker *ticker = new FrameTicker;
    return ticker;
}

FrameTicker::FrameTicker()
    : QObject(QCoreApplication::instance())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(FrameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FrameTicker::tick);
}

void FrameTicker::request()
{
    if (!m_timer.isActive())
        m_timer.start();
}
