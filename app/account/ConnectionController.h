// Logs one account in and keeps it connected: state, errors a user can act on, and
// reconnection with back-off after the link drops (never after a wrong password or a bad
// certificate).
#pragma once

#include "ConnectionError.h"
#include "ConnectionSettings.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QThread;
class QXmppClient;
class StanzaInterceptor;
class StreamBridge;
struct QXmppError;

class ConnectionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Account owns one")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(ConnectionError::Kind error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(int reconnectInSeconds READ reconnectInSeconds NOTIFY reconnectInSecondsChanged)

public:
    enum class State {
        Disconnected,
        Connecting,
        Connected,
        WaitingToReconnect,
    };
    Q_ENUM(State)

    ConnectionController(QXmppClient *client, QObject *parent = nullptr);
    ~ConnectionController() override;

    State state() const { return m_state; }
    ConnectionError::Kind error() const { return m_error.kind; }
    QString errorMessage() const { return m_error.message; }
    int reconnectInSeconds() const;

    void connectToServer(const ConnectionSettings &settings, const QString &password);
    // Stanzas the interceptor consumes on the receive path never reach QXmpp (see StreamBridge).
    void setInterceptor(StanzaInterceptor *interceptor);
    // Lives on the receive thread: call it only through queued invocations (tests).
    StreamBridge *bridge() const { return m_bridge; }
    Q_INVOKABLE void disconnectFromServer();
    Q_INVOKABLE void reconnectNow();

Q_SIGNALS:
    void stateChanged();
    void errorChanged();
    void reconnectInSecondsChanged();
    // Emitted once per successful login (also after a reconnect).
    void loggedIn();

private:
    void setState(State state);
    void setError(ConnectionError::Details error);
    void handleClientError(const QXmppError &error);
    void handleFailure(const ConnectionError::Details &details);
    void handleClientState();
    void scheduleReconnect();
    void startAttempt();
    void stopBridge();

    QXmppClient *m_client;
    QThread *m_bridgeThread;
    StreamBridge *m_bridge;
    ConnectionSettings m_settings;
    QString m_password;  // kept in memory only, for reconnects
    State m_state = State::Disconnected;
    ConnectionError::Details m_error;
    bool m_wasConnected = false;
    bool m_userDisconnect = false;
    int m_attempt = 0;
    QTimer m_reconnectTimer;
    QTimer m_countdownTimer;
};
