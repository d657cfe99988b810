// Logs one session (one resource of an account) in and keeps it connected: state, errors a
// user can act on, and reconnection with back-off after the link drops (never after a wrong
// password or a bad certificate).
#pragma once

#include "net/CertificateInfo.h"
#include "net/ConnectionError.h"
#include "net/ConnectionSettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <QtQml/qqmlregistration.h>

class NetworkThread;
class QSslSocket;
class QXmppPresence;
class QXmppClient;
class StanzaInterceptor;
class StreamBridge;
struct QXmppError;

class ConnectionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Session owns one")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(ConnectionError::Kind error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(int reconnectInSeconds READ reconnectInSeconds NOTIFY reconnectInSecondsChanged)
    // With error CertificateRejected: what the trust dialog shows.
    Q_PROPERTY(CertificateInfo refusedCertificate READ refusedCertificate NOTIFY errorChanged)
    // What the session's link runs over, e.g. "WebSocket (wss://example.org/xmpp-websocket)"
    // (AccountTransport::describe()); empty while there is no link.
    Q_PROPERTY(QString transportName READ transportName NOTIFY transportNameChanged)

public:
    enum class State {
        Disconnected,
        Connecting,
        Connected,
        WaitingToReconnect,
    };
    Q_ENUM(State)

    ConnectionController(QXmppClient *client, NetworkThread *network, QObject *parent = nullptr);
    ~ConnectionController() override;

    State state() const { return m_state; }
    ConnectionError::Kind error() const { return m_error.kind; }
    QString errorMessage() const { return m_error.message; }
    int reconnectInSeconds() const;
    CertificateInfo refusedCertificate() const
    {
        return {m_error.certificate, m_error.certificateErrors, m_error.certificateChanged};
    }
    QString transportName() const { return m_transportName; }
    // Set by whoever learns which transport and endpoint the bridge's link uses; cleared here
    // when a new attempt starts and whenever the link is gone.
    void setTransportName(const QString &name);

    void connectToServer(const ConnectionSettings &settings, const QString &password);
    // The presence each login starts with (QXmpp sends it with the session, so buddies see no
    // flicker from a default "available").
    void setInitialPresence(std::function<QXmppPresence()> presence) { m_initialPresence = std::move(presence); }
    // Stanzas the interceptor consumes on the receive path never reach QXmpp (see StreamBridge).
    void setInterceptor(std::shared_ptr<StanzaInterceptor> interceptor);
    // Lives on the receive thread: call it only through queued invocations (tests).
    StreamBridge *bridge() const { return m_bridge; }
    // Which attempt is current; each bridge event names its attempt (tests).
    quint64 attempt() const { return m_attemptId; }
    Q_INVOKABLE void disconnectFromServer();
    Q_INVOKABLE void reconnectNow();
    // For a step of the login done outside this class, in-band registration (Registration):
    // reportFailure() ends the attempt as a failed login would (a first login is not retried);
    // restartLogin() starts a fresh attempt at once with the same settings and password, because
    // the registration step ends its stream unauthenticated, and that is no failure.
    void reportFailure(const ConnectionError::Details &details) { handleFailure(details); }
    void restartLogin();

Q_SIGNALS:
    void stateChanged();
    void errorChanged();
    void reconnectInSecondsChanged();
    void transportNameChanged();
    // Emitted once per successful login (also after a reconnect).
    void loggedIn();

private:
    void setState(State state);
    void setError(ConnectionError::Details error);
    void handleClientError(const QXmppError &error);
    void handleFailure(const ConnectionError::Details &details);
    void handleBridgeFailure(quint64 attempt, const ConnectionError::Details &details);
    void handleListening(quint64 attempt, quint16 port);
    void handleRedirect(quint64 attempt, const QString &host, quint16 port);
    void handleClientState();
    void scheduleReconnect();
    void startAttempt();
    void stopBridge();
    QSslSocket *xmppSocket() const;

    QXmppClient *m_client;
    NetworkThread *m_network;
    StreamBridge *m_bridge;  // on the receive thread
    ConnectionSettings m_settings;
    ConnectionSettings m_attemptSettings;  // m_settings with a redirect applied
    std::function<QXmppPresence()> m_initialPresence;
    QString m_password;  // kept in memory only, for reconnects
    State m_state = State::Disconnected;
    ConnectionError::Details m_error;
    QString m_transportName;
    bool m_wasConnected = false;
    bool m_loginAccepted = false;  // this connect's login succeeded once (SASL), online or not
    bool m_userDisconnect = false;
    bool m_resetting = false;   // QXmpp's old socket is being aborted for a new attempt
    int m_backoffStep = 0;
    QElapsedTimer m_linkLost;  // since the first retry of this outage
    quint64 m_attemptId = 0;
    quint64 m_failedAttempt = 0;  // the attempt handleFailure() last judged
    int m_redirects = 0;        // <see-other-host/> hops since the last login
    QString m_redirectHost;     // where the next attempt goes after a redirect (empty: settings)
    quint16 m_redirectPort = 0;
    QTimer m_reconnectTimer;
    QTimer m_countdownTimer;
};
