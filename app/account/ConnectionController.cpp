#include "ConnectionController.h"
#include "account/AccountConfig.h"

#include "core/Logging.h"
#include "net/NetworkThread.h"
#include "net/StreamBridge.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppOutgoingClient.h>
#include <QXmppPresence.h>

using namespace std::chrono_literals;

namespace {
// Back-off after a dropped link. For its first minute a retry every 2 s (1 s the first time):
// a server restart is usually that short, and the user is back within moments of the server.
// Then 4, 8 ... 60 s. With jitter (up to a quarter) so a fleet of clients does not stampede a
// restarted server.
std::chrono::milliseconds backoff(int attempt, std::chrono::milliseconds sinceLost)
{
    const int base = sinceLost < 60s ? std::min(2, 1 << std::min(attempt, 1))
                                     : std::clamp(1 << std::min(attempt, 6), 4, 60);
    const int jitterMs = QRandomGenerator::global()->bounded(base * 250 + 1);
    return std::chrono::milliseconds(base * 1000 + jitterMs);
}
}  // namespace

ConnectionController::ConnectionController(QXmppClient *client, NetworkThread *network, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_network(network)
    , m_bridge(new StreamBridge)
{
    // The bridge lives on the shared receive thread; NetworkThread deletes it there (below).
    network->adopt(m_bridge);
    connect(m_bridge, &StreamBridge::listening, this, &ConnectionController::handleListening);
    connect(m_bridge, &StreamBridge::failed, this, &ConnectionController::handleBridgeFailure);
    connect(m_bridge, &StreamBridge::redirected, this, &ConnectionController::handleRedirect);
    connect(m_bridge, &StreamBridge::transportOpened, this, [this](quint64 attempt, Transport transport, const QString &where) {
        if (attempt == m_attemptId)
            setTransportName(AccountTransport::describe(transport, where));
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ConnectionController::startAttempt);
    m_countdownTimer.setInterval(1s);
    connect(&m_countdownTimer, &QTimer::timeout, this, &ConnectionController::reconnectInSecondsChanged);

    // Back on a network (Wi-Fi after sleep): try now rather than when the back-off says.
    if (QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        reconnectNow();
                });
    }

    connect(m_client, &QXmppClient::stateChanged, this, &ConnectionController::handleClientState);
    connect(m_client, &QXmppClient::errorOccurred, this, &ConnectionController::handleClientError);
    // TLS and certificate errors are the bridge's: QXmpp only ever talks to it over loopback.
}

ConnectionController::~ConnectionController()
{
    // The bridge lets QXmpp's goodbye (sent before this by Session) reach the server, then
    // deletes itself on the receive thread. Nothing here waits for it.
    m_network->release(m_bridge);
}

int ConnectionController::reconnectInSeconds() const
{
    if (!m_reconnectTimer.isActive())
        return 0;
    return (m_reconnectTimer.remainingTime() + 999) / 1000;
}

void ConnectionController::connectToServer(const ConnectionSettings &settings, const QString &password)
{
    m_reconnectTimer.stop();
    m_settings = settings;
    m_password = password;
    m_wasConnected = false;
    m_loginAccepted = false;
    m_backoffStep = 0;
    m_redirects = 0;
    m_redirectHost.clear();
    if (!settings.isValid()) {
        setError({ConnectionError::Kind::InvalidAddress,
                  QCoreApplication::translate("ConnectionError", "Enter your address as name@server, e.g. alice@example.org.")});
        setState(State::Disconnected);
        return;
    }
    startAttempt();
}

QSslSocket *ConnectionController::xmppSocket() const
{
    return m_client->findChild<QXmppOutgoingClient *>(QString(), Qt::FindDirectChildrenOnly)->socket();
}

// Never waits for the receive thread: the bridge answers with listening() (or failed()).
void ConnectionController::startAttempt()
{
    m_countdownTimer.stop();
    m_userDisconnect = false;
    ++m_attemptId;
    setError({});
    setTransportName({});  // a new link, maybe over another transport
    setState(State::Connecting);
    auto settings = m_settings;
    if (!m_redirectHost.isEmpty()) {
        settings.host = m_redirectHost;
        settings.port = m_redirectPort;
        // <see-other-host/> names a TCP host (RFC 6120 4.9.3.19), whatever led there.
        if (settings.transport != Transport::DirectTls)
            settings.transport = Transport::StartTls;
    }
    qCInfo(lcConnection) << "Connecting as" << settings.jid << "/" << settings.resource << "to"
                         << (settings.host.isEmpty() ? settings.domain() : settings.host) << settings.port;

    // QXmpp's socket is bound before it connects, so the bridge knows the one local port it
    // may accept (another local user cannot bind it while we hold it).
    auto *socket = xmppSocket();
    m_resetting = true;
    socket->abort();
    m_resetting = false;
    if (!socket->bind(QHostAddress::LocalHost, 0)) {
        handleFailure({ConnectionError::Kind::ServerError, socket->errorString()});
        return;
    }
    // Small reads for QXmpp (see StreamBridge::LocalSocketBuffer); set before connecting, so the
    // kernel does not grow the window past it.
    socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, StreamBridge::LocalSocketBuffer);
    m_attemptSettings = settings;
    QMetaObject::invokeMethod(m_bridge, [bridge = m_bridge, settings, peer = socket->localPort(), attempt = m_attemptId] {
        QString error;
        if (!bridge->start(settings, peer, attempt, &error))
            Q_EMIT bridge->failed(attempt, {ConnectionError::Kind::ServerError, error});
    }, Qt::QueuedConnection);
}

void ConnectionController::handleListening(quint64 attempt, quint16 port)
{
    if (attempt != m_attemptId || m_state != State::Connecting)
        return;
    const QXmppPresence presence = m_initialPresence ? m_initialPresence() : QXmppPresence();
    m_client->connectToServer(m_attemptSettings.toBridgedConfiguration(m_password, port), presence);
}

void ConnectionController::stopBridge()
{
    QMetaObject::invokeMethod(m_bridge, &StreamBridge::stop, Qt::QueuedConnection);
}

void ConnectionController::setInterceptor(std::shared_ptr<StanzaInterceptor> interceptor)
{
    // Queued before any start(), so it is in place for the first stanza.
    QMetaObject::invokeMethod(m_bridge, [bridge = m_bridge, interceptor = std::move(interceptor)] { bridge->setInterceptor(interceptor); },
                              Qt::QueuedConnection);
}

void ConnectionController::disconnectFromServer()
{
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    m_userDisconnect = true;
    m_password.clear();
    // QXmpp sends unavailable presence and </stream:stream>; the bridge lets them reach the
    // server and waits briefly for its close, so buddies see us leave at once.
    if (m_client->state() != QXmppClient::DisconnectedState)
        m_client->disconnectFromServer();
    QMetaObject::invokeMethod(m_bridge, &StreamBridge::close, Qt::QueuedConnection);
    setState(State::Disconnected);
}

void ConnectionController::reconnectNow()
{
    if (m_state == State::WaitingToReconnect) {
        m_reconnectTimer.stop();
        startAttempt();
    }
}

void ConnectionController::restartLogin()
{
    if (m_state != State::Connecting || m_userDisconnect)
        return;
    // A new attempt id: whatever the old stream and its bridge still report is ignored.
    startAttempt();
}

void ConnectionController::handleClientState()
{
    if (m_resetting)
        return;
    switch (m_client->state()) {
    case QXmppClient::ConnectedState:
        if (!m_client->isAuthenticated()) {
            // QXmpp opens a session when a server offers no login it uses at all; a session
            // nobody logged in to is not one (and it would show as "online").
            handleFailure({ConnectionError::Kind::AuthenticationFailed,
                           QCoreApplication::translate("ConnectionError",
                                                       "The server did not ask for a login Linnet accepts (SCRAM).")});
            return;
        }
        m_wasConnected = true;
        m_backoffStep = 0;
        m_redirects = 0;
        setError({});
        setState(State::Connected);
        qCInfo(lcConnection) << "Logged in as" << m_client->configuration().jid();
        Q_EMIT loggedIn();
        break;
    case QXmppClient::ConnectingState:
        // QXmpp may still report connecting after this attempt failed (a refused certificate):
        // the attempt is over, and its teardown must not raise a second, vaguer failure.
        if (m_failedAttempt != m_attemptId)
            setState(State::Connecting);
        break;
    case QXmppClient::DisconnectedState:
        // An error (if any) arrives before this; only an unexplained drop lands here alone.
        if (m_state == State::Connected && !m_userDisconnect) {
            handleFailure({ConnectionError::Kind::ConnectionLost,
                           QCoreApplication::translate("ConnectionError", "The connection to the server was lost.")});
        } else if (m_state == State::Connecting) {
            // QXmpp reports why only after this state change, if at all: give it that chance.
            // A clean close during a reconnect attempt (a restarting server) lands here too.
            QMetaObject::invokeMethod(this, [this, attempt = m_attemptId] {
                if (attempt == m_attemptId && m_failedAttempt != attempt && m_state == State::Connecting
                    && m_client->state() == QXmppClient::DisconnectedState) {
                    handleFailure({ConnectionError::Kind::HostUnreachable,
                                   QCoreApplication::translate("ConnectionError", "The connection failed.")});
                }
            }, Qt::QueuedConnection);
        }
        break;
    }
}

void ConnectionController::handleClientError(const QXmppError &error)
{
    if (m_resetting)
        return;
    // Past the login the password and the server are known good: a failure from here (QXmpp
    // ends the stream itself when negotiation meets a stanza it did not expect) is retried.
    if (m_client->isAuthenticated())
        m_loginAccepted = true;
    handleFailure(ConnectionError::classify(error, {}, m_wasConnected));
}

void ConnectionController::handleBridgeFailure(quint64 attempt, const ConnectionError::Details &details)
{
    if (attempt != m_attemptId || m_userDisconnect)  // a late failure of an older attempt is not news
        return;
    if (m_failedAttempt == attempt) {
        // QXmpp saw its side of the link close first and reported a vague error; the bridge
        // knows why (a refused certificate, say): judge the attempt again with its reason.
        if (m_reconnectTimer.isActive()) {
            m_reconnectTimer.stop();
            m_countdownTimer.stop();
            m_backoffStep = std::max(0, m_backoffStep - 1);
        }
        m_state = State::Connecting;  // handleFailure() sets and announces the outcome
    }
    handleFailure(details);
}

void ConnectionController::handleRedirect(quint64 attempt, const QString &host, quint16 port)
{
    if (attempt != m_attemptId || m_userDisconnect)
        return;
    // RFC 6120 4.9.3.19: follow, but not in circles. The bridge applies the same TLS and
    // certificate rules (against the account's domain) at the new address.
    if (++m_redirects > 3) {
        handleFailure({ConnectionError::Kind::ServerError,
                       QCoreApplication::translate("ConnectionError", "The server redirected too many times.")});
        return;
    }
    qCInfo(lcConnection) << "Redirected by the server to" << host << port;
    m_redirectHost = host;
    m_redirectPort = port;
    startAttempt();
}

void ConnectionController::handleFailure(const ConnectionError::Details &details)
{
    // Once an attempt has failed, the teardown's own socket errors are not news.
    if (m_userDisconnect || m_state == State::Disconnected || m_state == State::WaitingToReconnect)
        return;
    qCWarning(lcConnection) << "Connection error:" << details.kind << details.message;
    m_failedAttempt = m_attemptId;
    setError(details);
    m_redirectHost.clear();  // a redirect holds for one attempt; retries start from the settings
    stopBridge();
    // A refused certificate or password is final until the user acts; anything else is retried
    // once this account has been online or logged in (a first login with a typo should just
    // say so).
    if ((m_wasConnected || m_loginAccepted) && ConnectionError::isTransient(details.kind)) {
        // QXmpp keeps its stream-management state, so the next attempt can resume the session.
        scheduleReconnect();
    } else {
        m_password.clear();
        setState(State::Disconnected);
        // Not from inside QXmpp's error emission: disconnecting re-enters it.
        QMetaObject::invokeMethod(m_client, &QXmppClient::disconnectFromServer, Qt::QueuedConnection);
    }
}

void ConnectionController::scheduleReconnect()
{
    if (m_reconnectTimer.isActive())
        return;
    if (m_backoffStep == 0)
        m_linkLost.start();
    const auto delay = backoff(m_backoffStep++, std::chrono::milliseconds(m_linkLost.elapsed()));
    qCInfo(lcConnection) << "Reconnecting in" << delay.count() << "ms";
    m_reconnectTimer.start(delay);
    m_countdownTimer.start();
    setState(State::WaitingToReconnect);
    Q_EMIT reconnectInSecondsChanged();
}
void ConnectionController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Disconnected || state == State::WaitingToReconnect)
        setTransportName({});
    Q_EMIT stateChanged();
}

void ConnectionController::setTransportName(const QString &name)
{
    if (m_transportName == name)
        return;
    m_transportName = name;
    Q_EMIT transportNameChanged();
}

void ConnectionController::setError(ConnectionError::Details error)
{
    if (m_error.kind == error.kind && m_error.message == error.message)
        return;
    m_error = std::move(error);
    Q_EMIT errorChanged();
}
