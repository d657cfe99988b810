#include "ConnectionController.h"

#include "core/Logging.h"
#include "net/StreamBridge.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>

using namespace std::chrono_literals;

namespace {
// Back-off after a dropped link: 1, 2, 4 ... 60 s, with jitter so a fleet of clients does not
// stampede a restarted server.
std::chrono::milliseconds backoff(int attempt)
{
    const int base = std::min(60, 1 << std::min(attempt, 6));
    const int jitterMs = QRandomGenerator::global()->bounded(base * 250 + 1);
    return std::chrono::milliseconds(base * 1000 + jitterMs);
}
}  // namespace

ConnectionController::ConnectionController(QXmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bridgeThread(new QThread(this))
    , m_bridge(new StreamBridge)
{
    // The receive path (TLS, framing, readings) runs on its own thread so a burst of thousands
    // of stanzas never stalls the GUI; QXmpp stays here and sees it through a loopback socket.
    m_bridgeThread->setObjectName(QStringLiteral("linnet-receive"));
    m_bridge->moveToThread(m_bridgeThread);
    connect(m_bridgeThread, &QThread::finished, m_bridge, &QObject::deleteLater);
    m_bridgeThread->start();
    connect(m_bridge, &StreamBridge::failed, this, &ConnectionController::handleFailure);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ConnectionController::startAttempt);
    m_countdownTimer.setInterval(1s);
    connect(&m_countdownTimer, &QTimer::timeout, this, &ConnectionController::reconnectInSecondsChanged);

    connect(m_client, &QXmppClient::stateChanged, this, &ConnectionController::handleClientState);
    connect(m_client, &QXmppClient::errorOccurred, this, &ConnectionController::handleClientError);
    // TLS and certificate errors are the bridge's: QXmpp only ever talks to it over loopback.
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
    m_attempt = 0;
    if (!settings.isValid()) {
        setError({ConnectionError::Kind::InvalidAddress,
                  QCoreApplication::translate("ConnectionError", "Enter your address as name@server, e.g. alice@example.org.")});
        setState(State::Disconnected);
        return;
    }
    startAttempt();
}

void ConnectionController::startAttempt()
{
    m_countdownTimer.stop();
    m_userDisconnect = false;
    setError({});
    setState(State::Connecting);
    qCInfo(lcConnection) << "Connecting as" << m_settings.jid << "to"
                         << (m_settings.host.isEmpty() ? m_settings.domain() : m_settings.host) << m_settings.port;
    QString error;
    quint16 port = 0;
    QMetaObject::invokeMethod(m_bridge, [&] {
        if (m_bridge->start(m_settings, &error))
            port = m_bridge->localPort();
    }, Qt::BlockingQueuedConnection);
    if (port == 0) {
        handleFailure({ConnectionError::Kind::ServerError, error});
        return;
    }
    // QXmpp talks to the bridge over loopback; the bridge encrypts and validates upstream.
    auto config = m_settings.toConfiguration(m_password);
    config.setHost(QStringLiteral("127.0.0.1"));
    config.setPort(port);
    config.setStreamSecurityMode(QXmppConfiguration::TLSDisabled);
    m_client->connectToServer(config);
}

ConnectionController::~ConnectionController()
{
    stopBridge();
    m_bridgeThread->quit();
    m_bridgeThread->wait();
}

void ConnectionController::stopBridge()
{
    QMetaObject::invokeMethod(m_bridge, &StreamBridge::stop, Qt::QueuedConnection);
}

void ConnectionController::setInterceptor(StanzaInterceptor *interceptor)
{
    QMetaObject::invokeMethod(m_bridge, [this, interceptor] { m_bridge->setInterceptor(interceptor); },
                              Qt::BlockingQueuedConnection);
}

void ConnectionController::disconnectFromServer()
{
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    m_userDisconnect = true;
    m_password.clear();
    m_client->disconnectFromServer();
    stopBridge();
    setState(State::Disconnected);
}

void ConnectionController::reconnectNow()
{
    if (m_state == State::WaitingToReconnect) {
        m_reconnectTimer.stop();
        startAttempt();
    }
}

void ConnectionController::handleClientState()
{
    switch (m_client->state()) {
    case QXmppClient::ConnectedState:
        m_wasConnected = true;
        m_attempt = 0;
        setError({});
        setState(State::Connected);
        qCInfo(lcConnection) << "Logged in as" << m_client->configuration().jid();
        Q_EMIT loggedIn();
        break;
    case QXmppClient::ConnectingState:
        setState(State::Connecting);
        break;
    case QXmppClient::DisconnectedState:
        // An error (if any) arrives before this; only an unexplained drop lands here alone.
        if (m_state == State::Connected && !m_userDisconnect) {
            setError({ConnectionError::Kind::ConnectionLost,
                      QCoreApplication::translate("ConnectionError", "The connection to the server was lost.")});
            scheduleReconnect();
        } else if (m_state == State::Connecting) {
            // QXmpp reports why only after this state change, if at all: give it that chance.
            QMetaObject::invokeMethod(this, [this] {
                if (m_state == State::Connecting && m_client->state() == QXmppClient::DisconnectedState) {
                    setError({ConnectionError::Kind::HostUnreachable,
                              QCoreApplication::translate("ConnectionError", "The connection failed.")});
                    setState(State::Disconnected);
                }
            }, Qt::QueuedConnection);
        }
        break;
    }
}

void ConnectionController::handleClientError(const QXmppError &error)
{
    handleFailure(ConnectionError::classify(error, {}, m_wasConnected));
}

void ConnectionController::handleFailure(const ConnectionError::Details &details)
{
    // Once an attempt has failed, the teardown's own socket errors are not news.
    if (m_userDisconnect || m_state == State::Disconnected || m_state == State::WaitingToReconnect)
        return;
    qCWarning(lcConnection) << "Connection error:" << details.kind << details.message;
    setError(details);
    // A refused certificate or password is final until the user acts; a lost link is not.
    if (m_wasConnected && ConnectionError::isTransient(details.kind)) {
        scheduleReconnect();
    } else {
        m_password.clear();
        setState(State::Disconnected);
        // Not from inside QXmpp's error emission: disconnecting re-enters it.
        QMetaObject::invokeMethod(m_client, &QXmppClient::disconnectFromServer, Qt::QueuedConnection);
        stopBridge();
    }
}

void ConnectionController::scheduleReconnect()
{
    if (m_reconnectTimer.isActive())
        return;
    const auto delay = backoff(m_attempt++);
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
    Q_EMIT stateChanged();
}

void ConnectionController::setError(ConnectionError::Details error)
{
    if (m_error.kind == error.kind && m_error.message == error.message)
        return;
    m_error = std::move(error);
    Q_EMIT errorChanged();
}
