// Where and as whom an account connects. Never holds the password: that is passed per login.
#pragma once

#include <QSslCertificate>
#include <QString>

class QXmppConfiguration;

struct ConnectionSettings {
    QString jid;       // bare JID, e.g. alice@example.org
    QString resource = QStringLiteral("linnet");
    QString host;      // empty: from the JID's domain (SRV lookup)
    quint16 port = 0;  // 0: the default
    // Extra trust anchors for this account (a private server's CA). Added to the system's CAs;
    // certificates that do not chain to either are refused.
    QString caCertificatesFile;
    // SHA-256 digests of certificates the user trusted for this account although they do not
    // validate (the trust dialog). Only these exact certificates pass; any other is refused.
    QList<QByteArray> pinnedSha256;

    bool isValid() const;
    QString domain() const;
    QList<QSslCertificate> extraCaCertificates() const;
    // What QXmpp gets: the StreamBridge listening on 127.0.0.1:bridgePort, SCRAM only.
    QXmppConfiguration toBridgedConfiguration(const QString &password, quint16 bridgePort) const;
};
