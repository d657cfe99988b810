#include "ConnectionSettings.h"

#include "core/Logging.h"

#include <QSslConfiguration>
#include <QXmppConfiguration.h>
#include <QXmppUtils.h>

bool ConnectionSettings::isValid() const
{
    const auto user = QXmppUtils::jidToUser(jid);
    const auto dom = QXmppUtils::jidToDomain(jid);
    return !user.isEmpty() && !dom.isEmpty() && !dom.contains(QLatin1Char(' ')) && !user.contains(QLatin1Char(' '))
        && QXmppUtils::jidToResource(jid).isEmpty();
}

QString ConnectionSettings::domain() const
{
    return QXmppUtils::jidToDomain(jid);
}

QList<QSslCertificate> ConnectionSettings::extraCaCertificates() const
{
    if (caCertificatesFile.isEmpty())
        return {};
    auto certs = QSslCertificate::fromPath(caCertificatesFile, QSsl::Pem);
    if (certs.isEmpty())
        qCWarning(lcConnection) << "No certificates could be read from" << caCertificatesFile;
    return certs;
}

QXmppConfiguration ConnectionSettings::toConfiguration(const QString &password) const
{
    QXmppConfiguration config;
    config.setJid(jid);
    config.setResource(resource);
    config.setPassword(password);
    if (!host.isEmpty())
        config.setHost(host);
    if (port != 0)
        config.setPort(port);
    // Secure by default: no plaintext streams, only SCRAM, and Linnet decides when to reconnect.
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setIgnoreSslErrors(false);
    config.setDisabledSaslMechanisms({QStringLiteral("PLAIN"), QStringLiteral("DIGEST-MD5"),
                                      QStringLiteral("X-FACEBOOK-PLATFORM"), QStringLiteral("X-MESSENGER-OAUTH2"),
                                      QStringLiteral("X-OAUTH2"), QStringLiteral("ANONYMOUS")});
    config.setAutoReconnectionEnabled(false);
    const auto extra = extraCaCertificates();
    if (!extra.isEmpty())
        config.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    return config;
}
