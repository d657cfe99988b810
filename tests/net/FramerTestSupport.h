// Helpers for tst_stanzaframer: annotated recorded streams, a recording sink and interceptor,
// chunked feeding and the synthetic PubSub backlog the benchmark frames.
#pragma once

#include "net/StanzaFramer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace FramerTest {

using Kind = StanzaFramer::Kind;

struct Frame {
    Kind kind = Kind::Stanza;
    QByteArray bytes;
    qsizetype begin = 0; // offsets in the stream; not compared, used to know what a split may see
    qsizetype end = 0;
    bool operator==(const Frame &other) const { return kind == other.kind && bytes == other.bytes; }
};

// A stream with the frames it must produce, in order.
struct Recording {
    QByteArray stream;
    QList<Frame> frames;
    // Appends a frame to both the stream and the expected list.
    void add(Kind kind, const QByteArray &bytes);
    void addWhitespace(const QByteArray &whitespace) { stream += whitespace; }
    // Frames that end at or before `offset`: what a framer must have delivered once it has seen
    // the stream up to there; and how many bytes it must be holding back then.
    qsizetype framesEndingBy(qsizetype offset) const;
    qsizetype pendingAt(qsizetype offset) const;
};

// Reads an annotated .frames file (format in tests/net/data/prosody-session.frames).
Recording loadRecording(const QString &path, QString *error);

// The sink that records every frame; frames can be compared with a readable difference.
struct Collector {
    QList<Frame> frames;
    StanzaFramer::Sink sink()
    {
        return [this](Kind kind, QByteArrayView bytes) { frames.append({kind, bytes.toByteArray()}); };
    }
};
QString kindName(Kind kind);
char *toString(const Frame &frame); // for QCOMPARE's failure messages
// Empty if equal, else where the lists first differ.
QString difference(const QList<Frame> &actual, const QList<Frame> &expected);

// Feeds data split at the given offsets (ascending, within data); stops at the first failed feed.
bool feedSplit(StanzaFramer &framer, QByteArrayView data, const QList<qsizetype> &splits);
// Feeds data in chunks of random sizes between 1 and maxChunk, seeded for reproducibility.
bool feedRandomChunks(StanzaFramer &framer, QByteArrayView data, quint32 seed, qsizetype maxChunk);

// Records every token an interceptor is shown as "type name depth" (text for Characters) and
// consumes stanzas that carry a PubSub event, replacing them with `replacement`.
class RecordingInterceptor : public StanzaInterceptor
{
public:
    QStringList tokens;   // of all stanzas, in order, each stanza followed by "finish" or "reset"
    QByteArray replacement = QByteArrayLiteral("<consumed/>");
    int finishes = 0;
    int resets = 0;

    void token(const QXmlStreamReader &reader, int depth) override;
    bool finish(QByteArray *out) override;
    void reset() override;

private:
    bool m_isEvent = false;
};

// One of the PubSub event stanzas of issue 3's benchmark (three SenML records, ~450 bytes).
QByteArray eventStanza(int index);
// A server stream header followed by `count` event stanzas, as a backlog arrives.
QByteArray eventBacklog(int count);
QByteArray streamHeader(const QByteArray &id = QByteArrayLiteral("s1"));

} // namespace FramerTest
