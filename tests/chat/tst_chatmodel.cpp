// One conversation's rows from a real message store file: order and insertion at the place,
// grouping, delivery states that only move on, corrections, replies, attachments, truncated
// bodies kept literal, group-chat roles, and the contact's typing. Paging and the window:
// tst_chatmodel_paging.cpp.
#include "ChatModelTest.h"

#include "chat/MessageConversion.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTimeZone>
#include <QUrl>

using namespace std::chrono_literals;
using namespace ChatModelTest;

namespace {
qint64 at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::LocalTime).toMSecsSinceEpoch();
}

QVariant role(const ChatModel &model, int row, ChatModel::Role role)
{
    return model.index(row).data(role);
}
}  // namespace

class TestChatModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertsAtItsPlace()
    {
        Store s;
        s.put({in(QStringLiteral("first"), at(20, 10, 0)), in(QStringLiteral("third"), at(20, 10, 5))});
        ChatModel model(&s.store, Alice, Bob);
        QAbstractItemModelTester tester(&model);
        WAIT_SETTLED(model);
        QCOMPARE(model.rowCount(), 2);
        // Delivered from offline storage with an older stamp, stored after the others.
        const auto late = s.put(in(QStringLiteral("second"), at(20, 10, 2)));
        model.addStored(late);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(body(model, 1), QStringLiteral("second"));
        QCOMPARE(role(model, 1, ChatModel::RowIdRole).toLongLong(), late.rowId);
        // The same row again (a merged duplicate) is not a second row.
        model.addStored(late);
        QCOMPARE(model.rowCount(), 3);
        // Another conversation's message is not this one's.
        auto other = in(QStringLiteral("for carol"), at(20, 10, 3));
        other.peer = QStringLiteral("carol@linnet.test");
        model.addStored(s.put(other));
        QCOMPARE(model.rowCount(), 3);
        // A message the store could not keep (no row) is not shown.
        model.addStored(in(QStringLiteral("unstored"), at(20, 10, 4)));
        QCOMPARE(model.rowCount(), 3);
    }

    void groupsAndDays()
    {
        Store s;
        s.put({in(QStringLiteral("a"), at(20, 10, 0)), in(QStringLiteral("b"), at(20, 10, 1)),
               out(QStringLiteral("c"), at(20, 10, 2)), out(QStringLiteral("d"), at(20, 10, 30)),
               out(QStringLiteral("e"), at(21, 9, 0))});
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        auto group = [&](int row) { return role(model, row, ChatModel::FirstOfGroupRole).toBool(); };
        auto day = [&](int row) { return role(model, row, ChatModel::FirstOfDayRole).toBool(); };
        QVERIFY(group(0));
        QVERIFY(!group(1));  // same sender, soon after
        QVERIFY(group(2));   // other sender
        QVERIFY(group(3));   // long pause
        QVERIFY(day(0));
        QVERIFY(!day(3));
        QVERIFY(day(4));     // next day
        QCOMPARE(role(model, 0, ChatModel::SenderNameRole).toString(), QString());  // 1:1: no names
        QVERIFY(!role(model, 0, ChatModel::SenderColorRole).value<QColor>().isValid());
    }

    void insertingAboveUpdatesTheNeighbour()
    {
        Store s;
        s.put(in(QStringLiteral("later"), at(20, 10, 1)));
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        QVERIFY(role(model, 0, ChatModel::FirstOfGroupRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addStored(s.put(in(QStringLiteral("earlier"), at(20, 10, 0))));
        QCOMPARE(body(model, 0), QStringLiteral("earlier"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.first().at(0).toModelIndex().row() == 1);
        QVERIFY(!role(model, 1, ChatModel::FirstOfGroupRole).toBool());
    }

    // Queued -> handed to the stream -> acknowledged -> delivered; a late ack never goes back,
    // a failure offers Retry, and a retry queues it again.
    void statesOnlyMoveOn()
    {
        Store s;
        s.put(out(QStringLiteral("hi"), at(20, 10, 0), QStringLiteral("m1")));
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        auto delivery = [&] { return role(model, 0, ChatModel::DeliveryRole).value<ChatModel::Delivery>(); };
        auto label = [&] { return role(model, 0, ChatModel::DeliveryLabelRole).toString(); };
        QCOMPARE(delivery(), ChatModel::Delivery::Queued);
        QCOMPARE(label(), QStringLiteral("waiting to send"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateState(QStringLiteral("m1"), State::Sent);
        QCOMPARE(delivery(), ChatModel::Delivery::Sending);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(ChatModel::DeliveryLabelRole));
        model.updateState(QStringLiteral("m1"), State::Delivered);  // the receipt overtook the ack
        QCOMPARE(delivery(), ChatModel::Delivery::Delivered);
        QCOMPARE(label(), QStringLiteral("delivered"));
        model.updateState(QStringLiteral("m1"), State::Acknowledged);
        model.updateState(QStringLiteral("m1"), State::Failed);
        QCOMPARE(delivery(), ChatModel::Delivery::Delivered);
        QCOMPARE(changed.count(), 2);
        model.updateState(QStringLiteral("unknown"), State::Failed);
        QCOMPARE(changed.count(), 2);

        model.addStored(s.put(out(QStringLiteral("again"), at(20, 10, 1), QStringLiteral("m2"))));
        model.updateState(QStringLiteral("m2"), State::Failed);
        QCOMPARE(role(model, 1, ChatModel::DeliveryRole).value<ChatModel::Delivery>(), ChatModel::Delivery::Failed);
        QCOMPARE(role(model, 1, ChatModel::DeliveryLabelRole).toString(), QStringLiteral("not sent"));
        model.updateState(QStringLiteral("m2"), State::Queued);  // Retry
        QCOMPARE(role(model, 1, ChatModel::DeliveryRole).value<ChatModel::Delivery>(), ChatModel::Delivery::Queued);

        // A receipt names an outgoing message's id; an incoming one with that id is not touched.
        model.addStored(s.put(in(QStringLiteral("from bob"), at(20, 10, 2), QStringLiteral("x"))));
        model.updateState(QStringLiteral("x"), State::Delivered);
        QCOMPARE(role(model, 2, ChatModel::DeliveryRole).value<ChatModel::Delivery>(), ChatModel::Delivery::Received);
        QCOMPARE(role(model, 2, ChatModel::DeliveryLabelRole).toString(), QString());
    }

    // The Outbox's "not confirmed yet": only while the message waits for the server's ack; the
    // ack ends it, and it never covers a state that moved on.
    void overdueShowsNotConfirmedYet()
    {
        Store s;
        s.put(out(QStringLiteral("hi"), at(20, 10, 0), QStringLiteral("m1")));
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        auto delivery = [&] { return role(model, 0, ChatModel::DeliveryRole).value<ChatModel::Delivery>(); };
        model.updateState(QStringLiteral("m1"), State::Sent);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOverdue(QStringLiteral("m1"), true);
        QCOMPARE(delivery(), ChatModel::Delivery::Unconfirmed);
        QCOMPARE(role(model, 0, ChatModel::DeliveryLabelRole).toString(), QStringLiteral("not confirmed yet"));
        QCOMPARE(changed.count(), 1);
        model.setOverdue(QStringLiteral("m1"), true);  // no news, no signal
        QCOMPARE(changed.count(), 1);
        model.setOverdue(QStringLiteral("m1"), false);
        QCOMPARE(delivery(), ChatModel::Delivery::Sending);
        model.setOverdue(QStringLiteral("m1"), true);
        model.updateState(QStringLiteral("m1"), State::Acknowledged);  // the ack came after all
        QCOMPARE(delivery(), ChatModel::Delivery::Sent);
    }

    // A merged duplicate (the server's copy of our send) moves the row's state on.
    void duplicateUpdatesTheRow()
    {
        Store s;
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        model.addStored(s.put(out(QStringLiteral("hi"), at(20, 10, 0), QStringLiteral("m1"))));
        auto copy = out(QStringLiteral("hi"), at(20, 10, 0), QStringLiteral("m1"));
        copy.state = State::Received;  // a carbon / archive copy: the server has it
        copy.stanzaId = QStringLiteral("s1");
        const auto merged = s.put(QList<StoredMessage>{copy}).first();
        QVERIFY(!merged.inserted);
        model.addStored(merged.message);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(role(model, 0, ChatModel::DeliveryRole).value<ChatModel::Delivery>(), ChatModel::Delivery::Sent);
    }

    // XEP-0308: the correction's text replaces the original's at the original's place, once;
    // only the same sender can correct; the newest correction wins.
    void corrections()
    {
        Store s;
        auto original = in(QStringLiteral("helo"), at(20, 10, 0), QStringLiteral("o1"));
        auto mine = out(QStringLiteral("mine"), at(20, 10, 1), QStringLiteral("o2"));
        auto fix = in(QStringLiteral("hello"), at(20, 10, 2), QStringLiteral("c1"));
        fix.correctionOf = QStringLiteral("o1");
        s.put({original, mine, fix});
        ChatModel model(&s.store, Alice, Bob);
        QAbstractItemModelTester tester(&model);
        WAIT_SETTLED(model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(body(model, 0), QStringLiteral("hello"));
        QVERIFY(role(model, 0, ChatModel::EditedRole).toBool());
        QVERIFY(!role(model, 1, ChatModel::EditedRole).toBool());

        // Live: a second correction; an older one arriving late does not win.
        auto fix2 = in(QStringLiteral("hello!"), at(20, 10, 4), QStringLiteral("c2"));
        fix2.correctionOf = QStringLiteral("o1");
        model.addStored(s.put(fix2));
        auto stale = in(QStringLiteral("hallo"), at(20, 10, 3), QStringLiteral("c3"));
        stale.correctionOf = QStringLiteral("o1");
        model.addStored(s.put(stale));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(body(model, 0), QStringLiteral("hello!"));

        // The contact cannot rewrite what we sent: shown as a message of its own.
        auto forged = in(QStringLiteral("you said nothing"), at(20, 10, 5), QStringLiteral("c4"));
        forged.correctionOf = QStringLiteral("o2");
        model.addStored(s.put(forged));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(body(model, 1), QStringLiteral("mine"));
        QCOMPARE(body(model, 2), QStringLiteral("you said nothing"));
    }

    void replies()
    {
        Store s;
        auto question = in(QStringLiteral("tea or coffee?"), at(20, 10, 0), QStringLiteral("q1"));
        auto answer = out(QStringLiteral("tea"), at(20, 10, 1), QStringLiteral("a1"));
        answer.replyTo = QStringLiteral("q1");
        auto lost = out(QStringLiteral("yes"), at(20, 10, 2), QStringLiteral("a2"));
        lost.replyTo = QStringLiteral("not-here");
        s.put({question, answer, lost});
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        QCOMPARE(role(model, 0, ChatModel::ReplyToBodyRole).toString(), QString());
        QCOMPARE(role(model, 1, ChatModel::ReplyToBodyRole).toString(), QStringLiteral("tea or coffee?"));
        QCOMPARE(role(model, 2, ChatModel::ReplyToBodyRole).toString(), QString());
    }

    void attachments()
    {
        Store s;
        s.put({in(QStringLiteral("https://upload.linnet.test/abc/cat%20photo.jpg"), at(20, 10, 0)),
               in(QStringLiteral("see https://linnet.test/x.pdf"), at(20, 10, 1))});
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        QCOMPARE(role(model, 0, ChatModel::AttachmentUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://upload.linnet.test/abc/cat%20photo.jpg")));
        QCOMPARE(role(model, 0, ChatModel::AttachmentNameRole).toString(), QStringLiteral("cat photo.jpg"));
        QCOMPARE(role(model, 0, ChatModel::AttachmentKindRole).toInt(), int(Attachment::Kind::Image));
        QVERIFY(role(model, 1, ChatModel::AttachmentUrlRole).toUrl().isEmpty());  // text with a link
    }

    // A body cut when stored shows without the marker, with what was cut as a note of its own.
    void truncatedBody()
    {
        Store s;
        const QString huge = MessageConversion::boundedBody(QString(70000, QLatin1Char('x')));
        s.put({in(huge, at(20, 10, 0)), in(QStringLiteral("[… 3 more characters not shown]"), at(20, 10, 1))});
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        QVERIFY(role(model, 0, ChatModel::TruncatedRole).toBool());
        QCOMPARE(body(model, 0), QString(MessageConversion::MaxBodyChars, QLatin1Char('x')));
        QVERIFY(role(model, 0, ChatModel::TruncatedNoteRole).toString().contains(QStringLiteral("more characters not shown")));
        // A short body that merely looks like the marker is what the contact wrote.
        QVERIFY(!role(model, 1, ChatModel::TruncatedRole).toBool());
        QCOMPARE(body(model, 1), QStringLiteral("[… 3 more characters not shown]"));
    }

    void bodyIsKeptLiterally()
    {
        Store s;
        const QString markup = QStringLiteral("<b>x</b><img src=\"http://127.0.0.1/x.png\">\u202Eevil");
        s.put(in(markup, at(20, 10, 0)));
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        QCOMPARE(body(model, 0), markup);
    }

    // Group chat: the sender's nick and colour, and messages naming our nick as a word.
    void roomRoles()
    {
        Store s;
        auto from = [&](const QString &nick, const QString &text, int minute) {
            auto m = message(Direction::Incoming, text, at(20, 10, minute), {}, Room);
            m.peerResource = nick;
            return m;
        };
        auto own = message(Direction::Outgoing, QStringLiteral("Ada here"), at(20, 10, 3), {}, Room);
        own.peerResource = QStringLiteral("Ada");
        s.put({from(QStringLiteral("bob"), QStringLiteral("hi ADA!"), 0), from(QStringLiteral("bob"), QStringLiteral("adamant"), 1),
               from(QStringLiteral("carol"), QStringLiteral("@ada: tea?"), 2), own});
        ChatModel model(&s.store, Alice, Room);
        QSignalSpy room(&model, &ChatModel::roomChanged);
        model.setRoomNick(QStringLiteral("Ada"));
        QCOMPARE(room.count(), 1);
        QVERIFY(model.isRoom());
        WAIT_SETTLED(model);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(role(model, 0, ChatModel::SenderNameRole).toString(), QStringLiteral("bob"));
        QVERIFY(role(model, 0, ChatModel::MentionedRole).toBool());
        QVERIFY(!role(model, 1, ChatModel::MentionedRole).toBool());  // not a word of its own
        QVERIFY(!role(model, 1, ChatModel::FirstOfGroupRole).toBool());
        QVERIFY(role(model, 2, ChatModel::FirstOfGroupRole).toBool());  // another nick
        QVERIFY(role(model, 2, ChatModel::MentionedRole).toBool());
        QVERIFY(!role(model, 3, ChatModel::MentionedRole).toBool());  // our own message
        QCOMPARE(role(model, 3, ChatModel::SenderNameRole).toString(), QStringLiteral("Ada"));
        const auto bob = role(model, 0, ChatModel::SenderColorRole).value<QColor>();
        QVERIFY(bob.isValid());
        QCOMPARE(bob, role(model, 1, ChatModel::SenderColorRole).value<QColor>());
        QVERIFY(bob != role(model, 2, ChatModel::SenderColorRole).value<QColor>());
    }

    void peerTypingEndsOrExpires()
    {
        Store s;
        ChatModel model(&s.store, Alice, Bob);
        QSignalSpy typing(&model, &ChatModel::peerTypingChanged);
        QVERIFY(!model.peerTyping());
        QCOMPARE(model.peerActivity(), QString());
        model.setPeerTyping(true);
        model.setPeerTyping(true);  // refreshed, not changed
        QCOMPARE(typing.count(), 1);
        QCOMPARE(model.peerActivity(), QStringLiteral("typing…"));
        model.setPeerTyping(false);
        QCOMPARE(typing.count(), 2);

        // A "composing" whose end never comes.
        model.setTypingExpiry(50ms);
        model.setPeerTyping(true);
        QTRY_COMPARE_WITH_TIMEOUT(typing.count(), 4, Wait);
        QCOMPARE(typing.last().first().toBool(), false);
        QVERIFY(!model.peerTyping());
    }
};

QTEST_GUILESS_MAIN(TestChatModel)
#include "tst_chatmodel.moc"
