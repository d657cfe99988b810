#include "net/TlsPolicy.h"

#include "net/StreamBridgeDetail.h"

#include <QCryptographicHash>
#include <QXmppError.h>

TlsPolicy::TlsPolicy(const ConnectionSettings &settings)
    : m_extraCas(settings.extraCaCertificates())
    , m_pinnedSha256(settings.pinnedSha256)
{
}

QSslConfiguration TlsPolicy::configuration() const
{
    auto ssl = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_extraCas);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return ssl;
}

bool TlsPolicy::acceptsDespite(const QSslCertificate &peer) const
{
    return !peer.isNull() && m_pinnedSha256.contains(peer.digest(QCryptographicHash::Sha256));
}

ConnectionError::Details TlsPolicy::rejection(const QSslCertificate &peer, const QList<QSslError> &errors,
                                              const QString &fallbackMessage) const
{
    auto details = ConnectionError::classify(QXmppError{fallbackMessage, QAbstractSocket::SslHandshakeFailedError},
                                             errors, false);
    if (details.kind != ConnectionError::Kind::CertificateRejected || errors.isEmpty())
        return details;
    details.certificate = peer;
    details.certificateErrors = errors;
    details.certificateChanged = !m_pinnedSha256.isEmpty();
    if (details.certificateChanged)
        details.message = StreamBridgeDetail::errorText(
                              QT_TRANSLATE_NOOP("ConnectionError", "The server's certificate has changed since you trusted it: %1"))
                              .arg(errors.constFirst().errorString());
    return details;
}
