// StanzaFramer: malformed input ends in a clear error (never a hang, never unbounded buffering),
// the interceptor sees exactly a stanza's tokens and its replacement is forwarded, reset().
#include "tst_stanzaframer.h"

#include <QTest>

#include <optional>

using namespace FramerTest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kStreamNs = "xmlns:stream='http://etherx.jabber.org/streams'";

// A sink that calls reset() when it sees <proceed/>, as the bridge does before starting TLS.
struct StartTlsSink {
    StanzaFramer *framer = nullptr;
    QList<Frame> frames;
    void operator()(Kind kind, QByteArrayView bytes)
    {
        if (bytes.startsWith("<proceed"))
            framer->reset(); // before reading `bytes`: the view must stay valid
        frames.append({kind, bytes.toByteArray()});
    }
};

} // namespace

void TestStanzaFramer::malformed_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("goodFrames"); // frames before the problem, delivered before the error
    QTest::addColumn<qlonglong>("at");   // byte offset the error names, -1: the reader's estimate

    const QByteArray h = streamHeader();
    const qlonglong hs = h.size();
    const QString xml = u"malformed XML"_s;
    const QString utf8 = u"invalid UTF-8"_s;
    QTest::newRow("mismatched tags") << h + "<message><body>x</message></body>" << xml << 1 << -1ll;
    QTest::newRow("< in an attribute value") << h + "<message to='a<b'/>" << xml << 1 << -1ll;
    QTest::newRow("invalid UTF-8 byte") << h + "<message><body>\xff</body></message>" << utf8 << 1 << hs + 15;
    QTest::newRow("overlong UTF-8") << h + "<message><body>\xc0\xaf</body></message>" << utf8 << 1 << hs + 15;
    QTest::newRow("UTF-8 surrogate") << h + "<message><body>\xed\xa0\x80</body></message>" << utf8 << 1 << hs + 15;
    QTest::newRow("truncated UTF-8") << h + "<message><body>\xe4\xbd</body></message>" << utf8 << 1 << hs + 15;
    const QByteArray badHeader = "<?xml version='1.0'?><stream:stream " + kStreamNs + " id='\xfe'><r/>";
    QTest::newRow("invalid UTF-8 in the header") << badHeader << utf8 << 0 << qlonglong(badHeader.indexOf('\xfe'));
    QTest::newRow("DTD in the prolog")
        << "<?xml version='1.0'?><!DOCTYPE stream:stream [<!ENTITY x 'y'>]><stream:stream " + kStreamNs + ">"
        << u"DTD"_s << 0 << -1ll;
    QTest::newRow("DTD inside the stream") << h + "<!DOCTYPE x><r/>" << u"DTD"_s << 1 << -1ll;
    QTest::newRow("comment between stanzas") << h + "<r/><!-- hi --><r/>" << u"comment"_s << 2 << -1ll;
    QTest::newRow("comment inside a stanza") << h + "<message><!-- x --></message>" << u"comment"_s << 1 << -1ll;
    QTest::newRow("comment in the prolog")
        << "<?xml version='1.0'?><!-- x --><stream:stream " + kStreamNs + ">" << u"comment"_s << 0 << -1ll;
    QTest::newRow("processing instruction between stanzas") << h + "<?php x?><r/>" << u"processing instruction"_s << 1 << -1ll;
    QTest::newRow("processing instruction in a stanza") << h + "<iq><?x y?></iq>" << u"processing instruction"_s << 1 << -1ll;
    QTest::newRow("XML declaration in a stanza") << h + "<iq><?xml version='1.0'?></iq>" << xml << 1 << -1ll;
    QTest::newRow("undefined entity") << h + "<message><body>&nbsp;</body></message>" << u"nbsp"_s << 1 << -1ll;
    QTest::newRow("unescaped &") << h + "<message><body>a & b</body></message>" << xml << 1 << -1ll;
    QTest::newRow("control character") << h + "<message><body>\x01</body></message>" << xml << 1 << -1ll;
    QTest::newRow("NUL byte") << h + QByteArray("<message><body>\0</body></message>", 33) << xml << 1 << -1ll;
    QTest::newRow("undeclared prefix") << h + "<iq><x:query/></iq>" << xml << 1 << -1ll;
    QTest::newRow("duplicate attribute") << h + "<message id='1' id='2'/>" << xml << 1 << -1ll;
    // QXmlStreamReader's namespace processing lets these pass; XML 1.0 does not.
    QTest::newRow("default namespace declared twice")
        << h + "<message><json xmlns='urn:xmpp:json:0' xmlns='urn:xmpp:json:0'/></message>" << u"declared twice"_s << 1 << -1ll;
    QTest::newRow("prefix declared twice") << h + "<iq xmlns:a='urn:a' xmlns:a='urn:b'/>" << u"declared twice"_s << 1 << -1ll;
    QTest::newRow("text between stanzas") << h + "<r/> hello<r/>" << u"text outside"_s << 2 << hs + 5;
    QTest::newRow("encoding other than UTF-8")
        << "<?xml version='1.0' encoding='ISO-8859-1'?><stream:stream " + kStreamNs + ">" << u"ISO-8859-1"_s << 0 << 0ll;
    QTest::newRow("XML 1.1") << "<?xml version='1.1'?><stream:stream " + kStreamNs + ">" << xml << 0 << -1ll;
    QTest::newRow("byte order mark") << "\xef\xbb\xbf" + h << u"does not start with '<'"_s << 0 << 0ll;
    QTest::newRow("not a stream") << QByteArray("<?xml version='1.0'?><message/>") << u"instead of"_s << 0 << 0ll;
    QTest::newRow("stream in another namespace")
        << QByteArray("<stream:stream xmlns:stream='urn:other'>") << u"instead of"_s << 0 << 0ll;
    QTest::newRow("data after the stream end") << h + "</stream:stream> <r/>" << u"after the end"_s << 2 << hs + 17;
    QTest::newRow("element open at the stream end") << h + "<message></stream:stream>" << xml << 1 << -1ll;
    QTest::newRow("unclosed tag before the next") << h + "<message <iq/>" << xml << 1 << -1ll;
}

void TestStanzaFramer::malformed()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, problem);
    QFETCH(int, goodFrames);
    QFETCH(qlonglong, at);

    for (const bool byteByByte : {false, true}) {
        Collector collector;
        StanzaFramer framer(collector.sink());
        bool ok = true;
        for (qsizetype i = 0; ok && i < stream.size(); i += byteByByte ? 1 : stream.size())
            ok = framer.feed(QByteArrayView(stream).sliced(i, byteByByte ? 1 : stream.size()));
        const QString error = framer.errorString();
        QVERIFY2(!ok && framer.hasError(), byteByByte ? "byte by byte" : "in one piece");
        QVERIFY2(error.contains(problem) && error.contains(u"at byte "_s), qPrintable(error));
        if (at >= 0 && !byteByByte)
            QVERIFY2(error.contains(u"at byte %1:"_s.arg(at)), qPrintable(error));
        QCOMPARE(collector.frames.size(), goodFrames);
        QCOMPARE(framer.bufferedBytes(), 0);
        QVERIFY(!framer.feed("<r/>")); // an error is final until reset()
        QCOMPARE(framer.errorString(), error);
    }
}

void TestStanzaFramer::unterminatedConstructsHitTheLimit_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<char>("filler");
    const QByteArray h = streamHeader();
    QTest::newRow("XML declaration") << QByteArray("<?xml version='1.0'") << ' ';
    QTest::newRow("prolog") << QByteArray("<?xml version='1.0'?>") << '\n';
    QTest::newRow("stream tag") << QByteArray("<stream:stream a='") << 'x';
    QTest::newRow("comment") << h + "<!--" << 'x';
    QTest::newRow("start tag") << h + "<message" << ' ';
    QTest::newRow("attribute value") << h + "<message id='" << 'x';
    QTest::newRow("text") << h + "<message><body>" << 'x';
    QTest::newRow("CDATA") << h + "<message><body><![CDATA[" << ']';
    QTest::newRow("nested elements") << h + "<message>" << '<';
}

// A server that never finishes a construct must hit the limit, not grow a buffer forever.
void TestStanzaFramer::unterminatedConstructsHitTheLimit()
{
    QFETCH(QByteArray, start);
    QFETCH(char, filler);
    constexpr qsizetype limit = 64 * 1024;
    Collector collector;
    // The depth limit would stop "nested elements" first (nestingDepthLimit); lifted here, the
    // byte limit still holds.
    StanzaFramer framer(collector.sink(), limit, int(limit));
    QVERIFY(framer.feed(start));
    const QByteArray more = filler == '<' ? QByteArray("<x>").repeated(341) : QByteArray(1023, filler);
    int feeds = 0;
    while (framer.feed(more) && ++feeds < 1000)
        QVERIFY(framer.bufferedBytes() <= limit);
    QVERIFY2(framer.errorString().contains(u"limit of 65536 bytes"_s), qPrintable(framer.errorString()));
    QVERIFY(feeds <= limit / more.size() + 1);
}

namespace {
// A stanza `levels` elements deep, the stanza itself being level 1.
QByteArray nestedStanza(int levels)
{
    return "<message>" + QByteArray("<x>").repeated(levels - 1) + QByteArray("</x>").repeated(levels - 1) + "</message>";
}
} // namespace

void TestStanzaFramer::nestingDepthLimit_data()
{
    QTest::addColumn<int>("maxDepth"); // 0: the default
    QTest::addColumn<int>("levels");
    QTest::addColumn<bool>("framed");
    QTest::newRow("127 levels") << 0 << 127 << true;
    QTest::newRow("128 levels, the default limit") << 0 << 128 << true;
    QTest::newRow("129 levels") << 0 << 129 << false;
    QTest::newRow("limit 4, 4 levels") << 4 << 4 << true;
    QTest::newRow("limit 4, 5 levels") << 4 << 5 << false;
}

// Deep nesting is refused before anyone (the interceptor, QXmpp's DOM) walks it.
void TestStanzaFramer::nestingDepthLimit()
{
    QFETCH(int, maxDepth);
    QFETCH(int, levels);
    QFETCH(bool, framed);
    const int limit = maxDepth > 0 ? maxDepth : 128;
    const QByteArray stanza = nestedStanza(levels);
    const QByteArray stream = streamHeader() + stanza + "<r/>";
    for (const bool byteByByte : {false, true}) {
        RecordingInterceptor interceptor;
        Collector collector;
        std::optional<StanzaFramer> framer;
        if (maxDepth > 0)
            framer.emplace(collector.sink(), 16 * 1024 * 1024, maxDepth);
        else
            framer.emplace(collector.sink());
        framer->setInterceptor(&interceptor);
        const bool ok = byteByByte ? feedRandomChunks(*framer, stream, 1, 1) : framer->feed(stream);
        QCOMPARE(ok, framed);
        if (framed) {
            QCOMPARE(collector.frames, (QList<Frame>{{Kind::StreamHeader, streamHeader()}, {Kind::Stanza, stanza},
                                                     {Kind::Stanza, "<r/>"}}));
            continue;
        }
        const QString error = framer->errorString();
        QVERIFY2(error.contains(u"depth limit of %1 levels"_s.arg(limit)), qPrintable(error));
        // Named at the end of the first start tag past the limit.
        const qsizetype at = streamHeader().size() + 9 + 3 * limit;
        QVERIFY2(error.contains(u"at byte %1:"_s.arg(at)), qPrintable(error));
        QCOMPARE(collector.frames, (QList<Frame>{{Kind::StreamHeader, streamHeader()}}));
        QCOMPARE(framer->bufferedBytes(), 0);
        QCOMPARE(interceptor.tokens.size(), limit + 1); // the start tags up to the limit, then "reset"
        QCOMPARE(interceptor.tokens.last(), u"reset"_s);
        QVERIFY(!framer->feed("<r/>"));
    }
}

// 100,000 levels: the framer stops at the limit, so the bomb costs a few hundred bytes of
// buffer and 128 tokens, not 100,000 stacked elements (here, in QXmpp's DOM or in a recursion).
void TestStanzaFramer::nestingBombFailsFast()
{
    constexpr int levels = 100000;
    const QByteArray bomb = nestedStanza(levels);
    const qsizetype limitAt = 9 + 3 * 128; // the bomb's bytes up to the first tag past the limit
    {
        RecordingInterceptor interceptor;
        Collector collector;
        StanzaFramer framer(collector.sink());
        framer.setInterceptor(&interceptor);
        QVERIFY(!framer.feed(QByteArray(streamHeader() + bomb)));
        QVERIFY2(framer.errorString().contains(u"depth limit of 128 levels"_s), qPrintable(framer.errorString()));
        QCOMPARE(collector.frames.size(), 1); // the stream header
        QCOMPARE(framer.bufferedBytes(), 0);
        QCOMPARE(interceptor.tokens.size(), 128 + 1);
    }
    // Trickling in: the read that crosses the limit fails; nothing after it is buffered.
    Collector collector;
    StanzaFramer framer(collector.sink());
    QVERIFY(framer.feed(streamHeader()));
    constexpr qsizetype chunk = 64;
    qsizetype fed = 0;
    while (fed < bomb.size() && framer.feed(QByteArrayView(bomb).sliced(fed, qMin(chunk, bomb.size() - fed)))) {
        fed += chunk;
        QVERIFY(framer.bufferedBytes() <= limitAt);
    }
    QVERIFY(framer.hasError());
    QVERIFY2(fed <= limitAt, qPrintable(u"failed only after %1 bytes"_s.arg(fed)));
    QCOMPARE(framer.bufferedBytes(), 0);
    QVERIFY(!framer.feed(QByteArrayView(bomb).sliced(fed + chunk)));
    QCOMPARE(framer.bufferedBytes(), 0);
}

void TestStanzaFramer::interceptorSeesExactlyTheTokensOfAStanza()
{
    const QByteArray stanza = "<message to='a'><body>hi &amp; bye</body><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                              "<items node='n'><item id='1'/></items></event></message>";
    const QStringList expected{u"start message 1"_s, u"start body 2"_s, u"text hi & bye 2"_s, u"end body 2"_s,
                               u"start event 2"_s, u"start items 3"_s, u"start item 4"_s, u"end item 4"_s,
                               u"end items 3"_s, u"end event 2"_s, u"end message 1"_s, u"finish"_s,
                               u"start r 1"_s, u"end r 1"_s, u"finish"_s};
    const QByteArray stream = streamHeader() + "\n" + stanza + " <r/>\n</stream:stream>";
    for (qsizetype split = 0; split <= stream.size(); ++split) {
        RecordingInterceptor interceptor;
        Collector collector;
        StanzaFramer framer(collector.sink());
        framer.setInterceptor(&interceptor);
        QVERIFY(feedSplit(framer, stream, {split}));
        QCOMPARE(interceptor.tokens, expected);
        QCOMPARE(collector.frames, (QList<Frame>{{Kind::StreamHeader, streamHeader()}, {Kind::Stanza, "<consumed/>"},
                                                 {Kind::Stanza, "<r/>"}, {Kind::StreamEnd, "</stream:stream>"}}));
    }
}

void TestStanzaFramer::interceptorReplacesConsumedStanzas()
{
    const QByteArray chat = "<message type='chat'><body>hi</body></message>";
    const QByteArray presence = "<presence from='bob@linnet.test/phone'/>";
    const QByteArray stream = streamHeader() + chat + eventStanza(1) + presence + eventStanza(2) + "</stream:stream>";
    for (const QByteArray &replacement : {QByteArray("<m n='1'/>"), QByteArray()}) {
        RecordingInterceptor interceptor;
        interceptor.replacement = replacement;
        Collector collector;
        StanzaFramer framer(collector.sink());
        framer.setInterceptor(&interceptor);
        QVERIFY(framer.feed(stream));
        QList<Frame> expected{{Kind::StreamHeader, streamHeader()}, {Kind::Stanza, chat}};
        if (!replacement.isEmpty()) // an empty replacement drops the stanza altogether
            expected.append({Kind::Stanza, replacement});
        expected.append({Kind::Stanza, presence});
        if (!replacement.isEmpty())
            expected.append({Kind::Stanza, replacement});
        expected.append({Kind::StreamEnd, "</stream:stream>"});
        QCOMPARE(collector.frames, expected);
        QCOMPARE(interceptor.finishes, 4);
        QCOMPARE(interceptor.resets, 0);
    }
}

// Same tokens and frames however the session is split (text is not reported in pieces).
void TestStanzaFramer::interceptorAtEverySplitPoint()
{
    QList<Frame> expected = m_session.frames;
    for (Frame &frame : expected) {
        if (frame.bytes.contains("http://jabber.org/protocol/pubsub#event"))
            frame.bytes = "<consumed/>";
    }
    QStringList tokens;
    for (qsizetype split = 0; split <= m_session.stream.size(); ++split) {
        RecordingInterceptor interceptor;
        Collector collector;
        StanzaFramer framer(collector.sink());
        framer.setInterceptor(&interceptor);
        QVERIFY(split == 0 ? feedRandomChunks(framer, m_session.stream, 1, 1) // byte by byte
                           : feedSplit(framer, m_session.stream, {split}));
        if (split == 0) {
            tokens = interceptor.tokens;
            const auto stanzas = std::count_if(m_session.frames.cbegin(), m_session.frames.cend(),
                                               [](const Frame &frame) { return frame.kind == Kind::Stanza; });
            QCOMPARE(interceptor.finishes, int(stanzas)); // every stanza, nothing else
            QVERIFY(tokens.contains(u"text Grüße aus München 🌻! Did the 3 ≥ 2 sensors report? 2"_s));
        }
        QVERIFY2(difference(collector.frames, expected).isEmpty(), qPrintable(u"split %1"_s.arg(split)));
        QVERIFY2(interceptor.tokens == tokens, qPrintable(u"split %1"_s.arg(split)));
    }
}

void TestStanzaFramer::interceptorIsResetWhenAStanzaIsAbandoned()
{
    const QByteArray h = streamHeader();
    struct Case { const char *name; QByteArray first; QByteArray second; bool resetFramer; };
    const QList<Case> cases{
        {"malformed", h + "<message><body>x", "</wrong></message>", false},
        {"too large", h + "<message><body>", QByteArray(2000, 'x') + "</body></message>", false},
        {"framer reset", h + "<message><body>x", {}, true},
    };
    for (const Case &c : cases) {
        RecordingInterceptor interceptor;
        Collector collector;
        StanzaFramer framer(collector.sink(), 1024);
        framer.setInterceptor(&interceptor);
        QVERIFY2(framer.feed(c.first), c.name);
        if (c.resetFramer)
            framer.reset();
        else
            QVERIFY2(!framer.feed(c.second), c.name);
        QVERIFY2(interceptor.resets == 1 && interceptor.finishes == 0, c.name);
        QCOMPARE(interceptor.tokens.last(), u"reset"_s);
    }
    // Between stanzas there is nothing to abandon.
    RecordingInterceptor interceptor;
    Collector collector;
    StanzaFramer framer(collector.sink());
    framer.setInterceptor(&interceptor);
    QVERIFY(framer.feed(QByteArray(h + "<r/> ")));
    framer.reset();
    QCOMPARE(interceptor.resets, 0);
}

void TestStanzaFramer::resetStartsAFreshStream()
{
    Collector collector;
    StanzaFramer framer(collector.sink());
    QVERIFY(framer.feed(QByteArray(streamHeader("one") + "<message><bo")));
    QCOMPARE(framer.bufferedBytes(), 12);
    framer.reset();
    QCOMPARE(framer.bufferedBytes(), 0);
    QVERIFY(framer.feed(QByteArray(streamHeader("two") + "<r/>")));
    QCOMPARE(collector.frames, (QList<Frame>{{Kind::StreamHeader, streamHeader("one")},
                                             {Kind::StreamHeader, streamHeader("two")}, {Kind::Stanza, "<r/>"}}));
    // reset() also clears an error.
    QVERIFY(!framer.feed("<iq></message>"));
    framer.reset();
    QVERIFY(!framer.hasError());
    QVERIFY(framer.errorString().isEmpty());
    QVERIFY(framer.feed(QByteArray(streamHeader("three") + "<r/>")));
    QCOMPARE(collector.frames.size(), 5);
}

// STARTTLS: whatever follows <proceed/> in the same read was sent before TLS and must never be
// parsed as part of the encrypted stream (the STARTTLS command injection class of bugs).
void TestStanzaFramer::resetFromTheSinkDropsTheRestOfTheFeed()
{
    StartTlsSink sink;
    StanzaFramer framer(std::ref(sink));
    sink.framer = &framer;
    const QByteArray features = "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/>"
                                "</starttls></stream:features>";
    const QByteArray proceed = "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
    QVERIFY(framer.feed(QByteArray(streamHeader("plain") + features + proceed + "<message>injected</message>")));
    QCOMPARE(framer.bufferedBytes(), 0);
    QVERIFY(framer.feed(QByteArray(streamHeader("tls") + "<stream:features/>")));
    QCOMPARE(sink.frames, (QList<Frame>{{Kind::StreamHeader, streamHeader("plain")}, {Kind::Stanza, features},
                                        {Kind::Stanza, proceed}, {Kind::StreamHeader, streamHeader("tls")},
                                        {Kind::Stanza, "<stream:features/>"}}));
}
