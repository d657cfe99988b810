#include "StreamBridge.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QXmppError.h>

namespace {
constexpr quint16 DefaultClientPort = 5222;
const QByteArray TlsNamespace = QByteArrayLiteral("urn:ietf:params:xml:ns:xmpp-tls");

QString errorText(const char *text)
{
    return QCoreApplication::translate("ConnectionError", text);
}
}  // namespace

StreamBridge::StreamBridge(QObject *parent)
    : QObject(parent)
    , m_listener(this)  // a child, so moveToThread() takes it along
    , m_framer([this](StanzaFramer::Kind kind, QByteArrayView bytes) { handleFrame(kind, bytes); })
{
    connect(&m_listener, &QTcpServer::newConnection, this, &StreamBridge::acceptLocal);
}

StreamBridge::~StreamBridge()
{
    stop();
}

bool StreamBridge::start(const ConnectionSettings &settings, QString *error)
{
    stop();
    m_settings = settings;
    m_sslErrors.clear();
    m_pendingUpstream.clear();
    m_toLocal.clear();
    m_framer.reset();
    m_framer.setInterceptor(m_interceptor);
    // One QXmpp connection per attempt: the listener only ever accepts one.
    if (!m_listener.listen(QHostAddress::LocalHost, 0)) {
        *error = m_listener.errorString();
        return false;
    }
    m_phase = Phase::Connecting;
    if (!settings.host.isEmpty())
        connectUpstream(settings.host, settings.port ? settings.port : DefaultClientPort);
    else
        lookUpAndConnect();
    return true;
}

void StreamBridge::stop()
{
    m_phase = Phase::Closed;
    m_listener.close();
    if (m_upstream) {
        m_upstream->disconnect(this);
        m_upstream->abort();
        m_upstream->deleteLater();
        m_upstream = nullptr;
    }
    if (m_local) {
        m_local->disconnect(this);
        m_local->disconnectFromHost();
        m_local->deleteLater();
        m_local = nullptr;
    }
}

void StreamBridge::lookUpAndConnect()
{
    // RFC 6120 3.2: SRV first, the domain itself as the fallback.
    auto *lookup = new QDnsLookup(QDnsLookup::SRV, QStringLiteral("_xmpp-client._tcp.") + m_settings.domain(), this);
    connect(lookup, &QDnsLookup::finished, this, [this, lookup] {
        lookup->deleteLater();
        if (m_phase != Phase::Connecting)
            return;
        const auto records = lookup->serviceRecords();
        if (lookup->error() == QDnsLookup::NoError && !records.isEmpty())
            connectUpstream(records.first().target(), records.first().port());
        else
            connectUpstream(m_settings.domain(), m_settings.port ? m_settings.port : DefaultClientPort);
    });
    lookup->lookup();
}

void StreamBridge::connectUpstream(const QString &host, quint16 port)
{
    m_upstream = new QSslSocket(this);
    m_upstream->setPeerVerifyName(m_settings.domain());
    auto ssl = m_upstream->sslConfiguration();
    const auto extra = m_settings.extraCaCertificates();
    if (!extra.isEmpty())
        ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    m_upstream->setSslConfiguration(ssl);
    // Small stanzas should leave at once, not wait for Nagle.
    m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_upstream, &QSslSocket::connected, this, &StreamBridge::upstreamConnected);
    connect(m_upstream, &QSslSocket::readyRead, this, &StreamBridge::upstreamReadable);
    connect(m_upstream, &QSslSocket::encrypted, this, &StreamBridge::upstreamEncrypted);
    connect(m_upstream, &QSslSocket::errorOccurred, this, &StreamBridge::upstreamError);
    // Recorded, never ignored: the handshake then fails and the user is told why.
    connect(m_upstream, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(m_upstream, &QSslSocket::disconnected, this, [this] {
        if (m_phase == Phase::Open && m_local)
            m_local->disconnectFromHost();
    });
    qCDebug(lcConnection) << "Bridge connecting upstream to" << host << port;
    m_upstream->connectToHost(host, port);
}

void StreamBridge::upstreamConnected()
{
    m_phase = Phase::AwaitingFeatures;
    const QByteArray header = "<?xml version='1.0'?><stream:stream to='" + m_settings.domain().toUtf8()
        + "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
    m_upstream->write(header);
}

void StreamBridge::upstreamReadable()
{
    // flush() below can deliver more data re-entrantly; after a framing error none matters.
    if (m_phase == Phase::Closed || m_framer.hasError())
        return;
    const QByteArray data = m_upstream->readAll();
    if (!m_framer.feed(data)) {
        qCWarning(lcConnection) << "Malformed data from the server:" << m_framer.errorString();
        // RFC 6120 4.9.3.13: close with a stream error the server can log.
        m_upstream->write("<stream:error><not-well-formed xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                          "</stream:error></stream:stream>");
        m_upstream->flush();
        fail({ConnectionError::Kind::ServerError, errorText("The server sent malformed data (%1).").arg(m_framer.errorString())});
        return;
    }
    flushToLocal();
}

void StreamBridge::handleFrame(StanzaFramer::Kind kind, QByteArrayView bytes)
{
    if (m_phase == Phase::Open) {
        m_toLocal.append(bytes.data(), bytes.size());
        return;
    }
    if (kind == StanzaFramer::Kind::StreamEnd) {
        fail({ConnectionError::Kind::ServerError, errorText("The server closed the stream before encryption started.")});
        return;
    }
    if (kind == StanzaFramer::Kind::Stanza)
        negotiate(bytes);
}

// Before TLS: the only thing worth doing on an unencrypted stream is asking for encryption.
void StreamBridge::negotiate(QByteArrayView frame)
{
    if (m_phase == Phase::AwaitingFeatures) {
        if (!frame.contains(QByteArrayView(TlsNamespace))) {
            fail({ConnectionError::Kind::ServerError, errorText("The server does not offer encryption (STARTTLS); Linnet requires it.")});
            return;
        }
        m_phase = Phase::AwaitingProceed;
        m_upstream->write("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    } else if (m_phase == Phase::AwaitingProceed) {
        if (!frame.startsWith("<proceed")) {
            fail({ConnectionError::Kind::ServerError, errorText("The server refused to start encryption.")});
            return;
        }
        m_phase = Phase::Handshaking;
        m_framer.reset();
        m_upstream->startClientEncryption();
    }
}

void StreamBridge::upstreamEncrypted()
{
    qCDebug(lcConnection) << "Bridge: upstream encrypted with" << m_upstream->sessionCipher().name();
    m_phase = Phase::Open;
    m_framer.reset();
    if (!m_pendingUpstream.isEmpty()) {
        m_upstream->write(m_pendingUpstream);
        m_pendingUpstream.clear();
    }
}

void StreamBridge::upstreamError()
{
    if (m_phase == Phase::Closed)
        return;
    const auto socketError = m_upstream->error();
    if (m_phase == Phase::Open && socketError == QAbstractSocket::RemoteHostClosedError) {
        // A normal end of the stream: QXmpp sees its side close and handles it.
        if (m_local)
            m_local->disconnectFromHost();
        return;
    }
    const QXmppError error{m_upstream->errorString(), socketError};
    fail(ConnectionError::classify(error, m_sslErrors, m_phase == Phase::Open));
}

void StreamBridge::acceptLocal()
{
    auto *socket = m_listener.nextPendingConnection();
    m_listener.close();
    if (m_local || !socket) {
        delete socket;
        return;
    }
    m_local = socket;
    m_local->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_local, &QTcpSocket::readyRead, this, &StreamBridge::localReadable);
    connect(m_local, &QTcpSocket::disconnected, this, [this] {
        // QXmpp hung up: end the upstream stream too.
        if (m_upstream && m_phase == Phase::Open)
            m_upstream->disconnectFromHost();
    });
    localReadable();
}

void StreamBridge::localReadable()
{
    const QByteArray data = m_local->readAll();
    if (m_phase == Phase::Open)
        m_upstream->write(data);
    else
        m_pendingUpstream.append(data);
}

void StreamBridge::flushToLocal()
{
    if (m_toLocal.isEmpty() || !m_local)
        return;
    m_local->write(m_toLocal);
    m_toLocal.clear();
}

void StreamBridge::fail(const ConnectionError::Details &details)
{
    if (m_phase == Phase::Closed)
        return;
    qCWarning(lcConnection) << "Bridge failed:" << details.message;
    Q_EMIT failed(details);
    stop();
}
