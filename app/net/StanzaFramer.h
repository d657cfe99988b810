// Splits the bytes a server sends into whole top-level elements of the XMPP stream, in one
// linear pass. QXmpp 1.10 re-parses its whole receive buffer on every socket read until that
// buffer happens to end on a stanza boundary (quadratic with a backlog, issue 3); a bridge in
// front of its socket uses this class so QXmpp only ever sees input that ends on a boundary.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QXmlStreamReader>

#include <functional>

// Lets a feature parse some stanzas in the framer's tokenizing pass instead of a second one
// (e.g. PubSub sensor events that never need to reach QXmpp).
class StanzaInterceptor
{
public:
    virtual ~StanzaInterceptor() = default;
    // Every token of a top-level element (stanza), in order. depth is the nesting level of the
    // token's element within the stanza: 1 for the stanza's own StartElement and EndElement and
    // for text directly inside it, 2 for its children, ... The reader is positioned at the token
    // and processes namespaces (namespaceUri() works; xmlns is not among the attributes()).
    virtual void token(const QXmlStreamReader &reader, int depth) = 0;
    // The stanza is complete. Return true if it was consumed: the sink then gets `replacement`
    // instead of the raw bytes (nothing at all if the replacement is left empty).
    virtual bool finish(QByteArray *replacement) = 0;
    // The stanza that was being reported was abandoned (malformed input, StanzaFramer::reset()).
    virtual void reset() = 0;
};

// Frames, each delivered as its exact bytes: the server's stream header (from "<?xml" or
// "<stream:stream" to the '>' of the stream start tag), every complete child of the stream
// (stanzas, <stream:features>, <success/>, <r/>, <stream:error> ...), and </stream:stream>.
// Whitespace between them (keep-alive pings) is dropped. A new stream header between top-level
// elements (the server restarts the stream after SASL success without closing it) begins a fresh
// stream by itself. Cost is linear however the input is split: each byte is UTF-8-validated once,
// tokenized once by QXmlStreamReader, and walked once to map the reader's UTF-16 offsets to bytes.
class StanzaFramer
{
public:
    enum class Kind { StreamHeader, Stanza, StreamEnd };
    // bytes: a frame exactly as received (or an interceptor's replacement). Only valid during the
    // call. The sink may call reset() (e.g. on <proceed/> before TLS starts): whatever followed
    // the frame in the data being fed is then discarded, never parsed as part of the new stream.
    // It must not call feed().
    using Sink = std::function<void(Kind kind, QByteArrayView bytes)>;

    // maxDepth: how deeply elements may nest within a stanza, the stanza itself being level 1.
    explicit StanzaFramer(Sink sink, qsizetype maxStanzaBytes = 16 * 1024 * 1024, int maxDepth = 128);
    Q_DISABLE_COPY_MOVE(StanzaFramer)

    // Not owned; nullptr removes it. Set it between stanzas (e.g. before the first feed).
    void setInterceptor(StanzaInterceptor *interceptor) { m_interceptor = interceptor; }

    // Frames what can be framed and keeps the incomplete tail; each frame goes to the sink as soon
    // as its last byte arrives. Returns false once the stream is malformed (not well-formed or not
    // UTF-8, a DTD, comment or processing instruction, text between stanzas), an element exceeds
    // maxStanzaBytes or nests deeper than maxDepth; then errorString() names the problem and its
    // byte offset in the stream, and every further feed returns false until reset(). Frames
    // before the problem are delivered.
    bool feed(QByteArrayView data);
    bool hasError() const { return m_state == State::Failed; }
    QString errorString() const { return m_error; }

    // Bytes held back because the frame they start is not complete yet (never whitespace).
    qsizetype bufferedBytes() const { return hasError() ? 0 : qsizetype(endOfData() - m_frameStart); }

    // Starts a fresh stream, e.g. after STARTTLS; clears any error.
    void reset();

private:
    enum class State {
        AwaitStream, // nothing parsed yet: expecting a stream header
        Prolog,      // the reader is inside <?xml ...?> <stream:stream ...>
        Boundary,    // between top-level elements; bytes after m_scan not yet judged
        TopLevel,    // between top-level elements; the next one is not a stream restart
        InStanza,    // inside a top-level element
        Ended,       // after </stream:stream>
        Failed,
    };
    enum class Match { No, Partial, Yes };

    void process(quint64 generation);
    bool judgeBoundary();
    bool tokenize(quint64 generation);
    bool acceptStreamRoot();
    bool checkDepth();
    bool checkNamespaceDeclarations();
    bool finishStanza(qint64 end, quint64 generation);
    bool emitFrame(Kind kind, qint64 begin, qint64 end, quint64 generation,
                   const QByteArray *replacement = nullptr);
    Match matchRestart(qint64 at) const;
    void startReader(qint64 at);
    void giveReaderTheRest();
    qint64 byteAtUnit(qint64 unit);
    void fail(const QString &what, qint64 at);
    void failXml();
    void releaseBuffers();
    void compact();
    qint64 endOfData() const { return m_bufBase + m_buf.size(); }
    char byteAt(qint64 pos) const { return m_buf.at(pos - m_bufBase); }

    Sink m_sink;
    qsizetype m_max;
    int m_maxDepth;
    StanzaInterceptor *m_interceptor = nullptr;
    QXmlStreamReader m_reader;
    State m_state = State::AwaitStream;
    QString m_error;

    // Positions are absolute byte offsets in the stream since construction or reset().
    QByteArray m_buf;      // received bytes from m_bufBase on; everything before a frame start is dropped
    QByteArray m_retired;  // keeps m_buf alive while a sink that called reset() still holds a view of it
    qint64 m_bufBase = 0;
    qint64 m_frameStart = 0; // first byte of the frame being assembled
    qint64 m_scan = 0;       // Boundary: first byte not yet known to be whitespace
    qint64 m_readerFed = 0;  // the reader has been given the bytes up to here
    qint64 m_validEnd = 0;   // bytes up to here are valid UTF-8 and may be given to the reader
    qint64 m_invalidAt = -1; // where invalid UTF-8 starts, if it was seen
    // Forward-only map from the reader's characterOffset() (UTF-16 units since the reader
    // started) to bytes: unit m_cursorUnit starts at byte m_cursorByte.
    qint64 m_cursorByte = 0;
    qint64 m_cursorUnit = 0;
    int m_depth = 0;          // open elements, the stream root included
    QByteArray m_rootTag = QByteArrayLiteral("<stream:stream"); // what a restarted header starts with
    quint64 m_generation = 0; // bumped by reset(), so a feed notices a reset from its sink
    bool m_inFeed = false;
};
