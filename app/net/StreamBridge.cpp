#include "StreamBridge.h"
#include "StreamBridgeDetail.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSslSocket>
#include <QTcpSocket>
#include <QXmppError.h>

using namespace std::chrono_literals;
using ConnectionError::Kind;

using namespace StreamBridgeDetail;

namespace {
constexpr auto CloseTimeout = 2s;
const QByteArray TlsNamespace = QByteArrayLiteral("urn:ietf:params:xml:ns:xmpp-tls");
}  // namespace

StreamBridge::StreamBridge(QObject *parent)
    : QObject(parent)
    , m_listener(this)  // a child, so moveToThread() takes it along
    , m_discovery(this)
    , m_framer([this](StanzaFramer::Kind kind, QByteArrayView bytes) { handleFrame(kind, bytes); })
    , m_closeTimer(this)
    , m_setupTimer(this)
{
    m_setupTimer.setSingleShot(true);
    connect(&m_setupTimer, &QTimer::timeout, this, [this] {
        fail({Kind::HostUnreachable, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server did not answer in time."))});
    });
    m_framer.setInterceptor(&m_guard);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcConnection) << "Bridge: the server did not close its stream in time; closing the link";
        finishClosing();
    });
    connect(&m_listener, &QTcpServer::newConnection, this, &StreamBridge::acceptLocal);
    connect(&m_discovery, &ServiceDiscovery::socketsFound, this, &StreamBridge::endpointsFound);
    connect(&m_discovery, &ServiceDiscovery::httpFound, this,
            [this](const QList<ServiceEndpoint> &endpoints, const ConnectionError::Details &error) {
                if (endpoints.isEmpty() && error.kind != Kind::None && m_lastError.kind == Kind::None)
                    m_lastError = error;
                endpointsFound(endpoints);
            });
}

StreamBridge::~StreamBridge()
{
    stop();
}

void StreamBridge::setInterceptor(std::shared_ptr<StanzaInterceptor> interceptor)
{
    m_interceptor = std::move(interceptor);
    m_guard.setInner(m_interceptor.get());
}

bool StreamBridge::start(const ConnectionSettings &settings, quint16 peerPort, quint64 attempt, QString *error)
{
    stop();
    m_settings = settings;
    m_tls = TlsPolicy(settings);
    m_attempt = attempt;
    m_peerPort = peerPort;
    m_sslErrors.clear();
    m_pendingUpstream.clear();
    m_toLocal.clear();
    m_deferredFailure.reset();
    m_deferredRedirect.reset();
    m_readPaused = m_localSentEnd = false;
    m_lastError = {};
    m_framer.reset();
    m_guard.restart();
    m_guard.setForwarding(false);
    m_ackRequests.reset();
    if (!m_listener.listen(QHostAddress::LocalHost, 0)) {
        *error = m_listener.errorString();
        return false;
    }
    m_phase = Phase::Connecting;
    Q_EMIT listening(attempt, m_listener.serverPort());
    m_setupTimer.start(m_setupTimeout);
    m_endpoints.clear();
    m_askedHttp = settings.transport == Transport::WebSocket || settings.transport == Transport::Bosh;
    if (m_askedHttp)
        m_discovery.lookUpHttp(settings, m_tls);
    else
        m_discovery.lookUpSockets(settings);
    return true;
}

void StreamBridge::stop()
{
    release(false);
}

// Ends the attempt. Gracefully, the sockets first send what they have queued, then close.
void StreamBridge::release(bool graceful)
{
    m_phase = Phase::Closed;
    m_closeTimer.stop();
    m_setupTimer.stop();
    m_listener.close();
    m_endpoints.clear();
    m_addresses.clear();
    m_discovery.cancel();
    if (auto *transport = std::exchange(m_transport, nullptr)) {
        transport->disconnect(this);
        if (graceful)
            transport->close();  // what is queued still goes out; it deletes itself after
        else
            transport->abort();
        QTimer::singleShot(graceful ? CloseTimeout : 0s, transport, &QObject::deleteLater);
    }
    for (QAbstractSocket *socket : {static_cast<QAbstractSocket *>(std::exchange(m_upstream, nullptr)),
                                    static_cast<QAbstractSocket *>(std::exchange(m_local, nullptr))}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(CloseTimeout, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
            socket->disconnectFromHost();
        } else {
            socket->abort();
            socket->deleteLater();
        }
    }
}

void StreamBridge::close()
{
    if (m_phase == Phase::Open)
        beginClosing();
    else if (m_phase != Phase::Closing) {
        stop();
        Q_EMIT closed(m_attempt);
    }
}

qint64 StreamBridge::heldBytes() const
{
    qint64 held = m_framer.bufferedBytes() + m_toLocal.size() + m_pendingUpstream.size();
    if (m_local)
        held += m_local->bytesToWrite() + m_local->bytesAvailable();
    if (m_upstream)
        held += m_upstream->bytesAvailable() + m_upstream->bytesToWrite();
    if (m_transport)
        held += m_transport->heldBytes();
    return held;
}

// --- Reading the server ---------------------------------------------------------------------

void StreamBridge::upstreamReadable()
{
    // write() and flush() on a TLS socket can deliver more data re-entrantly: the outer loop
    // reads it.
    if (m_reading || !m_upstream)
        return;
    m_reading = true;
    const auto done = qScopeGuard([this] { m_reading = false; });
    while (m_upstream && (m_phase == Phase::AwaitingFeatures || m_phase == Phase::AwaitingProceed
                          || m_phase == Phase::Open || m_phase == Phase::Closing)) {
        if (m_phase == Phase::Open && m_local && m_local->bytesToWrite() > MaxPendingToLocal) {
            m_readPaused = true;  // resumed by localBytesWritten()
            return;
        }
        const QByteArray data = m_upstream->read(ReadChunk);
        if (data.isEmpty())
            return;
        if (!feedFramer(data))
            return;
        flushToLocal();
    }
}

// Feeds one read to the framer; anything that would end the attempt waits until the framer is
// done, so no callback tears down what is still being parsed. Returns false if the attempt ended.
bool StreamBridge::feedFramer(const QByteArray &data)
{
    m_feeding = true;
    const bool wellFormed = m_framer.feed(data);
    m_feeding = false;
    if (!wellFormed && !m_deferredFailure && !m_deferredRedirect) {
        qCWarning(lcConnection) << "Malformed data from the server:" << m_framer.errorString();
        // RFC 6120 4.9.3.13: close with a stream error the server can log.
        writeUpstream("<stream:error><not-well-formed xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                      "</stream:error></stream:stream>");
        if (m_upstream)
            m_upstream->flush();
        m_deferredFailure = ConnectionError::Details{
            Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server sent malformed data (%1).")).arg(m_framer.errorString())};
    }
    if (m_deferredFailure || m_deferredRedirect) {
        settleDeferred();
        return false;
    }
    return m_phase != Phase::Closed;
}

void StreamBridge::handleFrame(StanzaFramer::Kind kind, QByteArrayView bytes)
{
    if (m_phase == Phase::Closing) {
        if (kind == StanzaFramer::Kind::StreamEnd)
            finishClosing();  // only disconnects; the framer keeps its buffer until feed returns
        return;
    }
    const bool encrypted = m_phase == Phase::Open;
    if (kind == StanzaFramer::Kind::Stanza && m_guard.frameIsStreamError()) {
        handleStreamError(encrypted);
        if (m_deferredFailure || m_deferredRedirect || !encrypted)
            return;
    }
    if (encrypted) {
        m_toLocal.append(bytes.data(), bytes.size());
        if (m_guard.frameIsAck() && m_ackRequests.acked())
            writeUpstream(AckRequests::Request);
        return;
    }
    if (kind == StanzaFramer::Kind::StreamEnd) {
        fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server closed the stream before encryption started."))});
        return;
    }
    if (kind == StanzaFramer::Kind::Stanza)
        negotiate(bytes);
}

// Before TLS: the only thing worth doing on an unencrypted stream is asking for encryption.
void StreamBridge::negotiate(QByteArrayView frame)
{
    if (m_phase == Phase::AwaitingFeatures) {
        if (!frame.contains(QByteArrayView(TlsNamespace))) {
            fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server does not offer encryption (STARTTLS); Linnet requires it."))});
            return;
        }
        m_phase = Phase::AwaitingProceed;
        m_upstream->write("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    } else if (m_phase == Phase::AwaitingProceed) {
        if (!frame.startsWith("<proceed")) {
            fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server refused to start encryption."))});
            return;
        }
        m_phase = Phase::Handshaking;
        // Whatever followed <proceed/> in plaintext is not part of any stream (STARTTLS
        // injection): the framer drops the rest of this read, and the socket's buffer goes too.
        m_framer.reset();
        if (const auto extra = m_upstream->readAll(); !extra.isEmpty())
            qCWarning(lcConnection) << "Bridge: ignored" << extra.size() << "plaintext bytes after <proceed/>";
        m_upstream->startClientEncryption();
    }
}

// A <stream:error>. Before TLS it is unauthenticated, but still the best explanation there is.
// <see-other-host/> is followed by the bridge, never by QXmpp.
void StreamBridge::handleStreamError(bool encrypted)
{
    const auto &error = m_guard.streamError();
    if (error.condition == QLatin1String("see-other-host")) {
        Target target;
        if (!StreamGuard::parseHostPort(error.redirect, &target.host, &target.port)) {
            fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server redirected to an invalid address (%1).")).arg(error.redirect)});
            return;
        }
        redirect(target);
        return;
    }
    if (encrypted)
        return;  // QXmpp reports it
    const QString reason = error.text.isEmpty() ? error.condition : error.condition + QStringLiteral(": ") + error.text;
    fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server ended the connection before encryption (%1).")).arg(reason)});
}

// --- Ending ---------------------------------------------------------------------------------

void StreamBridge::beginClosing()
{
    m_phase = Phase::Closing;
    m_guard.setForwarding(false);  // nothing more is taken from a stream we are leaving
    m_toLocal.clear();
    m_closeTimer.start(CloseTimeout);
    if (m_local)
        localReadable();
    // QXmpp may still be writing its goodbye; the server's </stream:stream> or a dropped link
    // ends the wait, the timer at the latest.
}

void StreamBridge::finishClosing()
{
    if (m_phase != Phase::Closing)
        return;
    if (m_upstream && m_upstream->state() == QAbstractSocket::ConnectedState) {
        if (!m_localSentEnd)
            m_upstream->write("</stream:stream>");
        m_upstream->flush();
    } else if (m_transport && !m_localSentEnd) {
        m_transport->send(QByteArrayLiteral("</stream:stream>"));
    }
    const quint64 attempt = m_attempt;
    // Not inside the framer's feed: stop() frees what it is parsing.
    QMetaObject::invokeMethod(this, [this, attempt] {
        if (attempt != m_attempt)
            return;
        release(true);
        Q_EMIT closed(attempt);
    }, Qt::QueuedConnection);
    m_phase = Phase::Closed;
}

void StreamBridge::fail(const ConnectionError::Details &details)
{
    if (m_phase == Phase::Closed)
        return;
    if (m_feeding) {
        // Settled once the framer returns; it stops parsing this read now.
        if (!m_deferredFailure && !m_deferredRedirect)
            m_deferredFailure = details;
        m_framer.reset();
        return;
    }
    qCWarning(lcConnection) << "Bridge failed:" << details.message;
    const quint64 attempt = m_attempt;
    stop();
    Q_EMIT failed(attempt, details);
}

void StreamBridge::redirect(const Target &target)
{
    if (m_feeding) {
        if (!m_deferredFailure && !m_deferredRedirect)
            m_deferredRedirect = target;
        m_framer.reset();
        return;
    }
    qCInfo(lcConnection) << "Bridge: the server redirects to" << target.host << target.port;
    const quint64 attempt = m_attempt;
    stop();
    Q_EMIT redirected(attempt, target.host, target.port);
}

void StreamBridge::settleDeferred()
{
    if (auto failure = std::exchange(m_deferredFailure, std::nullopt))
        fail(*failure);
    else if (auto target = std::exchange(m_deferredRedirect, std::nullopt))
        redirect(*target);
}
