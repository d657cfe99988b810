// The message list of one conversation: order, grouping, delivery states that only move on,
// bodies kept literal, and the contact's typing that ends or expires.
#include "chat/ChatModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

using Message = ChatModel::Message;

namespace {
QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::LocalTime).toUTC();
}
}  // namespace

class TestChatModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTimeOrderForLateMessages()
    {
        ChatModel model(QStringLiteral("bob@example.org"));
        QAbstractItemModelTester tester(&model);
        model.append({QStringLiteral("1"), QStringLiteral("first"), at(20, 10, 0), false});
        model.append({QStringLiteral("3"), QStringLiteral("third"), at(20, 10, 5), false});
        // Delivered from offline storage with an older stamp.
        model.append({QStringLiteral("2"), QStringLiteral("second"), at(20, 10, 2), false});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1).data(ChatModel::BodyRole).toString(), QStringLiteral("second"));
        QCOMPARE(model.index(2).data(ChatModel::BodyRole).toString(), QStringLiteral("third"));
    }

    void groupsAndDays()
    {
        ChatModel model(QStringLiteral("bob@example.org"));
        model.append({{}, QStringLiteral("a"), at(20, 10, 0), false});
        model.append({{}, QStringLiteral("b"), at(20, 10, 1), false});      // same sender, soon after
        model.append({{}, QStringLiteral("c"), at(20, 10, 2), true});       // other sender
        model.append({{}, QStringLiteral("d"), at(20, 10, 30), true});      // same sender, long pause
        model.append({{}, QStringLiteral("e"), at(21, 9, 0), true});        // next day
        auto group = [&](int row) { return model.index(row).data(ChatModel::FirstOfGroupRole).toBool(); };
        auto day = [&](int row) { return model.index(row).data(ChatModel::FirstOfDayRole).toBool(); };
        QVERIFY(group(0));
        QVERIFY(!group(1));
        QVERIFY(group(2));
        QVERIFY(group(3));
        QVERIFY(day(0));
        QVERIFY(!day(3));
        QVERIFY(day(4));
    }

    void insertingAboveUpdatesTheNeighbour()
    {
        ChatModel model(QStringLiteral("bob@example.org"));
        model.append({{}, QStringLiteral("later"), at(20, 10, 1), false});
        QVERIFY(model.index(0).data(ChatModel::FirstOfGroupRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.append({{}, QStringLiteral("earlier"), at(20, 10, 0), false});
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model.index(1).data(ChatModel::FirstOfGroupRole).toBool());
    }

    void deliveryUpdates()
    {
        ChatModel model(QStringLiteral("bob@example.org"));
        model.append({QStringLiteral("m1"), QStringLiteral("hi"), at(20, 10, 0), true, ChatModel::Delivery::Sending});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setDelivery(QStringLiteral("m1"), ChatModel::Delivery::Sent));
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(ChatModel::DeliveryLabelRole));
        QCOMPARE(model.index(0).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(), ChatModel::Delivery::Sent);
        QCOMPARE(model.index(0).data(ChatModel::DeliveryLabelRole).toString(), QStringLiteral("sent"));
        QVERIFY(!model.setDelivery(QStringLiteral("unknown"), ChatModel::Delivery::Failed));
        QCOMPARE(changed.count(), 1);
    }

    // A receipt can overtake the server's acknowledgement: the state never goes back.
    void deliveryOnlyMovesOn()
    {
        ChatModel model(QStringLiteral("bob@example.org"));
        model.append({QStringLiteral("m1"), QStringLiteral("hi"), at(20, 10, 0), true, ChatModel::Delivery::Sending});
        auto state = [&] { return model.index(0).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(); };
        QVERIFY(model.setDelivery(QStringLiteral("m1"), ChatModel::Delivery::Delivered));
        QCOMPARE(model.index(0).data(ChatModel::DeliveryLabelRole).toString(), QStringLiteral("delivered"));
        QVERIFY(!model.setDelivery(QStringLiteral("m1"), ChatModel::Delivery::Sent));
        QVERIFY(!model.setDelivery(QStringLiteral("m1"), ChatModel::Delivery::Failed));
        QVERIFY(!model.setDelivery(QStringLiteral("m1"), ChatModel::Delivery::Delivered));
        QCOMPARE(state(), ChatModel::Delivery::Delivered);

        // Failed (the send task gave up), then the contact's receipt proves it arrived.
        model.append({QStringLiteral("m2"), QStringLiteral("again"), at(20, 10, 1), true, ChatModel::Delivery::Sending});
        QVERIFY(model.setDelivery(QStringLiteral("m2"), ChatModel::Delivery::Failed));
        QCOMPARE(model.index(1).data(ChatModel::DeliveryLabelRole).toString(), QStringLiteral("not sent"));
        QVERIFY(!model.setDelivery(QStringLiteral("m2"), ChatModel::Delivery::Sent));
        QVERIFY(model.setDelivery(QStringLiteral("m2"), ChatModel::Delivery::Delivered));

        // An error bounce after the server took it.
        model.append({QStringLiteral("m3"), QStringLiteral("bounce"), at(20, 10, 2), true, ChatModel::Delivery::Sent});
        QVERIFY(model.setDelivery(QStringLiteral("m3"), ChatModel::Delivery::Failed));
    }

    // Receipts name the id of an outgoing message; an incoming one with that id is not touched.
    void incomingMessagesHaveNoDeliveryState()
    {
        ChatModel model(QStringLiteral("bob@example.org"));
        model.append({QStringLiteral("x"), QStringLiteral("from bob"), at(20, 10, 0), false});
        QVERIFY(!model.setDelivery(QStringLiteral("x"), ChatModel::Delivery::Delivered));
        QCOMPARE(model.index(0).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(), ChatModel::Delivery::Received);
        QCOMPARE(model.index(0).data(ChatModel::DeliveryLabelRole).toString(), QString());
    }

    void peerTypingEndsOrExpires()
    {
        ChatModel model(QStringLiteral("bob@example.org"));
        QSignalSpy typing(&model, &ChatModel::peerTypingChanged);
        QVERIFY(!model.peerTyping());
        QCOMPARE(model.peerActivity(), QString());
        model.setPeerTyping(true);
        model.setPeerTyping(true);  // refreshed, not changed
        QCOMPARE(typing.count(), 1);
        QVERIFY(model.peerTyping());
        QCOMPARE(model.peerActivity(), QStringLiteral("typing…"));
        model.setPeerTyping(false);
        QCOMPARE(typing.count(), 2);
        QCOMPARE(model.peerActivity(), QString());

        // A "composing" whose end never comes.
        model.setTypingExpiry(50ms);
        model.setPeerTyping(true);
        QTRY_COMPARE_WITH_TIMEOUT(typing.count(), 4, 5000);
        QCOMPARE(typing.last().first().toBool(), false);
        QVERIFY(!model.peerTyping());
    }

    void bodyIsKeptLiterally()
    {
        ChatModel model(QStringLiteral("bob@example.org"));
        const QString markup = QStringLiteral("<b>x</b><img src=\"http://127.0.0.1/x.png\">");
        model.append({{}, markup, at(20, 10, 0), false});
        QCOMPARE(model.index(0).data(ChatModel::BodyRole).toString(), markup);
    }
};

QTEST_GUILESS_MAIN(TestChatModel)
#include "tst_chatmodel.moc"
