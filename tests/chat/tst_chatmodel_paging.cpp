// ChatModel's window onto a real message store file: the newest page first, paging back and
// forward, the window bounded, new messages only while the window reaches the newest, a page
// around a row (search), and asking the server's archive when the store has nothing older.
#include "ChatModelTest.h"

#include <QAbstractItemModelTester>

using namespace ChatModelTest;

class TestChatModelPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestPageFirst()
    {
        Store s;
        s.fill(120);
        ChatModel model(&s.store, Alice, Bob);
        QAbstractItemModelTester tester(&model);
        QVERIFY(!model.isLoaded());
        QVERIFY(model.isLoading());
        WAIT_SETTLED(model);
        QCOMPARE(model.rowCount(), ChatModel::PageRows);
        QCOMPARE(body(model, 0), QStringLiteral("m70"));
        QCOMPARE(body(model, model.rowCount() - 1), QStringLiteral("m119"));
        QVERIFY(model.hasOlder());
        QVERIFY(model.isAtNewest());

        // An empty conversation is loaded and empty (the view's "say hello" state).
        ChatModel empty(&s.store, Alice, QStringLiteral("nobody@linnet.test"));
        WAIT_SETTLED(empty);
        QCOMPARE(empty.rowCount(), 0);
        QVERIFY(!empty.hasOlder());
        QVERIFY(empty.isAtNewest());
    }

    // Paging back through 700 messages keeps at most WindowRows; the newest end goes and comes
    // back with loadNewer(); the oldest message is reached, in order, with nothing skipped.
    void pagesBackWithABoundedWindow()
    {
        Store s;
        s.fill(700);
        ChatModel model(&s.store, Alice, Bob);
        QAbstractItemModelTester tester(&model);
        WAIT_SETTLED(model);
        QSignalSpy positions(&model, &ChatModel::positionRequested);
        int pages = 0;
        while (model.hasOlder()) {
            model.loadOlder();
            QVERIFY(model.isLoadingOlder());
            WAIT_SETTLED(model);
            QVERIFY(model.rowCount() <= ChatModel::WindowRows);
            QVERIFY(++pages < 100);
        }
        QCOMPARE(body(model, 0), QStringLiteral("m0"));
        QCOMPARE(model.rowCount(), ChatModel::WindowRows);
        QVERIFY(!model.isAtNewest());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(body(model, row), QStringLiteral("m%1").arg(row));

        // A new message past the window's end is not shown while the user reads old ones.
        const auto live = s.fill(1, T0, 700).first();
        model.addStored(live);
        QCOMPARE(model.rowCount(), ChatModel::WindowRows);
        QCOMPARE(model.rowOf(live.rowId), -1);

        // Back down: the oldest rows go, the newest come back, the live one included.
        while (!model.isAtNewest()) {
            model.loadNewer();
            WAIT_SETTLED(model);
            QVERIFY(model.rowCount() <= ChatModel::WindowRows);
        }
        QVERIFY(model.hasOlder());
        QCOMPARE(body(model, model.rowCount() - 1), QStringLiteral("m700"));
        QCOMPARE(positions.count(), 0);  // paging never moves the view by itself
    }

    void jumpToNewestAfterPagingBack()
    {
        Store s;
        s.fill(650);
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        while (model.hasOlder()) {
            model.loadOlder();
            WAIT_SETTLED(model);
        }
        QVERIFY(!model.isAtNewest());
        QSignalSpy positions(&model, &ChatModel::positionRequested);
        model.jumpToNewest();
        WAIT_SETTLED(model);
        QVERIFY(model.isAtNewest());
        QCOMPARE(model.rowCount(), ChatModel::PageRows);
        QCOMPARE(body(model, model.rowCount() - 1), QStringLiteral("m649"));
        QCOMPARE(positions.count(), 1);
        QCOMPARE(positions.first().first().toInt(), model.rowCount() - 1);
    }

    // At the newest end a flood keeps the window bounded by dropping the oldest rows.
    void liveFloodKeepsTheWindowBounded()
    {
        Store s;
        s.fill(10);
        ChatModel model(&s.store, Alice, Bob);
        QAbstractItemModelTester tester(&model);
        WAIT_SETTLED(model);
        QVERIFY(!model.hasOlder());
        for (const auto &message : s.fill(600, T0, 10))
            model.addStored(message);
        QVERIFY(model.rowCount() <= ChatModel::WindowRows + ChatModel::PageRows);
        QVERIFY(model.hasOlder());
        QCOMPARE(body(model, model.rowCount() - 1), QStringLiteral("m609"));
        // What was dropped pages back in, in order.
        model.loadOlder();
        WAIT_SETTLED(model);
        for (int row = 1; row < model.rowCount(); ++row) {
            const auto a = model.message(row - 1), b = model.message(row);
            QVERIFY(a.timeMs < b.timeMs || (a.timeMs == b.timeMs && a.rowId < b.rowId));
        }
    }

    // A message older than the window (an archive page, a late delivery) is not inserted at the
    // top of a window that does not start at the beginning: loadOlder() brings it in its place.
    void olderThanTheWindowWaitsForPaging()
    {
        Store s;
        s.fill(100, T0 + 1'000'000);
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        const auto old = s.put(in(QStringLiteral("from long ago"), T0));
        model.addStored(old);
        QCOMPARE(model.rowOf(old.rowId), -1);
        model.loadOlder();
        WAIT_SETTLED(model);
        model.loadOlder();
        WAIT_SETTLED(model);
        QCOMPARE(body(model, 0), QStringLiteral("from long ago"));
        QVERIFY(!model.hasOlder());
    }

    // Search's jump: the page around the row, then the view is told where it is.
    void openAtARow()
    {
        Store s;
        const auto stored = s.fill(400);
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        QSignalSpy positions(&model, &ChatModel::positionRequested);
        const qint64 target = stored.at(100).rowId;
        model.openAt(target);
        QVERIFY(model.isLoading());
        WAIT_SETTLED(model);
        QCOMPARE(positions.count(), 1);
        const int row = positions.first().first().toInt();
        QCOMPARE(model.index(row).data(ChatModel::RowIdRole).toLongLong(), target);
        QCOMPARE(body(model, row), QStringLiteral("m100"));
        QVERIFY(model.hasOlder());
        QVERIFY(!model.isAtNewest());
        // Live messages wait for jumpToNewest().
        const auto live = s.fill(1, T0, 400).first();
        model.addStored(live);
        QCOMPARE(model.rowOf(live.rowId), -1);

        // A row already in the window: no new page, just the position (queued for the view).
        const qint64 near = stored.at(110).rowId;
        model.openAt(near);
        QVERIFY(!model.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(positions.count(), 2, Wait);
        QCOMPARE(positions.last().first().toInt(), model.rowOf(near));
    }

    // Messages stored around the first page's request are neither lost nor doubled: those the
    // page includes may still reach addStored() before it arrives.
    void storedWhileLoading()
    {
        Store s;
        const auto before = s.fill(5);
        ChatModel model(&s.store, Alice, Bob);
        for (const auto &message : before)
            model.addStored(message);  // before the page: kept until it arrives
        QCOMPARE(model.rowCount(), 0);
        const auto after = s.fill(3, T0, 5);  // stored after the page was asked for
        for (const auto &message : after)
            model.addStored(message);
        WAIT_SETTLED(model);
        QCOMPARE(model.rowCount(), 8);
        for (int row = 0; row < 8; ++row)
            QCOMPARE(body(model, row), QStringLiteral("m%1").arg(row));
    }

    // The store has nothing older: the model asks the archive (before the oldest stanza-id it
    // has), shows "fetching" while it works, then pages in what was stored; complete ends it.
    void asksTheArchive()
    {
        Store s;
        auto first = in(QStringLiteral("first known"), T0 + 10'000, QStringLiteral("k1"));
        first.stanzaId = QStringLiteral("stanza-k1");
        s.put({out(QStringLiteral("queued, no stanza-id"), T0 + 5'000, QStringLiteral("q0")), first});
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        QVERIFY(!model.hasOlder());
        QSignalSpy asked(&model, &ChatModel::needsArchive);
        model.loadOlder();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).toString(), QStringLiteral("stanza-k1"));
        QCOMPARE(asked.first().at(1).toLongLong(), T0 + 5'000);
        QVERIFY(model.isArchiveBusy());
        model.loadOlder();  // while it works: not asked twice
        QCOMPARE(asked.count(), 1);

        // The archive sync stores a page (showStored hands each to the model), then answers.
        QList<StoredMessage> archived;
        for (int i = 0; i < 3; ++i)
            archived << in(QStringLiteral("archived %1").arg(i), T0 + i * 1000, QStringLiteral("a%1").arg(i));
        for (const auto &result : s.put(archived))
            model.addStored(result.message);
        model.archiveFetched(3, false);
        QVERIFY(!model.isArchiveBusy());
        WAIT_SETTLED(model);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(body(model, 0), QStringLiteral("archived 0"));
        QVERIFY(!model.isArchiveComplete());

        model.loadOlder();
        QCOMPARE(asked.count(), 2);
        model.archiveFetched(0, true);
        QVERIFY(model.isArchiveComplete());
        model.loadOlder();  // the beginning: nothing more to ask
        QCOMPARE(asked.count(), 2);
    }

    // Nobody to ask (no archive wired): the beginning of the store is the beginning.
    void withoutAnArchive()
    {
        Store s;
        s.fill(3);
        ChatModel model(&s.store, Alice, Bob);
        WAIT_SETTLED(model);
        model.loadOlder();
        QVERIFY(!model.isArchiveBusy());
        QVERIFY(model.isArchiveComplete());
    }
};

QTEST_GUILESS_MAIN(TestChatModelPaging)
#include "tst_chatmodel_paging.moc"
