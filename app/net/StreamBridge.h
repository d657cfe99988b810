// An in-process bridge between QXmpp and the server. QXmpp 1.10 re-parses its whole input
// buffer on every read until the buffer ends on a stanza boundary, which is quadratic under a
// backlog. The bridge owns the real connection: it does STARTTLS itself (validating the server
// certificate, never ignoring errors), frames what the server sends with a linear
// StanzaFramer, and hands QXmpp, over loopback, only data that ends on a stanza boundary.
// Stanzas an interceptor consumes (PubSub readings) reach QXmpp as a tiny placeholder so that
// stream management still counts them.
//
// Drop this class once distributions ship a QXmpp with a streaming parser (>= 1.11).
#pragma once

#include "StanzaFramer.h"
#include "account/ConnectionError.h"
#include "account/ConnectionSettings.h"

#include <QObject>
#include <QSslError>
#include <QTcpServer>

class QSslSocket;
class QTcpSocket;

class StreamBridge : public QObject
{
    Q_OBJECT

public:
    explicit StreamBridge(QObject *parent = nullptr);
    ~StreamBridge() override;

    // Listens on loopback for QXmpp and starts the upstream connection; QXmpp should connect to
    // 127.0.0.1:localPort() with TLS disabled (the bridge encrypts upstream).
    bool start(const ConnectionSettings &settings, QString *error);
    void stop();
    quint16 localPort() const { return m_listener.serverPort(); }
    void setInterceptor(StanzaInterceptor *interceptor) { m_interceptor = interceptor; }

Q_SIGNALS:
    // The upstream connection failed before or after QXmpp got going; QXmpp's side is closed
    // right after this.
    void failed(const ConnectionError::Details &details);

private:
    enum class Phase { Idle, Connecting, AwaitingFeatures, AwaitingProceed, Handshaking, Open, Closed };

    void acceptLocal();
    void connectUpstream(const QString &host, quint16 port);
    void lookUpAndConnect();
    void upstreamConnected();
    void upstreamReadable();
    void upstreamEncrypted();
    void upstreamError();
    void localReadable();
    void handleFrame(StanzaFramer::Kind kind, QByteArrayView bytes);
    void negotiate(QByteArrayView frame);
    void fail(const ConnectionError::Details &details);
    void flushToLocal();

    ConnectionSettings m_settings;
    QTcpServer m_listener;
    QTcpSocket *m_local = nullptr;
    QSslSocket *m_upstream = nullptr;
    StanzaFramer m_framer;
    StanzaInterceptor *m_interceptor = nullptr;
    Phase m_phase = Phase::Idle;
    QByteArray m_pendingUpstream;  // QXmpp's bytes until the upstream stream is encrypted
    QByteArray m_toLocal;          // frames collected in one read, written to QXmpp at once
    QList<QSslError> m_sslErrors;
};
