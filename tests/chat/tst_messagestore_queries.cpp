// MessageStore on a real SQLite file: pages, the outbox, state updates, search, the integrity
// check, 100,000 messages, and two accounts (and two stores) writing at once.
#include "MessageStoreTest.h"

#include <QHash>

using namespace StoreTest;

namespace {
// n0..n24 of Alice's chat with Bob; pairs share a time, and they are stored newest pair first
// (as a MAM page back would), so (time, row) order differs from row order.
QHash<QString, qint64> storeTwentyFive(MessageStore &s)
{
    QList<StoredMessage> batch;
    for (int pair = 12; pair >= 0; --pair) {
        for (int i = 2 * pair; i <= std::min(2 * pair + 1, 24); ++i) {
            batch << incoming(QStringLiteral("n%1").arg(i), {}, T0 + pair * 10);
            // Other conversations and accounts in between: never part of Alice's pages with Bob.
            batch << incoming(QStringLiteral("carol %1").arg(i), {}, T0 + pair * 10, Carol);
            batch << message(Dave, Bob, Direction::Incoming, QStringLiteral("dave %1").arg(i), {}, T0 + pair * 10);
        }
    }
    QHash<QString, qint64> rows;
    for (const auto &r : store(s, batch))
        rows.insert(r.message.body, r.message.rowId);
    return rows;
}

QStringList range(int from, int to)
{
    QStringList out;
    for (int i = from; i <= to; ++i)
        out << QStringLiteral("n%1").arg(i);
    return out;
}
}  // namespace

void TestMessageStore::pagesInOrderWithBoundaries()
{
    auto s = openStore(file());
    const auto rows = storeTwentyFive(*s);
    QCOMPARE(rows.size(), 75);
    const auto before = [&](const QString &body, int limit) {
        return page(*s, [&] { return s->fetchBefore(Alice, Bob, rows.value(body), limit); });
    };
    const auto after = [&](const QString &body, int limit) {
        return page(*s, [&] { return s->fetchAfter(Alice, Bob, rows.value(body), limit); });
    };

    auto p = newest(*s, 10);
    QCOMPARE(bodies(p.messages), range(15, 24));
    QVERIFY(p.hasOlder);
    QVERIFY(!p.hasNewer);
    p = before(QStringLiteral("n15"), 10);  // n14 shares n15's time: the row decides
    QCOMPARE(bodies(p.messages), range(5, 14));
    QVERIFY(p.hasOlder);
    QVERIFY(p.hasNewer);
    p = before(QStringLiteral("n5"), 10);
    QCOMPARE(bodies(p.messages), range(0, 4));
    QVERIFY(!p.hasOlder);
    p = before(QStringLiteral("n5"), 5);  // exactly what is left
    QCOMPARE(bodies(p.messages), range(0, 4));
    QVERIFY(!p.hasOlder);
    p = before(QStringLiteral("n0"), 10);
    QVERIFY(p.messages.isEmpty());
    QVERIFY(!p.hasOlder);
    QVERIFY(p.hasNewer);

    p = after(QStringLiteral("n0"), 10);
    QCOMPARE(bodies(p.messages), range(1, 10));
    QVERIFY(p.hasOlder);
    QVERIFY(p.hasNewer);
    p = after(QStringLiteral("n20"), 10);
    QCOMPARE(bodies(p.messages), range(21, 24));
    QVERIFY(!p.hasNewer);
    QVERIFY(after(QStringLiteral("n24"), 10).messages.isEmpty());

    p = newest(*s, 100);
    QCOMPARE(bodies(p.messages), range(0, 24));
    QVERIFY(!p.hasOlder);
    p = newest(*s, 25);
    QCOMPARE(p.messages.size(), 25);
    QVERIFY(!p.hasOlder);
    QVERIFY(newest(*s, 10, Alice, Dave).messages.isEmpty());  // no such conversation
    QCOMPARE(newest(*s, 100, Alice, Carol).messages.size(), 25);

    // A row of another conversation, or none at all, is no anchor.
    QVERIFY(page(*s, [&] { return s->fetchBefore(Alice, Bob, rows.value(u"carol 7"_s), 10); }).messages.isEmpty());
    QVERIFY(page(*s, [&] { return s->fetchBefore(Alice, Bob, rows.value(u"dave 7"_s), 10); }).messages.isEmpty());
    QVERIFY(page(*s, [&] { return s->fetchBefore(Alice, Bob, 999999, 10); }).messages.isEmpty());
}

void TestMessageStore::pageAroundARow()
{
    auto s = openStore(file());
    const auto rows = storeTwentyFive(*s);
    const auto around = [&](const QString &body, int limit) {
        return page(*s, [&] { return s->fetchAround(Alice, Bob, rows.value(body), limit); });
    };
    auto p = around(QStringLiteral("n12"), 5);
    QCOMPARE(bodies(p.messages), range(10, 14));
    QVERIFY(p.hasOlder);
    QVERIFY(p.hasNewer);
    p = around(QStringLiteral("n1"), 5);
    QCOMPARE(bodies(p.messages), range(0, 3));
    QVERIFY(!p.hasOlder);
    QVERIFY(p.hasNewer);
    p = around(QStringLiteral("n24"), 4);
    QCOMPARE(bodies(p.messages), range(22, 24));
    QVERIFY(p.hasOlder);
    QVERIFY(!p.hasNewer);
    p = around(QStringLiteral("n7"), 1);
    QCOMPARE(bodies(p.messages), QStringList{u"n7"_s});
    QVERIFY(p.hasOlder);
    QVERIFY(p.hasNewer);
    QVERIFY(page(*s, [&] { return s->fetchAround(Alice, Bob, 999999, 5); }).messages.isEmpty());
}

void TestMessageStore::outboxOldestFirst()
{
    auto s = openStore(file());
    const auto withState = [](StoredMessage m, State state) {
        m.state = state;
        return m;
    };
    store(*s, {
                  outgoing(u"q3"_s, {u"q3"_s, {}, {}}, T0 + 30),
                  outgoing(u"q1"_s, {u"q1"_s, {}, {}}, T0 + 10),
                  withState(outgoing(u"q2"_s, {u"q2"_s, {}, {}}, T0 + 20), State::Sent),
                  withState(outgoing(u"acked"_s, {u"a"_s, {}, {}}, T0 + 15), State::Acknowledged),
                  withState(outgoing(u"delivered"_s, {u"d"_s, {}, {}}, T0 + 16), State::Delivered),
                  withState(outgoing(u"failed"_s, {u"f"_s, {}, {}}, T0 + 5), State::Failed),
                  incoming(u"incoming"_s, {u"i"_s, {}, {}}, T0 + 1),
                  outgoing(u"to carol"_s, {u"c"_s, {}, {}}, T0 + 25, Carol),
                  message(Dave, Bob, Direction::Outgoing, u"dave's"_s, {u"x"_s, {}, {}}, T0 + 2),
              });
    QCOMPARE(bodies(outbox(*s)), (QStringList{u"q1"_s, u"q2"_s, u"to carol"_s, u"q3"_s}));
    QCOMPARE(bodies(outbox(*s, Dave)), QStringList{u"dave's"_s});
    QCOMPARE(outbox(*s).first().state, State::Queued);
    QCOMPARE(outbox(*s).at(1).state, State::Sent);

    QCOMPARE(updateState(*s, u"q1"_s, State::Acknowledged).size(), 1);
    QCOMPARE(updateState(*s, u"q2"_s, State::Failed).size(), 1);
    QCOMPARE(bodies(outbox(*s)), (QStringList{u"to carol"_s, u"q3"_s}));
    QCOMPARE(updateState(*s, u"q2"_s, State::Queued).size(), 1);  // the user sends it again
    QCOMPARE(bodies(outbox(*s)), (QStringList{u"q2"_s, u"to carol"_s, u"q3"_s}));
}

void TestMessageStore::stateUpdates()
{
    auto s = openStore(file());
    const auto sent = store(*s, outgoing(u"x"_s, {u"x1"_s, u"x1"_s, {}}));
    const auto echo = store(*s, incoming(u"same id, incoming"_s, {u"x1"_s, {}, {}}));
    QVERIFY(sent.inserted && echo.inserted);
    const QList<qint64> row{sent.message.rowId};
    const auto stateNow = [&] {
        for (const auto &m : newest(*s, 10).messages) {
            if (m.rowId == sent.message.rowId)
                return m.state;
        }
        return State::Received;
    };
    QCOMPARE(updateState(*s, u"x1"_s, State::Sent), row);
    QCOMPARE(stateNow(), State::Sent);
    QCOMPARE(updateState(*s, u"x1"_s, State::Acknowledged), row);
    QCOMPARE(updateState(*s, u"x1"_s, State::Delivered), row);
    QCOMPARE(stateNow(), State::Delivered);
    // Late or lower news changes nothing.
    QCOMPARE(updateState(*s, u"x1"_s, State::Acknowledged), QList<qint64>{});
    QCOMPARE(updateState(*s, u"x1"_s, State::Failed), QList<qint64>{});
    QCOMPARE(updateState(*s, u"x1"_s, State::Queued), QList<qint64>{});
    QCOMPARE(updateState(*s, u"x1"_s, State::Received), QList<qint64>{});
    QCOMPARE(updateState(*s, u"unknown"_s, State::Delivered), QList<qint64>{});
    QCOMPARE(stateNow(), State::Delivered);
    for (const auto &m : newest(*s, 10).messages) {
        if (m.rowId == echo.message.rowId)
            QCOMPARE(m.state, State::Received);  // incoming rows are not touched
    }
    // Failed, then queued again, then sent: the one step back.
    const auto y = store(*s, outgoing(u"y"_s, {u"y1"_s, {}, {}}));
    QCOMPARE(updateState(*s, u"y1"_s, State::Failed), QList<qint64>{y.message.rowId});
    QCOMPARE(updateState(*s, u"y1"_s, State::Queued), QList<qint64>{y.message.rowId});
    QCOMPARE(updateState(*s, u"y1"_s, State::Sent), QList<qint64>{y.message.rowId});
    // By peer: a receipt from Carol concerns only the message to Carol.
    const auto toBob = store(*s, outgoing(u"z to bob"_s, {u"z1"_s, {}, {}}));
    const auto toCarol = store(*s, outgoing(u"z to carol"_s, {u"z1"_s, {}, {}}, T0, Carol));
    QCOMPARE(updateState(*s, u"z1"_s, State::Delivered, Carol), QList<qint64>{toCarol.message.rowId});
    QCOMPARE(updateState(*s, u"z1"_s, State::Sent), QList<qint64>{toBob.message.rowId});
    // The state survives reopening.
    s.reset();
    s = openStore(file());
    QCOMPARE(stateNow(), State::Delivered);
}

void TestMessageStore::searchesBodies()
{
    auto s = openStore(file());
    store(*s, {
                  incoming(u"Hello world"_s, {}, T0 + 1),
                  outgoing(u"hello there, General Kenobi"_s, {}, T0 + 2),
                  incoming(u"Das Café ist geschlossen"_s, {}, T0 + 3, Carol),
                  incoming(u"worldwide news"_s, {}, T0 + 4),
                  message(Dave, Bob, Direction::Incoming, u"hello from Dave's account"_s, {}, T0 + 5),
              });
    const auto found = [&](const QString &text, const QString &account = {}) {
        return bodies(search(*s, text, account).hits);
    };
    const QStringList allHellos{u"hello from Dave's account"_s, u"hello there, General Kenobi"_s, u"Hello world"_s};
    QCOMPARE(found(u"hello"_s), allHellos);  // newest first, every account
    QCOMPARE(found(u"HeLLo"_s), allHellos);
    QCOMPARE(found(u"hel"_s), allHellos);    // a prefix
    QCOMPARE(found(u"hello"_s, Alice), (QStringList{u"hello there, General Kenobi"_s, u"Hello world"_s}));
    QCOMPARE(found(u"hello world"_s), QStringList{u"Hello world"_s});  // every word
    QCOMPARE(found(u"world"_s), (QStringList{u"worldwide news"_s, u"Hello world"_s}));
    QCOMPARE(found(u"cafe"_s), QStringList{u"Das Café ist geschlossen"_s});
    QCOMPARE(found(u"kenobi general"_s), QStringList{u"hello there, General Kenobi"_s});
    // No match, and what would be FTS5 syntax is searched as text.
    for (const auto &text : {u"xyzzy"_s, u"world xyzzy"_s, u"hello OR"_s, u"\""_s, u"  "_s, u"*:-"_s, u"hel*"_s,
                             u"NEAR(hello"_s, u"\"hello"_s}) {
        const auto result = search(*s, text);
        QCOMPARE(result.text, text);
        if (text == u"hel*"_s || text == u"NEAR(hello"_s || text == u"\"hello"_s)
            QCOMPARE(result.hits.size(), text == u"NEAR(hello"_s ? 0 : 3);
        else
            QVERIFY2(result.hits.isEmpty(), qPrintable(text));
        QVERIFY(!result.hasMore);
        QVERIFY2(s->error().isEmpty(), qPrintable(s->error()));
    }
    const auto two = search(*s, u"hello"_s, {}, 2);
    QCOMPARE(two.hits.size(), 2);
    QVERIFY(two.hasMore);
    // A hit is a row to jump to.
    const StoredMessage hit = search(*s, u"geschlossen"_s).hits.value(0);
    const auto at = page(*s, [&] { return s->fetchAround(hit.account, hit.peer, hit.rowId, 20); });
    QCOMPARE(bodies(at.messages), QStringList{u"Das Café ist geschlossen"_s});
    // Removing an account removes its rows from the index (triggers).
    const auto discarded = ask(*s, &MessageStore::accountDiscarded, [&] { return s->discardAccount(Dave); });
    QCOMPARE(discarded.value(2).toInt(), 1);
    QCOMPARE(found(u"hello"_s), (QStringList{u"hello there, General Kenobi"_s, u"Hello world"_s}));
    QVERIFY(integrity(*s).first);
}

void TestMessageStore::integrityCheckFindsDamage()
{
    {
        auto s = openStore(file());
        store(*s, {incoming(u"a"_s), incoming(u"b"_s), incoming(u"c"_s)});
        const auto ok = integrity(*s);
        QVERIFY2(ok.first, qPrintable(ok.second));
    }
    // Someone deletes a row behind the index's back.
    QCOMPARE(sql(file(), u"DROP TRIGGER messages_fts_delete"_s), QStringList{});
    QCOMPARE(sql(file(), u"DELETE FROM messages WHERE body = 'b'"_s), QStringList{});
    auto s = openStore(file());
    const auto damaged = integrity(*s);
    QVERIFY(!damaged.first);
    QVERIFY2(damaged.second.contains(u"full-text index"_s), qPrintable(damaged.second));
}

void TestMessageStore::hundredThousandMessages()
{
    auto s = openStore(file());
    constexpr int Batches = 100, PerBatch = 1000;
    QSignalSpy stored(s.get(), &MessageStore::stored);
    for (int b = 0; b < Batches; ++b) {
        QList<StoredMessage> batch;
        for (int i = b * PerBatch; i < (b + 1) * PerBatch; ++i) {
            const QString n = QString::number(i);
            batch << incoming(u"message "_s + n, {u"m"_s + n, {}, u"S"_s + n}, T0 + i, i % 10 ? Bob : Carol);
        }
        s->store(batch);  // all queued at once: the store takes them in order
    }
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), Batches, 600000);
    for (const auto &answer : stored) {
        const auto results = answer.at(1).value<QList<StoreResult>>();
        QCOMPARE(results.size(), PerBatch);
        for (const auto &r : results)
            QVERIFY(r.inserted);
    }
    // Page back through Bob's 90,000, 500 at a time: each row once, in order.
    int count = 0;
    qint64 previous = std::numeric_limits<qint64>::max();
    MessagePage p = newest(*s, 500);
    for (;;) {
        QVERIFY(!p.messages.isEmpty());
        for (auto it = p.messages.crbegin(); it != p.messages.crend(); ++it) {
            QVERIFY(it->timeMs < previous);
            QCOMPARE(it->peer, Bob);
            previous = it->timeMs;
            ++count;
        }
        if (!p.hasOlder)
            break;
        p = page(*s, [&] { return s->fetchBefore(Alice, Bob, p.messages.first().rowId, 500); });
    }
    QCOMPARE(count, 90000);
    QCOMPARE(previous, T0 + 1);
    QCOMPARE(lastStanzaId(*s), u"S99999"_s);
    QCOMPARE(bodies(search(*s, u"message 12345"_s).hits), QStringList{u"message 12345"_s});
    // A batch that comes again (a MAM page asked twice) adds nothing.
    QList<StoredMessage> again;
    for (int i = 42000; i < 43000; ++i)
        again << incoming(u"message "_s + QString::number(i), {u"m"_s + QString::number(i), {}, u"S"_s + QString::number(i)});
    for (const auto &r : store(*s, again))
        QVERIFY(!r.inserted);
    QCOMPARE(sql(file(), u"SELECT count(*) FROM messages"_s), QStringList{u"100000"_s});
}
