#include "net/ConnectionSettings.h"

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

QXmppConfiguration ConnectionSettings::toBridgedConfiguration(const QString &password, quint16 bridgePort) const
{
    QXmppConfiguration config;
    config.setJid(jid);
    config.setResource(resource);
    config.setPassword(password);
    // QXmpp only ever talks to the StreamBridge over loopback: the bridge owns TLS and the
    // certificate check, and every real address (host, SRV, redirects) is the bridge's.
    config.setHost(QStringLiteral("127.0.0.1"));
    config.setPort(bridgePort);
    config.setStreamSecurityMode(QXmppConfiguration::TLSDisabled);
    config.setIgnoreSslErrors(false);
    // SCRAM only. Non-SASL auth (XEP-0078) would send the password in clear to a server that
    // offers <auth/> or an old stream header; PLAIN and DIGEST-MD5 expose it or a weak hash.
    // SASL2 and FAST stay off: Prosody 13 does not offer them by default, and FAST tokens would
    // be secrets to keep in the keychain.
    config.setUseNonSASLAuthentication(false);
    config.setUseSasl2Authentication(false);
    config.setUseFastTokenAuthentication(false);
    config.setDisabledSaslMechanisms({QStringLiteral("PLAIN"), QStringLiteral("DIGEST-MD5"),
                                      QStringLiteral("X-FACEBOOK-PLATFORM"), QStringLiteral("X-MESSENGER-OAUTH2"),
                                      QStringLiteral("X-OAUTH2"), QStringLiteral("ANONYMOUS")});
    // Linnet decides when to reconnect (ConnectionController).
    config.setAutoReconnectionEnabled(false);
    return config;
}
