// The bridge's own look at every top-level element, in the framer's single tokenizing pass.
// QXmpp 1.10 acts on two server-supplied addresses by itself, outside the bridge: the target of
// a <see-other-host/> stream error and the XEP-0198 resume `location`. QXmpp must never learn
// either, so the guard reports stream errors to the bridge (which decides about redirects) and
// rewrites <enabled/> without its location. It also gates the feature interceptor (PubSub
// readings) so that nothing is consumed from a stream that is not yet encrypted.
//
// QXmpp 1.10 also ends the session ("Unexpected element received.") on any stanza that arrives
// between its resource binding and the server's <enabled/> (XEP-0198), though a server may route
// one there: when two resources of one account log in at once, Prosody sends the new one the
// other's bounce or "replaced by new connection" presence, or a PubSub event (a headline message)
// to the account's bare JID. A presence there comes before our initial presence, so it is never
// one the roster needs (the server sends those after it), and a headline is a notification
// whose item stays on its node (feeds backfill their nodes at every login); the guard drops
// both. So it does with IQ results and errors there: a resource bound again under its old name
// gets the late answers to the last stream's requests, which QXmpp has already cancelled, and
// IQ requests there (another resource of the account resends its last stream's unacknowledged
// disco query to this one when both log in at once): their senders see a timeout, a failure
// they handle, where passing them would end this session. (Delivering any of them later would
// make QXmpp count a stanza the server did not, breaking the stream's acks.) Other messages
// pass: they may matter.
#pragma once

#include "StanzaFramer.h"

#include <QByteArray>
#include <QString>

class StreamGuard : public StanzaInterceptor
{
public:
    struct StreamError {
        QString condition;  // e.g. "system-shutdown", "see-other-host"; empty if none was given
        QString text;       // the server's <text/>, if any
        QString redirect;   // the see-other-host target ("host", "host:port" or "[v6]:port")
    };

    // Not owned. Only used while forwarding is on.
    void setInner(StanzaInterceptor *inner) { m_inner = inner; }
    // Turn on once the stream is encrypted (between stanzas).
    void setForwarding(bool on) { m_forward = on; }

    // What the frame just finished was; valid until the next frame starts.
    bool frameIsStreamError() const { return m_kind == Kind::StreamErrorElement; }
    bool frameIsAck() const { return m_kind == Kind::SmAck; }  // XEP-0198 <a/>
    const StreamError &streamError() const { return m_error; }
    // Whether the frame just finished had its resume location removed.
    bool strippedLocation() const { return m_stripped; }
    // Stanzas dropped while QXmpp waited for <enabled/>.
    int droppedBeforeSm() const { return m_droppedBeforeSm; }
    // A new stream from the start (a new connection): forgets what the last one offered.
    void restart();

    void token(const QXmlStreamReader &reader, int depth) override;
    bool finish(QByteArray *replacement) override;
    void reset() override;

    // Splits "host", "host:port" and "[v6]:port" (RFC 6120 4.9.3.19); port 0 when absent.
    // Returns false for anything else.
    static bool parseHostPort(const QString &text, QString *host, quint16 *port);

private:
    enum class Kind { Other, StreamErrorElement, SmEnabled, SmFailed, SmAck, Features, IqResult, BindResult, EarlyDroppable };

    StanzaInterceptor *m_inner = nullptr;
    bool m_forward = false;
    Kind m_kind = Kind::Other;
    StreamError m_error;
    int m_textDepth = 0;        // 2 while inside <text/> or <see-other-host/>
    QString *m_textTarget = nullptr;
    QByteArray m_enabled;       // the <enabled/> rewritten without location
    bool m_stripped = false;
    bool m_smOffered = false;       // the last <stream:features> offered XEP-0198
    bool m_awaitingEnabled = false; // bound with SM offered: QXmpp has asked to <enable/> it
    bool m_sessionRequired = false; // the features asked for a (non-optional) session request
    int m_droppedBeforeSm = 0;
    QString m_dropped;  // what the early frame is, for the log
};
