// XMPP over WebSocket (RFC 7395), the translation alone: between the TCP stream syntax QXmpp and
// the bridge speak and the messages on a WebSocket. WebSocketTransport uses it; header-only, so
// each piece is easy to read next to the RFC section it follows.
#pragma once

#include "net/StanzaFramer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QXmlStreamReader>

namespace WebSocketFraming {
using namespace Qt::StringLiterals;

inline constexpr auto FramingNs = "urn:ietf:params:xml:ns:xmpp-framing"_L1;
inline constexpr QByteArrayView CloseMessage = "<close xmlns='urn:ietf:params:xml:ns:xmpp-framing'/>";
inline constexpr QByteArrayView StreamEnd = "</stream:stream>";

inline bool isXmlSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// "<open" or "<close" as a whole element name (not "<opener"), after leading whitespace.
inline bool startsWithTag(QByteArrayView message, QByteArrayView tag)
{
    qsizetype i = 0;
    while (i < message.size() && isXmlSpace(message.at(i)))
        ++i;
    message = message.sliced(i);
    if (message.size() <= tag.size() + 1 || message.at(0) != '<' || !message.sliced(1).startsWith(tag))
        return false;
    const char next = message.at(tag.size() + 1);
    return isXmlSpace(next) || next == '/' || next == '>';
}

inline QByteArray attribute(const char *name, QStringView value)
{
    if (value.isEmpty())
        return {};
    return ' ' + QByteArray(name) + "=\"" + value.toString().toHtmlEscaped().toUtf8() + '"';
}

// Positions a reader on the first start tag of `bytes`; false if there is none (malformed).
inline bool readFirstElement(QXmlStreamReader &reader)
{
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            return true;
    }
    return false;
}

inline QStringView xmlLang(const QXmlStreamReader &reader)
{
    return reader.attributes().value("http://www.w3.org/XML/1998/namespace"_L1, "lang"_L1);
}

// QXmpp's stream header -> <open/> (RFC 7395 3.3.1), with its to, from, version and xml:lang.
inline QByteArray openFromHeader(QByteArrayView header, const QString &domain)
{
    QXmlStreamReader reader(header);
    readFirstElement(reader);  // the header alone never completes the document: errors are expected
    const auto attrs = reader.attributes();
    const QStringView to = attrs.value("to"_L1);
    const QStringView version = attrs.value("version"_L1);
    return "<open xmlns='urn:ietf:params:xml:ns:xmpp-framing'" + attribute("to", to.isEmpty() ? QStringView(domain) : to)
        + attribute("from", attrs.value("from"_L1)) + attribute("version", version.isEmpty() ? QStringView(u"1.0") : version)
        + attribute("xml:lang", xmlLang(reader)) + "/>";
}

// The server's <open/> -> the stream header a server would send over TCP.
inline QByteArray headerFromOpen(const QXmlStreamReader &open)
{
    const auto attrs = open.attributes();
    return "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'"
        + attribute("from", attrs.value("from"_L1)) + attribute("to", attrs.value("to"_L1))
        + attribute("id", attrs.value("id"_L1)) + attribute("version", attrs.value("version"_L1))
        + attribute("xml:lang", xmlLang(open)) + '>';
}

// Watches the outgoing framer's pass for what each stanza declares on its own element: over
// TCP it inherits jabber:client (and the stream: prefix) from the stream header, over
// WebSocket it must say so itself.
class StanzaNamespaces : public StanzaInterceptor
{
public:
    bool declaresDefault = false;
    bool declaresPrefix = false;
    QString prefix;
    qsizetype tagLength = 0;  // "<" + the qualified name, in bytes

    void token(const QXmlStreamReader &reader, int depth) override
    {
        if (depth != 1 || !reader.isStartElement())
            return;
        prefix = reader.prefix().toString();
        tagLength = 1 + reader.qualifiedName().toUtf8().size();
        declaresDefault = declaresPrefix = false;
        for (const auto &declaration : reader.namespaceDeclarations()) {
            if (declaration.prefix().isEmpty())
                declaresDefault = true;
            else if (declaration.prefix() == prefix)
                declaresPrefix = true;
        }
    }
    bool finish(QByteArray *) override { return false; }
    void reset() override {}

    QByteArray complete(QByteArrayView stanza) const
    {
        QByteArray message = stanza.toByteArray();
        if (prefix.isEmpty() && !declaresDefault)
            message.insert(tagLength, " xmlns='jabber:client'");
        else if (prefix == "stream"_L1 && !declaresPrefix)
            message.insert(tagLength, " xmlns:stream='http://etherx.jabber.org/streams'");
        return message;
    }
};
}  // namespace WebSocketFraming
