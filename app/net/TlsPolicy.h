// One account's rules for the server's certificate, shared by every transport (TCP with
// STARTTLS or direct TLS, WebSocket, BOSH): the system's CAs plus the account's own, and
// exactly the certificates the user trusted in the trust dialog. Errors are never ignored
// otherwise; a rejection carries the certificate and its errors for that dialog.
#pragma once

#include "net/ConnectionError.h"
#include "net/ConnectionSettings.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

class TlsPolicy
{
public:
    TlsPolicy() = default;
    explicit TlsPolicy(const ConnectionSettings &settings);

    // The CA list to validate with (system + the account's extra CAs), TLS 1.2 or newer.
    QSslConfiguration configuration() const;
    // True if these errors may be ignored: only when the peer is a certificate the user trusted.
    bool acceptsDespite(const QSslCertificate &peer) const;
    // The failure to report when the handshake failed with `errors` (collected from sslErrors).
    ConnectionError::Details rejection(const QSslCertificate &peer, const QList<QSslError> &errors,
                                       const QString &fallbackMessage) const;

private:
    QList<QSslCertificate> m_extraCas;
    QList<QByteArray> m_pinnedSha256;
};
