// The inspector's view of the receive path's fast lane, without a server: FastLaneTrace's
// bounds, order and unguessable placeholders; the ReadingInterceptor keeping consumed
// notifications only while recording; XmppTraceTap splitting QXmpp's reads and swapping the
// items in where their placeholders were, never for a look-alike.
#include "devices/ReadingInterceptor.h"
#include "inspector/FastLaneTrace.h"
#include "inspector/ProtocolTrace.h"
#include "inspector/XmppTraceTap.h"
#include "net/StanzaFramer.h"

#include <QTest>
#include <QXmppClient.h>
#include <QXmppLogger.h>

namespace {
const QString Service = QStringLiteral("pubsub.linnet.test");
const QString Node = QStringLiteral("sensors/dev-1");
const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' from='linnet.test' version='1.0'>";
// Two items: three good records, one refused (a value that is no number).
const QByteArray Notification =
    "<message from='pubsub.linnet.test' to='alice@linnet.test/desk' type='headline' id='e1'>"
    "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='sensors/dev-1'>"
    "<item id='a1'><sensml xmlns='urn:ietf:params:xml:ns:senml'><senml n='temp' u='Cel' v='21.5'/>"
    "<senml n='hum' v='55'/></sensml></item>"
    "<item id='a2'><sensml xmlns='urn:ietf:params:xml:ns:senml'><senml n='co2' v='612'/><senml n='x' v='warm'/>"
    "</sensml></item></items></event></message>";

FastLaneTrace::Taken item(qsizetype chars = 10)
{
    return {QString(chars, QLatin1Char('x')), Service, Node, QStringLiteral("i1"), 1, 0, false};
}

// One session's receive path: a framer and the fast lane, forwarding what QXmpp would get.
struct Lane {
    std::shared_ptr<FastLaneTrace> trace = std::make_shared<FastLaneTrace>();
    QList<QList<Reading>> stored;
    ReadingInterceptor interceptor;
    StanzaFramer framer{[this](StanzaFramer::Kind kind, QByteArrayView bytes) {
        if (kind == StanzaFramer::Kind::Stanza)
            forwarded << bytes.toByteArray();
    }};
    QList<QByteArray> forwarded;

    explicit Lane(std::shared_ptr<ReadingSubscriptions> subscriptions)
        : interceptor([this](const QString &, const QString &, const QList<Reading> &batch) { stored << batch; },
                      std::move(subscriptions), nullptr)
    {
        interceptor.setTrace(trace);
        framer.setInterceptor(&interceptor);
        framer.feed(Header);
    }
};
}  // namespace

class TestFastLaneTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsInOrderWithinBounds()
    {
        FastLaneTrace trace;
        QCOMPARE(trace.keep(item()), FastLaneTrace::plainPlaceholder());  // not recording
        QCOMPARE(trace.pending(), 0);
        trace.setRecording(true);
        QList<QString> placeholders;
        for (int i = 0; i < 3; ++i)
            placeholders << QString::fromUtf8(trace.keep(item()));
        QVERIFY(placeholders.at(0) != placeholders.at(1));
        QVERIFY(trace.isPlaceholder(placeholders.at(1)));
        // The second claimed: the first will never be (QXmpp logs them in order), so it goes.
        QVERIFY(trace.claim(placeholders.at(1)));
        QCOMPARE(trace.pending(), 1);
        QVERIFY(!trace.claim(placeholders.at(0)));
        QVERIFY(!trace.claim(placeholders.at(1)));  // once
        QVERIFY(trace.claim(placeholders.at(2)));
        QCOMPARE(trace.pending(), 0);
        QCOMPARE(trace.pendingChars(), 0);

        // A flood QXmpp does not keep up with: bounded in count and in characters.
        for (qsizetype i = 0; i < FastLaneTrace::MaxPending + 500; ++i)
            trace.keep(item());
        QCOMPARE(trace.pending(), FastLaneTrace::MaxPending);
        for (int i = 0; i < 40; ++i)
            trace.keep(item(StanzaCapture::MaxChars));
        QVERIFY(trace.pendingChars() <= FastLaneTrace::MaxPendingChars);
        QVERIFY(trace.pending() < 40);
        trace.setRecording(false);
        QCOMPARE(trace.pending(), 0);
    }

    void placeholdersCannotBeForged()
    {
        FastLaneTrace one;
        FastLaneTrace other;
        one.setRecording(true);
        other.setRecording(true);
        const QString mine = QString::fromUtf8(one.keep(item()));
        const QString theirs = QString::fromUtf8(other.keep(item()));
        QVERIFY(mine != theirs);  // the random part differs; the sequence (0) does not
        QVERIFY(!one.isPlaceholder(theirs));
        QVERIFY(!one.claim(theirs));
        QCOMPARE(one.pending(), 1);
        // The same shape with one digit of the random part changed.
        QString guess = mine;
        const qsizetype at = guess.indexOf(QLatin1String("fastlane-")) + 9;
        guess[at] = guess.at(at) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QVERIFY(!one.isPlaceholder(guess));
        QVERIFY(!one.isPlaceholder(QString(mine).replace(QLatin1String("'/>"), QLatin1String("' from='x'/>"))));
        QVERIFY(!one.isPlaceholder(QString(mine).replace(QLatin1String("-0'"), QLatin1String("-'"))));
        QVERIFY(one.claim(mine));
    }

    void interceptorKeepsOnlyWhileRecording()
    {
        const auto subscriptions = std::make_shared<ReadingSubscriptions>();
        subscriptions->accept(Service, Node);
        Lane lane(subscriptions);

        // Not recording: the plain placeholder, nothing kept; the readings stored all the same.
        QVERIFY(lane.framer.feed(QByteArray(Notification).replace("id='e1'", "id='e0'").replace("'21.5'", "'20'")));
        QCOMPARE(lane.forwarded, QList<QByteArray>{FastLaneTrace::plainPlaceholder()});
        QCOMPARE(lane.stored.size(), 1);
        QCOMPARE(lane.trace->pending(), 0);

        lane.trace->setRecording(true);
        lane.forwarded.clear();
        const QByteArray chat = "<message from='bob@linnet.test/x' type='chat' id='c1'><body>hi</body></message>";
        QVERIFY(lane.framer.feed(QByteArray(chat + Notification)));
        QCOMPARE(lane.forwarded.size(), 2);
        QCOMPARE(lane.forwarded.at(0), chat);  // not the fast lane's: untouched, not kept
        const QString placeholder = QString::fromUtf8(lane.forwarded.at(1));
        QVERIFY2(lane.trace->isPlaceholder(placeholder), qPrintable(placeholder));
        QCOMPARE(lane.trace->pending(), 1);
        const auto taken = lane.trace->claim(placeholder);
        QVERIFY(taken);
        QCOMPARE(taken->service, Service);
        QCOMPARE(taken->node, Node);
        QCOMPARE(taken->items, QStringLiteral("a1 a2"));
        QCOMPARE(taken->readings, 3);
        QCOMPARE(taken->refused, quint64(1));
        QVERIFY(!taken->duplicate);
        QCOMPARE(lane.stored.size(), 2);
        // The stanza written back: well-formed, with its namespaces, items and records.
        QXmlStreamReader reader(taken->stanza);
        QStringList names;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement)
                names << reader.name().toString();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString() + QLatin1Char('\n') + taken->stanza));
        QCOMPARE(names.count(QStringLiteral("senml")), 4);
        QVERIFY(taken->stanza.contains(QLatin1String("xmlns=\"urn:ietf:params:xml:ns:senml\"")));
        QVERIFY(taken->stanza.contains(QLatin1String("<item id=\"a2\">")));
        QVERIFY(taken->stanza.contains(QLatin1String("v=\"warm\"")));

        // Another session of the account gets the same notification: a duplicate, nothing stored.
        Lane second(subscriptions);
        second.trace->setRecording(true);
        QVERIFY(second.framer.feed(Notification));
        const auto duplicate = second.trace->claim(QString::fromUtf8(second.forwarded.value(0)));
        QVERIFY(duplicate);
        QVERIFY(duplicate->duplicate);
        QCOMPARE(duplicate->readings, 0);
        QVERIFY(second.stored.isEmpty());

        // Off again: nothing more is kept.
        lane.trace->setRecording(false);
        lane.forwarded.clear();
        QVERIFY(lane.framer.feed(QByteArray(Notification).replace("'612'", "'613'")));
        QCOMPARE(lane.forwarded, QList<QByteArray>{FastLaneTrace::plainPlaceholder()});
        QCOMPARE(lane.trace->pending(), 0);
    }

    void splitsWhatQXmppRead()
    {
        const QString read = QStringLiteral("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                                            "xmlns:stream='http://etherx.jabber.org/streams' id='s1' from='linnet.test' version='1.0'>"
                                            "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features>");
        const auto elements = XmppTraceTap::splitReceived(read);
        QCOMPARE(elements.size(), 2);
        QCOMPARE(XmppTraceTap::toEvent(elements.at(0), false, false, {}).summary, QStringLiteral("stream:stream from linnet.test id s1"));
        QCOMPARE(XmppTraceTap::toEvent(elements.at(1), false, false, {}).summary, QStringLiteral("stream:features"));
        const QString stanzas = QStringLiteral("<presence from='a@b/c'/>\n<message type='chat' id='m1'><body><![CDATA[<iq/>]]></body></message>");
        QCOMPARE(XmppTraceTap::splitReceived(stanzas).size(), 2);
        // What does not split is kept whole.
        QCOMPARE(XmppTraceTap::splitReceived(QStringLiteral("<presence")), QStringList{QStringLiteral("<presence")});
        QCOMPARE(XmppTraceTap::splitReceived(QString()), QStringList{QString()});
    }

    // The tap on a client (no connection needed: what QXmpp logs is fed to its logger).
    void tapSwapsItemsInStreamOrder()
    {
        QXmppClient client;
        ProtocolTrace trace(100);
        XmppTraceTap tap(&client, &trace, QStringLiteral("alice@linnet.test/desk"));
        const auto lane = std::make_shared<FastLaneTrace>();
        tap.setFastLane(lane);
        QVERIFY(!lane->isRecording());
        trace.setRecording(true);
        QVERIFY(lane->isRecording());

        auto taken = item();
        taken.stanza = QStringLiteral("<message type=\"headline\"><body>notified</body></message>");
        taken.items = QStringLiteral("r1 r2");
        taken.readings = 4;
        taken.refused = 2;
        const QString placeholder = QString::fromUtf8(lane->keep(taken));
        QVERIFY(lane->keep(item()).size() > 0);  // one more, still pending after the read
        // A stanza shaped exactly like the next placeholder, the random part guessed wrong.
        QString forged = placeholder;
        forged.replace(QLatin1String("-0'/>"), QLatin1String("-1'/>"));
        const qsizetype at = forged.indexOf(QLatin1String("fastlane-")) + 9;
        forged[at] = forged.at(at) == QLatin1Char('f') ? QLatin1Char('e') : QLatin1Char('f');

        client.logger()->log(QXmppLogger::ReceivedMessage,
                             QStringLiteral("<presence xmlns='jabber:client' from='bob@linnet.test/x'/>") + placeholder + forged
                                 + QStringLiteral("<message xmlns='jabber:client' type='chat' id='c1'><body>secret</body></message>"));
        quint64 sequence = 0;
        const auto events = trace.eventsSince(&sequence);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).kind, QStringLiteral("presence"));
        QCOMPARE(events.at(1).kind, QStringLiteral("pubsub"));
        QCOMPARE(events.at(1).summary,
                 QStringLiteral("pubsub items node=sensors/dev-1 ids=r1,r2 from=pubsub.linnet.test stored=4 refused=2"));
        QCOMPARE(events.at(1).direction, TraceEvent::Direction::Received);
        QVERIFY2(events.at(1).detail.contains(QLatin1String("[8 characters]")), qPrintable(events.at(1).detail));  // bodies hidden
        QCOMPARE(events.at(2).kind, QStringLiteral("message"));  // the forgery, as what it is
        QVERIFY2(events.at(2).summary.startsWith(QLatin1String("message headline id fastlane-")), qPrintable(events.at(2).summary));
        QCOMPARE(lane->pending(), 1);  // the forgery claimed nothing
        QCOMPARE(events.at(3).summary, QStringLiteral("message chat id c1"));
        QVERIFY(!events.at(3).detail.contains(QLatin1String("secret")));

        // Stopped: the lane stops keeping and forgets.
        trace.setRecording(false);
        QVERIFY(!lane->isRecording());
        QCOMPARE(lane->pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFastLaneTrace)
#include "tst_fastlanetrace.moc"
