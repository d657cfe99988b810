// StreamGuard (app/net) on a framed stream: a presence or a headline (a PubSub event) routed to
// a resource between its binding and the server's <enabled/> is dropped (QXmpp 1.10 would end
// the session on it), and nothing else is: not before binding, not after <enabled/> or
// <failed/>, not without XEP-0198, not a chat message.
#include "net/StanzaFramer.h"
#include "net/StreamGuard.h"

#include <QTest>

namespace {
const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' from='linnet.test' version='1.0'>";
const QByteArray FeaturesWithSm = "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                                  "<sm xmlns='urn:xmpp:sm:3'/></stream:features>";
const QByteArray FeaturesWithoutSm = "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features>";
const QByteArray BindResult = "<iq id='b1' type='result'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                              "<jid>alice@linnet.test/lab</jid></bind></iq>";
const QByteArray PresenceError = "<presence to='alice@linnet.test/lab' type='error' from='alice@linnet.test/desk'>"
                                 "<error type='cancel'><recipient-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                 "</error></presence>";
const QByteArray Replaced = "<presence to='alice@linnet.test/lab' type='unavailable' from='alice@linnet.test/desk'>"
                            "<status>Disconnected: Replaced by new connection</status></presence>";
const QByteArray Message = "<message to='alice@linnet.test/lab' from='bob@linnet.test/x'><body>hi</body></message>";
const QByteArray Headline = "<message to='alice@linnet.test' from='pubsub.linnet.test' type='headline'>"
                            "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='n'>"
                            "<item id='1'/></items></event></message>";
const QByteArray Enabled = "<enabled xmlns='urn:xmpp:sm:3' id='s1' resume='true'/>";
const QByteArray Failed = "<failed xmlns='urn:xmpp:sm:3'/>";
}  // namespace

class TestStreamGuard : public QObject
{
    Q_OBJECT

    // The frames QXmpp would get for this stream, fed in one piece.
    static QList<QByteArray> delivered(const QByteArray &stream, int *dropped = nullptr)
    {
        QList<QByteArray> frames;
        StreamGuard guard;
        StanzaFramer framer([&](StanzaFramer::Kind, QByteArrayView bytes) { frames << bytes.toByteArray(); });
        framer.setInterceptor(&guard);
        if (!framer.feed(stream))
            qWarning() << framer.errorString();
        if (dropped)
            *dropped = guard.droppedBeforeSm();
        return frames;
    }

private Q_SLOTS:
    void presenceWhileEnablingIsDropped()
    {
        int dropped = 0;
        const auto frames = delivered(Header + FeaturesWithSm + BindResult + PresenceError + Replaced + Enabled + PresenceError, &dropped);
        QCOMPARE(dropped, 2);
        QCOMPARE(frames, (QList<QByteArray>{Header, FeaturesWithSm, BindResult, Enabled, PresenceError}));
    }

    void headlineWhileEnablingIsDropped()
    {
        int dropped = 0;
        const auto frames = delivered(Header + FeaturesWithSm + BindResult + Headline + Message + Enabled + Headline, &dropped);
        QCOMPARE(dropped, 1);
        QCOMPARE(frames, (QList<QByteArray>{Header, FeaturesWithSm, BindResult, Message, Enabled, Headline}));
    }

    void otherStanzasWhileEnablingPass()
    {
        const auto frames = delivered(Header + FeaturesWithSm + BindResult + Message + Enabled);
        QCOMPARE(frames, (QList<QByteArray>{Header, FeaturesWithSm, BindResult, Message, Enabled}));
    }

    void presenceErrorsPassOtherwise_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("before binding") << Header + FeaturesWithSm + PresenceError;
        QTest::newRow("after an empty IQ result") << Header + FeaturesWithSm + QByteArray("<iq id='p' type='result'/>") + PresenceError;
        QTest::newRow("no stream management") << Header + FeaturesWithoutSm + BindResult + PresenceError;
        QTest::newRow("stream management failed") << Header + FeaturesWithSm + BindResult + Failed + PresenceError;
    }
    void presenceErrorsPassOtherwise()
    {
        QFETCH(QByteArray, stream);
        int dropped = -1;
        const auto frames = delivered(stream, &dropped);
        QCOMPARE(dropped, 0);
        QCOMPARE(frames.last(), PresenceError);
    }

    // A new connection starts from nothing: the last one's state does not carry over.
    void restartForgetsTheLastStream()
    {
        StreamGuard guard;
        QList<QByteArray> frames;
        StanzaFramer framer([&](StanzaFramer::Kind, QByteArrayView bytes) { frames << bytes.toByteArray(); });
        framer.setInterceptor(&guard);
        QVERIFY(framer.feed(QByteArray(Header + FeaturesWithSm + BindResult)));
        framer.reset();
        guard.restart();
        frames.clear();
        QVERIFY(framer.feed(QByteArray(Header + PresenceError)));
        QCOMPARE(frames.last(), PresenceError);
        QCOMPARE(guard.droppedBeforeSm(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStreamGuard)
#include "tst_streamguard.moc"
