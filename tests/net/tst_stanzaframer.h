// StanzaFramer's tests, one class over three files: framing (tst_stanzaframer.cpp), malformed
// input, interceptor and reset (tst_stanzaframer_errors.cpp), framing rate (bench_stanzaframer.cpp).
#pragma once

#include "FramerTestSupport.h"

#include <QObject>

class TestStanzaFramer : public QObject
{
    Q_OBJECT

private:
    FramerTest::Recording m_session; // tests/net/data/prosody-session.frames
    void checkSessionSplitAt(const QList<qsizetype> &splits);
    void checkEverySplit(const FramerTest::Recording &recording);

private Q_SLOTS:
    void initTestCase();

    // Framing of the recorded session however it arrives.
    void sessionInOnePiece();
    void sessionAtEverySplitPoint();
    void sessionByteByByte();
    void sessionInRandomChunks_data();
    void sessionInRandomChunks();
    void splitsInsideTokens_data();
    void splitsInsideTokens();

    // Stream-level details.
    void restartWithoutDeclarationOrOtherPrefix_data();
    void restartWithoutDeclarationOrOtherPrefix();
    void elementThatOnlyLooksLikeARestart();
    void whitespaceIsNeitherFramedNorBuffered();
    void carriageReturns();
    void streamErrorFromServer();
    void megabyteStanza_data();
    void megabyteStanza();
    void stanzaOverTheLimit_data();
    void stanzaOverTheLimit();

    // Errors, interceptor, reset.
    void malformed_data();
    void malformed();
    void unterminatedConstructsHitTheLimit_data();
    void unterminatedConstructsHitTheLimit();
    void nestingDepthLimit_data();
    void nestingDepthLimit();
    void nestingBombFailsFast();
    void interceptorSeesExactlyTheTokensOfAStanza();
    void interceptorReplacesConsumedStanzas();
    void interceptorAtEverySplitPoint();
    void interceptorIsResetWhenAStanzaIsAbandoned();
    void resetStartsAFreshStream();
    void resetFromTheSinkDropsTheRestOfTheFeed();

    // Issue 3's benchmark: 20,000 PubSub events, framer vs raw QXmlStreamReader.
    void framingRate_data();
    void framingRate();
};
