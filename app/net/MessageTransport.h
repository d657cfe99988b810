// An XMPP stream carried as messages over HTTP rather than as one TCP byte stream: XMPP over
// WebSocket (RFC 7395, WebSocketTransport) and BOSH (XEP-0124/0206, BoshTransport).
//
// The StreamBridge speaks TCP stream syntax on both sides, so its framer, guard, fast lane and
// QXmpp link are the same for every transport: send() takes exactly what QXmpp writes (the
// stream header, stanzas, </stream:stream>, possibly split anywhere), and received() gives
// exactly what a server would send over TCP after TLS. The transport translates:
// - QXmpp's stream header opens the session (WebSocket <open/>; BOSH session request) or, the
//   second time (after SASL), restarts it (<open/> again; xmpp:restart='true');
// - the server's <open/> / session response becomes a <stream:stream ...> header with the same
//   from, id, version and xml:lang, and its features follow as <stream:features>;
// - a stanza without a namespace gets xmlns='jabber:client' (RFC 7395 3.3.3: no inheritance);
// - </stream:stream> becomes <close/> / type='terminate', and the server's <close/> or
//   terminate becomes </stream:stream>.
// TLS is checked with the account's TlsPolicy against the URL's host, like HTTPS does; a
// refused certificate fails with the certificate and its errors (the trust dialog), as on TCP.
#pragma once

#include "net/ConnectionError.h"
#include "net/TlsPolicy.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

class MessageTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Connects to url (wss:// or https://; ws:// and http:// are refused: TLS is required).
    // `domain` is the XMPP domain (the to= of the stream). Emits connected() once TLS is up.
    virtual void open(const QUrl &url, const QString &domain, const TlsPolicy &tls) = 0;
    // Bytes in TCP stream syntax from QXmpp (see above), in order; may be called before
    // connected(): they wait.
    virtual void send(const QByteArray &bytes) = 0;
    // Polite end: what is queued goes out, then <close/> / terminate; closed() follows.
    virtual void close() = 0;
    // Ends at once; no signal follows.
    virtual void abort() = 0;
    // Backpressure: while paused, the transport takes nothing more from the network (WebSocket:
    // stops reading the socket; BOSH: issues no new poll), so the server buffers, not we.
    virtual void setReceivingPaused(bool paused) = 0;
    // Bytes held in memory right now (bounded; tests check it).
    virtual qint64 heldBytes() const = 0;
    // "WebSocket" / "BOSH", for the account page and the log.
    virtual QString name() const = 0;

Q_SIGNALS:
    void connected();
    void received(const QByteArray &bytes);
    void failed(const ConnectionError::Details &details);
    void closed();  // the server ended the stream, or close() finished
};
