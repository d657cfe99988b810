// Turns what QXmpp reports into one error kind and a sentence a user can act on.
#pragma once

#include <QObject>
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
    Kind kind = Kind::None;
    QString message;
};

// sslErrors: what QXmppClient::sslErrors reported during this attempt (empty if none).
Details classify(const QXmppError &error, const QList<QSslError> &sslErrors, bool wasConnected);
// Whether trying again later can help without the user changing anything: everything but a
// refused password, a refused certificate and an invalid address.
bool isTransient(Kind kind);
}  // namespace ConnectionError
