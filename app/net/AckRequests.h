// XEP-0198 ack requests, one in flight. QXmpp 1.10 sends an <r/> after every stanza it sends
// and the server answers each with an <a/>: in a burst (a receipt for each of thousands of
// incoming messages) that triples the stanzas the server and Linnet handle. The bridge holds
// QXmpp's requests back while one is unanswered and, when the answer comes, asks once for all
// that were held. QXmpp trims its resend queue by each <a h='N'/>, however many it asked for,
// so it learns of every acked stanza, only in fewer, larger steps.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

class AckRequests
{
public:
    // The exact bytes QXmpp 1.10 writes for a request (serializeXml(SmRequest)). QXmpp escapes
    // '<' in text and never sends an <r/> inside a stanza, so these bytes are only ever its own
    // top-level request; one split across two reads is not recognised and simply goes out.
    static constexpr QByteArrayView Request = "<r xmlns=\"urn:xmpp:sm:3\"/>";

    // QXmpp's bytes on their way to the server, with the requests held back while one is in flight.
    QByteArray outgoing(QByteArray data);
    // The server acked: true if requests were held meanwhile (the caller sends one Request now).
    bool acked();
    // A new stream: nothing in flight.
    void reset() { m_inFlight = m_held = false; }

private:
    bool m_inFlight = false;
    bool m_held = false;
};
