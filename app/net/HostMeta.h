// XEP-0156 host-meta: which WebSocket and BOSH endpoints a domain announces, from its XRD
// (/.well-known/host-meta) or JRD (/.well-known/host-meta.json) document. Pure parsing, no
// I/O: ServiceDiscovery fetches the documents; tests feed these functions hostile input too.
#pragma once

#include "core/Logging.h"
#include "net/ServiceDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <optional>

namespace HostMeta {
inline constexpr QStringView XrdNamespace = u"http://docs.oasis-open.org/ns/xri/xrd-1.0";
inline constexpr QStringView WebSocketRel = u"urn:xmpp:alt-connections:websocket";
inline constexpr QStringView BoshRel = u"urn:xmpp:alt-connections:xbosh";

// A link the account may use: the scheme its transport needs (TLS only), a host, no user info.
inline std::optional<ServiceEndpoint> endpointFor(Transport transport, const QUrl &url)
{
    const QStringView scheme = transport == Transport::WebSocket ? QStringView(u"wss") : QStringView(u"https");
    if (!url.isValid() || url.scheme() != scheme || url.host().isEmpty() || !url.userInfo().isEmpty())
        return std::nullopt;
    ServiceEndpoint endpoint;
    endpoint.transport = transport;
    endpoint.url = url;
    return endpoint;
}

using Link = std::pair<QString, QString>;  // rel, href

// XRD (XEP-0156 section 3.1): <XRD xmlns='...xrd-1.0'><Link rel='...' href='...'/></XRD>.
// Returns false for anything that is not such a document (a DTD included: nothing to expand).
inline bool parseXrd(const QByteArray &body, QList<Link> *links)
{
    QXmlStreamReader xml(body);
    int depth = 0;
    bool root = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return false;
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 1) {
                if (xml.name() != u"XRD" || xml.namespaceUri() != XrdNamespace)
                    return false;
                root = true;
            } else if (depth == 2 && xml.name() == u"Link" && xml.namespaceUri() == XrdNamespace) {
                const auto attributes = xml.attributes();
                links->append({attributes.value(u"rel").toString(), attributes.value(u"href").toString()});
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return root && !xml.hasError();
}

// JRD (XEP-0156 section 3.2): {"links": [{"rel": "...", "href": "..."}]}.
inline bool parseJrd(const QByteArray &body, QList<Link> *links)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonValue array = document.object().value(u"links");
    if (!array.isArray())
        return false;
    for (const QJsonValue &value : array.toArray()) {
        const QJsonObject link = value.toObject();
        links->append({link.value(u"rel").toString(), link.value(u"href").toString()});
    }
    return true;
}

// The links `wanted` can use, WebSocket before BOSH, each once, in document order otherwise.
inline QList<ServiceEndpoint> endpointsFrom(const QList<Link> &links, Transport wanted)
{
    QList<ServiceEndpoint> webSockets;
    QList<ServiceEndpoint> bosh;
    for (const auto &[rel, href] : links) {
        const Transport transport = rel == WebSocketRel ? Transport::WebSocket
            : rel == BoshRel                            ? Transport::Bosh
                                                        : Transport::Automatic;
        if (transport == Transport::Automatic || (wanted != Transport::Automatic && wanted != transport))
            continue;
        const QUrl url(href, QUrl::StrictMode);
        const auto endpoint = endpointFor(transport, url);
        if (!endpoint) {
            qCInfo(lcConnection) << "host-meta: ignoring" << rel << url.toDisplayString(QUrl::RemoveUserInfo)
                                 << "(not a wss:// or https:// address)";
            continue;
        }
        auto &list = transport == Transport::WebSocket ? webSockets : bosh;
        if (!list.contains(*endpoint))
            list.append(*endpoint);
    }
    return webSockets + bosh;
}

}  // namespace HostMeta
