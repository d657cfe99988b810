#include "amqp/AmqpClient.h"

#include "amqp/AmqpIdLog.h"
#include "amqp/AmqpTraceParse.h"
#include "inspector/ProtocolTrace.h"
#include "core/Logging.h"
#include "devices/ReadingStore.h"
#include "net/TlsPolicy.h"

#include <QDateTime>
#include <QMutex>
#include <QSslSocket>
#include <QTimer>

#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/error_condition.hpp>
#include <proton/io/connection_driver.hpp>
#include <proton/transport.h>
#include <proton/transport.hpp>

#include <algorithm>

// Proton's frame tracer is a C callback that knows only the pn_transport_t: map it back.
struct AmqpTracer {
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QHash<pn_transport_t *, AmqpClient *> &clients()
    {
        static QHash<pn_transport_t *, AmqpClient *> c;
        return c;
    }
    static void trace(pn_transport_t *transport, const char *message)
    {
        AmqpClient *client = nullptr;
        {
            QMutexLocker locker(&mutex());
            client = clients().value(transport);
        }
        if (client && message)
            client->record(false, message);
    }
};

namespace {
// proton::transport hides its pn_transport_t; a derived class may name the protected accessor.
struct TransportPeek : proton::transport {
    static pn_transport_t *raw(const proton::transport &t) { return (t.*&TransportPeek::pn_object)(); }
};

ConnectionSettings tlsSettings(const AmqpSettings &s)
{
    ConnectionSettings c;
    c.caCertificatesFile = s.caCertificatesFile;
    c.pinnedSha256 = s.pinnedSha256;
    return c;
}
}  // namespace

AmqpClient::AmqpClient(const AmqpSettings &settings, ReadingStore *store, const QString &idLogFile)
    : m_settings(settings)
    , m_store(store)
    , m_ids(std::make_unique<AmqpIdLog>(idLogFile, settings.service()))
{
    qRegisterMetaType<AmqpCounters>();
    qRegisterMetaType<ConnectionError::Details>();
}

AmqpClient::~AmqpClient()
{
    teardown();
}

void AmqpClient::open(const QString &password)
{
    if (!m_tickTimer) {  // first call, on the worker's thread: timers belong here
        m_tickTimer = new QTimer(this);
        m_tickTimer->setSingleShot(true);
        connect(m_tickTimer, &QTimer::timeout, this, &AmqpClient::pump);
        m_reconnectTimer = new QTimer(this);
        m_reconnectTimer->setSingleShot(true);
        connect(m_reconnectTimer, &QTimer::timeout, this, &AmqpClient::connectSocket);
        m_countersTimer = new QTimer(this);
        m_countersTimer->setSingleShot(true);
        connect(m_countersTimer, &QTimer::timeout, this, [this] { Q_EMIT countersChanged(m_counters); });
        m_storeTimer = new QTimer(this);
        m_storeTimer->setSingleShot(true);
        m_storeTimer->setInterval(StoreDelayMs);
        connect(m_storeTimer, &QTimer::timeout, this, &AmqpClient::storeDecoded);
        m_commandTimer = new QTimer(this);
        m_commandTimer->setInterval(500);
        connect(m_commandTimer, &QTimer::timeout, this, &AmqpClient::expireCommands);
        m_ids->open();
    }
    if (!m_settings.isValid()) {
        fail({ConnectionError::Kind::InvalidAddress, tr("The AMQP address must be amqps://host:port (TLS is required).")});
        return;
    }
    m_password = password;
    m_wanted = true;
    m_backoffStep = 0;
    teardown();
    connectSocket();
}

void AmqpClient::disconnectFromBroker()
{
    m_wanted = false;
    m_password.clear();
    if (m_reconnectTimer)
        m_reconnectTimer->stop();
    if (m_driver) {
        m_driver->connection().close();
        pump();
    }
    teardown();
    setState(State::Disconnected);
}

void AmqpClient::close()
{
    disconnectFromBroker();
    m_ids.reset();
    // Timers die on the thread that runs them (the worker is deleted after its thread ends).
    for (QTimer **timer : {&m_tickTimer, &m_reconnectTimer, &m_countersTimer, &m_storeTimer, &m_commandTimer}) {
        delete *timer;
        *timer = nullptr;
    }
}

void AmqpClient::connectSocket()
{
    teardown();
    setState(State::Connecting);
    const TlsPolicy policy(tlsSettings(m_settings));
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(policy.configuration());
    m_sslErrors.clear();
    m_wasOpen = false;
    connect(m_socket, &QSslSocket::sslErrors, this, [this, policy](const QList<QSslError> &errors) {
        if (policy.acceptsDespite(m_socket->peerCertificate())) {
            m_socket->ignoreSslErrors(errors);  // exactly the certificate the user pinned
            return;
        }
        m_sslErrors = errors;
    });
    // Flow and disposition frames are small and the broker waits for them: Nagle would hold
    // each behind the previous one's ACK (Proton's own sockets set TCP_NODELAY too).
    connect(m_socket, &QSslSocket::connected, this, [this] { m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    connect(m_socket, &QSslSocket::encrypted, this, &AmqpClient::startProtocol);
    connect(m_socket, &QSslSocket::readyRead, this, &AmqpClient::readSocket);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this, policy](QAbstractSocket::SocketError error) {
        if (!m_sslErrors.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError) {
            auto details = policy.rejection(m_socket->peerCertificate(), m_sslErrors, m_socket->errorString());
            if (details.kind == ConnectionError::Kind::CertificateRejected || !m_sslErrors.isEmpty()) {
                m_wanted = false;  // trying again cannot help until the user decides
                fail(details);
                return;
            }
        }
        socketGone(m_socket->errorString());
    });
    qCInfo(lcAmqp) << "Connecting" << m_settings.name << "to" << m_settings.url.host() << m_settings.url.port(5671);
    m_socket->connectToHostEncrypted(m_settings.url.host(), quint16(m_settings.url.port(5671)));
}

void AmqpClient::startProtocol()
{
    m_driver = std::make_unique<proton::io::connection_driver>(
        QStringLiteral("linnet-%1").arg(m_settings.name).toStdString());
    proton::connection_options options;
    options.handler(*this);
    options.sasl_enabled(true);
    // TLS is the QSslSocket's, below Proton: Proton sees a plain stream and must be told
    // PLAIN is fine here (amqp:// is refused before we get this far).
    options.sasl_allow_insecure_mechs(true);
    if (m_settings.sasl == AmqpSettings::Sasl::Anonymous) {
        options.sasl_allowed_mechs("ANONYMOUS");
    } else {
        options.sasl_allowed_mechs("PLAIN");
        options.user(m_settings.user.toStdString());
        options.password(m_password.toStdString());
    }
    options.virtual_host(m_settings.url.host().toStdString());
    options.idle_timeout(proton::duration(60000));
    m_driver->connect(options);
    pn_transport_t *raw = TransportPeek::raw(m_driver->transport());
    {
        QMutexLocker locker(&AmqpTracer::mutex());
        AmqpTracer::clients().insert(raw, this);
    }
    m_tracing = false;  // pump() turns it on while the trace records
    pn_transport_set_tracer(raw, &AmqpTracer::trace);
    pump();
}

void AmqpClient::readSocket()
{
    // Until the socket is drained: readyRead comes only for new bytes, so what the transport
    // could not take in one go must not wait for the next network packet.
    while (m_driver && m_socket && m_socket->bytesAvailable() > 0) {
        bool took = false;
        for (auto buffer = m_driver->read_buffer(); buffer.size > 0 && m_socket->bytesAvailable() > 0; buffer = m_driver->read_buffer()) {
            const qint64 n = m_socket->read(buffer.data, qint64(buffer.size));
            if (n <= 0)
                break;
            m_driver->read_done(size_t(n));
            took = true;
        }
        pump();
        if (!took)
            break;  // the transport takes nothing more (closing): the rest is not read
    }
}

// Runs Proton's events, then writes what it produced and arms the heartbeat tick.
void AmqpClient::pump()
{
    if (!m_driver)
        return;
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    // Frames are formatted only while someone records them.
    ProtocolTrace *trace = m_trace.load();
    const bool tracing = (trace && trace->isRecording()) || lcAmqp().isDebugEnabled();
    if (tracing != m_tracing) {
        m_tracing = tracing;
        pn_transport_trace(TransportPeek::raw(m_driver->transport()), tracing ? PN_TRACE_FRM : PN_TRACE_OFF);
    }
    m_pumping = true;
    bool alive = true;
    qint64 next = 0;
    do {
        m_pumpAgain = false;
        alive = m_driver->dispatch();
        for (auto out = m_driver->write_buffer(); m_socket && out.size > 0; out = m_driver->write_buffer()) {
            m_socket->write(out.data, qint64(out.size));  // QSslSocket buffers it all
            m_driver->write_done(out.size);
        }
        next = m_driver->tick(proton::timestamp(QDateTime::currentMSecsSinceEpoch())).milliseconds();
    } while (alive && (m_pumpAgain || m_driver->has_events()));
    m_pumping = false;
    // A pump holds one socket read's worth of messages; the id log writes a row per batch, so a
    // batch collects StoreBatch messages or what arrived within StoreDelayMs.
    if (m_toStore.size() >= StoreBatch || !m_storeTimer)
        storeDecoded();
    else if (!m_toStore.empty() && !m_storeTimer->isActive())
        m_storeTimer->start();
    if (next > 0 && m_tickTimer) {
        // Re-armed only when due sooner: a tick earlier than needed is harmless, and restarting
        // the timer on every pump is a system call per batch of frames.
        if (!m_tickTimer->isActive() || next < m_tickDue) {
            m_tickDue = next;
            m_tickTimer->start(int(std::clamp<qint64>(next - QDateTime::currentMSecsSinceEpoch(), 0, 60000)));
        }
    }
    if (!alive)
        socketGone(m_lastError.isEmpty() ? tr("The broker closed the connection.") : m_lastError);
}

void AmqpClient::socketGone(const QString &why)
{
    if (m_driver && m_socket) {
        m_driver->disconnected(proton::error_condition("linnet:socket", why.toStdString()));
        m_driver->dispatch();  // the handlers see the end (errors, link state)
    }
    const bool wasOpen = m_wasOpen;
    teardown();
    if (!m_wanted) {
        setState(State::Disconnected, m_lastError);
        return;
    }
    qCWarning(lcAmqp) << "Connection" << m_settings.name << "lost:" << why;
    if (m_lastError.isEmpty())
        m_lastError = why;
    Q_UNUSED(wasOpen)
    scheduleReconnect();
}

void AmqpClient::scheduleReconnect()
{
    // Doubling from the first delay to 30 s, so a restarting broker is found soon and a dead
    // one is not hammered; a successful open resets it.
    const int delay = std::min(30000, m_firstDelayMs << std::min(m_backoffStep++, 5));
    setState(State::WaitingToReconnect, m_lastError);
    m_reconnectTimer->start(delay);
}

void AmqpClient::teardown()
{
    // Deliveries of this connection can no longer be settled: the broker redelivers them. What
    // was decoded goes to the store first (the id log's step 1 with it); once persisted their
    // ids are marked accepted, so the redelivery is a duplicate (AmqpIdLog.h).
    storeDecoded();
    for (auto &p : m_pending)
        p.delivery = proton::delivery();
    m_sources.clear();
    m_relinkStep.clear();  // a new connection attaches every source at once
    m_linkTrouble.clear();
    ++m_generation;
    m_commandSenders.clear();
    m_replyReceiver = proton::receiver();
    m_manageSender = proton::sender();
    m_manageReceiver = proton::receiver();
    m_commandSession = proton::session();
    m_replyReady = false;
    for (const auto &command : std::as_const(m_inFlight))
        m_queuedCommands.append(command);  // sent on the next connection, same id
    m_inFlight.clear();
    if (m_driver) {
        QMutexLocker locker(&AmqpTracer::mutex());
        AmqpTracer::clients().remove(TransportPeek::raw(m_driver->transport()));
    }
    m_driver.reset();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_tickTimer)
        m_tickTimer->stop();
}

void AmqpClient::setState(State state, const QString &error)
{
    if (state == State::Connected)
        m_lastError.clear();
    if (m_state == state && error.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state, error);
}

void AmqpClient::fail(ConnectionError::Details details)
{
    qCWarning(lcAmqp) << "Connection" << m_settings.name << "failed:" << details.message;
    m_lastError = details.message;
    Q_EMIT failed(details);
    if (!ConnectionError::isTransient(details.kind))
        m_wanted = false;
    teardown();
    if (m_wanted)
        scheduleReconnect();
    else
        setState(State::Disconnected, details.message);
}

void AmqpClient::countersDirty()
{
    m_counters.pending = int(m_pending.size() + m_toStore.size());
    if (!m_countersTimer)
        return;
    // At most every 100 ms while messages stream (the UI needs no more); soon once nothing
    // waits, so a drained backlog shows at once.
    if (m_counters.pending > 0) {
        if (!m_countersTimer->isActive())
            m_countersTimer->start(100);
    } else if (!m_countersTimer->isActive() || m_countersTimer->remainingTime() > 5) {
        m_countersTimer->start(5);
    }
}

void AmqpClient::record(bool, const char *frame)
{
    ProtocolTrace *trace = m_trace.load();
    if (trace)
        recordAmqpFrame(trace, m_settings.name, frame);
    if (lcAmqp().isDebugEnabled()) {
        TraceEvent event;
        parseAmqpFrame(QString::fromUtf8(frame).trimmed(), &event);  // redacts SASL credentials
        qCDebug(lcAmqp).noquote() << m_settings.name << event.detail;
    }
}
