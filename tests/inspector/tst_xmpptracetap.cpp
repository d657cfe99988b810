// XmppTraceTap on a real Linnet session against the fixture's Prosody: a message sent and one
// received are recorded with their summary, the body hidden unless the trace shows bodies,
// nothing recorded while paused, and a logger the client had before keeps getting the log.
#include "AccountHarness.h"
#include "LiveTest.h"
#include "inspector/ProtocolTrace.h"
#include "inspector/XmppTraceTap.h"

#include <QGuiApplication>
#include <QXmppLogger.h>
#include <QXmppMessage.h>

class TestXmppTraceTap : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;

    static QList<TraceEvent> messages(ProtocolTrace &trace, quint64 *sequence, QList<TraceEvent> *all)
    {
        all->append(trace.eventsSince(sequence));
        QList<TraceEvent> out;
        for (const auto &e : std::as_const(*all)) {
            if (e.kind == QLatin1String("message") && e.detail.contains(QLatin1String("<body")))
                out << e;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
    }

    void recordsBothWaysWithBodiesHidden()
    {
        AccountHarness alice(LiveTest::settingsFor(*m_server, QStringLiteral("alice")), {QStringLiteral("desk")});
        auto *session = alice.session();
        ProtocolTrace trace(1000);
        // Session's linnet.xmpp logger stands in for any logger the client had.
        auto *before = new QXmppLogger(session);
        before->setLoggingType(QXmppLogger::SignalLogging);
        before->setMessageTypes(QXmppLogger::AnyMessage);
        session->client()->setLogger(before);
        int beforeMessages = 0;
        connect(before, &QXmppLogger::message, this, [&] { ++beforeMessages; });

        auto *tap = new XmppTraceTap(session->client(), &trace, session->jid(), session);
        QVERIFY(!tap->isAttached());
        trace.setRecording(true);
        QVERIFY(tap->isAttached());

        alice.login(LiveTest::Password);
        QTRY_VERIFY_WITH_TIMEOUT(session->isOnline(), 15000);
        auto bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(bob);
        QStringList bobGot;
        connect(bob.get(), &QXmppClient::messageReceived, this, [&](const QXmppMessage &m) {
            if (!m.body().isEmpty())
                bobGot << m.body();
        });

        const QString bobJid = m_server->jid(QStringLiteral("bob"));
        const QString aliceJid = m_server->jid(QStringLiteral("alice")) + QStringLiteral("/desk");
        session->client()->sendMessage(bobJid, QStringLiteral("the secret word is kestrel"));
        QTRY_COMPARE_WITH_TIMEOUT(bobGot.size(), 1, 10000);
        QXmppMessage reply(QString(), aliceJid, QStringLiteral("bob answers with plover"));
        reply.setType(QXmppMessage::Chat);
        reply.setId(QStringLiteral("reply-1"));
        bob->sendPacket(reply);

        quint64 sequence = 0;
        QList<TraceEvent> all;
        QList<TraceEvent> got;
        QTRY_VERIFY_WITH_TIMEOUT((got = messages(trace, &sequence, &all)).size() >= 2, 10000);
        const auto sent = std::find_if(got.cbegin(), got.cend(), [](const TraceEvent &e) { return e.direction == TraceEvent::Direction::Sent; });
        const auto received = std::find_if(got.cbegin(), got.cend(), [](const TraceEvent &e) { return e.direction == TraceEvent::Direction::Received; });
        QVERIFY(sent != got.cend());
        QVERIFY(received != got.cend());
        QCOMPARE(sent->protocol, TraceEvent::Protocol::Xmpp);
        QCOMPARE(sent->connection, session->jid());
        QVERIFY2(sent->summary.startsWith(QStringLiteral("message chat to ") + bobJid), qPrintable(sent->summary));
        QVERIFY2(received->summary.contains(QStringLiteral("id reply-1")), qPrintable(received->summary));
        QVERIFY2(received->summary.contains(QStringLiteral("from ") + bobJid), qPrintable(received->summary));
        for (const auto &e : std::as_const(all)) {
            QVERIFY2(!e.detail.contains(QLatin1String("kestrel")), qPrintable(e.detail));
            QVERIFY2(!e.detail.contains(QLatin1String("plover")), qPrintable(e.detail));
        }
        // The stream's own elements are there too, as "stream".
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const TraceEvent &e) { return e.kind == QLatin1String("stream"); }));
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const TraceEvent &e) { return e.kind == QLatin1String("presence"); }));
        QVERIFY(beforeMessages > 0);  // forwarded while tapped

        // Bodies when asked.
        trace.setShowsBodies(true);
        session->client()->sendMessage(bobJid, QStringLiteral("now the body shows: wren"));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of((messages(trace, &sequence, &all), all.cbegin()), all.cend(), [](const TraceEvent &e) {
            return e.direction == TraceEvent::Direction::Sent && e.detail.contains(QLatin1String("wren"));
        }), 10000);

        // Paused: detached, the old logger back, nothing recorded.
        trace.setRecording(false);
        QVERIFY(!tap->isAttached());
        QCOMPARE(session->client()->logger(), before);
        const int beforeNow = beforeMessages;
        session->client()->sendMessage(bobJid, QStringLiteral("unrecorded"));
        QTRY_COMPARE_WITH_TIMEOUT(bobGot.size(), 3, 10000);
        QVERIFY(beforeMessages > beforeNow);
        trace.setRecording(true);
        QVERIFY(std::none_of((messages(trace, &sequence, &all), all.cbegin()), all.cend(), [](const TraceEvent &e) {
            return e.detail.contains(QLatin1String("unrecorded"));
        }));
    }

    void summaryOfStanzaText()
    {
        const auto e = XmppTraceTap::toEvent(
            QStringLiteral("<iq xmlns=\"jabber:client\" type='get' id=\"d1\" to=\"pubsub.linnet.test\"><query xmlns=\"http://jabber.org/protocol/disco#items\"/></iq>"),
            true, false, QStringLiteral("alice@linnet.test/desk"));
        QCOMPARE(e.kind, QStringLiteral("iq"));
        QCOMPARE(e.summary, QStringLiteral("iq get to pubsub.linnet.test id d1"));
        QCOMPARE(e.direction, TraceEvent::Direction::Sent);
        const auto sm = XmppTraceTap::toEvent(QStringLiteral("<r xmlns=\"urn:xmpp:sm:3\"/>"), false, false, {});
        QCOMPARE(sm.kind, QStringLiteral("stream"));
        QCOMPARE(sm.summary, QStringLiteral("r"));
        const auto header = XmppTraceTap::toEvent(
            QStringLiteral("<?xml version='1.0'?><stream:stream to='linnet.test' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>"),
            true, false, {});
        QCOMPARE(header.kind, QStringLiteral("stream"));
        QCOMPARE(header.summary, QStringLiteral("stream:stream to linnet.test"));
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestXmppTraceTap test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_xmpptracetap.moc"
