#include "net/WebSocketTransport.h"

#include "core/Logging.h"
#include "net/StreamBridgeDetail.h"
#include "net/WebSocketFraming.h"

#include <QNetworkRequest>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QXmlStreamReader>
#include <QXmppError.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ConnectionError::Kind;
using StreamBridgeDetail::errorText;
using namespace WebSocketFraming;

WebSocketTransport::WebSocketTransport(QObject *parent)
    : MessageTransport(parent)
    , m_outFramer([this](StanzaFramer::Kind kind, QByteArrayView bytes) { outgoingFrame(kind, bytes); },
                  MaxMessageBytes)
    , m_closeTimer(this)  // a child, so moveToThread() takes it along
    , m_openTimer(this)
{
    m_openTimer.setSingleShot(true);
    m_openTimer.setInterval(30s);
    connect(&m_openTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcConnection) << "WebSocket: the server did not answer <open/> in" << m_openTimer.interval() << "ms";
        fail(ConnectionError::classify(QXmppError{u"no <open/> from the server"_s, QAbstractSocket::SocketTimeoutError}, {}, false));
    });
    m_outFramer.setInterceptor(&m_namespaces);
    m_closeTimer.setSingleShot(true);
    m_closeTimer.setInterval(5s);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        if (!m_hungUp) {
            qCInfo(lcConnection) << "WebSocket: the server did not close the stream in time; hanging up";
            hangUp();
            return;
        }
        finish();  // the socket did not finish closing either
    });
}

WebSocketTransport::~WebSocketTransport()
{
    dropSocket();
}

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

// After QWebSocket read what it could (and after a pause), a frame may be left incomplete. Qt
// reads a frame's payload only once all of it is buffered, so a buffer full of one frame grows,
// up to the frame limit, to hold the largest frame seen. And the TLS socket decrypts more only
// when it is read from or new bytes arrive (a frame larger than the buffer stalled without
// this), so it is nudged: flush() runs its transmit step.
void WebSocketTransport::readIncompleteFrame()
{
    QTcpSocket *raw = rawSocket();
    if (!raw || m_paused)
        return;
    const qint64 limit = raw->readBufferSize();
    if (limit > 0 && raw->bytesAvailable() >= limit && limit < MaxMessageBytes + 64) {
        qCDebug(lcConnection) << "WebSocket: read buffer" << 2 * limit << "bytes for a large frame";
        raw->setReadBufferSize(std::min(2 * limit, MaxMessageBytes + 64));
    }
    QMetaObject::invokeMethod(raw, [raw] { raw->flush(); }, Qt::QueuedConnection);
}

void WebSocketTransport::send(const QByteArray &bytes)
{
    if (m_state == State::Done || m_sentClose)
        return;
    if (!m_outFramer.feed(bytes)) {
        // QXmpp wrote something that is not an XMPP stream: nothing sensible can go out.
        qCWarning(lcConnection) << "WebSocket: cannot frame the client's stream:" << m_outFramer.errorString();
        fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The connection failed."))});
    }
}

void WebSocketTransport::close()
{
    switch (m_state) {
    case State::Idle:
        m_state = State::Done;
        QMetaObject::invokeMethod(this, &MessageTransport::closed, Qt::QueuedConnection);
        return;
    case State::Connecting:
        // Nothing was negotiated yet: there is no stream to end.
        dropSocket();
        m_state = State::Done;
        QMetaObject::invokeMethod(this, &MessageTransport::closed, Qt::QueuedConnection);
        return;
    case State::Open:
        m_state = State::Closing;
        if (m_sentOpen && !m_sentClose) {
            sendClose();  // the server answers with its <close/> (serverClosed())
            m_closeTimer.start();
        } else {
            hangUp();
        }
        return;
    case State::Closing:
    case State::Done:
        return;  // closed() or failed() follows or has been emitted
    }
}

void WebSocketTransport::abort()
{
    dropSocket();
    m_state = State::Done;
}

void WebSocketTransport::setReceivingPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    QTcpSocket *raw = rawSocket();
    // QWebSocket reads whatever its socket has whenever it signals readyRead; it has no pause.
    // Holding the socket's signals back holds Qt's reading back: the socket's buffer fills up to
    // ReadBufferSize, then Qt stops reading and TCP pushes back. Messages already read out
    // when the pause began wait in m_held (at most what that buffer held).
    if (raw)
        raw->blockSignals(paused);
    if (!paused)
        QMetaObject::invokeMethod(this, &WebSocketTransport::deliverHeld, Qt::QueuedConnection);
}

qint64 WebSocketTransport::heldBytes() const
{
    const QTcpSocket *raw = rawSocket();
    return m_heldSize + m_outQueued + m_outFramer.bufferedBytes() + (raw ? raw->bytesAvailable() : 0);
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

void WebSocketTransport::messageReceived(const QString &message)
{
    QByteArray bytes = message.toUtf8();
    if (m_paused || !m_held.isEmpty()) {  // keeps the order while held messages wait
        m_heldSize += bytes.size();
        m_held.append(std::move(bytes));
        return;
    }
    handleMessage(bytes);
}

void WebSocketTransport::handleMessage(const QByteArray &message)
{
    if (m_state == State::Done)
        return;
    // Only <open/> and <close/> need a look inside; everything else declares its namespaces and
    // reaches the bridge's framer as it came (RFC 7395 3.3.3).
    const bool open = startsWithTag(message, "open");
    if (open || startsWithTag(message, "close")) {
        QXmlStreamReader reader(message);
        if (readFirstElement(reader) && reader.namespaceUri() == FramingNs) {
            if (open) {
                m_serverOpened = true;
                m_openTimer.stop();
                Q_EMIT received(headerFromOpen(reader));
            } else {
                const QStringView redirect = reader.attributes().value("see-other-uri"_L1);
                if (redirect.isEmpty() || !followRedirect(redirect))
                    serverClosed();
            }
            return;
        }
    }
    Q_EMIT received(message);
}

void WebSocketTransport::serverClosed()
{
    qCInfo(lcConnection) << "WebSocket: the server closed the stream";
    const QPointer self(this);
    Q_EMIT received(StreamEnd.toByteArray());
    if (!self || m_state == State::Done)
        return;
    m_serverClosed = true;
    hangUp();
}

void WebSocketTransport::outgoingFrame(StanzaFramer::Kind kind, QByteArrayView bytes)
{
    switch (kind) {
    case StanzaFramer::Kind::StreamHeader:
        m_lastOpen = openFromHeader(bytes, m_domain);  // again after SASL: a restart
        if (!m_serverOpened)
            m_openTimer.start();  // also restarted by a redirect
        sendMessage(m_lastOpen);
        m_sentOpen = true;
        return;
    case StanzaFramer::Kind::Stanza:
        sendMessage(m_namespaces.complete(bytes));
        return;
    case StanzaFramer::Kind::StreamEnd:
        if (!m_sentOpen)
            return;
        sendClose();
        if (m_state == State::Open) {  // QXmpp ends the stream: wait for the server's <close/>
            m_state = State::Closing;
            m_closeTimer.start();
        }
        return;
    }
}

void WebSocketTransport::sendMessage(const QByteArray &message)
{
    if (m_sentClose || m_state == State::Done)
        return;
    if (m_state == State::Idle || m_state == State::Connecting || !m_socket) {
        m_outQueued += message.size();
        m_outQueue.append(message);
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(message));
}

void WebSocketTransport::sendClose()
{
    sendMessage(CloseMessage.toByteArray());
    m_sentClose = true;
}

// Ends the WebSocket connection (after our <close/>, if the stream was open); closed() follows
// once the socket is gone, or when the close timer gives up on it.
void WebSocketTransport::hangUp()
{
    if (m_sentOpen && !m_sentClose)
        sendClose();
    m_state = State::Closing;
    m_hungUp = true;
    m_closeTimer.start();
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void WebSocketTransport::deliverHeld()
{
    const QPointer self(this);
    while (!m_paused && !m_held.isEmpty() && m_state != State::Done) {
        const QByteArray message = m_held.takeFirst();
        m_heldSize -= message.size();
        handleMessage(message);
        if (!self)
            return;
    }
    QTcpSocket *raw = rawSocket();
    if (m_paused || !raw || m_state == State::Done)
        return;
    // What arrived while paused was not announced: let QWebSocket read it now.
    if (raw->bytesAvailable() > 0)
        Q_EMIT raw->readyRead();
    if (!self || raw != rawSocket())
        return;
    if (m_paused)
        return;
    if (raw->state() == QAbstractSocket::UnconnectedState)
        socketDisconnected();  // the server hung up during the pause, unseen
    else
        readIncompleteFrame();
}

void WebSocketTransport::finish()
{
    if (m_state == State::Done)
        return;
    dropSocket();
    m_state = State::Done;
    qCInfo(lcConnection) << "WebSocket: closed";
    Q_EMIT closed();
}

void WebSocketTransport::fail(const ConnectionError::Details &details)
{
    if (m_state == State::Done)
        return;
    dropSocket();
    m_state = State::Done;
    Q_EMIT failed(details);
}

void WebSocketTransport::failLater(const ConnectionError::Details &details)
{
    QMetaObject::invokeMethod(this, [this, details] { fail(details); }, Qt::QueuedConnection);
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
