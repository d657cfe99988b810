// What BoshTransport.cpp uses besides the transport itself (not part of its API), like
// StreamBridgeDetail.h: the XML of BOSH's <body/> wrapper (XEP-0124 section 6, XEP-0206),
// building requests and taking responses apart into elements that stand on their own in a TCP
// stream, and how a failed HTTP reply is judged.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QAbstractSocket>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QXmlStreamReader>

namespace BoshDetail {
using namespace Qt::StringLiterals;

inline constexpr auto BoshNs = "http://jabber.org/protocol/httpbind"_L1;
inline constexpr auto StreamsNs = "http://etherx.jabber.org/streams"_L1;
inline constexpr auto SaslNs = "urn:ietf:params:xml:ns:xmpp-sasl"_L1;

inline QByteArray escaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        switch (c.unicode()) {
        case '&': out += "&amp;"_L1; break;
        case '<': out += "&lt;"_L1; break;
        case '>': out += "&gt;"_L1; break;
        case '\'': out += "&apos;"_L1; break;
        case '"': out += "&quot;"_L1; break;
        default: out += c;
        }
    }
    return out.toUtf8();
}

inline QByteArray attribute(const char *name, const QString &value)
{
    return ' ' + QByteArray(name) + "='" + escaped(value) + '\'';
}

inline bool isXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Where the tag name of the start tag `element` begins with ends, and whether the tag declares a
// default namespace. QXmpp writes stanzas without xmlns (they inherit jabber:client from its
// stream header); inside <body/> they would be in the BOSH namespace (XEP-0206 section 4).
inline qsizetype scanStartTag(QByteArrayView element, bool *hasDefaultNs)
{
    *hasDefaultNs = false;
    qsizetype i = 1;
    while (i < element.size() && !isXmlSpace(element[i]) && element[i] != '/' && element[i] != '>')
        ++i;
    const qsizetype nameEnd = i;
    while (i < element.size()) {
        while (i < element.size() && isXmlSpace(element[i]))
            ++i;
        if (i >= element.size() || element[i] == '/' || element[i] == '>')
            break;
        const qsizetype nameStart = i;
        while (i < element.size() && element[i] != '=' && !isXmlSpace(element[i]))
            ++i;
        if (element.sliced(nameStart, i - nameStart) == "xmlns")
            *hasDefaultNs = true;
        while (i < element.size() && element[i] != '\'' && element[i] != '"')
            ++i;
        if (i >= element.size())
            break;
        const char quote = element[i++];
        while (i < element.size() && element[i] != quote)
            ++i;
        ++i;
    }
    return nameEnd;
}

// The element with the namespace declarations it relied on from <body/>: the default
// jabber:client and any prefix the server declared there (stream: is in our stream header).
inline QByteArray standalone(QByteArrayView element, const QList<QXmlStreamNamespaceDeclaration> &inherited)
{
    bool hasDefault = false;
    const qsizetype nameEnd = scanStartTag(element, &hasDefault);
    QByteArray extra;
    if (!hasDefault)
        extra += " xmlns='jabber:client'";
    for (const auto &ns : inherited) {
        const QByteArray prefix = ns.prefix().toUtf8();
        if (prefix.isEmpty() || prefix == "stream" || !element.contains(QByteArray(prefix + ':')))
            continue;
        extra += " xmlns:" + prefix + "='" + escaped(ns.namespaceUri().toString()) + '\'';
    }
    if (extra.isEmpty())
        return element.toByteArray();
    return element.first(nameEnd).toByteArray() + extra + element.sliced(nameEnd).toByteArray();
}

// One request: attributes already escaped, each " name='value'"; payload: complete elements.
inline QByteArray request(quint64 rid, const QString &sid, const QByteArray &attributes, const QByteArray &payload)
{
    QByteArray body = "<body rid='" + QByteArray::number(rid) + '\'';
    if (!sid.isEmpty())
        body += attribute("sid", sid);
    body += " xmlns='http://jabber.org/protocol/httpbind'" + attributes;
    if (payload.isEmpty())
        return body + "/>";
    return body + '>' + payload + "</body>";
}

struct Response {
    bool ok = false;
    QString error;
    QHash<QString, QString> attributes;  // of <body/>, by qualified name
    QByteArray payload;                  // its children, each standing on its own
    bool features = false;               // <stream:features> among them
    bool saslSuccess = false;            // SASL <success/>: a stream restart follows
    bool streamError = false;            // <stream:error>
};

// Slices the children out of the response text as they came (no re-serialisation), adding the
// namespace declarations they inherited from <body/>. DTDs and entity references are refused.
inline Response parse(const QByteArray &xml)
{
    Response out;
    const QString text = QString::fromUtf8(xml);
    QXmlStreamReader reader(text);
    QList<QXmlStreamNamespaceDeclaration> declared;
    int depth = 0;
    qint64 childStart = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            out.error = u"DTD or entity reference"_s;
            return out;
        }
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1) {
                if (reader.name() != "body"_L1 || reader.namespaceUri() != BoshNs) {
                    out.error = u"not a BOSH <body/>"_s;
                    return out;
                }
                for (const auto &a : reader.attributes())
                    out.attributes.insert(a.qualifiedName().toString(), a.value().toString());
                declared = reader.namespaceDeclarations().toList();
            } else if (depth == 2) {
                // The start tag ends here and holds no '<' ('<' cannot appear unescaped in it).
                // (The offset after a text token may already be past the next '<'.)
                childStart = text.lastIndexOf(u'<', reader.characterOffset() - 1);
                const bool streams = reader.namespaceUri() == StreamsNs;
                out.features |= streams && reader.name() == "features"_L1;
                out.streamError |= streams && reader.name() == "error"_L1;
                out.saslSuccess |= reader.name() == "success"_L1 && reader.namespaceUri() == SaslNs;
            }
        } else if (token == QXmlStreamReader::EndElement && --depth == 1) {
            const auto child = QStringView(text).sliced(childStart, reader.characterOffset() - childStart);
            out.payload += standalone(child.toUtf8(), declared);
        }
    }
    if (reader.hasError())
        out.error = reader.errorString();
    else if (depth != 0 || !text.contains(u"<body"_s))
        out.error = u"incomplete"_s;
    out.ok = out.error.isEmpty();
    return out;
}
inline QAbstractSocket::SocketError socketErrorOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError: return QAbstractSocket::HostNotFoundError;
    case QNetworkReply::ConnectionRefusedError: return QAbstractSocket::ConnectionRefusedError;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: return QAbstractSocket::SocketTimeoutError;
    case QNetworkReply::RemoteHostClosedError: return QAbstractSocket::RemoteHostClosedError;
    case QNetworkReply::SslHandshakeFailedError: return QAbstractSocket::SslHandshakeFailedError;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError: return QAbstractSocket::NetworkError;
    default: return QAbstractSocket::UnknownSocketError;
    }
}

// Worth sending the same request again: the reply was lost on the way, not refused. A 200
// whose body broke off (the connection dropped, or the transfer timeout fired when a process
// that was stopped for longer than it ran again before reading what had arrived) is lost too.
inline bool isLostReply(QNetworkReply::NetworkError error, int httpStatus)
{
    if (httpStatus != 0 && httpStatus != 200)
        return httpStatus == 408 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:  // transferTimeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ConnectionRefusedError:  // a proxy or the server restarting its listener
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}
}  // namespace BoshDetail
