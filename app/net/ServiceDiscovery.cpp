// ServiceDiscovery: SRV records of both XMPP client services (RFC 6120 3.2, XEP-0368) and
// XEP-0156 host-meta. The contract is in the header; this file adds the why.
#include "net/ServiceDiscovery.h"

#include "net/HostMeta.h"

#include "core/Logging.h"
#include "net/StreamBridgeDetail.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>

#include <algorithm>
#include <tuple>
#include <utility>

using ConnectionError::Kind;
using StreamBridgeDetail::errorText;

namespace {
constexpr quint16 StartTlsPort = 5222;
constexpr quint16 DirectTlsPort = 5223;
// host-meta is a few hundred bytes; anything much larger is not one and is not read.
constexpr qint64 MaxHostMetaBytes = 64 * 1024;
constexpr int HostMetaTimeoutMs = 15000;

quint16 defaultPort(Transport transport)
{
    return transport == Transport::DirectTls ? DirectTlsPort : StartTlsPort;
}

// "addr", "addr:port" or "[v6addr]:port"; a bare IPv6 address is taken whole (port 53).
bool parseNameserver(const QString &text, QHostAddress *address, quint16 *port)
{
    *port = 53;
    if (address->setAddress(text))
        return true;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value == 0 || value > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(value);
    return true;
}

ConnectionError::Details noHttpEndpoint()
{
    return {Kind::HostNotFound,
            errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server announces no WebSocket or BOSH address."))};
}
}  // namespace

QString ServiceEndpoint::where() const
{
    if (transport == Transport::WebSocket || transport == Transport::Bosh)
        return url.toDisplayString();
    return (host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(host).arg(port);
}

QString ServiceEndpoint::describe() const
{
    // Protocol names, not prose: the same in every language (for the log).
    switch (transport) {
    case Transport::StartTls:
        return QStringLiteral("STARTTLS ") + where();
    case Transport::DirectTls:
        return QStringLiteral("direct TLS ") + where();
    case Transport::WebSocket:
        return QStringLiteral("WebSocket ") + where();
    case Transport::Bosh:
        return QStringLiteral("BOSH ") + where();
    case Transport::Automatic:
        break;
    }
    return {};
}

struct ServiceDiscovery::Private {
    ServiceDiscovery *q;
    quint64 generation = 0;  // bumped by cancel(): anything of an older lookup is dropped

    // lookUpSockets()
    ConnectionSettings settings;
    QList<QPointer<QDnsLookup>> lookups;
    QList<SrvRecord> records;
    bool anyRecord = false;  // "." targets count: the domain said something, so no fallback

    // lookUpHttp()
    QNetworkAccessManager *network = nullptr;
    QPointer<QNetworkReply> reply;
    TlsPolicy tls;
    QList<QSslError> sslErrors;
    QSslCertificate peer;

    void startSrv(const QString &service, Transport transport);
    void srvFinished(QDnsLookup *lookup, Transport transport);
    void fetchHostMeta(bool json);
    void hostMetaFinished(QNetworkReply *finished, bool json);
    void finishHttp(const QList<ServiceEndpoint> &endpoints, const ConnectionError::Details &error);

    // Signals always leave through the event loop, so a caller may connect after calling.
    template<typename Emit> void later(Emit emitSignal)
    {
        QMetaObject::invokeMethod(q, [this, generation = generation, emitSignal] {
            if (generation == this->generation)
                emitSignal();
        }, Qt::QueuedConnection);
    }
};

ServiceDiscovery::ServiceDiscovery(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
}

ServiceDiscovery::~ServiceDiscovery()
{
    cancel();
}

void ServiceDiscovery::cancel()
{
    ++d->generation;
    // Disconnected before abort(): both emit finished() at once, which must not reach us.
    for (const auto &lookup : std::exchange(d->lookups, {})) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    d->records.clear();
    d->anyRecord = false;
    if (QNetworkReply *reply = std::exchange(d->reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    d->sslErrors.clear();
    d->peer = QSslCertificate();
}

// --- SRV ------------------------------------------------------------------------------------

QList<ServiceEndpoint> ServiceDiscovery::order(QList<SrvRecord> records, const std::function<quint32(quint32)> &random)
{
    records.removeIf([](const SrvRecord &r) { return r.target.isEmpty() || r.target == u"."; });
    // Within a priority, zero weights lead the draw (RFC 2782) and direct TLS leads STARTTLS,
    // so equal chances fall to direct TLS (XEP-0368); stable keeps the DNS order otherwise.
    std::stable_sort(records.begin(), records.end(), [](const SrvRecord &a, const SrvRecord &b) {
        const auto key = [](const SrvRecord &r) {
            return std::tuple(r.priority, r.weight != 0, r.transport != Transport::DirectTls);
        };
        return key(a) < key(b);
    });
    QList<ServiceEndpoint> ordered;
    ordered.reserve(records.size());
    while (!records.isEmpty()) {
        const quint16 priority = records.constFirst().priority;
        const qsizetype groupEnd = std::find_if(records.cbegin(), records.cend(),
                                                [priority](const SrvRecord &r) { return r.priority != priority; })
            - records.cbegin();
        quint32 sum = 0;
        for (qsizetype i = 0; i < groupEnd; ++i)
            sum += records.at(i).weight;
        const quint32 pick = std::min(random(sum), sum);
        // The first record whose running sum reaches the pick.
        qsizetype chosen = groupEnd - 1;
        quint32 running = 0;
        for (qsizetype i = 0; i < groupEnd; ++i) {
            running += records.at(i).weight;
            if (running >= pick) {
                chosen = i;
                break;
            }
        }
        const SrvRecord record = records.takeAt(chosen);
        ServiceEndpoint endpoint;
        endpoint.transport = record.transport;
        endpoint.host = record.target;
        endpoint.port = record.port;
        ordered.append(endpoint);
    }
    return ordered;
}

void ServiceDiscovery::lookUpSockets(const ConnectionSettings &settings)
{
    cancel();
    d->settings = settings;
    const Transport wanted = settings.transport;
    if (wanted == Transport::WebSocket || wanted == Transport::Bosh) {
        d->later([this] { Q_EMIT socketsFound({}); });
        return;
    }
    if (!settings.host.isEmpty()) {
        // The account's own host beats whatever the domain publishes.
        ServiceEndpoint endpoint;
        endpoint.transport = wanted == Transport::DirectTls ? Transport::DirectTls : Transport::StartTls;
        endpoint.host = settings.host;
        endpoint.port = settings.port ? settings.port : defaultPort(endpoint.transport);
        d->later([this, endpoint] { Q_EMIT socketsFound({endpoint}); });
        return;
    }
    // Both services at once, merged when both have answered (one round trip, not two).
    if (wanted != Transport::StartTls)
        d->startSrv(QStringLiteral("_xmpps-client._tcp."), Transport::DirectTls);
    if (wanted != Transport::DirectTls)
        d->startSrv(QStringLiteral("_xmpp-client._tcp."), Transport::StartTls);
}

void ServiceDiscovery::Private::startSrv(const QString &service, Transport transport)
{
    auto *lookup = new QDnsLookup(QDnsLookup::SRV, service + settings.domain(), q);
    if (!settings.nameserver.isEmpty()) {
        QHostAddress address;
        quint16 port = 0;
        if (parseNameserver(settings.nameserver, &address, &port))
            lookup->setNameserver(address, port);
        else
            qCWarning(lcConnection) << "Ignoring the invalid nameserver" << settings.nameserver;
    }
    QObject::connect(lookup, &QDnsLookup::finished, q, [this, lookup, transport] { srvFinished(lookup, transport); });
    lookups.append(lookup);
    lookup->lookup();
}

void ServiceDiscovery::Private::srvFinished(QDnsLookup *lookup, Transport transport)
{
    lookups.removeAll(lookup);
    lookup->deleteLater();
    if (lookup->error() == QDnsLookup::NoError) {
        for (const auto &record : lookup->serviceRecords()) {
            anyRecord = true;
            records.append({transport, record.target(), record.port(), record.priority(), record.weight()});
        }
    } else if (lookup->error() != QDnsLookup::NotFoundError) {
        // A failed lookup is no answer: the other service or the fallback may still work.
        qCInfo(lcConnection) << "SRV lookup of" << lookup->name() << "failed:" << lookup->errorString();
    }
    if (!lookups.isEmpty())
        return;

    QList<ServiceEndpoint> endpoints;
    if (anyRecord) {
        endpoints = order(records, [](quint32 n) { return quint32(QRandomGenerator::global()->bounded(quint64(n) + 1)); });
    } else {
        // RFC 6120 3.2.2: no SRV records at all, so the domain itself.
        ServiceEndpoint endpoint;
        endpoint.transport = settings.transport == Transport::DirectTls ? Transport::DirectTls : Transport::StartTls;
        endpoint.host = settings.domain();
        endpoint.port = settings.port ? settings.port : defaultPort(endpoint.transport);
        endpoints.append(endpoint);
    }
    qCDebug(lcConnection) << "Service records of" << settings.domain() << "give" << endpoints.size() << "endpoints";
    records.clear();
    anyRecord = false;
    later([this, endpoints] { Q_EMIT q->socketsFound(endpoints); });
}

// --- XEP-0156 host-meta ---------------------------------------------------------------------

void ServiceDiscovery::lookUpHttp(const ConnectionSettings &settings, const TlsPolicy &tls)
{
    cancel();
    d->settings = settings;
    d->tls = tls;
    if (!settings.endpoint.isEmpty()) {
        // Set by hand: used as it is, if its scheme is the TLS one of its transport.
        Transport transport = settings.transport;
        if (transport != Transport::WebSocket && transport != Transport::Bosh)
            transport = settings.endpoint.scheme() == u"wss" ? Transport::WebSocket : Transport::Bosh;
        if (const auto endpoint = HostMeta::endpointFor(transport, settings.endpoint)) {
            d->later([this, endpoint = *endpoint] { Q_EMIT httpFound({endpoint}, {}); });
        } else {
            const ConnectionError::Details error{
                Kind::InvalidAddress,
                errorText(QT_TRANSLATE_NOOP("ConnectionError",
                                            "A WebSocket address must start with wss://, a BOSH address with https://."))};
            d->later([this, error] { Q_EMIT httpFound({}, error); });
        }
        return;
    }
    if (settings.transport == Transport::StartTls || settings.transport == Transport::DirectTls) {
        d->later([this] { Q_EMIT httpFound({}, noHttpEndpoint()); });
        return;
    }
    d->fetchHostMeta(false);
}

void ServiceDiscovery::Private::fetchHostMeta(bool json)
{
    if (!network)
        network = new QNetworkAccessManager(q);  // on the thread the discovery lives on
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(settings.domain());
    url.setPath(json ? QStringLiteral("/.well-known/host-meta.json") : QStringLiteral("/.well-known/host-meta"));
    QNetworkRequest request(url);
    request.setSslConfiguration(tls.configuration());
    request.setRawHeader("Accept", json ? "application/json" : "application/xrd+xml");
    // Redirects stay on https (never to http), a few hops at most.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(HostMetaTimeoutMs);
    qCDebug(lcConnection) << "Fetching" << url.toDisplayString();

    sslErrors.clear();
    peer = QSslCertificate();
    QNetworkReply *current = network->get(request);
    reply = current;
    QObject::connect(current, &QNetworkReply::sslErrors, q, [this, current](const QList<QSslError> &errors) {
        const QSslCertificate certificate = current->sslConfiguration().peerCertificate();
        if (tls.acceptsDespite(certificate)) {
            current->ignoreSslErrors(errors);  // exactly these errors, for the certificate the user trusted
            return;
        }
        sslErrors = errors;
        peer = certificate;
    });
    // Qt stops downloading when the buffer is full; a full buffer means it is no host-meta.
    current->setReadBufferSize(MaxHostMetaBytes);
    QObject::connect(current, &QNetworkReply::readyRead, q, [current] {
        if (current->bytesAvailable() >= MaxHostMetaBytes) {
            qCInfo(lcConnection) << "host-meta:" << current->url().toDisplayString() << "is larger than 64 KiB, not read";
            current->abort();
        }
    });
    QObject::connect(current, &QNetworkReply::finished, q, [this, current, json] { hostMetaFinished(current, json); });
}

void ServiceDiscovery::Private::hostMetaFinished(QNetworkReply *finished, bool json)
{
    finished->deleteLater();
    reply = nullptr;
    const auto error = finished->error();
    if (!sslErrors.isEmpty()) {
        finishHttp({}, tls.rejection(peer, sslErrors, finished->errorString()));
        return;
    }
    if (error == QNetworkReply::HostNotFoundError) {
        finishHttp({}, {Kind::HostNotFound,
                        errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server's address could not be found. Check the address, or enter a host."))});
        return;
    }
    // No HTTP answer at all (refused, timed out, TLS failed without certificate errors): the
    // other document lives on the same server, so there is no point in asking for it.
    const int status = finished->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error != QNetworkReply::NoError && status == 0) {
        qCInfo(lcConnection) << "host-meta:" << finished->errorString();
        finishHttp({}, {Kind::HostUnreachable, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server could not be reached."))});
        return;
    }
    QList<ServiceEndpoint> endpoints;
    if (error == QNetworkReply::NoError) {
        const QByteArray body = finished->readAll();
        QList<HostMeta::Link> links;
        if (json ? HostMeta::parseJrd(body, &links) : HostMeta::parseXrd(body, &links))
            endpoints = HostMeta::endpointsFrom(links, settings.transport);
        else
            qCInfo(lcConnection) << "host-meta:" << finished->url().toDisplayString() << "is not a valid document";
    } else {
        qCDebug(lcConnection) << "host-meta:" << finished->url().toDisplayString() << status << finished->errorString();
    }
    if (!endpoints.isEmpty())
        finishHttp(endpoints, {});
    else if (!json)
        fetchHostMeta(true);  // XEP-0156: the JSON form may be all a server offers
    else
        finishHttp({}, noHttpEndpoint());
}

void ServiceDiscovery::Private::finishHttp(const QList<ServiceEndpoint> &endpoints, const ConnectionError::Details &error)
{
    later([this, endpoints, error] { Q_EMIT q->httpFound(endpoints, error); });
}
