// StreamBridge, reaching the server: finding it (the configured host, else SRV, else the
// domain; every name resolved afresh), connecting address after address, and the upstream
// socket's events (connected, encrypted, errors, certificate checks, closed). Reading and
// framing what it sends is in StreamBridge.cpp.
#include "StreamBridge.h"
#include "StreamBridgeDetail.h"

#include "core/Logging.h"

#include <QFuture>
#include <QHostInfo>
#include <QPromise>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThreadPool>
#include <QXmppError.h>

using namespace StreamBridgeDetail;
using ConnectionError::Kind;

namespace {
// A fresh answer on every attempt: QHostInfo::lookupHost() would answer from Qt's 60 s cache,
// and after sleep or a network change the old answer may be wrong or gone.
QFuture<QHostInfo> resolve(const QString &name)
{
    auto promise = std::make_shared<QPromise<QHostInfo>>();
    auto future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, name] {
        promise->addResult(QHostInfo::fromName(name));
        promise->finish();
    });
    return future;
}
}  // namespace

// --- Finding the server -------------------------------------------------------------------

// Sockets first (SRV of both services, or the configured host, ServiceDiscovery); with the
// automatic choice, the HTTP endpoints the domain announces (XEP-0156) when none answered.
void StreamBridge::endpointsFound(const QList<ServiceEndpoint> &endpoints)
{
    if (m_phase != Phase::Connecting)
        return;
    m_endpoints = endpoints;
    nextEndpoint();
}

void StreamBridge::nextEndpoint()
{
    if (m_endpoints.isEmpty()) {
        if (!m_askedHttp && m_settings.transport == Transport::Automatic && m_settings.host.isEmpty()) {
            m_askedHttp = true;
            m_discovery.lookUpHttp(m_settings, m_tls);
            return;
        }
        fail(m_lastError.kind == Kind::None
                 ? ConnectionError::Details{Kind::HostUnreachable, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server could not be reached."))}
                 : m_lastError);
        return;
    }
    m_endpoint = m_endpoints.takeFirst();
    qCDebug(lcConnection) << "Bridge trying" << m_endpoint.describe();
    if (m_endpoint.transport == Transport::WebSocket || m_endpoint.transport == Transport::Bosh) {
        openMessageTransport(m_endpoint);
        return;
    }
    if (QHostAddress literal; literal.setAddress(m_endpoint.host)) {
        // Not operator=({...}): Qt 6.8's QList::assign() asserts on a cleared list with capacity.
        m_addresses = QList<QHostAddress>{literal};
        connectNextAddress();
        return;
    }
    const quint64 attempt = m_attempt;
    resolve(m_endpoint.host).then(this, [this, attempt, host = m_endpoint.host](const QHostInfo &info) {
        if (attempt != m_attempt || m_phase != Phase::Connecting)
            return;  // a stale answer: that attempt was stopped
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            qCInfo(lcConnection) << "Bridge: could not resolve" << host << info.errorString();
            m_lastError = {Kind::HostNotFound,
                           errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server's address could not be found. Check the address, or enter a host."))};
            nextEndpoint();
            return;
        }
        m_addresses = info.addresses();
        connectNextAddress();
    });
}

void StreamBridge::connectNextAddress()
{
    if (m_addresses.isEmpty()) {
        nextEndpoint();
        return;
    }
    if (m_upstream) {  // the previous address failed: a fresh socket for the next one
        m_upstream->disconnect(this);
        m_upstream->deleteLater();
    }
    const QHostAddress address = m_addresses.takeFirst();
    m_upstream = new QSslSocket(this);
    // The certificate must be valid for the account's domain, whatever address we reach.
    m_upstream->setPeerVerifyName(m_settings.domain());
    auto ssl = m_tls.configuration();
    const bool directTls = m_endpoint.transport == Transport::DirectTls;
    if (directTls)
        ssl.setAllowedNextProtocols({QByteArrayLiteral("xmpp-client")});  // XEP-0368
    m_upstream->setSslConfiguration(ssl);
    // Bounded: while QXmpp is behind, Qt stops reading the socket and TCP pushes back.
    m_upstream->setReadBufferSize(ReadChunk * 4);
    connect(m_upstream, &QSslSocket::connected, this, &StreamBridge::upstreamConnected);
    connect(m_upstream, &QSslSocket::readyRead, this, &StreamBridge::upstreamReadable);
    connect(m_upstream, &QSslSocket::encrypted, this, &StreamBridge::upstreamEncrypted);
    connect(m_upstream, &QSslSocket::errorOccurred, this, &StreamBridge::upstreamError);
    connect(m_upstream, &QSslSocket::disconnected, this, &StreamBridge::upstreamDisconnected);
    connect(m_upstream, &QSslSocket::sslErrors, this, &StreamBridge::upstreamSslErrors);
    qCDebug(lcConnection) << "Bridge connecting upstream to" << address << m_endpoint.port << (directTls ? "(direct TLS)" : "");
    if (directTls)  // TLS from the first byte, SNI and verification for the account's domain
        m_upstream->connectToHostEncrypted(address.toString(), m_endpoint.port, m_settings.domain());
    else
        m_upstream->connectToHost(address, m_endpoint.port);
}

// --- The upstream socket's events -----------------------------------------------------------

void StreamBridge::upstreamConnected()
{
    // Small stanzas should leave at once, not wait for Nagle.
    m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_endpoint.transport == Transport::DirectTls) {
        m_phase = Phase::Handshaking;  // the stream starts once encrypted (QXmpp's own header)
        return;
    }
    m_phase = Phase::AwaitingFeatures;
    const QByteArray header = "<?xml version='1.0'?><stream:stream to='" + m_settings.domain().toUtf8()
        + "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
    m_upstream->write(header);
}
void StreamBridge::upstreamEncrypted()
{
    qCDebug(lcConnection) << "Bridge: upstream encrypted with" << m_upstream->sessionCipher().name();
    if (m_endpoint.transport == Transport::DirectTls && m_upstream->sslConfiguration().nextNegotiatedProtocol() != "xmpp-client")
        qCDebug(lcConnection) << "Bridge: the server did not confirm ALPN xmpp-client (optional in XEP-0368)";
    streamEncrypted();
}

// The secure stream is up (TLS on the socket, or the WebSocket / BOSH session): QXmpp's stream
// header and everything after it go to the server, and readings may be taken from here on.
void StreamBridge::streamEncrypted()
{
    m_phase = Phase::Open;
    m_setupTimer.stop();
    m_framer.reset();
    m_guard.setForwarding(true);  // readings are only taken from an encrypted stream
    if (!m_pendingUpstream.isEmpty()) {
        writeUpstream(m_pendingUpstream);
        m_pendingUpstream.clear();
    }
    Q_EMIT transportOpened(m_attempt, m_endpoint.transport, m_endpoint.where());
}

void StreamBridge::upstreamError()
{
    if (m_phase == Phase::Closed)
        return;
    const auto socketError = m_upstream->error();
    const bool directTlsFailed = m_phase == Phase::Handshaking && m_endpoint.transport == Transport::DirectTls;
    if ((m_phase == Phase::Connecting || directTlsFailed) && m_sslErrors.isEmpty()) {
        // This address did not work: the next one, or the next SRV target.
        m_lastError = ConnectionError::classify(QXmppError{m_upstream->errorString(), socketError}, {}, false);
        qCInfo(lcConnection) << "Bridge:" << m_lastError.message;
        m_phase = Phase::Connecting;
        QMetaObject::invokeMethod(this, [this, attempt = m_attempt] {
            if (attempt == m_attempt && m_phase == Phase::Connecting)
                connectNextAddress();
        }, Qt::QueuedConnection);
        return;
    }
    if (socketError == QAbstractSocket::RemoteHostClosedError && (m_phase == Phase::Open || m_phase == Phase::Closing))
        return;  // a normal end of the stream: upstreamDisconnected() handles it
    if (!m_sslErrors.isEmpty()) {
        fail(m_tls.rejection(m_upstream->peerCertificate(), m_sslErrors, m_upstream->errorString()));
        return;
    }
    fail(ConnectionError::classify(QXmppError{m_upstream->errorString(), socketError}, {}, m_phase == Phase::Open));
}

// A certificate that does not validate is refused (the handshake then fails and the user is
// told why), unless the user trusted exactly this certificate for this account.
void StreamBridge::upstreamSslErrors(const QList<QSslError> &errors)
{
    if (m_tls.acceptsDespite(m_upstream->peerCertificate())) {
        qCInfo(lcConnection) << "Bridge: accepting the certificate trusted for this account despite" << errors;
        m_upstream->ignoreSslErrors(errors);
        return;
    }
    m_sslErrors += errors;
}

void StreamBridge::upstreamDisconnected()
{
    upstreamEnded();
}

void StreamBridge::upstreamEnded()
{
    if (m_phase == Phase::Closing) {
        finishClosing();
    } else if (m_phase == Phase::Open) {
        // The server ended the stream: QXmpp gets what is left, then sees its side close.
        flushToLocal();
        m_phase = Phase::Closed;
        if (m_local)
            m_local->disconnectFromHost();
    }
}
