// StreamBridge, the loopback side: accepting QXmpp's one socket and passing what it writes
// upstream (its ack requests thinned out, AckRequests), and what the server sent down to it.
#include "StreamBridge.h"
#include "StreamBridgeDetail.h"
#include "core/Logging.h"

#include <QSslSocket>
#include <QTcpSocket>

using ConnectionError::Kind;
using namespace StreamBridgeDetail;

void StreamBridge::acceptLocal()
{
    while (auto *socket = m_listener.nextPendingConnection()) {
        const bool ours = !m_local && socket->peerAddress() == QHostAddress(QHostAddress::LocalHost)
            && socket->peerPort() == m_peerPort;
        if (!ours) {
            qCWarning(lcConnection) << "Bridge: refused a local connection from port" << socket->peerPort()
                                    << "(not this session's own)";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_local = socket;
        m_listener.close();
        m_local->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_local->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, LocalSocketBuffer);
        connect(m_local, &QTcpSocket::readyRead, this, &StreamBridge::localReadable);
        connect(m_local, &QTcpSocket::bytesWritten, this, &StreamBridge::localBytesWritten);
        connect(m_local, &QTcpSocket::disconnected, this, [this] {
            // QXmpp hung up: end the upstream stream politely too.
            localReadable();
            if (m_phase == Phase::Open)
                beginClosing();
        });
        localReadable();
    }
}

void StreamBridge::localReadable()
{
    if (!m_local)
        return;
    if (m_phase == Phase::Open || m_phase == Phase::Closing) {
        if (!m_upstream && !m_transport)
            return;
        const QByteArray data = m_local->readAll();
        // QXmpp escapes '<' in text, so this is its real end of stream.
        m_localSentEnd = m_localSentEnd || data.contains("</stream:stream>");
        writeUpstream(m_ackRequests.outgoing(data));
        return;
    }
    m_pendingUpstream.append(m_local->readAll());
    if (m_pendingUpstream.size() > MaxPendingUpstream)
        fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The XMPP client sent too much before encryption."))});
}

void StreamBridge::localBytesWritten()
{
    if (m_readPaused && m_local->bytesToWrite() <= ResumeBelow) {
        m_readPaused = false;
        if (m_transport)
            m_transport->setReceivingPaused(false);
        else
            QMetaObject::invokeMethod(this, &StreamBridge::upstreamReadable, Qt::QueuedConnection);
    }
}

void StreamBridge::flushToLocal()
{
    if (m_toLocal.isEmpty() || !m_local)
        return;
    m_local->write(m_toLocal);
    m_toLocal.clear();
}

void StreamBridge::writeUpstream(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_upstream)
        m_upstream->write(bytes.data(), bytes.size());
    else if (m_transport)
        m_transport->send(bytes.toByteArray());
}
