// The message list of one conversation: order, grouping, delivery, and bodies kept literal.
#include "chat/ChatModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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
        model.setDelivery(QStringLiteral("m1"), ChatModel::Delivery::Sent);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(), ChatModel::Delivery::Sent);
        model.setDelivery(QStringLiteral("unknown"), ChatModel::Delivery::Failed);
        QCOMPARE(changed.count(), 1);
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
