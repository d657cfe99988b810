#include "AckRequests.h"

QByteArray AckRequests::outgoing(QByteArray data)
{
    qsizetype from = 0;
    while ((from = data.indexOf(Request, from)) >= 0) {
        if (!m_inFlight) {
            m_inFlight = true;
            from += Request.size();
            continue;
        }
        m_held = true;
        data.remove(from, Request.size());
    }
    return data;
}

bool AckRequests::acked()
{
    m_inFlight = m_held;
    m_held = false;
    return m_inFlight;
}
