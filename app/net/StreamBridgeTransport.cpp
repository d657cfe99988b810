// StreamBridge over WebSocket or BOSH: the MessageTransport speaks TCP stream syntax on both
// sides, so what it receives goes through the same framer, guard and fast lane as a socket's
// bytes, and QXmpp's bytes go to it unchanged. There is no STARTTLS: the HTTP connection is TLS
// from the start, checked with the account's TlsPolicy.
#include "StreamBridge.h"
#include "StreamBridgeDetail.h"

#include "core/Logging.h"
#include "net/BoshTransport.h"
#include "net/WebSocketTransport.h"

#include <QSslSocket>
#include <QTcpSocket>

using ConnectionError::Kind;
using namespace StreamBridgeDetail;

void StreamBridge::openMessageTransport(const ServiceEndpoint &endpoint)
{
    if (auto *socket = std::exchange(m_upstream, nullptr)) {  // a socket endpoint failed before
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    if (m_transport) {  // the previous endpoint failed
        m_transport->disconnect(this);
        m_transport->abort();
        m_transport->deleteLater();
    }
    if (endpoint.transport == Transport::WebSocket)
        m_transport = new WebSocketTransport(this);
    else
        m_transport = new BoshTransport(this);
    const quint64 attempt = m_attempt;
    connect(m_transport, &MessageTransport::connected, this, [this, attempt] {
        if (attempt == m_attempt && m_phase == Phase::Connecting)
            streamEncrypted();
    });
    connect(m_transport, &MessageTransport::received, this, &StreamBridge::transportReceived);
    connect(m_transport, &MessageTransport::failed, this, &StreamBridge::transportFailed);
    connect(m_transport, &MessageTransport::closed, this, &StreamBridge::upstreamEnded);
    m_transport->open(endpoint.url, m_settings.domain(), m_tls);
}

void StreamBridge::transportReceived(const QByteArray &bytes)
{
    if (m_phase != Phase::Open && m_phase != Phase::Closing)
        return;
    if (!feedFramer(bytes))
        return;
    flushToLocal();
    // Backpressure as on a socket: while QXmpp is behind, the transport takes no more from the
    // network, so the server (or the HTTP connection) buffers, not we.
    if (m_phase == Phase::Open && m_transport && m_local && m_local->bytesToWrite() > MaxPendingToLocal) {
        m_readPaused = true;  // resumed by localBytesWritten()
        m_transport->setReceivingPaused(true);
    }
}

void StreamBridge::transportFailed(const ConnectionError::Details &details)
{
    if (m_phase == Phase::Connecting && details.kind != Kind::CertificateRejected) {
        // This endpoint did not work: the next one. A refused certificate ends the attempt, as on
        // TCP: the user decides in the trust dialog.
        qCInfo(lcConnection) << "Bridge:" << m_endpoint.describe() << "failed:" << details.message;
        m_lastError = details;
        QMetaObject::invokeMethod(this, [this, attempt = m_attempt] {
            if (attempt == m_attempt && m_phase == Phase::Connecting)
                nextEndpoint();
        }, Qt::QueuedConnection);
        return;
    }
    if (m_phase == Phase::Open || m_phase == Phase::Closing) {
        qCInfo(lcConnection) << "Bridge:" << m_endpoint.describe() << "ended:" << details.message;
        upstreamEnded();  // QXmpp sees its link drop and reconnects, as after a TCP reset
        return;
    }
    fail(details);
}
