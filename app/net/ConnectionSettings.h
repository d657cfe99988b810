// Where and as whom an account connects. Never holds the password: that is passed per login.
#pragma once

#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QXmppConfiguration;

// How the bridge reaches the server. Automatic: SRV records of both _xmpps-client (direct TLS)
// and _xmpp-client (STARTTLS) in priority and weight order, then the domain on 5222, then the
// WebSocket and BOSH endpoints the domain announces (XEP-0156). A configured host wins over SRV.
enum class Transport : quint8 { Automatic, StartTls, DirectTls, WebSocket, Bosh };

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
    Transport transport = Transport::Automatic;
    // WebSocket (wss://) or BOSH (https://) endpoint set by hand; empty: found through XEP-0156.
    QUrl endpoint;
    // The DNS server for SRV lookups, "address" or "address:port"; empty: the system's. Tests
    // point it at a local resolver with the fixture's records.
    QString nameserver;

    bool isValid() const;
    QString domain() const;
    QList<QSslCertificate> extraCaCertificates() const;
    // What QXmpp gets: the StreamBridge listening on 127.0.0.1:bridgePort, SCRAM only.
    QXmppConfiguration toBridgedConfiguration(const QString &password, quint16 bridgePort) const;
};
