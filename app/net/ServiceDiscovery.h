// Where an account's server can be reached, in the order to try (RFC 6120 3.2, XEP-0368,
// XEP-0156). The StreamBridge walks the list: a failed endpoint moves on to the next.
//
// lookUpSockets(): with a configured host, that host alone (port or the transport's default:
// 5222 STARTTLS, 5223 direct TLS). Otherwise the SRV records of _xmpps-client._tcp (direct TLS,
// ALPN "xmpp-client") and _xmpp-client._tcp (STARTTLS), looked up together and merged: lower
// priority first, within a priority by RFC 2782's weighted random order, direct TLS before
// STARTTLS on a tie; a "." target means "no service here". Without any record: the domain on
// 5222. Transport::StartTls / DirectTls keep only records of that kind.
//
// lookUpHttp(): the endpoint set by hand (settings.endpoint) or XEP-0156 host-meta of the domain
// (https://DOMAIN/.well-known/host-meta, XRD; then host-meta.json), fetched with the account's
// TlsPolicy; WebSocket endpoints before BOSH ones; only wss:// and https:// URLs are kept.
//
// Every lookup is fresh (no cache), asks settings.nameserver when set, and ends with exactly one
// finished signal; a stale lookup is dropped by start-over (a new call cancels the last one).
#pragma once

#include "net/ConnectionError.h"
#include "net/ConnectionSettings.h"
#include "net/TlsPolicy.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QDnsLookup;
class QNetworkAccessManager;

struct ServiceEndpoint {
    Transport transport = Transport::StartTls;  // never Automatic
    QString host;                               // StartTls, DirectTls
    quint16 port = 0;
    QUrl url;                                   // WebSocket, Bosh
    // "xmpp.example.org:5222" or the URL
    QString where() const;
    // "STARTTLS xmpp.example.org:5222", "direct TLS ...", "WebSocket wss://...", "BOSH https://..." (the log)
    QString describe() const;
    bool operator==(const ServiceEndpoint &) const = default;
};

class ServiceDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit ServiceDiscovery(QObject *parent = nullptr);
    ~ServiceDiscovery() override;

    void lookUpSockets(const ConnectionSettings &settings);
    void lookUpHttp(const ConnectionSettings &settings, const TlsPolicy &tls);
    void cancel();

    // The order RFC 2782 asks for (exposed for tests): sorted by priority; within one priority,
    // repeatedly pick by weight (zero weights first in the draw, as the RFC says). random(n) must
    // return a value in [0, n].
    struct SrvRecord {
        Transport transport;
        QString target;
        quint16 port;
        quint16 priority;
        quint16 weight;
    };
    static QList<ServiceEndpoint> order(QList<SrvRecord> records, const std::function<quint32(quint32)> &random);

Q_SIGNALS:
    void socketsFound(const QList<ServiceEndpoint> &endpoints);
    // Empty with an error when nothing was found (host-meta missing, invalid, or refused TLS).
    void httpFound(const QList<ServiceEndpoint> &endpoints, const ConnectionError::Details &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
