// Issue 3's replay benchmark for the framer alone: 20,000 PubSub event stanzas (~450 bytes,
// three SenML records each) arriving as a backlog in fixed-size reads. The floor is the raw
// QXmlStreamReader tokenize rate of the same bytes; stanzas/s = 20,000 / (msecs / 1000).
#include "tst_stanzaframer.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace FramerTest;

namespace {

constexpr int kStanzas = 20000;

enum class Mode { Framer, FramerWithInterceptor, ReaderNamespacesOff, ReaderNamespacesOn };

// Costs only its virtual calls: what the framer adds for a feature that looks but never consumes.
class IdleInterceptor : public StanzaInterceptor
{
public:
    int tokens = 0;
    void token(const QXmlStreamReader &, int) override { ++tokens; }
    bool finish(QByteArray *) override { return false; }
    void reset() override {}
};

const QByteArray &backlog()
{
    static const QByteArray stream = eventBacklog(kStanzas);
    return stream;
}

// What QXmpp 1.10 could do at best if it tokenized each read once: the floor for the framer.
int tokenizeOnly(qsizetype chunk, bool namespaces)
{
    const QByteArrayView stream = backlog();
    QXmlStreamReader reader;
    reader.setNamespaceProcessing(namespaces);
    int depth = 0;
    int stanzas = 0;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        const QByteArrayView piece = stream.sliced(at, qMin(chunk, stream.size() - at));
        reader.addData(QByteArray(piece.data(), piece.size()));
        for (;;) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::Invalid)
                break;
            if (token == QXmlStreamReader::StartElement)
                ++depth;
            else if (token == QXmlStreamReader::EndElement && --depth == 1)
                ++stanzas;
        }
    }
    return stanzas;
}

int frame(qsizetype chunk, StanzaInterceptor *interceptor)
{
    const QByteArrayView stream = backlog();
    int stanzas = 0;
    StanzaFramer framer([&stanzas](StanzaFramer::Kind kind, QByteArrayView) {
        stanzas += kind == StanzaFramer::Kind::Stanza;
    });
    framer.setInterceptor(interceptor);
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        if (!framer.feed(stream.sliced(at, qMin(chunk, stream.size() - at))))
            return -1;
    }
    return stanzas;
}

} // namespace

void TestStanzaFramer::framingRate_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<qsizetype>("chunk");
    QTest::newRow("framer, 16 KiB reads") << Mode::Framer << qsizetype(16384);
    QTest::newRow("framer + idle interceptor, 16 KiB reads") << Mode::FramerWithInterceptor << qsizetype(16384);
    QTest::newRow("framer, 1 KiB reads") << Mode::Framer << qsizetype(1024);
    QTest::newRow("framer, 100-byte reads") << Mode::Framer << qsizetype(100);
    QTest::newRow("QXmlStreamReader, namespaces off, 16 KiB reads") << Mode::ReaderNamespacesOff << qsizetype(16384);
    QTest::newRow("QXmlStreamReader, namespaces on, 16 KiB reads") << Mode::ReaderNamespacesOn << qsizetype(16384);
}

void TestStanzaFramer::framingRate()
{
    QFETCH(Mode, mode);
    QFETCH(qsizetype, chunk);
    QVERIFY(backlog().size() > kStanzas * 440);
    int stanzas = 0;
    IdleInterceptor interceptor;
    QBENCHMARK {
        switch (mode) {
        case Mode::Framer: stanzas = frame(chunk, nullptr); break;
        case Mode::FramerWithInterceptor: stanzas = frame(chunk, &interceptor); break;
        case Mode::ReaderNamespacesOff: stanzas = tokenizeOnly(chunk, false); break;
        case Mode::ReaderNamespacesOn: stanzas = tokenizeOnly(chunk, true); break;
        }
    }
    QCOMPARE(stanzas, kStanzas);
}
