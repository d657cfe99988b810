// MessageStore used by two accounts at once: through one store (the profile's), and through two
// stores on one file (as two processes on one profile would), writing at the same time.
#include "MessageStoreTest.h"

using namespace StoreTest;

namespace {
// Batch b of an account's conversation with Bob: the same ids for every account (two servers
// may hand out the same stanza-ids), one queued outgoing message per batch.
QList<StoredMessage> batch(const QString &account, int b, int size)
{
    QList<StoredMessage> out;
    for (int i = b * size; i < (b + 1) * size; ++i) {
        const QString n = QString::number(i);
        if (i % size == 0)
            out << message(account, Bob, Direction::Outgoing, account + u" asks "_s + n, {u"o"_s + n, u"o"_s + n, {}},
                           T0 + i);
        else
            out << message(account, Bob, Direction::Incoming, account + u" hears "_s + n, {u"m"_s + n, {}, u"S"_s + n},
                           T0 + i);
    }
    return out;
}

int countAll(MessageStore &s, const QString &account)
{
    return page(s, [&] { return s.fetchNewest(account, Bob, MessageStore::MaxLimit); }).messages.size();
}
}  // namespace

void TestMessageStore::twoAccountsAtOnce()
{
    auto s = openStore(file());
    constexpr int Batches = 10, Size = 100;
    QSignalSpy stored(s.get(), &MessageStore::stored);
    for (int b = 0; b < Batches; ++b) {  // interleaved, none waits for the other
        s->store(batch(Alice, b, Size));
        s->store(batch(Dave, b, Size));
    }
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2 * Batches, 120000);
    for (const auto &answer : stored) {
        for (const auto &r : answer.at(1).value<QList<StoreResult>>())
            QVERIFY(r.inserted);  // the same ids in another account are another message
    }
    QCOMPARE(countAll(*s, Alice), Batches * Size);
    QCOMPARE(countAll(*s, Dave), Batches * Size);
    QCOMPARE(lastStanzaId(*s, Alice), u"S999"_s);
    QCOMPARE(lastStanzaId(*s, Dave), u"S999"_s);
    QCOMPARE(outbox(*s, Alice).size(), Batches);
    QVERIFY(outbox(*s, Alice).first().body.startsWith(Alice));
    QCOMPARE(search(*s, u"hears 5"_s, Dave, 1000).hits.size(), 110);  // 5, 50-59, 501-599 (500 asks)
    QCOMPARE(search(*s, u"hears 5"_s, {}, 1000).hits.size(), 220);
    // One account's state update leaves the other's message with the same id alone.
    const auto changed = ask(*s, &MessageStore::stateUpdated, [&] { return s->updateState(Alice, u"o0"_s, State::Sent); });
    QCOMPARE(changed.value(4).value<QList<qint64>>().size(), 1);
    QCOMPARE(outbox(*s, Dave).first().state, State::Queued);
    // Removing one account keeps the other's.
    ask(*s, &MessageStore::accountDiscarded, [&] { return s->discardAccount(Alice); });
    QCOMPARE(countAll(*s, Alice), 0);
    QCOMPARE(countAll(*s, Dave), Batches * Size);
    QCOMPARE(search(*s, u"hears 5"_s, {}, 1000).hits.size(), 110);
    QCOMPARE(lastStanzaId(*s, Alice), QString());
    QVERIFY(integrity(*s).first);
}

void TestMessageStore::twoStoresOnOneFile()
{
    // Both open (and set up WAL) at the same moment.
    auto first = std::make_unique<MessageStore>();
    auto second = std::make_unique<MessageStore>();
    QSignalSpy firstOpened(first.get(), &MessageStore::opened);
    QSignalSpy secondOpened(second.get(), &MessageStore::opened);
    first->open(file());
    second->open(file());
    QTRY_VERIFY_WITH_TIMEOUT(firstOpened.size() == 1 && secondOpened.size() == 1, 60000);
    QVERIFY2(first->error().isEmpty() && second->error().isEmpty(), qPrintable(first->error() + second->error()));

    constexpr int Batches = 10, Size = 200;
    QSignalSpy firstStored(first.get(), &MessageStore::stored);
    QSignalSpy secondStored(second.get(), &MessageStore::stored);
    for (int b = 0; b < Batches; ++b) {
        first->store(batch(Alice, b, Size));
        second->store(batch(Dave, b, Size));
    }
    QTRY_VERIFY_WITH_TIMEOUT(firstStored.size() == Batches && secondStored.size() == Batches, 120000);
    for (const auto *spy : {&firstStored, &secondStored}) {
        for (const auto &answer : *spy) {
            for (const auto &r : answer.at(1).value<QList<StoreResult>>())
                QVERIFY2(r.inserted, "a batch was lost while the other store wrote");
        }
    }
    // Each sees the other's rows.
    QCOMPARE(countAll(*first, Dave), MessageStore::MaxLimit);
    QCOMPARE(lastStanzaId(*first, Dave), u"S1999"_s);
    QCOMPARE(lastStanzaId(*second, Alice), u"S1999"_s);
    QCOMPARE(outbox(*second, Alice).size(), Batches);
    // A message one store has is found by the other: one row.
    const StoredMessage m = message(Alice, Bob, Direction::Incoming, u"via both"_s, {u"vb"_s, {}, u"SVB"_s});
    QVERIFY(store(*first, m).inserted);
    QVERIFY(!store(*second, m).inserted);
    QVERIFY2(first->error().isEmpty() && second->error().isEmpty(), qPrintable(first->error() + second->error()));
    QVERIFY(integrity(*second).first);
    QCOMPARE(sql(file(), u"SELECT count(*) FROM messages"_s), QStringList{QString::number(2 * Batches * Size + 1)});
}
