// The bridge's own look at every top-level element, in the framer's single tokenizing pass.
// QXmpp 1.10 acts on two server-supplied addresses by itself, outside the bridge: the target of
// a <see-other-host/> stream error and the XEP-0198 resume `location`. QXmpp must never learn
// either, so the guard reports stream errors to the bridge (which decides about redirects) and
// rewrites <enabled/> without its location. It also gates the feature interceptor (PubSub
// readings) so that nothing is consumed from a stream that is not yet encrypted.
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
    const StreamError &streamError() const { return m_error; }
    // Whether the frame just finished had its resume location removed.
    bool strippedLocation() const { return m_stripped; }

    void token(const QXmlStreamReader &reader, int depth) override;
    bool finish(QByteArray *replacement) override;
    void reset() override;

    // Splits "host", "host:port" and "[v6]:port" (RFC 6120 4.9.3.19); port 0 when absent.
    // Returns false for anything else.
    static bool parseHostPort(const QString &text, QString *host, quint16 *port);

private:
    enum class Kind { Other, StreamErrorElement, SmEnabled };

    StanzaInterceptor *m_inner = nullptr;
    bool m_forward = false;
    Kind m_kind = Kind::Other;
    StreamError m_error;
    int m_textDepth = 0;        // 2 while inside <text/> or <see-other-host/>
    QString *m_textTarget = nullptr;
    QByteArray m_enabled;       // the <enabled/> rewritten without location
    bool m_stripped = false;
};
