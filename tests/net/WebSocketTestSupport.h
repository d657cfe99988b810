// What the WebSocketTransport tests share: the bytes QXmpp writes, a stand-in for the bridge's
// framer, one message parsed on its own, and the TLS policy that trusts a given CA.
#pragma once

#include "net/StanzaFramer.h"
#include "net/WebSocketTransport.h"

#include <QXmlStreamReader>

#include <functional>

namespace WebSocketTest {
using namespace Qt::StringLiterals;

inline const QString Domain = u"linnet.test"_s;  // resolves to 127.0.0.1 inside ./dev
inline const QString Password = u"correct horse battery staple"_s;
// What QXmpp 1.10 writes to open its stream (and again after SASL success).
inline const QByteArray ClientHeader = "<?xml version='1.0' encoding='UTF-8'?><stream:stream from='alice@linnet.test' "
                                "to='linnet.test' version='1.0' xml:lang='en' xmlns='jabber:client' "
                                "xmlns:stream='http://etherx.jabber.org/streams'>";
inline const QString FramingNs = u"urn:ietf:params:xml:ns:xmpp-framing"_s;

// What the transport handed to "the bridge", framed as the bridge frames it.
struct Received {
    struct Frame {
        StanzaFramer::Kind kind;
        QByteArray bytes;
    };
    QList<Frame> frames;
    bool malformed = false;
    std::function<void(const Frame &)> onFrame;
    StanzaFramer framer{[this](StanzaFramer::Kind kind, QByteArrayView bytes) {
        frames.append({kind, bytes.toByteArray()});
        if (onFrame)
            onFrame(frames.constLast());
    }};

    explicit Received(WebSocketTransport &transport)
    {
        QObject::connect(&transport, &MessageTransport::received, &transport, [this](const QByteArray &bytes) {
            malformed = malformed || !framer.feed(bytes);
        });
    }
    int count(StanzaFramer::Kind kind) const
    {
        return int(std::count_if(frames.cbegin(), frames.cend(), [kind](const Frame &f) { return f.kind == kind; }));
    }
};

// The root element of one message, parsed on its own (as RFC 7395 requires it to parse).
struct Root {
    QString name, ns;
    QXmlStreamAttributes attributes;
    QString text;  // all character data inside
    bool wellFormed = false;
};
inline Root parse(const QString &message)
{
    Root root;
    QXmlStreamReader reader(message);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && root.name.isEmpty()) {
            root.name = reader.name().toString();
            root.ns = reader.namespaceUri().toString();
            root.attributes = reader.attributes();
        } else if (reader.isCharacters()) {
            root.text += reader.text();
        }
    }
    root.wellFormed = !reader.hasError();
    return root;
}

// The account's TLS rules trusting exactly the CA in caFile (none: only the system's).
inline TlsPolicy trusting(const QString &caFile)
{
    ConnectionSettings settings;
    settings.jid = u"alice@"_s + Domain;
    settings.caCertificatesFile = caFile;
    return TlsPolicy(settings);
}
}  // namespace WebSocketTest
