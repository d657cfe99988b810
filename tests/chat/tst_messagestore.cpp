// MessageStore on a real SQLite file: the schema from empty, reopening, and de-duplication:
// every rule that makes two copies one message, and the near misses that stay two.
#include "MessageStoreTest.h"

#include "chat/MessageSchema.h"

#include <QDir>
#include <QFileInfo>

using namespace StoreTest;

void TestMessageStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMessageStore::migratesFromEmpty()
{
    {
        auto s = openStore(file());
        QVERIFY2(s->isOpen(), qPrintable(s->error()));
        QCOMPARE(s->error(), QString());
        const auto ok = integrity(*s);
        QVERIFY2(ok.first, qPrintable(ok.second));
        QCOMPARE(ok.second, QStringLiteral("ok"));
    }
    QCOMPARE(sql(file(), QStringLiteral("PRAGMA user_version")), QStringList{QString::number(MessageSchema::Version)});
    QCOMPARE(sql(file(), QStringLiteral("PRAGMA journal_mode")), QStringList{QStringLiteral("wal")});
    const auto tables = sql(file(), QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name"));
    for (const auto *name : {"messages", "messages_fts", "messages_fts_insert", "messages_fts_delete", "messages_fts_update"})
        QVERIFY2(tables.contains(QLatin1String(name)), qPrintable(tables.join(u' ')));
    // Opening again migrates nothing and keeps the version.
    auto again = openStore(file());
    QVERIFY2(again->isOpen(), qPrintable(again->error()));
    QCOMPARE(sql(file(), QStringLiteral("PRAGMA user_version")), QStringList{QString::number(MessageSchema::Version)});
}

void TestMessageStore::refusesANewerSchema()
{
    QVERIFY(QDir().mkpath(QFileInfo(file()).absolutePath()));
    sql(file(), QStringLiteral("PRAGMA user_version = %1").arg(MessageSchema::Version + 1));
    auto s = openStore(file());
    QVERIFY(!s->isOpen());
    QVERIFY2(s->error().contains(QLatin1String("newer Linnet")), qPrintable(s->error()));
    // Answers still come, empty: nothing is stored, nothing pretends to be.
    const auto result = store(*s, incoming(QStringLiteral("hello")));
    QVERIFY(!result.stored());
    QVERIFY(!result.inserted);
    QVERIFY(newest(*s, 10).messages.isEmpty());
    QVERIFY(!integrity(*s).first);
    // The file was left as it was.
    QCOMPARE(sql(file(), QStringLiteral("PRAGMA user_version")), QStringList{QString::number(MessageSchema::Version + 1)});
}

void TestMessageStore::reopenKeepsEverything()
{
    StoredMessage full = outgoing(QStringLiteral("Grüße, Bob ✓"), {u"m1"_s, u"o1"_s, u"s1"_s}, T0 + 5);
    full.account = QStringLiteral("Alice@Linnet.test");  // kept in lower case
    full.peer = QStringLiteral("BOB@linnet.test");
    full.peerResource = QStringLiteral("phone");
    full.ownResource = QStringLiteral("lab");
    full.state = State::Sent;
    full.correctionOf = QStringLiteral("m0");
    full.replyTo = QStringLiteral("b7");
    const StoredMessage reply = incoming(QStringLiteral("Danke"), {u"b8"_s, {}, u"s2"_s}, T0 + 9);
    QList<StoredMessage> stored;
    {
        auto s = openStore(file());
        const auto results = store(*s, {full, reply});
        QCOMPARE(results.size(), 2);
        for (const auto &r : results) {
            QVERIFY(r.inserted);
            QVERIFY(r.message.rowId > 0);
            stored << r.message;
        }
        QCOMPARE(stored[0].account, Alice);
        QCOMPARE(stored[0].peer, Bob);
        QCOMPARE(stored[1].state, State::Received);
    }
    auto s = openStore(file());
    QVERIFY2(s->isOpen(), qPrintable(s->error()));
    const auto page = newest(*s, 10);
    QCOMPARE(page.messages.size(), 2);
    QCOMPARE(page.messages[0], stored[0]);  // every field, the row id included
    QCOMPARE(page.messages[1], stored[1]);
    QCOMPARE(page.messages[0].body, QStringLiteral("Grüße, Bob ✓"));
    QCOMPARE(page.messages[0].correctionOf, QStringLiteral("m0"));
    QCOMPARE(page.messages[0].replyTo, QStringLiteral("b7"));
    QCOMPARE(lastStanzaId(*s), QStringLiteral("s2"));
    QCOMPARE(outbox(*s).size(), 1);  // sent, not acknowledged yet
}

void TestMessageStore::sameStanzaIdIsOneMessage()
{
    auto s = openStore(file());
    // Live, then the same message from the archive (MAM), then as a carbon: one row.
    StoredMessage live = incoming(QStringLiteral("hi"), {u"m1"_s, {}, u"S1"_s});
    live.peerResource = QString();
    const auto first = store(*s, live);
    QVERIFY(first.inserted);
    StoredMessage mam = incoming(QStringLiteral("hi"), {u"m1"_s, {}, u"S1"_s}, T0 + 1000);  // server time
    mam.peerResource = QStringLiteral("phone");
    const auto second = store(*s, mam);
    QVERIFY(!second.inserted);
    QCOMPARE(second.message.rowId, first.message.rowId);
    QVERIFY(second.changed);  // it brought the resource the row lacked
    QCOMPARE(second.message.peerResource, QStringLiteral("phone"));
    QCOMPARE(second.message.timeMs, T0);  // the row keeps its place
    // Even with another message id (a client that rewrote it): the server's id decides.
    const auto third = store(*s, incoming(QStringLiteral("hi"), {u"other"_s, {}, u"S1"_s}));
    QVERIFY(!third.inserted);
    QVERIFY(!third.changed);
    QCOMPARE(newest(*s, 10).messages.size(), 1);
    QCOMPARE(newest(*s, 10).messages.first().peerResource, QStringLiteral("phone"));
}

void TestMessageStore::sameOriginIdIsOneMessage()
{
    auto s = openStore(file());
    // Our own send, queued without a stanza-id; the archive's copy brings one later.
    const auto sent = store(*s, outgoing(QStringLiteral("on my way"), {u"m1"_s, u"o1"_s, {}}));
    QVERIFY(sent.inserted);
    QCOMPARE(sent.message.state, State::Queued);
    StoredMessage archived = outgoing(QStringLiteral("on my way"), {u"m1"_s, u"o1"_s, u"S9"_s}, T0 + 400);
    archived.state = State::Received;  // what a MAM result says of an outgoing one: the server has it
    const auto merged = store(*s, archived);
    QVERIFY(!merged.inserted);
    QVERIFY(merged.changed);
    QCOMPARE(merged.message.rowId, sent.message.rowId);
    QCOMPARE(merged.message.stanzaId, QStringLiteral("S9"));
    QCOMPARE(merged.message.state, State::Acknowledged);
    QCOMPARE(lastStanzaId(*s), QStringLiteral("S9"));
    QVERIFY(outbox(*s).isEmpty());
    // A resend of ours the server archived twice (two stanza-ids, one origin-id): still one.
    const auto resent = store(*s, outgoing(QStringLiteral("on my way"), {u"m1-retry"_s, u"o1"_s, u"S10"_s}));
    QVERIFY(!resent.inserted);
    QCOMPARE(resent.message.rowId, sent.message.rowId);
    // Incoming with an origin-id: a carbon without stanza-id after the live copy.
    QVERIFY(store(*s, incoming(QStringLiteral("ok"), {u"x1"_s, u"bo1"_s, u"S11"_s})).inserted);
    QVERIFY(!store(*s, incoming(QStringLiteral("ok"), {u"x1-carbon"_s, u"bo1"_s, {}})).inserted);
    QCOMPARE(newest(*s, 10).messages.size(), 2);
}

void TestMessageStore::sameMessageIdWithoutIdsIsOneMessage()
{
    auto s = openStore(file());
    // A client without XEP-0359 on a server without MAM: live, then a carbon of it.
    const auto live = store(*s, incoming(QStringLiteral("plain"), {u"p1"_s, {}, {}}));
    QVERIFY(live.inserted);
    QVERIFY(!store(*s, incoming(QStringLiteral("plain"), {u"p1"_s, {}, {}})).inserted);
    // The archive's copy of it has a stanza-id the row lacks: merged, and the row gains it.
    const auto archived = store(*s, incoming(QStringLiteral("plain"), {u"p1"_s, {}, u"S5"_s}, T0 + 7));
    QVERIFY(!archived.inserted);
    QVERIFY(archived.changed);
    QCOMPARE(archived.message.rowId, live.message.rowId);
    QCOMPARE(archived.message.stanzaId, QStringLiteral("S5"));
    // Our own sends without an origin-id: the message id finds them too.
    const auto mine = store(*s, outgoing(QStringLiteral("mine"), {u"q1"_s, {}, {}}));
    QVERIFY(mine.inserted);
    QVERIFY(!store(*s, outgoing(QStringLiteral("mine"), {u"q1"_s, {}, u"S6"_s})).inserted);
    QCOMPARE(newest(*s, 10).messages.size(), 2);
}

void TestMessageStore::differentMessagesAreNotMerged()
{
    auto s = openStore(file());
    const QList<StoredMessage> distinct = {
        incoming(u"a"_s, {u"m1"_s, {}, u"S1"_s}),
        incoming(u"b"_s, {u"m1"_s, {}, u"S2"_s}),         // same message id, another stanza-id: a reused id
        incoming(u"c"_s, {u"m2"_s, u"o1"_s, {}}),
        incoming(u"d"_s, {u"m2"_s, u"o2"_s, {}}),         // same message id, another origin-id
        outgoing(u"e"_s, {u"m3"_s, u"o1"_s, {}}),         // origin-id o1 from another sender (us)
        incoming(u"f"_s, {u"m3"_s, u"o1"_s, {}}, T0, Carol),  // ... and from Carol
        outgoing(u"g"_s, {u"m2"_s, {}, {}}),              // message id m2, but sent by us
        incoming(u"h"_s, {u"m2"_s, {}, {}}, T0, Carol),   // message id m2 in another conversation
        incoming(u"same"_s),                              // no ids at all: never merged
        incoming(u"same"_s),
        message(Bob, Alice, Direction::Incoming, u"i"_s, {u"m1"_s, {}, u"S1"_s}),  // S1 of another account
    };
    const auto results = store(*s, distinct);
    QCOMPARE(results.size(), distinct.size());
    for (qsizetype i = 0; i < results.size(); ++i)
        QVERIFY2(results[i].inserted, qPrintable(QStringLiteral("message %1 merged").arg(i)));
    QCOMPARE(newest(*s, 100).messages.size(), 8);
    QCOMPARE(newest(*s, 100, Alice, Carol).messages.size(), 2);
    QCOMPARE(newest(*s, 100, Bob, Alice).messages.size(), 1);
    // Stored again, each is found as itself (the message ids alone cannot decide these).
    const auto again = store(*s, distinct.mid(0, 8));
    for (qsizetype i = 0; i < again.size(); ++i) {
        QVERIFY2(!again[i].inserted, qPrintable(QStringLiteral("message %1 stored twice").arg(i)));
        QCOMPARE(again[i].message.rowId, results[i].message.rowId);
    }
}

void TestMessageStore::duplicatesWithinABatch()
{
    auto s = openStore(file());
    const StoredMessage m = incoming(QStringLiteral("twice"), {u"m1"_s, {}, u"S1"_s});
    const auto results = store(*s, {m, incoming(QStringLiteral("between")), m});
    QCOMPARE(results.size(), 3);
    QVERIFY(results[0].inserted);
    QVERIFY(results[1].inserted);
    QVERIFY(!results[2].inserted);
    QCOMPARE(results[2].message.rowId, results[0].message.rowId);
    QCOMPARE(newest(*s, 10).messages.size(), 2);
}

QTEST_GUILESS_MAIN(TestMessageStore)
