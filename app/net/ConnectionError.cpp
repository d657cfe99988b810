#include "net/ConnectionError.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QXmppAuthenticationError.h>
#include <QXmppBindError.h>
#include <QXmppError.h>
#include <QXmppGlobal.h>
#include <QXmppStreamError.h>

namespace ConnectionError {

static QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionError", text);
}

static Details fromSocketError(QAbstractSocket::SocketError error, const QXmppError &raw, bool wasConnected)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return {Kind::HostNotFound, tr("The server's address could not be found. Check the address, or enter a host.")};
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketTimeoutError:
    case QAbstractSocket::TemporaryError:
    case QAbstractSocket::ProxyConnectionRefusedError:
        if (!wasConnected)
            return {Kind::HostUnreachable, tr("The server could not be reached (%1).").arg(raw.description)};
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return {Kind::CertificateRejected, tr("A secure connection could not be established: %1").arg(raw.description)};
    default:
        break;
    }
    if (wasConnected)
        return {Kind::ConnectionLost, tr("The connection to the server was lost.")};
    return {Kind::HostUnreachable, tr("The server could not be reached (%1).").arg(raw.description)};
}

static Details fromAuthError(const QXmpp::AuthenticationError &error)
{
    switch (error.type) {
    case QXmpp::AuthenticationError::NotAuthorized:
        return {Kind::AuthenticationFailed, tr("Wrong password or unknown account.")};
    case QXmpp::AuthenticationError::AccountDisabled:
        return {Kind::AuthenticationFailed, tr("This account has been disabled by the server.")};
    case QXmpp::AuthenticationError::CredentialsExpired:
        return {Kind::AuthenticationFailed, tr("The password has expired. Set a new one with your provider.")};
    case QXmpp::AuthenticationError::MechanismMismatch:
        return {Kind::AuthenticationFailed,
                tr("The server offers no secure login method Linnet accepts (SCRAM).")};
    case QXmpp::AuthenticationError::EncryptionRequired:
    case QXmpp::AuthenticationError::ProcessingError:
    case QXmpp::AuthenticationError::RequiredTasks:
        break;
    }
    return {Kind::AuthenticationFailed, tr("Login failed: %1").arg(error.text)};
}

Details classify(const QXmppError &error, const QList<QSslError> &sslErrors, bool wasConnected)
{
    if (!sslErrors.isEmpty()) {
        return {Kind::CertificateRejected,
                tr("The server's certificate was refused: %1").arg(sslErrors.constFirst().errorString())};
    }
    if (auto socketError = error.value<QAbstractSocket::SocketError>())
        return fromSocketError(*socketError, error, wasConnected);
    if (auto authError = error.value<QXmpp::AuthenticationError>())
        return fromAuthError(*authError);
    if (error.holdsType<QXmpp::TimeoutError>()) {
        if (wasConnected)
            return {Kind::ConnectionLost, tr("The server stopped answering.")};
        return {Kind::HostUnreachable, tr("The server did not answer in time.")};
    }
    // QXmpp words a <stream:error> from the server "Received stream error (...)"; any other
    // StreamError is QXmpp ending the stream itself over something the server sent that it did
    // not expect (an element out of order, a bind reply it cannot read).
    if (error.holdsType<QXmpp::StreamError>() && !error.description.startsWith(u"Received stream error"))
        return {Kind::ServerError, tr("The session ended on an unexpected reply from the server: %1").arg(error.description)};
    if (error.holdsType<QXmpp::StreamError>() || error.holdsType<QXmpp::BindError>())
        return {Kind::ServerError, tr("The server closed the session: %1").arg(error.description)};
    return {wasConnected ? Kind::ConnectionLost : Kind::ServerError,
            error.description.isEmpty() ? tr("The connection failed.") : error.description};
}

bool isTransient(Kind kind)
{
    // A reconnect after sleep meets DNS failures, refused ports and restarting servers: all
    // pass. Only what the user must fix ends the retries.
    return kind != Kind::AuthenticationFailed && kind != Kind::CertificateRejected && kind != Kind::InvalidAddress
        && kind != Kind::None;
}

}  // namespace ConnectionError
