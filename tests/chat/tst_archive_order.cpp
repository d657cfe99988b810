// Order across archive pages on a real store file: the store sorts a conversation by (time,
// row id), and older archive pages are stored after the newer ones. Messages of one millisecond
// split by a page boundary (or older ones stamped later by a server clock ahead of ours) must
// still come out in archive order: ArchiveSync::placeBefore moves them just before the message
// the older page was fetched from.
#include "StoreProbe.h"
#include "chat/ArchiveSync.h"
#include "chat/MessageStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Alice = u"alice@linnet.test"_s;
const QString Bob = u"bob@linnet.test"_s;
constexpr qint64 T = 1'780'000'000'123;

StoredMessage archived(const QString &body, qint64 timeMs)
{
    StoredMessage m;
    m.account = Alice;
    m.peer = Bob;
    m.body = body;
    m.stanzaId = u"archive-"_s + body;
    m.timeMs = timeMs;
    return m;
}

QStringList bodies(MessageStore &store)
{
    QSignalSpy pages(&store, &MessageStore::pageLoaded);
    store.fetchNewest(Alice, Bob, 100);
    if (!QTest::qWaitFor([&] { return !pages.isEmpty(); }, 10000))
        return {u"<no answer>"_s};
    QStringList list;
    for (const auto &m : pages.first().at(1).value<MessagePage>().messages)
        list << m.body;
    return list;
}

void storeAll(MessageStore &store, const QList<StoredMessage> &messages)
{
    QSignalSpy stored(&store, &MessageStore::stored);
    store.store(messages);
    QVERIFY(QTest::qWaitFor([&] { return !stored.isEmpty(); }, 10000));
}
}  // namespace

class TestArchiveOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The newer page (d, e at T) is stored first; the older one (a at T-1; b, c at T) after it.
    void equalTimesAcrossAPageBoundary_data()
    {
        QTest::addColumn<bool>("placed");
        QTest::addColumn<QStringList>("expected");
        // Without placing: b and c, stored last, sort after d and e of the same millisecond.
        QTest::newRow("as stored") << false << QStringList{u"a"_s, u"d"_s, u"e"_s, u"b"_s, u"c"_s};
        QTest::newRow("placed before") << true << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    }
    void equalTimesAcrossAPageBoundary()
    {
        QFETCH(bool, placed);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        auto store = StoreProbe::openStore(dir.filePath(u"messages.sqlite"_s));
        QVERIFY(store->isOpen());
        storeAll(*store, {archived(u"d"_s, T), archived(u"e"_s, T)});
        QList<StoredMessage> older{archived(u"a"_s, T - 1), archived(u"b"_s, T), archived(u"c"_s, T)};
        if (placed)
            ArchiveSync::placeBefore(older, T);  // paged back from d, the oldest shown
        storeAll(*store, older);
        QCOMPARE(bodies(*store), expected);
    }

    // Page after page back: each stays before the one fetched earlier.
    void pageAfterPage()
    {
        QTemporaryDir dir;
        auto store = StoreProbe::openStore(dir.filePath(u"messages.sqlite"_s));
        storeAll(*store, {archived(u"5"_s, T), archived(u"6"_s, T)});
        QList<StoredMessage> second{archived(u"3"_s, T), archived(u"4"_s, T)};
        ArchiveSync::placeBefore(second, T);
        storeAll(*store, second);
        QList<StoredMessage> third{archived(u"1"_s, T), archived(u"2"_s, T)};
        ArchiveSync::placeBefore(third, second.first().timeMs);
        storeAll(*store, third);
        QCOMPARE(bodies(*store), (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s}));
        // Older messages keep their own times.
        QList<StoredMessage> old{archived(u"x"_s, T - 5000)};
        ArchiveSync::placeBefore(old, T);
        QCOMPARE(old.first().timeMs, T - 5000);
    }
};

QTEST_GUILESS_MAIN(TestArchiveOrder)
#include "tst_archive_order.moc"
