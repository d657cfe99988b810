// WebSocketTransport's socket: opening it (and following a see-other-uri redirect before the
// stream opens), its state changes and TLS errors, and letting it go. The stream's framing is
// in WebSocketTransport.cpp.
#include "net/WebSocketTransport.h"

#include "core/Logging.h"
#include "net/StreamBridgeDetail.h"
#include "net/WebSocketFraming.h"

#include <QNetworkRequest>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QXmppError.h>

using namespace Qt::StringLiterals;
using ConnectionError::Kind;
using StreamBridgeDetail::errorText;
using namespace WebSocketFraming;

void WebSocketTransport::open(const QUrl &url, const QString &domain, const TlsPolicy &tls)
{
    dropSocket();
    m_domain = domain;
    m_tls = tls;
    m_sslErrors.clear();
    m_peer = QSslCertificate();
    m_sentOpen = m_sentClose = m_serverClosed = m_hungUp = m_paused = false;
    m_state = State::Connecting;
    // Encryption is not optional: a ws:// endpoint (set by hand or announced) is refused.
    if (!url.isValid() || url.scheme() != "wss"_L1 || url.host().isEmpty()) {
        qCWarning(lcConnection) << "WebSocket: refusing" << url.toDisplayString() << "(only wss:// is allowed)";
        failLater({Kind::InvalidAddress,
                   errorText(QT_TRANSLATE_NOOP("ConnectionError",
                                               "The WebSocket address must start with wss://: Linnet only connects encrypted."))});
        return;
    }
    m_serverOpened = false;
    m_lastOpen.clear();
    m_redirects = 0;
    connectSocket(url);
}

void WebSocketTransport::connectSocket(const QUrl &url)
{
    qCInfo(lcConnection) << "WebSocket: connecting to" << url.toDisplayString();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setSslConfiguration(m_tls.configuration());
    m_socket->setReadBufferSize(ReadBufferSize);
    m_socket->setMaxAllowedIncomingFrameSize(MaxMessageBytes);
    m_socket->setMaxAllowedIncomingMessageSize(MaxMessageBytes);
    connect(m_socket, &QWebSocket::connected, this, &WebSocketTransport::socketConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::socketDisconnected);
    connect(m_socket, &QWebSocket::errorOccurred, this, &WebSocketTransport::socketError);
    connect(m_socket, &QWebSocket::sslErrors, this, &WebSocketTransport::socketSslErrors);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WebSocketTransport::messageReceived);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this] {
        qCWarning(lcConnection) << "WebSocket: the server sent a binary message";
        fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server sent malformed data (%1)."))
                                     .arg(u"a binary WebSocket message"_s)});
    });
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"xmpp"_s});
    m_socket->open(QNetworkRequest(url), options);
    // Runs after QWebSocket's own reading (connected later).
    if (QTcpSocket *raw = rawSocket())
        connect(raw, &QIODevice::readyRead, this, &WebSocketTransport::readIncompleteFrame);
}

// A redirect before the stream is open: drop this socket and send our <open/> to the new URL.
// Returns false if it is not to be followed transparently (the caller ends the stream).
bool WebSocketTransport::followRedirect(QStringView uri)
{
    if (m_serverOpened || m_lastOpen.isEmpty()) {
        qCInfo(lcConnection) << "WebSocket: the server closed with see-other-uri" << uri << "after the stream opened (not followed)";
        return false;
    }
    const QUrl target(uri.toString(), QUrl::StrictMode);
    if (!target.isValid() || target.scheme() != "wss"_L1 || target.host().isEmpty() || !target.userInfo().isEmpty()) {
        qCWarning(lcConnection) << "WebSocket: refusing the redirect to" << uri << "(only wss:// is allowed)";
        fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server redirected to an invalid address (%1).")).arg(uri)});
        return true;
    }
    if (++m_redirects > MaxRedirects) {
        qCWarning(lcConnection) << "WebSocket: more than" << MaxRedirects << "redirects; giving up at" << target.toDisplayString();
        fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server redirected too many times."))});
        return true;
    }
    qCInfo(lcConnection) << "WebSocket: following see-other-uri to" << target.toDisplayString();
    dropSocket();
    m_sslErrors.clear();
    m_peer = QSslCertificate();
    m_state = State::Connecting;
    // What QXmpp sent after its header waits behind the <open/>, as before the first connect.
    m_outQueue.prepend(m_lastOpen);
    m_outQueued += m_lastOpen.size();
    m_openTimer.start();
    connectSocket(target);
    return true;
}

void WebSocketTransport::socketConnected()
{
    // RFC 7395 3.3.2: without the "xmpp" subprotocol the server does not speak XMPP here.
    if (m_socket->subprotocol() != "xmpp"_L1) {
        qCWarning(lcConnection) << "WebSocket: the server chose subprotocol" << m_socket->subprotocol();
        fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError",
                                                             "The server does not offer XMPP over WebSocket at this address."))});
        return;
    }
    qCInfo(lcConnection) << "WebSocket: connected";
    m_state = State::Open;
    const QPointer self(this);
    Q_EMIT connected();
    if (!self || !m_socket)
        return;
    const auto queue = std::exchange(m_outQueue, {});
    m_outQueued = 0;
    for (const QByteArray &message : queue)
        m_socket->sendTextMessage(QString::fromUtf8(message));
    if (m_sentClose && m_state == State::Open) {
        m_state = State::Closing;
        m_closeTimer.start();
    }
}

void WebSocketTransport::socketDisconnected()
{
    if (m_state == State::Done)
        return;
    if (m_state == State::Closing || m_serverClosed) {
        finish();
        return;
    }
    const bool wasOpen = m_state == State::Open;
    qCInfo(lcConnection) << "WebSocket: the connection ended" << (m_socket ? m_socket->closeCode() : 0)
                         << (m_socket ? m_socket->closeReason() : QString());
    const QXmppError error{m_socket ? m_socket->errorString() : QString(), QAbstractSocket::RemoteHostClosedError};
    fail(ConnectionError::classify(error, {}, wasOpen));
}

void WebSocketTransport::socketError()
{
    if (m_state == State::Done || !m_socket)
        return;
    const auto error = m_socket->error();
    if (!m_sslErrors.isEmpty()) {
        fail(m_tls.rejection(m_peer, m_sslErrors, m_socket->errorString()));
        return;
    }
    if ((m_state == State::Closing || m_serverClosed) && error == QAbstractSocket::RemoteHostClosedError)
        return;  // the end of a stream that was ending: socketDisconnected() finishes
    qCInfo(lcConnection) << "WebSocket: error" << error << m_socket->errorString();
    fail(ConnectionError::classify(QXmppError{m_socket->errorString(), error}, {}, m_state == State::Open));
}

// Like the TCP path: a certificate that does not validate is refused, unless the user trusted
// exactly this one for this account.
void WebSocketTransport::socketSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
    for (qsizetype i = 0; peer.isNull() && i < errors.size(); ++i)
        peer = errors.at(i).certificate();
    if (m_tls.acceptsDespite(peer)) {
        qCInfo(lcConnection) << "WebSocket: accepting the certificate trusted for this account despite" << errors;
        m_socket->ignoreSslErrors(errors);
        return;
    }
    qCWarning(lcConnection) << "WebSocket: refusing the server's certificate:" << errors;
    m_peer = peer;
    m_sslErrors = errors;
}

void WebSocketTransport::dropSocket()
{
    m_closeTimer.stop();
    m_openTimer.stop();
    m_held.clear();
    m_heldSize = 0;
    if (!m_socket)
        return;
    if (QTcpSocket *raw = rawSocket())
        raw->blockSignals(false);
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

// The socket QWebSocket created in open() as its direct child (QSslSocket for wss).
QTcpSocket *WebSocketTransport::rawSocket() const
{
    return m_socket ? m_socket->findChild<QTcpSocket *>(Qt::FindDirectChildrenOnly) : nullptr;
}
