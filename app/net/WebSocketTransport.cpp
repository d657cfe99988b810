// XMPP over WebSocket (RFC 7395): the stream between QXmpp's TCP syntax and one stanza per
// message, backpressure and closing. The socket itself is in WebSocketTransportSocket.cpp.
#include "net/WebSocketTransport.h"

#include "core/Logging.h"
#include "net/StreamBridgeDetail.h"
#include "net/WebSocketFraming.h"

#include <QTcpSocket>
#include <QWebSocket>
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
