// XMPP over WebSocket (RFC 7395) with Qt WebSockets, behind the MessageTransport interface: the
// bridge keeps speaking TCP stream syntax, and this class translates both ways.
//
// Outgoing, QXmpp's bytes run through a StanzaFramer, so each WebSocket message is one whole
// element: the stream header becomes <open/> (again after SASL), every stanza goes out alone with
// its namespace declared (RFC 7395 3.3.3: a message inherits nothing), </stream:stream> becomes
// <close/>. Incoming, the server's <open/> becomes a <stream:stream> header, its <close/> becomes
// </stream:stream>, and every other message passes as it is (each one declares its namespaces).
//
// Only wss:// is accepted, validated with the account's TlsPolicy against the URL's host; the
// subprotocol must be "xmpp". Backpressure: while paused, the socket's signals are held back, so
// Qt stops reading once its bounded read buffer is full and TCP pushes back on the server
// (QWebSocket itself has no pause). That reaches into QWebSocket a little (its socket is its
// direct child); tst_websockettransport checks the bound with a 32 MB flood.
//
// RFC 7395 3.6: a <close see-other-uri='wss://...'/> before the server's <open/> is followed
// here, invisibly to the bridge: the same <open/> goes to the new URL, under the same TlsPolicy
// (its certificate must validate for the new host). Only wss://, at most MaxRedirects times;
// anything else fails the connection. Once the stream is open, a redirect just ends it.
#pragma once

#include "net/MessageTransport.h"
#include "net/StanzaFramer.h"
#include "net/WebSocketFraming.h"

#include <QList>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <chrono>

class QTcpSocket;
class QWebSocket;

class WebSocketTransport : public MessageTransport
{
    Q_OBJECT
public:
    // What Qt's socket may buffer before it stops reading (the bound while paused); it grows
    // to hold the largest frame the server sends, up to MaxMessageBytes.
    static constexpr qint64 ReadBufferSize = 256 * 1024;
    // One message (one stanza) at most; the framer's limit as on TCP.
    static constexpr qint64 MaxMessageBytes = 16 * 1024 * 1024;
    // see-other-uri redirects followed in one open() (a loop ends with an error).
    static constexpr int MaxRedirects = 3;

    explicit WebSocketTransport(QObject *parent = nullptr);
    ~WebSocketTransport() override;

    void open(const QUrl &url, const QString &domain, const TlsPolicy &tls) override;
    void send(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    void setReceivingPaused(bool paused) override;
    qint64 heldBytes() const override;
    QString name() const override { return QStringLiteral("WebSocket"); }

    // How long close() waits for the server's <close/> before it hangs up anyway (default 5 s).
    void setCloseTimeout(std::chrono::milliseconds timeout) { m_closeTimer.setInterval(timeout); }
    // How long the server may take to answer our first <open/> (default 30 s): a server that
    // accepts the WebSocket and then says nothing must not leave the account connecting forever.
    void setOpenTimeout(std::chrono::milliseconds timeout) { m_openTimer.setInterval(timeout); }

private:
    enum class State { Idle, Connecting, Open, Closing, Done };

    void connectSocket(const QUrl &url);
    bool followRedirect(QStringView uri);
    void socketConnected();
    void socketDisconnected();
    void socketError();
    void socketSslErrors(const QList<QSslError> &errors);
    void messageReceived(const QString &message);
    void readIncompleteFrame();
    void handleMessage(const QByteArray &message);
    void serverClosed();
    void outgoingFrame(StanzaFramer::Kind kind, QByteArrayView bytes);
    void sendMessage(const QByteArray &message);
    void sendClose();
    void hangUp();
    void deliverHeld();
    void finish();
    void fail(const ConnectionError::Details &details);
    void failLater(const ConnectionError::Details &details);
    void dropSocket();
    QTcpSocket *rawSocket() const;

    State m_state = State::Idle;
    QWebSocket *m_socket = nullptr;
    QString m_domain;
    TlsPolicy m_tls;
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peer;
    WebSocketFraming::StanzaNamespaces m_namespaces;  // before the framer that uses it
    StanzaFramer m_outFramer;
    QList<QByteArray> m_outQueue;    // messages written before the socket was connected
    qint64 m_outQueued = 0;
    QList<QByteArray> m_held;        // messages Qt had read already when receiving was paused
    qint64 m_heldSize = 0;
    bool m_paused = false;
    bool m_sentOpen = false;         // an <open/> went out (so a <close/> is due at the end)
    bool m_sentClose = false;
    bool m_serverClosed = false;
    bool m_hungUp = false;           // the WebSocket is closing
    bool m_serverOpened = false;     // the server's <open/> arrived: no more transparent redirects
    QByteArray m_lastOpen;           // our latest <open/>, sent again after a redirect
    int m_redirects = 0;
    QTimer m_closeTimer;
    QTimer m_openTimer;
};
