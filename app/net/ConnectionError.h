// Turns what QXmpp reports into one error kind and a sentence a user can act on.
#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QtQml/qqmlregistration.h>

struct QXmppError;

namespace ConnectionError {
Q_NAMESPACE
QML_NAMED_ELEMENT(ConnectionError)

enum class Kind {
    None,
    InvalidAddress,        // the JID is not user@domain
    AuthenticationFailed,  // wrong password or unknown user
    HostNotFound,          // DNS failure
    HostUnreachable,       // refused, no route, timed out
    CertificateRejected,   // the server's certificate did not validate
    ConnectionLost,        // was connected, then the link died
    ServerError,           // stream error, bind error, anything else from the server
};
Q_ENUM_NS(Kind)

struct Details {
    Details() = default;
    Details(Kind k, QString text)
        : kind(k)
        , message(std::move(text))
    {
    }

    Kind kind = Kind::None;
    QString message;
    // With CertificateRejected: the certificate the server showed and why it was refused, for
    // the trust dialog; changed when the account had trusted a different one.
    QSslCertificate certificate;
    QList<QSslError> certificateErrors;
    bool certificateChanged = false;
};

// sslErrors: what QXmppClient::sslErrors reported during this attempt (empty if none).
Details classify(const QXmppError &error, const QList<QSslError> &sslErrors, bool wasConnected);
// Whether trying again later can help without the user changing anything: everything but a
// refused password, a refused certificate and an invalid address.
bool isTransient(Kind kind);
}  // namespace ConnectionError
