// Linnet's AMQP client against a real RabbitMQ 4.0 (tests/support/RabbitMqServer): TLS and
// login, the three body kinds into a ReadingStore with history, poison messages, credit held
// back while the disk is behind, commands with replies and a timeout, and the frame trace.
// Faults (redeliveries, a killed app, a detached link, a broker restart): tst_amqpclient_faults.
// Test literals as plain strings: readable, and this file is no user-visible text.
#undef QT_NO_CAST_FROM_ASCII
#include "AmqpClientFixture.h"
#include "TestCertificates.h"

#include "amqp/AmqpClient.h"
#include "amqp/AmqpConnection.h"
#include "inspector/ProtocolTrace.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <proton/message_id.hpp>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestAmqpClient : public QObject, private AmqpClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_broker = new RabbitMqServer({.users = {{"dev", "pw", {}}},
                                       .queues = {"kinds", "garbage", "credit", "press-1.commands", "kiln-2.commands",
                                                  "linnet.replies.cmd"}},
                                      this);
        QString error;
        QVERIFY2(m_broker->start(&error), qPrintable(error));
    }

    void readingsOfAllBodyKinds()
    {
        auto store = historyStore("kinds");
        AmqpConnection connection(settings("kinds", {"kinds"}), store.get(), m_dir.filePath("kinds-ids.sqlite"));
        connection.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Connected, 20s);

        const qint64 t0 = (QDateTime::currentMSecsSinceEpoch() / 1000 - 60) * 1000;
        std::vector<proton::message> messages;
        messages.push_back(senmlJsonMessage("k-json", "press-1", 21.5, t0));
        proton::message xml;  // SenML XML as an amqp-value string, device from the subject
        xml.id(proton::message_id(std::string("k-xml")));
        xml.subject("kiln-2");
        xml.content_type("application/senml+xml");
        xml.body(QStringLiteral("<sensml xmlns='urn:ietf:params:xml:ns:senml'><senml bn='kiln-2:' n='temp' u='Cel' "
                                "v='900' t='%1'/></sensml>").arg(t0 / 1000).toStdString());
        messages.push_back(xml);
        proton::message bare;  // a bare number, series and unit from properties
        bare.id(proton::message_id(std::string("k-bare")));
        bare.content_type("text/plain");
        bare.properties().put("device", "chiller-3");
        bare.properties().put("series", "flow");
        bare.properties().put("unit", "l/min");
        bare.body(std::string(" 12.25 "));
        messages.push_back(bare);
        QString error;
        QVERIFY2(publishMessages(login(), RabbitMqServer::queueAddress("kinds"), messages, &error), qPrintable(error));

        QTRY_COMPARE_WITH_TIMEOUT(connection.stored(), 3u, 20s);
        QCOMPARE(connection.refused(), 0u);
        const QString service = QStringLiteral("amqp/kinds");
        QCOMPARE(store->last(service, "press-1", "press-1:temp")->value, 21.5);
        QCOMPARE(store->last(service, "kiln-2", "kiln-2:temp")->value, 900.0);
        QCOMPARE(store->last(service, "chiller-3", "flow")->value, 12.25);
        QCOMPARE(store->seriesInfo(service, "chiller-3").constFirst().unit, QStringLiteral("l/min"));
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->queueDepth("kinds").value_or(-1), 0, 20s);  // all accepted
    }

    void wrongPasswordSaysSo()
    {
        ReadingStore store;
        AmqpConnection connection(settings("badpw", {"kinds"}), &store, QString());
        QSignalSpy refused(&connection, &AmqpConnection::authenticationFailed);
        connection.open("not-the-password");
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 20s);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Disconnected, 10s);
        QVERIFY2(connection.errorText().contains("password"), qPrintable(connection.errorText()));
    }

    void unknownCaRefused()
    {
        ReadingStore store;
        auto s = settings("badca", {"kinds"});
        s.caCertificatesFile.clear();  // the system's CAs only: the test CA is unknown
        AmqpConnection connection(s, &store, QString());
        QSignalSpy rejected(&connection, &AmqpConnection::certificateRejected);
        connection.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 20s);
        QCOMPARE(connection.state(), AmqpConnection::Disconnected);
        QVERIFY(!connection.lastFailure().certificate.isNull());
        QVERIFY(!connection.lastFailure().certificateErrors.isEmpty());

        // Pinned (the trust dialog's answer): that exact certificate passes.
        s.pinnedSha256 = {connection.lastFailure().certificate.digest(QCryptographicHash::Sha256)};
        AmqpConnection pinned(s, &store, QString());
        pinned.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(pinned.state(), AmqpConnection::Connected, 20s);
    }

    void poisonMessagesRejectedAndCounted()
    {
        auto store = historyStore("garbage");
        AmqpConnection connection(settings("garbage", {"garbage"}), store.get(), QString());
        connection.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Connected, 20s);
        std::vector<proton::message> messages;
        auto json = senmlJsonMessage("g-1", "press-1", 1, QDateTime::currentMSecsSinceEpoch());
        json.body(std::string("[{\"n\":"));  // not JSON
        messages.push_back(json);
        auto wrongType = senmlJsonMessage("g-2", "press-1", 2, QDateTime::currentMSecsSinceEpoch());
        wrongType.content_type("image/png");
        messages.push_back(wrongType);
        auto huge = senmlJsonMessage("g-3", "press-1", 3, QDateTime::currentMSecsSinceEpoch());
        huge.body(std::string(2 * 1024 * 1024, ' '));
        messages.push_back(huge);
        auto nameless = senmlJsonMessage("g-4", "press-1", 4, QDateTime::currentMSecsSinceEpoch());
        nameless.properties().clear();
        messages.push_back(nameless);
        messages.push_back(senmlJsonMessage("g-5", "press-1", 5, QDateTime::currentMSecsSinceEpoch()));
        QString error;
        QVERIFY2(publishMessages(login(), RabbitMqServer::queueAddress("garbage"), messages, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(connection.refused(), 4u, 20s);
        QTRY_COMPARE_WITH_TIMEOUT(connection.stored(), 1u, 20s);
        // Rejected, so not redelivered: the queue is empty and stays so.
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->queueDepth("garbage").value_or(-1), 0, 20s);
        QCOMPARE(connection.state(), AmqpConnection::Connected);
    }

    void creditStopsWhileTheDiskIsBehind()
    {
        auto store = historyStore("credit");
        QTRY_VERIFY_WITH_TIMEOUT(store->historyLoaded(), 10s);
        auto s = settings("credit", {"credit"});
        s.creditWindow = 10;
        AmqpConnection connection(s, store.get(), m_dir.filePath("credit-ids.sqlite"));
        connection.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Connected, 20s);
        store->holdHistoryForTesting(true);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 600000;
        QString error;
        // Deliveries waiting for the disk keep the credit up, until UnsettledWindows windows of them.
        constexpr int Held = 10 * AmqpClient::UnsettledWindows;
        constexpr int Published = Held + 20;
        QVERIFY2(publishMessages(login(), RabbitMqServer::queueAddress("credit"), readings("c-", "press-1", Published, t0), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(connection.pendingDeliveries(), Held, 20s);
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->queueDepth("credit").value_or(-1), Published, 20s);  // 20 ready + the unsettled
        QTest::qWait(500);  // no more comes
        QCOMPARE(connection.stored(), 0u);
        QCOMPARE(connection.received(), quint64(Held));

        store->holdHistoryForTesting(false);
        QTRY_COMPARE_WITH_TIMEOUT(connection.stored(), quint64(Published), 30s);
        QCOMPARE(connection.pendingDeliveries(), 0);
        QCOMPARE(sampleCount(*store, "amqp/credit", "press-1"), Published);
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->queueDepth("credit").value_or(-1), 0, 20s);
    }

    void commandRoundTripAndTimeout()
    {
        ReadingStore store;
        CommandResponder device(login(), "press-1");
        CommandResponder mute(login(), "kiln-2", true);
        QVERIFY(device.waitUntilReady(20000));
        QVERIFY(mute.waitUntilReady(20000));
        AmqpConnection connection(settings("cmd", {}), &store, QString());
        QSignalSpy finished(&connection, &AmqpConnection::commandFinished);
        connection.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Connected, 20s);
        const QString relay = connection.sendCommand("press-1", "relay", "on");
        const QString interval = connection.sendCommand("press-1", "interval", "30");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20s);
        QCOMPARE(finished.at(0).at(0).toString(), relay);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QCOMPARE(finished.at(0).at(2).toString(), QStringLiteral("Relay on"));
        QCOMPARE(finished.at(1).at(0).toString(), interval);
        QCOMPARE(finished.at(1).at(2).toString(), QStringLiteral("Interval is now 30 s"));

        const QString lost = connection.sendCommand("kiln-2", "relay", "off");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 40s);  // AmqpClient::CommandTimeoutMs
        QCOMPARE(finished.at(2).at(0).toString(), lost);
        QCOMPARE(finished.at(2).at(1).toBool(), false);
    }

    // No reply queue on the broker: Linnet declares it (RabbitMQ's management node) and the
    // command still gets its answer.
    void replyQueueDeclaredWhenMissing()
    {
        ReadingStore store;
        CommandResponder device(login(), "press-1");
        QVERIFY(device.waitUntilReady(20000));
        QVERIFY(!m_broker->queueDepth("linnet.replies.fresh").has_value());
        AmqpConnection connection(settings("fresh", {}), &store, QString());
        QSignalSpy finished(&connection, &AmqpConnection::commandFinished);
        connection.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Connected, 20s);
        const QString relay = connection.sendCommand("press-1", "relay", "off");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20s);
        QCOMPARE(finished.at(0).at(0).toString(), relay);
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(finished.at(0).at(2).toString(), QStringLiteral("Relay off"));
        QCOMPARE(m_broker->queueDepth("linnet.replies.fresh"), std::optional<qint64>(0));
    }

    void traceRecordsFrames()
    {
        ReadingStore store;
        ProtocolTrace trace;
        trace.setRecording(true);
        AmqpConnection connection(settings("traced", {"kinds"}), &store, QString());
        connection.setTrace(&trace);
        connection.open("pw");
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), AmqpConnection::Connected, 20s);
        quint64 seq = 0;
        QList<TraceEvent> events;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            events += trace.eventsSince(&seq);
            return std::any_of(events.cbegin(), events.cend(), [](const TraceEvent &e) {
                return e.kind == u"flow" && e.direction == TraceEvent::Direction::Sent && e.credit > 0;
            });
        }()), 20s);
        const auto has = [&](const QString &kind, TraceEvent::Direction d) {
            return std::any_of(events.cbegin(), events.cend(), [&](const TraceEvent &e) {
                return e.kind == kind && e.direction == d && e.protocol == TraceEvent::Protocol::Amqp
                    && e.connection == u"traced";
            });
        };
        QVERIFY(has("open", TraceEvent::Direction::Sent));
        QVERIFY(has("open", TraceEvent::Direction::Received));
        QVERIFY(has("attach", TraceEvent::Direction::Sent));
        // The password never shows (SASL frames are not traced as text).
        for (const auto &e : std::as_const(events))
            QVERIFY(!e.detail.contains("pw\""));
    }
};

QTEST_GUILESS_MAIN(TestAmqpClient)
#include "tst_amqpclient.moc"
