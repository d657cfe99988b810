// StreamBridge, reaching the server: finding it (the configured host, else SRV, else the
// domain; every name resolved afresh), connecting address after address, and the upstream
// socket's events (connected, encrypted, errors, certificate checks, closed). Reading and
// framing what it sends is in StreamBridge.cpp.
#include "StreamBridge.h"
#include "StreamBridgeDetail.h"

#include "core/Logging.h"

#include <QDnsLookup>
#include <QFuture>
#include <QHostInfo>
#include <QPromise>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThreadPool>
#include <QXmppError.h>

using namespace StreamBridgeDetail;
using ConnectionError::Kind;

namespace {
// A fresh answer on every attempt: QHostInfo::lookupHost() would answer from Qt's 60 s cache,
// and after sleep or a network change the old answer may be wrong or gone.
QFuture<QHostInfo> resolve(const QString &name)
{
    auto promise = std::make_shared<QPromise<QHostInfo>>();
    auto future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, name] {
        promise->addResult(QHostInfo::fromName(name));
        promise->finish();
    });
    return future;
}
}  // namespace

// --- Finding the server -------------------------------------------------------------------

void StreamBridge::lookUpServices()
{
    // RFC 6120 3.2: SRV first (Qt sorts by priority and weight), the domain itself as fallback.
    m_srvLookup = new QDnsLookup(QDnsLookup::SRV, QStringLiteral("_xmpp-client._tcp.") + m_settings.domain(), this);
    const quint64 attempt = m_attempt;
    connect(m_srvLookup, &QDnsLookup::finished, this, [this, attempt] {
        if (attempt != m_attempt || m_phase != Phase::Connecting || !m_srvLookup)
            return;
        m_targets.clear();
        if (m_srvLookup->error() == QDnsLookup::NoError) {
            for (const auto &record : m_srvLookup->serviceRecords()) {
                if (record.target() != QLatin1String("."))  // "." means: no service here
                    m_targets.append({record.target(), record.port()});
            }
        }
        if (m_targets.isEmpty())
            m_targets = QList<Target>{{m_settings.domain(), m_settings.port ? m_settings.port : DefaultClientPort}};
        m_srvLookup->deleteLater();
        m_srvLookup = nullptr;
        resolveNextTarget();
    });
    m_srvLookup->lookup();
}

void StreamBridge::resolveNextTarget()
{
    if (m_targets.isEmpty()) {
        fail(m_lastError.kind == Kind::None
                 ? ConnectionError::Details{Kind::HostUnreachable, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server could not be reached."))}
                 : m_lastError);
        return;
    }
    const Target target = m_targets.takeFirst();
    m_targetPort = target.port;
    if (QHostAddress literal; literal.setAddress(target.host)) {
        // Not operator=({...}): Qt 6.8's QList::assign() asserts on a cleared list with capacity.
        m_addresses = QList<QHostAddress>{literal};
        connectNextAddress();
        return;
    }
    qCDebug(lcConnection) << "Bridge resolving" << target.host;
    const quint64 attempt = m_attempt;
    resolve(target.host).then(this, [this, attempt, host = target.host](const QHostInfo &info) {
        if (attempt != m_attempt || m_phase != Phase::Connecting)
            return;  // a stale answer: that attempt was stopped
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            qCInfo(lcConnection) << "Bridge: could not resolve" << host << info.errorString();
            m_lastError = {Kind::HostNotFound,
                           errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server's address could not be found. Check the address, or enter a host."))};
            resolveNextTarget();
            return;
        }
        m_addresses = info.addresses();
        connectNextAddress();
    });
}

void StreamBridge::connectNextAddress()
{
    if (m_addresses.isEmpty()) {
        resolveNextTarget();
        return;
    }
    if (m_upstream) {  // the previous address failed: a fresh socket for the next one
        m_upstream->disconnect(this);
        m_upstream->deleteLater();
    }
    const QHostAddress address = m_addresses.takeFirst();
    m_upstream = new QSslSocket(this);
    // The certificate must be valid for the account's domain, whatever address we reach.
    m_upstream->setPeerVerifyName(m_settings.domain());
    auto ssl = m_upstream->sslConfiguration();
    const auto extra = m_settings.extraCaCertificates();
    if (!extra.isEmpty())
        ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    m_upstream->setSslConfiguration(ssl);
    // Bounded: while QXmpp is behind, Qt stops reading the socket and TCP pushes back.
    m_upstream->setReadBufferSize(ReadChunk * 4);
    connect(m_upstream, &QSslSocket::connected, this, &StreamBridge::upstreamConnected);
    connect(m_upstream, &QSslSocket::readyRead, this, &StreamBridge::upstreamReadable);
    connect(m_upstream, &QSslSocket::encrypted, this, &StreamBridge::upstreamEncrypted);
    connect(m_upstream, &QSslSocket::errorOccurred, this, &StreamBridge::upstreamError);
    connect(m_upstream, &QSslSocket::disconnected, this, &StreamBridge::upstreamDisconnected);
    connect(m_upstream, &QSslSocket::sslErrors, this, &StreamBridge::upstreamSslErrors);
    qCDebug(lcConnection) << "Bridge connecting upstream to" << address << m_targetPort;
    m_upstream->connectToHost(address, m_targetPort);
}

// --- The upstream socket's events -----------------------------------------------------------

void StreamBridge::upstreamConnected()
{
    // Small stanzas should leave at once, not wait for Nagle.
    m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_phase = Phase::AwaitingFeatures;
    const QByteArray header = "<?xml version='1.0'?><stream:stream to='" + m_settings.domain().toUtf8()
        + "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
    m_upstream->write(header);
}
void StreamBridge::upstreamEncrypted()
{
    qCDebug(lcConnection) << "Bridge: upstream encrypted with" << m_upstream->sessionCipher().name();
    m_phase = Phase::Open;
    m_setupTimer.stop();
    m_framer.reset();
    m_guard.setForwarding(true);  // readings are only taken from an encrypted stream
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
    if (m_phase == Phase::Connecting && m_sslErrors.isEmpty()) {
        // This address did not work: the next one, or the next SRV target.
        m_lastError = ConnectionError::classify(QXmppError{m_upstream->errorString(), socketError}, {}, false);
        qCInfo(lcConnection) << "Bridge:" << m_lastError.message;
        QMetaObject::invokeMethod(this, [this, attempt = m_attempt] {
            if (attempt == m_attempt && m_phase == Phase::Connecting)
                connectNextAddress();
        }, Qt::QueuedConnection);
        return;
    }
    if (socketError == QAbstractSocket::RemoteHostClosedError && (m_phase == Phase::Open || m_phase == Phase::Closing))
        return;  // a normal end of the stream: upstreamDisconnected() handles it
    const QXmppError error{m_upstream->errorString(), socketError};
    auto details = ConnectionError::classify(error, m_sslErrors, m_phase == Phase::Open);
    if (details.kind == Kind::CertificateRejected && !m_sslErrors.isEmpty()) {
        details.certificate = m_upstream->peerCertificate();
        details.certificateErrors = m_sslErrors;
        details.certificateChanged = !m_settings.pinnedSha256.isEmpty();
        if (details.certificateChanged)
            details.message = errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server's certificate has changed since you trusted it: %1")).arg(m_sslErrors.constFirst().errorString());
    }
    fail(details);
}

// A certificate that does not validate is refused (the handshake then fails and the user is
// told why), unless the user trusted exactly this certificate for this account.
void StreamBridge::upstreamSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate peer = m_upstream->peerCertificate();
    if (!peer.isNull() && m_settings.pinnedSha256.contains(peer.digest(QCryptographicHash::Sha256))) {
        qCInfo(lcConnection) << "Bridge: accepting the certificate trusted for this account despite" << errors;
        m_upstream->ignoreSslErrors(errors);
        return;
    }
    m_sslErrors += errors;
}

void StreamBridge::upstreamDisconnected()
{
    if (m_phase == Phase::Closing) {
        finishClosing();
    } else if (m_phase == Phase::Open) {
        // The server ended the stream: QXmpp gets what is left, then sees its side close.
        flushToLocal();
        m_phase = Phase::Closed;
        if (m_local)
            m_local->disconnectFromHost();
    }
}
