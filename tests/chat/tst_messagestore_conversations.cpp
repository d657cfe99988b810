// MessageStore's conversations: unread counted after the last-read row in (time, row) order,
// mute kept, a schema-1 file's history counting as read after the migration.
#include "MessageStoreTest.h"

#include "chat/MessageSchema.h"

#include <QDir>
#include <QFileInfo>

using namespace StoreTest;

namespace {
Ids mid(const QString &messageId)
{
    return Ids{messageId, {}, {}};
}

ConversationState find(const QList<ConversationState> &list, const QString &peer)
{
    for (const auto &c : list) {
        if (c.peer == peer)
            return c;
    }
    return {};
}
}  // namespace

void TestMessageStore::unreadAfterTheLastReadRow()
{
    auto s = openStore(file());
    QVERIFY(conversations(*s).isEmpty());
    store(*s, {incoming(u"one"_s, mid(u"m1"_s), T0), incoming(u"two"_s, mid(u"m2"_s), T0 + 1), outgoing(u"mine"_s, mid(u"o1"_s), T0 + 2),
               incoming(u"from carol"_s, mid(u"c1"_s), T0, Carol)});
    auto list = conversations(*s);
    QCOMPARE(list.size(), 2);
    QCOMPARE(find(list, Bob).unread, 2);  // outgoing rows are never unread
    QCOMPARE(find(list, Carol).unread, 1);

    const qint64 read = markRead(*s, Bob);
    QCOMPARE(read, newest(*s, 1).messages.constFirst().rowId);  // the newest row, the outgoing one
    list = conversations(*s);
    QCOMPARE(list.size(), 1);  // Bob's is read: left out
    QCOMPARE(find(list, Carol).unread, 1);

    store(*s, {incoming(u"three"_s, mid(u"m3"_s), T0 + 3), incoming(u"four"_s, mid(u"m4"_s), T0 + 4)});
    QCOMPARE(find(conversations(*s), Bob).unread, 2);
    QCOMPARE(find(conversations(*s), Bob).lastReadRowId, read);
    // Another account's conversation with Bob is its own.
    store(*s, message(Dave, Bob, Direction::Incoming, u"to dave"_s, mid(u"d1"_s), T0 + 5));
    QCOMPARE(find(conversations(*s), Bob).unread, 2);
    QCOMPARE(find(conversations(*s, Dave), Bob).unread, 1);
    // Nothing to read in a conversation without rows.
    QCOMPARE(markRead(*s, u"nobody@linnet.test"_s), 0);
    QCOMPARE(sql(file(), u"SELECT COUNT(*) FROM conversations WHERE peer = 'nobody@linnet.test'"_s), QStringList{u"0"_s});
}

void TestMessageStore::olderHistoryIsNotUnread()
{
    auto s = openStore(file());
    store(*s, {incoming(u"new"_s, {u"m2"_s, {}, u"S2"_s}, T0 + 1000)});
    markRead(*s, Bob);
    // Paging back stores older messages later: higher rows, earlier times.
    store(*s, {incoming(u"old"_s, {u"m1"_s, {}, u"S1"_s}, T0), incoming(u"same time"_s, {u"m0"_s, {}, u"S0"_s}, T0 + 1000)});
    // The one at the last-read row's very time but a later row counts; the older one does not.
    QCOMPARE(find(conversations(*s), Bob).unread, 1);
    // Many unread: counted up to the cap.
    QList<StoredMessage> flood;
    for (int i = 0; i < MessageStore::UnreadCountCap + 50; ++i)
        flood << incoming(u"flood"_s, mid(u"f"_s + QString::number(i)), T0 + 2000 + i);
    store(*s, flood);
    QCOMPARE(find(conversations(*s), Bob).unread, MessageStore::UnreadCountCap);
}

void TestMessageStore::muteIsKept()
{
    {
        auto s = openStore(file());
        QSignalSpy set(s.get(), &MessageStore::mutedSet);
        s->setMuted(Alice, u"Carol@Linnet.test"_s, true);  // no messages yet; case folded
        s->setMuted(Alice, Bob, true);
        s->setMuted(Alice, Bob, false);
        QTRY_COMPARE(set.size(), 3);
        QCOMPARE(set.at(0).at(2).toString(), Carol);
        const auto list = conversations(*s);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.constFirst(), (ConversationState{Carol, 0, 0, true}));
        store(*s, incoming(u"hi"_s, mid(u"c1"_s), T0, Carol));
    }
    auto again = openStore(file());
    const auto list = conversations(*again);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().muted, true);
    QCOMPARE(list.constFirst().unread, 1);  // muted conversations still count
}

void TestMessageStore::historyBeforeSchema2CountsAsRead()
{
    // A file as Linnet with schema 1 left it, with history.
    QVERIFY(QDir().mkpath(QFileInfo(file()).absolutePath()));
    for (const auto statement : MessageSchema::Migration1)
        QCOMPARE(sql(file(), QString::fromLatin1(statement.data(), qsizetype(statement.size()))), QStringList());
    const QString insert = u"INSERT INTO messages(account, peer, direction, body, message_id, time_ms, state)"
                           " VALUES('%1', '%2', 0, 'old', '%3', %4, 5)"_s;
    sql(file(), insert.arg(Alice, Bob, u"a"_s).arg(T0 + 10));
    sql(file(), insert.arg(Alice, Bob, u"b"_s).arg(T0));  // higher row, older time
    sql(file(), insert.arg(Alice, Carol, u"c"_s).arg(T0));
    sql(file(), u"PRAGMA user_version = 1"_s);

    auto s = openStore(file());
    QVERIFY2(s->isOpen(), qPrintable(s->error()));
    QCOMPARE(sql(file(), u"PRAGMA user_version"_s), QStringList{QString::number(MessageSchema::Version)});
    QVERIFY(conversations(*s).isEmpty());
    store(*s, incoming(u"after the upgrade"_s, mid(u"d"_s), T0 + 20));
    QCOMPARE(find(conversations(*s), Bob).unread, 1);
    const auto ok = integrity(*s);
    QVERIFY2(ok.first, qPrintable(ok.second));
}

void TestMessageStore::discardAccountForgetsConversations()
{
    auto s = openStore(file());
    store(*s, incoming(u"hi"_s, mid(u"m1"_s)));
    s->setMuted(Alice, Bob, true);
    ask(*s, &MessageStore::accountDiscarded, [&] { return s->discardAccount(Alice); });
    QVERIFY(conversations(*s).isEmpty());
    QCOMPARE(sql(file(), u"SELECT COUNT(*) FROM conversations"_s), QStringList{u"0"_s});
}

// A room's stanza-ids are the room archive's: catching up the account's own archive from one
// would ask for "after an id it does not have" and get nothing, losing every message since.
void TestMessageStore::roomStanzaIdsAreNotTheCatchUpPoint()
{
    auto s = openStore(file());
    const QString room = u"team@conference.example.org"_s;
    store(*s, {incoming(u"from bob"_s, Ids{u"b1"_s, {}, u"own-1"_s}, T0)});
    QCOMPARE(lastStanzaId(*s), u"own-1"_s);
    QSignalSpy marked(s.get(), &MessageStore::roomMarked);
    s->markRoom(Alice, room);
    QVERIFY(marked.wait());
    store(*s, {incoming(u"in the room"_s, Ids{u"r1"_s, {}, u"room-1"_s}, T0 + 10, room)});
    QCOMPARE(lastStanzaId(*s), u"own-1"_s);
    // Marking a conversation that already has rows works too, and survives reopening.
    store(*s, {incoming(u"later"_s, Ids{u"r2"_s, {}, u"room-2"_s}, T0 + 20, room)});
    s.reset();
    s = openStore(file());
    QCOMPARE(lastStanzaId(*s), u"own-1"_s);
}
