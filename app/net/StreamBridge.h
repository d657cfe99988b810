// An in-process bridge between QXmpp and the server, and the one door to the network.
//
// QXmpp 1.10 re-parses its whole input buffer on every read until the buffer ends on a stanza
// boundary, which is quadratic under a backlog. The bridge owns the real connection: it finds
// the server (ServiceDiscovery: SRV, the configured host, XEP-0156), reaches it over TCP with
// STARTTLS or direct TLS, or over WebSocket or BOSH (MessageTransport), validates the certificate
// (TlsPolicy, never ignoring errors), frames what the server sends with a linear StanzaFramer,
// and hands QXmpp, over loopback, only data that ends on a stanza boundary. Stanzas an interceptor
// consumes (PubSub readings) reach QXmpp as a tiny placeholder so stream management still
// counts them.
//
// What it guarantees (README, "Security model"):
// - QXmpp never learns a real address: <see-other-host/> is followed here, under the same TLS
//   rules, and the XEP-0198 resume location is removed before QXmpp sees <enabled/>.
// - Only the socket QXmpp bound beforehand may use the loopback link (see start()).
// - Memory is bounded: upstream reads stop while QXmpp has MaxPendingToLocal bytes unread, so
//   TCP pushes back on the server; one element is at most StanzaFramer's limit. The loopback
//   link's kernel buffers are small (LocalSocketBuffer on both ends), so QXmpp reads little at
//   a time: QXmpp 1.10 builds one DOM of everything a read gives it, ~20 times the XML, and a
//   backlog handed over in megabytes (10,000 offline messages) cost ~130 MB at once.
// - Every step of an attempt carries its attempt id; events of an older attempt are ignored.
//
// Drop the framing part once distributions ship a QXmpp with a streaming parser (>= 1.11).
#pragma once

#include "StanzaFramer.h"
#include "AckRequests.h"
#include "MessageTransport.h"
#include "ServiceDiscovery.h"
#include "StreamGuard.h"
#include "TlsPolicy.h"
#include "net/ConnectionError.h"
#include "net/ConnectionSettings.h"

#include <QHostAddress>
#include <QObject>
#include <QSslError>
#include <QTcpServer>
#include <QTimer>

#include <memory>
#include <optional>

class QSslSocket;
class QTcpSocket;

class StreamBridge : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxPendingToLocal = 4 * 1024 * 1024;
    static constexpr qint64 ResumeBelow = 1024 * 1024;
    static constexpr int LocalSocketBuffer = 64 * 1024;  // SO_SNDBUF / SO_RCVBUF of the loopback link

    explicit StreamBridge(QObject *parent = nullptr);
    ~StreamBridge() override;

    // Starts attempt `attempt`: listens on loopback and connects upstream. Only a connection
    // from 127.0.0.1:peerPort (the port QXmpp's socket was bound to before connecting) is
    // accepted; any other local client is closed unread, so another local user can neither
    // read the stream nor win the accept race. QXmpp then connects to 127.0.0.1:localPort()
    // with TLS disabled (the bridge encrypts upstream).
    bool start(const ConnectionSettings &settings, quint16 peerPort, quint64 attempt, QString *error);
    // Ends the attempt at once; nothing more is sent.
    void stop();
    // Ends it politely: what QXmpp still sends (unavailable presence, </stream:stream>) goes
    // out, the server gets a moment to close its stream, then the link closes. Emits closed().
    void close();

    quint16 localPort() const { return m_listener.serverPort(); }
    // How long connecting, STARTTLS and the handshake may take (default 30 s).
    void setSetupTimeout(std::chrono::milliseconds timeout) { m_setupTimeout = timeout; }
    // Shared: whoever made it may keep it too; the bridge keeps it alive while it parses.
    void setInterceptor(std::shared_ptr<StanzaInterceptor> interceptor);
    // Bytes this connection holds in memory right now (tests check the bound).
    qint64 heldBytes() const;

Q_SIGNALS:
    // start() succeeded: QXmpp may now connect to 127.0.0.1:port.
    void listening(quint64 attempt, quint16 port);
    // The attempt failed before or after QXmpp got going; QXmpp's side is closed right after.
    void failed(quint64 attempt, const ConnectionError::Details &details);
    // The server sent <see-other-host/>: the attempt ended, try again at host:port (0: default).
    void redirected(quint64 attempt, const QString &host, quint16 port);
    // close() finished (or the attempt was over already).
    void closed(quint64 attempt);
    // The stream is encrypted and handed to QXmpp; how it reached the server (the account page
    // shows it): the transport and where, "host:port" or the URL.
    void transportOpened(quint64 attempt, Transport transport, const QString &where);

private:
    enum class Phase { Idle, Connecting, AwaitingFeatures, AwaitingProceed, Handshaking, Open, Closing, Closed };
    struct Target {
        QString host;
        quint16 port = 0;
    };

    void endpointsFound(const QList<ServiceEndpoint> &endpoints);
    void nextEndpoint();
    void openMessageTransport(const ServiceEndpoint &endpoint);
    void transportReceived(const QByteArray &bytes);
    void transportFailed(const ConnectionError::Details &details);
    void streamEncrypted();
    void upstreamEnded();
    void writeUpstream(QByteArrayView bytes);
    void connectNextAddress();
    void upstreamConnected();
    void upstreamReadable();
    void upstreamEncrypted();
    void upstreamError();
    void upstreamSslErrors(const QList<QSslError> &errors);
    void upstreamDisconnected();
    void acceptLocal();
    void localReadable();
    void localBytesWritten();
    void handleFrame(StanzaFramer::Kind kind, QByteArrayView bytes);
    void negotiate(QByteArrayView frame);
    void handleStreamError(bool encrypted);
    void beginClosing();
    void finishClosing();
    void flushToLocal();
    bool feedFramer(const QByteArray &data);
    void fail(const ConnectionError::Details &details);
    void redirect(const Target &target);
    void settleDeferred();
    void release(bool graceful);

    ConnectionSettings m_settings;
    TlsPolicy m_tls;
    quint64 m_attempt = 0;
    quint16 m_peerPort = 0;
    QTcpServer m_listener;
    QTcpSocket *m_local = nullptr;
    QSslSocket *m_upstream = nullptr;          // TCP: STARTTLS or direct TLS
    MessageTransport *m_transport = nullptr;  // or WebSocket / BOSH
    ServiceDiscovery m_discovery;
    std::shared_ptr<StanzaInterceptor> m_interceptor;
    StreamGuard m_guard;
    AckRequests m_ackRequests;
    StanzaFramer m_framer;
    Phase m_phase = Phase::Idle;
    QList<ServiceEndpoint> m_endpoints;  // still to try, in order (ServiceDiscovery)
    bool m_askedHttp = false;            // the XEP-0156 endpoints were looked up
    ServiceEndpoint m_endpoint;          // the one being tried
    QList<QHostAddress> m_addresses;     // addresses of its host still to try
    ConnectionError::Details m_lastError;
    QByteArray m_pendingUpstream;  // QXmpp's bytes until the upstream stream is encrypted
    QByteArray m_toLocal;          // frames collected in one read, written to QXmpp at once
    QList<QSslError> m_sslErrors;
    bool m_reading = false;        // inside upstreamReadable()
    bool m_feeding = false;        // inside m_framer.feed(): nothing may be torn down now
    std::optional<ConnectionError::Details> m_deferredFailure;
    std::optional<Target> m_deferredRedirect;
    bool m_readPaused = false;
    bool m_localSentEnd = false;   // QXmpp's </stream:stream> went upstream
    QTimer m_closeTimer;
    QTimer m_setupTimer;
    std::chrono::milliseconds m_setupTimeout{30000};
};
