// StanzaFramer: exact frames of a recorded Prosody session however the bytes are split, stream
// restarts, whitespace, limits (issue 3). Errors and the interceptor: tst_stanzaframer_errors.cpp.
#include "tst_stanzaframer.h"

#include <QTest>

using namespace FramerTest;
using namespace Qt::StringLiterals;

// Feeds the recorded session split at `splits` and checks the frames.
void TestStanzaFramer::checkSessionSplitAt(const QList<qsizetype> &splits)
{
    Collector collector;
    StanzaFramer framer(collector.sink());
    QVERIFY2(feedSplit(framer, m_session.stream, splits), qPrintable(framer.errorString()));
    const QString diff = difference(collector.frames, m_session.frames);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(framer.bufferedBytes(), 0);
}

// For every i: [0, i) then [i, end). After the first piece exactly the frames that end by i
// must be out (nothing held back) and exactly the incomplete frame's bytes buffered.
void TestStanzaFramer::checkEverySplit(const Recording &recording)
{
    const QByteArray &stream = recording.stream;
    for (qsizetype i = 0; i <= stream.size(); ++i) {
        Collector collector;
        StanzaFramer framer(collector.sink());
        QVERIFY2(framer.feed(QByteArrayView(stream).first(i)), qPrintable(framer.errorString()));
        QVERIFY2(collector.frames.size() == recording.framesEndingBy(i), qPrintable(u"split %1"_s.arg(i)));
        QVERIFY2(framer.bufferedBytes() == recording.pendingAt(i),
                 qPrintable(u"split %1: %2 buffered"_s.arg(i).arg(framer.bufferedBytes())));
        QVERIFY2(framer.feed(QByteArrayView(stream).sliced(i)), qPrintable(framer.errorString()));
        const QString diff = difference(collector.frames, recording.frames);
        QVERIFY2(diff.isEmpty(), qPrintable(u"split %1: %2"_s.arg(i).arg(diff)));
        QCOMPARE(framer.bufferedBytes(), 0);
    }
}

void TestStanzaFramer::initTestCase()
{
    QString error;
    m_session = loadRecording(QStringLiteral(LINNET_NET_TESTDATA "/prosody-session.frames"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The recording holds what the split tests are meant to cover.
    QCOMPARE(m_session.frames.size(), 22);
    QCOMPARE(m_session.frames.at(4).kind, Kind::StreamHeader); // the restart after <success/>
    QCOMPARE(m_session.frames.last().kind, Kind::StreamEnd);
    for (const char *needle : {"\xf0\x9f\x8c\xbb", "\xe4\xbd\xa0", "<![CDATA[", "&apos;", "&#x1F600;",
                               "\n  <query", "<r xmlns='urn:xmpp:sm:3'/>", "</iq> <", "\t<message", "</success><?xml"})
        QVERIFY2(m_session.stream.contains(needle), needle);
}

void TestStanzaFramer::sessionInOnePiece()
{
    checkSessionSplitAt({});
}

void TestStanzaFramer::sessionAtEverySplitPoint()
{
    checkEverySplit(m_session);
}

void TestStanzaFramer::sessionByteByByte()
{
    const QByteArray &stream = m_session.stream;
    Collector collector;
    StanzaFramer framer(collector.sink());
    for (qsizetype i = 0; i < stream.size(); ++i) {
        QVERIFY2(framer.feed(QByteArrayView(stream).sliced(i, 1)), qPrintable(framer.errorString()));
        QVERIFY2(collector.frames.size() == m_session.framesEndingBy(i + 1), qPrintable(u"byte %1"_s.arg(i)));
        QVERIFY2(framer.bufferedBytes() == m_session.pendingAt(i + 1), qPrintable(u"byte %1"_s.arg(i)));
    }
    const QString diff = difference(collector.frames, m_session.frames);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestStanzaFramer::sessionInRandomChunks_data()
{
    QTest::addColumn<qsizetype>("maxChunk");
    for (qsizetype maxChunk : {3, 17, 200, 1500, 16384})
        QTest::addRow("up to %lld bytes", qlonglong(maxChunk)) << maxChunk;
}

void TestStanzaFramer::sessionInRandomChunks()
{
    QFETCH(qsizetype, maxChunk);
    for (quint32 seed = 1; seed <= 40; ++seed) {
        Collector collector;
        StanzaFramer framer(collector.sink());
        QVERIFY2(feedRandomChunks(framer, m_session.stream, seed, maxChunk), qPrintable(framer.errorString()));
        const QString diff = difference(collector.frames, m_session.frames);
        QVERIFY2(diff.isEmpty(), qPrintable(u"seed %1: %2"_s.arg(seed).arg(diff)));
    }
}

// Every byte of the token its own piece (single splits are covered by sessionAtEverySplitPoint).
void TestStanzaFramer::splitsInsideTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("4-byte UTF-8 (emoji)") << QByteArray("\xf0\x9f\x8c\xbb");
    QTest::newRow("4-byte UTF-8 (CJK ext. B)") << QByteArray("\xf0\xa0\x9c\x8e");
    QTest::newRow("3-byte UTF-8 (CJK)") << QByteArray("\xe4\xbd\xa0\xe5\xa5\xbd");
    QTest::newRow("2-byte UTF-8 in an attribute") << QByteArray("chlo\xc3\xa9@");
    QTest::newRow("attribute value") << QByteArray("'5d6c0a3b-1f2e-4c7d-8b9a-0e1f2a3b4c5d'");
    QTest::newRow("attribute value with >") << QByteArray("rule='a>b'");
    QTest::newRow("entity in an attribute") << QByteArray("\"q&apos;1\"");
    QTest::newRow("text") << QByteArray("Out for lunch");
    QTest::newRow("character reference") << QByteArray("&#x1F600;");
    QTest::newRow("CDATA") << QByteArray("<![CDATA[raw <xml> & ]] stays]]>");
    QTest::newRow("end tag") << QByteArray("</message>");
    QTest::newRow("empty element") << QByteArray("<r xmlns='urn:xmpp:sm:3'/>");
    QTest::newRow("whitespace ping") << QByteArray("  \n\t");
    QTest::newRow("restarted header") << QByteArray("==</success><?xml version='1.0'?><stream:stream ");
    QTest::newRow("stream end") << QByteArray("</stream:stream>");
}

void TestStanzaFramer::splitsInsideTokens()
{
    QFETCH(QByteArray, token);
    const qsizetype at = m_session.stream.indexOf(token);
    QVERIFY2(at >= 0, "token not in the recording");
    QList<qsizetype> splits;
    for (qsizetype i = at; i <= at + token.size(); ++i)
        splits.append(i);
    checkSessionSplitAt(splits);
}

void TestStanzaFramer::restartWithoutDeclarationOrOtherPrefix_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    const QByteArray ns = "xmlns='jabber:client' xmlns:%1='http://etherx.jabber.org/streams' version='1.0'";
    QTest::newRow("no declaration") << streamHeader() << "<stream:stream " + QByteArray(ns).replace("%1", "stream") + ">";
    QTest::newRow("prefix s") << "<s:stream " + QByteArray(ns).replace("%1", "s") + ">"
                              << "<s:stream\n" + QByteArray(ns).replace("%1", "s") + ">";
}

void TestStanzaFramer::restartWithoutDeclarationOrOtherPrefix()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    Recording recording;
    recording.add(Kind::StreamHeader, first);
    recording.add(Kind::Stanza, "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>");
    recording.addWhitespace(" ");
    recording.add(Kind::StreamHeader, second);
    recording.add(Kind::Stanza, "<iq type='result' id='1'/>");
    checkEverySplit(recording);
}

// <stream:streams> is some other element; the restart check must not take it for a header.
void TestStanzaFramer::elementThatOnlyLooksLikeARestart()
{
    Recording recording;
    recording.add(Kind::StreamHeader, streamHeader());
    recording.add(Kind::Stanza, "<stream:streams/>");
    recording.add(Kind::Stanza, "<stream:streamx a='1'>x</stream:streamx>");
    recording.add(Kind::Stanza, "<stream:features/>");
    checkEverySplit(recording);
}

void TestStanzaFramer::whitespaceIsNeitherFramedNorBuffered()
{
    Collector collector;
    StanzaFramer framer(collector.sink(), 1024);
    QVERIFY(framer.feed(QByteArray("\n \t" + streamHeader() + " \r\n")));
    QCOMPARE(collector.frames, (QList<Frame>{{Kind::StreamHeader, streamHeader()}}));
    QCOMPARE(framer.bufferedBytes(), 0);
    const QByteArray flood(64 * 1024, ' '); // 10 MB of pings, far above the limit: none counts
    for (int i = 0; i < 160; ++i) {
        QVERIFY(framer.feed(flood));
        QCOMPARE(framer.bufferedBytes(), 0);
    }
    QVERIFY(framer.feed("<r xmlns='urn:xmpp:sm:3'/> \n"));
    QCOMPARE(collector.frames.size(), 2);
    QCOMPARE(collector.frames.last().bytes, "<r xmlns='urn:xmpp:sm:3'/>");
    QCOMPARE(framer.bufferedBytes(), 0);
    QVERIFY(framer.feed(QByteArray(flood + "<a xmlns='urn:xmpp:sm:3' h='1'/>" + flood)));
    QCOMPARE(collector.frames.size(), 3);
    QCOMPARE(framer.bufferedBytes(), 0);
}

void TestStanzaFramer::carriageReturns()
{
    Recording recording;
    recording.add(Kind::StreamHeader, streamHeader());
    recording.addWhitespace("\r\n");
    recording.add(Kind::Stanza, "<message\r\n to='a@b'><body>one\r\ntwo\r\rthree\xc3\xa9\r</body></message>");
    recording.addWhitespace("\r");
    recording.add(Kind::Stanza, "<r xmlns='urn:xmpp:sm:3'/>");
    checkEverySplit(recording);
}

void TestStanzaFramer::streamErrorFromServer()
{
    Recording recording;
    recording.add(Kind::StreamHeader, streamHeader());
    recording.add(Kind::Stanza, "<stream:error><conflict xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                                "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams' xml:lang='en'>"
                                "Replaced by new connection</text></stream:error>");
    recording.add(Kind::StreamEnd, "</stream:stream>");
    checkEverySplit(recording);
    Collector collector;
    StanzaFramer framer(collector.sink());
    QVERIFY(framer.feed(QByteArray(recording.stream + "\n"))); // whitespace after the end is harmless
    QCOMPARE(collector.frames, recording.frames);
}

void TestStanzaFramer::megabyteStanza_data()
{
    QTest::addColumn<qsizetype>("chunk");
    for (qsizetype chunk : {0, 16384, 4093, 1000})
        QTest::addRow("chunk %lld", qlonglong(chunk)) << chunk;
}

void TestStanzaFramer::megabyteStanza()
{
    QFETCH(qsizetype, chunk);
    QByteArray body;
    while (body.size() < 1024 * 1024) // ASCII, 2-, 3- and 4-byte sequences, entities
        body += "sample 21.4 \xc3\xa9\xe4\xbd\xa0\xf0\x9f\x8c\xbb &amp; &lt;x&gt; ";
    Recording recording;
    recording.add(Kind::StreamHeader, streamHeader());
    recording.add(Kind::Stanza, "<message id='big'><body>" + body + "</body></message>");
    recording.add(Kind::Stanza, "<r xmlns='urn:xmpp:sm:3'/>");
    Collector collector;
    StanzaFramer framer(collector.sink());
    QList<qsizetype> splits;
    for (qsizetype at = chunk; chunk && at < recording.stream.size(); at += chunk)
        splits.append(at);
    QVERIFY2(feedSplit(framer, recording.stream, splits), qPrintable(framer.errorString()));
    QCOMPARE(collector.frames, recording.frames);
    QCOMPARE(framer.bufferedBytes(), 0);
}

void TestStanzaFramer::stanzaOverTheLimit_data()
{
    QTest::addColumn<qsizetype>("chunk");
    for (qsizetype chunk : {1, 100, 1000, 5000, 20000})
        QTest::addRow("chunk %lld", qlonglong(chunk)) << chunk;
}

void TestStanzaFramer::stanzaOverTheLimit()
{
    QFETCH(qsizetype, chunk);
    constexpr qsizetype limit = 4096;
    const QByteArray fits = "<message><body>" + QByteArray(limit - 32, 'a') + "</body></message>";
    QCOMPARE(fits.size(), limit); // exactly at the limit is fine
    const QByteArray stream = streamHeader() + fits + "<message><body>" + QByteArray(3 * limit, 'b') + "</body></message>";
    Collector collector;
    StanzaFramer framer(collector.sink(), limit);
    bool failed = false;
    for (qsizetype at = 0; at < stream.size() && !failed; at += chunk) {
        failed = !framer.feed(QByteArrayView(stream).sliced(at, qMin(chunk, stream.size() - at)));
        QVERIFY(framer.bufferedBytes() <= limit);
    }
    QVERIFY(failed);
    QVERIFY(framer.hasError());
    QVERIFY2(framer.errorString().contains(u"limit of 4096 bytes"_s), qPrintable(framer.errorString()));
    QVERIFY2(framer.errorString().contains(u"at byte %1:"_s.arg(streamHeader().size() + limit)),
             qPrintable(framer.errorString()));
    QCOMPARE(framer.bufferedBytes(), 0);
    QCOMPARE(collector.frames, (QList<Frame>{{Kind::StreamHeader, streamHeader()}, {Kind::Stanza, fits}}));
    QVERIFY(!framer.feed("<r/>"));
}

QTEST_GUILESS_MAIN(TestStanzaFramer)
