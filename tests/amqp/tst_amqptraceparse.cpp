// Proton's frame trace lines into TraceEvent fields (lines as Proton 0.37 prints them).
#include "amqp/AmqpTraceParse.h"
#include "inspector/ProtocolTrace.h"

#include <QTest>

class TestAmqpTraceParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flow()
    {
        TraceEvent e;
        QVERIFY(parseAmqpFrame(u"[0x5601c8f0]:1 -> @flow(19) [next-incoming-id=0, incoming-window=2147483647, "
                               u"next-outgoing-id=0, outgoing-window=2147483647, handle=2, delivery-count=0, link-credit=500, drain=false]",
                               &e));
        QCOMPARE(e.kind, QStringLiteral("flow"));
        QCOMPARE(e.direction, TraceEvent::Direction::Sent);
        QCOMPARE(e.channel, 1);
        QCOMPARE(e.handle, 2);
        QCOMPARE(e.credit, 500);
        QCOMPARE(e.deliveryId, -1);
    }
    void transfer()
    {
        TraceEvent e;
        QVERIFY(parseAmqpFrame(u"[0x5601c8f0]:0 <- @transfer(20) [handle=0, delivery-id=17, delivery-tag=b\"\\x00\", "
                               u"message-format=0] (120) \"\\x00Sp...\"",
                               &e));
        QCOMPARE(e.kind, QStringLiteral("transfer"));
        QCOMPARE(e.direction, TraceEvent::Direction::Received);
        QCOMPARE(e.channel, 0);
        QCOMPARE(e.handle, 0);
        QCOMPARE(e.deliveryId, 17);
        QCOMPARE(e.credit, -1);
    }
    void saslPasswordHidden()
    {
        TraceEvent e;
        QVERIFY(parseAmqpFrame(u"[0x1]:0 -> @sasl-init(65) [mechanism=:PLAIN, initial-response=b\"\\x00dev\\x00s3cret\"]", &e));
        QCOMPARE(e.kind, QStringLiteral("sasl-init"));
        QVERIFY(!e.detail.contains(u"s3cret"));
        QVERIFY(e.detail.contains(u"mechanism=:PLAIN"));
    }
    void protonFormat()  // as Proton 0.37's tracer hands it over
    {
        TraceEvent e;
        QVERIFY(parseAmqpFrame(u"FRAME: 0 -> @flow(19) [next-incoming-id=0xfffffffc, incoming-window=0x7fffffff, "
                               u"next-outgoing-id=0x0, outgoing-window=0x7fffffff, handle=0x1, delivery-count=0xfffffffb, "
                               u"link-credit=0x3e8, drain=false]", &e));
        QCOMPARE(e.kind, QStringLiteral("flow"));
        QCOMPARE(e.channel, 0);
        QCOMPARE(e.handle, 1);
        QCOMPARE(e.credit, 1000);
        QVERIFY(!parseAmqpFrame(u"FRAME:   -> SASL", &e));
        QCOMPARE(e.channel, -1);
    }
    void headerIsNoFrame()
    {
        TraceEvent e;
        QVERIFY(!parseAmqpFrame(u"[0x5601c8f0]:  -> AMQP", &e));
        QCOMPARE(e.kind, QStringLiteral("AMQP"));
        QCOMPARE(e.channel, -1);
    }
};

QTEST_GUILESS_MAIN(TestAmqpTraceParse)
#include "tst_amqptraceparse.moc"
