// ReadingStore on its own: readings kept per (service, node, series), the caps on how many series
// a publisher can make it keep, and how refusals are counted, signalled and logged.
#include "LogCapture.h"
#include "devices/DeviceController.h"
#include "devices/ReadingStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QXmppClient.h>

namespace {
const QString Service = QStringLiteral("pubsub.linnet.test");
const QString Node = QStringLiteral("sensors/dev-1");

// Each at its own time: a series drops a sample it holds already (see duplicatesAreDropped).
Reading reading(const QString &series, double value = 1)
{
    static qint64 clock = 1748779200000;
    return Reading{series, QStringLiteral("Cel"), value, clock++};
}

Reading at(qint64 timeMs, double value, const QString &series = QStringLiteral("t"))
{
    return Reading{series, QStringLiteral("Cel"), value, timeMs};
}

// One reading per name, e.g. names("s", 3) -> s0, s1, s2.
QList<Reading> distinctSeries(const QString &prefix, int count)
{
    QList<Reading> batch;
    for (int i = 0; i < count; ++i)
        batch.append(reading(prefix + QString::number(i)));
    return batch;
}

}  // namespace

class TestReadingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // However many series a publisher spreads its readings over, the store holds about its
    // budget of readings (a sixteenth more at most), and a late series gets its fair share.
    void readingsInAllStayWithinTheBudget()
    {
        ReadingStore store(1000, 64, 4096);
        store.setMaxReadings(1000);
        QList<Reading> many;
        for (int i = 0; i < 1000; ++i)
            many.append(reading(QStringLiteral("early"), i));
        store.append(Service, Node, many);
        QCOMPARE(store.heldReadings(), 1000);
        for (int s = 0; s < 9; ++s) {
            QList<Reading> batch;
            for (int i = 0; i < 500; ++i)
                batch.append(reading(QStringLiteral("late%1").arg(s), i));
            store.append(Service, Node, batch);
        }
        QVERIFY2(store.heldReadings() <= 1000 + 1000 / 16, qPrintable(QString::number(store.heldReadings())));
        QCOMPARE(store.latest(Service, Node, QStringLiteral("late8"), 1000).size(), 1000 / 10);
        QCOMPARE(store.latest(Service, Node, QStringLiteral("late8"), 1).first().value, 499.0);  // the newest kept
        // The early series gave up its oldest readings to the budget, keeping the newest.
        QCOMPARE(store.latest(Service, Node, QStringLiteral("early"), 2000).size(), 1000 / 10);
        store.append(Service, Node, {reading(QStringLiteral("early"), 1000)});
        QCOMPARE(store.latest(Service, Node, QStringLiteral("early"), 1).first().value, 1000.0);
        QCOMPARE(store.totalStored(), quint64(1000 + 9 * 500 + 1));
    }

    void defaultCaps()
    {
        ReadingStore store;
        const auto batch = distinctSeries(QStringLiteral("s"), 100);
        store.append(Service, Node, batch);
        QCOMPARE(store.series(Service, Node).size(), ReadingStore::DefaultMaxSeriesPerNode);
        QCOMPARE(store.refusedSeries(), quint64(100 - ReadingStore::DefaultMaxSeriesPerNode));
    }

    void seriesPerNodeAreCapped()
    {
        ReadingStore store(10, 3, 100);
        QList<QString> observed;
        store.setObserver([&](const QString &service, const QString &node, const QList<Reading> &stored) {
            QCOMPARE(service, Service);
            QCOMPARE(node, Node);
            for (const auto &r : stored)
                observed.append(r.series);
        });
        store.append(Service, Node, {reading(QStringLiteral("a")), reading(QStringLiteral("b")), reading(QStringLiteral("x")),
                                     reading(QStringLiteral("c")), reading(QStringLiteral("y")), reading(QStringLiteral("a"))});
        QCOMPARE(store.totalStored(), quint64(4));
        QCOMPARE(store.refusedSeries(), quint64(2));
        QCOMPARE(store.refusedSeries(Service, Node), quint64(2));
        auto names = store.series(Service, Node);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x")}));
        // The observer sees what was stored, in order, not the refused.
        QCOMPARE(observed, (QList<QString>{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("a")}));
        QVERIFY(store.latest(Service, Node, QStringLiteral("c"), 5).isEmpty());
        QCOMPARE(store.latest(Service, Node, QStringLiteral("a"), 5).size(), 2);
    }

    void seriesInAllAreCapped()
    {
        ReadingStore store(10, 3, 4);
        store.append(Service, QStringLiteral("n1"), distinctSeries(QStringLiteral("a"), 3));
        store.append(Service, QStringLiteral("n2"), distinctSeries(QStringLiteral("b"), 3));
        store.append(QStringLiteral("pubsub.elsewhere.test"), QStringLiteral("n3"), distinctSeries(QStringLiteral("c"), 1));
        QCOMPARE(store.series(Service, QStringLiteral("n1")).size(), 3);
        QCOMPARE(store.series(Service, QStringLiteral("n2")).size(), 1);
        QVERIFY(store.series(QStringLiteral("pubsub.elsewhere.test"), QStringLiteral("n3")).isEmpty());
        QCOMPARE(store.totalStored(), quint64(4));
        QCOMPARE(store.refusedSeries(), quint64(3));
        QCOMPARE(store.refusedSeries(Service, QStringLiteral("n2")), quint64(2));
        QCOMPARE(store.refusedSeries(QStringLiteral("pubsub.elsewhere.test"), QStringLiteral("n3")), quint64(1));
    }

    // A publisher inventing names costs it its new series, not anyone's existing ones.
    void existingSeriesKeepFlowing()
    {
        ReadingStore store(100, 64, 4096);
        store.append(Service, Node, {reading(QStringLiteral("dev-1:temp"))});
        store.append(Service, Node, distinctSeries(QStringLiteral("junk"), 10000));
        QCOMPARE(store.series(Service, Node).size(), 64);
        QCOMPARE(store.refusedSeries(), quint64(10000 - 63));
        for (int i = 0; i < 500; ++i)
            store.append(Service, Node, {reading(QStringLiteral("dev-1:temp"), i), reading(QStringLiteral("junk-new"))});
        const auto temp = store.latest(Service, Node, QStringLiteral("dev-1:temp"), 1000);
        QCOMPARE(temp.size(), 100);  // the ring's capacity
        QCOMPARE(temp.last().value, 499.0);
        QCOMPARE(store.refusedSeries(), quint64(10000 - 63 + 500));
    }

    // Coalesced like readingsAdded: a flood of refusals is one signal per event-loop pass.
    void refusalsAreSignalled()
    {
        ReadingStore store(10, 1, 100);
        QSignalSpy refused(&store, &ReadingStore::refusedSeriesChanged);
        store.append(Service, Node, {reading(QStringLiteral("a"))});
        QCoreApplication::processEvents();
        QCOMPARE(refused.count(), 0);
        for (int i = 0; i < 100; ++i)
            store.append(Service, Node, {reading(QStringLiteral("b%1").arg(i))});
        QCOMPARE(refused.count(), 0);  // queued
        QCoreApplication::processEvents();
        QCOMPARE(refused.count(), 1);
        QCOMPARE(store.refusedSeries(), quint64(100));
        store.append(Service, QStringLiteral("other"), distinctSeries(QStringLiteral("c"), 2));
        QCoreApplication::processEvents();
        QCOMPARE(refused.count(), 2);
    }

    void refusalsAreLoggedOncePerNode()
    {
        LogCapture warnings(LogCapture::warningsOf("linnet.devices"));
        ReadingStore store(10, 1, 100);
        for (int i = 0; i < 100; ++i)
            store.append(Service, Node, distinctSeries(QStringLiteral("s%1-").arg(i), 3));
        QCOMPARE(warnings.size(), 1);
        store.append(Service, QStringLiteral("other"), distinctSeries(QStringLiteral("t"), 3));
        store.append(Service, QStringLiteral("other"), distinctSeries(QStringLiteral("u"), 3));
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(store.refusedSeries(), quint64(100 * 3 - 1 + 3 + 2));
    }

    // Services are namespaces of their own: the same node name on two services is two nodes.
    void servicesWithTheSameNodeDoNotMix()
    {
        const QString other = QStringLiteral("pubsub.elsewhere.test");
        ReadingStore store(10, 2, 100);
        QSignalSpy added(&store, &ReadingStore::readingsAdded);
        store.append(Service, Node, {reading(QStringLiteral("temp"), 1), reading(QStringLiteral("hum"), 2)});
        store.append(other, Node, {reading(QStringLiteral("temp"), 3), reading(QStringLiteral("door"), 4)});
        QCOMPARE(store.refusedSeries(), quint64(0));  // two series each, not three on one node
        QCOMPARE(store.latest(Service, Node, QStringLiteral("temp"), 5).size(), 1);
        QCOMPARE(store.latest(Service, Node, QStringLiteral("temp"), 5).first().value, 1.0);
        QCOMPARE(store.latest(other, Node, QStringLiteral("temp"), 5).first().value, 3.0);
        QVERIFY(store.latest(Service, Node, QStringLiteral("door"), 5).isEmpty());
        QVERIFY(store.latest(other, Node, QStringLiteral("hum"), 5).isEmpty());
        QCOMPARE(store.series(other, Node).size(), 2);
        QVERIFY(store.series(QStringLiteral("pubsub.third.test"), Node).isEmpty());

        QTRY_COMPARE(added.count(), 2);
        QCOMPARE(added.at(0), (QList<QVariant>{Service, Node}));
        QCOMPARE(added.at(1), (QList<QVariant>{other, Node}));
    }

    // The caps hold when the receive thread and others append at once.
    void capsHoldAcrossThreads()
    {
        ReadingStore store(10, 64, 100);
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&store, t] {
                const QString node = QStringLiteral("n%1").arg(t);
                for (int i = 0; i < 50; ++i)
                    store.append(Service, node, {reading(QStringLiteral("s%1").arg(i))});
            }));
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(10000));
            delete thread;
        }
        qsizetype series = 0;
        for (int t = 0; t < 4; ++t)
            series += store.series(Service, QStringLiteral("n%1").arg(t)).size();
        QCOMPARE(series, 100);
        QCOMPARE(store.refusedSeries(), quint64(4 * 50 - 100));
        QCOMPARE(store.totalStored(), quint64(100));
    }

    // A resent item (a reconnect's backfill overlapping what arrived live) is not stored twice;
    // two different readings in the same millisecond are both kept.
    void duplicatesAreDropped()
    {
        ReadingStore store(100);
        QList<Reading> observed;
        store.setObserver([&](const QString &, const QString &, const QList<Reading> &stored) { observed += stored; });
        store.append(Service, Node, {at(1000, 1), at(2000, 2), at(3000, 3)});
        store.append(Service, Node, {at(2000, 2), at(4000, 4), at(3000, 3), at(3000, 30)});
        QCOMPARE(store.totalStored(), quint64(5));
        QCOMPARE(store.duplicatesDropped(), quint64(2));
        QCOMPARE(store.heldReadings(), 5);
        QCOMPARE(observed.size(), 5);
        QCOMPARE(observed.last().value, 30.0);  // told in batch order
        const auto held = store.samples(Service, Node, QStringLiteral("t"), 0, 10000);
        QCOMPARE(held.size(), size_t(5));
        QCOMPARE(held[1].value, 2.0);
        QCOMPARE(held[2].value, 3.0);
        QCOMPARE(held[3].value, 30.0);  // same time, another value: kept after the first
        QCOMPARE(held[3].timeMs, qint64(3000));
        // A batch of nothing but duplicates signals nothing.
        QSignalSpy added(&store, &ReadingStore::readingsAdded);
        QCoreApplication::processEvents();
        added.clear();
        store.append(Service, Node, {at(1000, 1)});
        QCoreApplication::processEvents();
        QCOMPARE(added.count(), 0);
    }

    // A stream of batches (an AMQP message each) is told at most once per node and interval,
    // the last batch of a stream is told too, and a batch after a quiet spell at once.
    void notificationsAreThrottled()
    {
        ReadingStore store(1'000'000);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> told;
        connect(&store, &ReadingStore::readingsAdded, this, [&] { told.append(clock.elapsed()); });
        const QString other = QStringLiteral("sensors/dev-2");
        qint64 appended = 0, lastAppendMs = 0;
        while (clock.elapsed() < 300) {
            store.append(Service, Node, {at(++appended, 1)});
            store.append(Service, other, {at(appended, 1)});
            lastAppendMs = clock.elapsed();
            QCoreApplication::processEvents();
        }
        QTest::qWait(5 * ReadingStore::NotifyIntervalMs);
        QVERIFY2(appended > 1000, qPrintable(QString::number(appended)));
        // Two nodes, ~19 intervals: far fewer signals than batches, and not only one at the end.
        // (At most two passes per interval even when a starved loop lets a timer find nothing.)
        QVERIFY2(told.size() >= 6 && told.size() <= 2 * 2 * (300 / ReadingStore::NotifyIntervalMs + 2),
                 qPrintable(QString::number(told.size())));
        QVERIFY(told.last() >= lastAppendMs);
        told.clear();
        store.append(Service, Node, {at(++appended, 1)});
        QCoreApplication::processEvents();
        QCOMPARE(told.size(), 1);
    }

    // Late samples (backfill, delayed items) land in time order, not at the end.
    void olderSamplesAreInsertedInOrder()
    {
        ReadingStore store(5);
        store.append(Service, Node, {at(10, 1), at(30, 3), at(50, 5)});
        store.append(Service, Node, {at(20, 2), at(40, 4), at(5, 0.5)});
        auto held = store.samples(Service, Node, QStringLiteral("t"), std::numeric_limits<qint64>::min(),
                                  std::numeric_limits<qint64>::max());
        QCOMPARE(held.size(), size_t(5));  // the capacity: 5 was the oldest and went first
        for (size_t i = 0; i < held.size(); ++i)
            QCOMPARE(held[i].timeMs, qint64(10 * (i + 1)));
        // Older than everything a full ring holds: it would be evicted at once.
        store.append(Service, Node, {at(1, 0)});
        QCOMPARE(store.samples(Service, Node, QStringLiteral("t"), 0, 100).front().timeMs, qint64(10));
        store.append(Service, Node, {at(60, 6)});
        held = store.samples(Service, Node, QStringLiteral("t"), 0, 100);
        QCOMPARE(held.front().timeMs, qint64(20));
        QCOMPARE(held.back().timeMs, qint64(60));
        const auto latest = store.latest(Service, Node, QStringLiteral("t"), 2);
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.first().timeMs, qint64(50));
        QCOMPARE(latest.last().unit, QStringLiteral("Cel"));
        QCOMPARE(latest.last().series, QStringLiteral("t"));
    }

    void readerApi()
    {
        ReadingStore store(1000);
        QVERIFY(!store.last(Service, Node, QStringLiteral("t")).has_value());
        QVERIFY(store.samples(Service, Node, QStringLiteral("t"), 0, 100).empty());
        QList<Reading> batch;
        for (int i = 0; i < 100; ++i)
            batch.append(at(1000 + i * 10, i));
        batch.append(Reading{QStringLiteral("door"), QStringLiteral("vb"), 1, 1500});
        store.append(Service, Node, batch);
        store.append(Service, QStringLiteral("other"), {at(7, 7)});

        const auto range = store.samples(Service, Node, QStringLiteral("t"), 1100, 1200);  // inclusive
        QCOMPARE(range.size(), size_t(11));
        QCOMPARE(range.front().timeMs, qint64(1100));
        QCOMPARE(range.back().timeMs, qint64(1200));
        QVERIFY(store.samples(Service, Node, QStringLiteral("t"), 1201, 1209).empty());
        QVERIFY(store.samples(Service, Node, QStringLiteral("t"), 1200, 1100).empty());
        QCOMPARE(store.last(Service, Node, QStringLiteral("t"))->value, 99.0);

        auto infos = store.seriesInfo(Service, Node);
        std::sort(infos.begin(), infos.end(), [](const SeriesInfo &a, const SeriesInfo &b) { return a.name < b.name; });
        QCOMPARE(infos.size(), 2);
        QCOMPARE(infos[0].name, QStringLiteral("door"));
        QCOMPARE(infos[0].unit, QStringLiteral("vb"));
        QCOMPARE(infos[1].count, 100);
        QCOMPARE(infos[1].firstMs, qint64(1000));
        QCOMPARE(infos[1].lastMs, qint64(1990));
        QCOMPARE(infos[1].service, Service);
        QCOMPARE(infos[1].node, Node);
        QCOMPARE(store.seriesInfo().size(), 3);
    }

    void gapsMerge()
    {
        ReadingStore store;
        QSignalSpy changed(&store, &ReadingStore::gapsChanged);
        store.addGap(Service, Node, 100, 200);
        store.addGap(Service, Node, 500, 600);
        store.addGap(Service, Node, 150, 300);  // overlaps the first
        store.addGap(Service, Node, 900, 800);  // reversed
        store.addGap(Service, QStringLiteral("other"), 0, 1000);
        using Spans = QList<std::pair<qint64, qint64>>;
        QCOMPARE(store.gaps(Service, Node, 0, 10000), (Spans{{100, 300}, {500, 600}, {800, 900}}));
        QCOMPARE(store.gaps(Service, Node, 250, 550), (Spans{{100, 300}, {500, 600}}));
        QCOMPARE(store.gaps(Service, Node, 301, 499), Spans());
        store.addGap(Service, Node, 250, 850);  // swallows all but the first's start
        QCOMPARE(store.gaps(Service, Node, 0, 10000), (Spans{{100, 900}}));
        QTRY_VERIFY(changed.count() >= 1);
        QCOMPARE(changed.first(), (QList<QVariant>{Service, Node}));
    }

    // 16 bytes per sample: a full ring holds exactly its capacity.
    void samplesCostSixteenBytes()
    {
        QCOMPARE(sizeof(Sample), size_t(16));
        SampleRing ring(1000);
        for (int i = 0; i < 5000; ++i)
            ring.insert(Sample{i, double(i)});
        QCOMPARE(ring.size(), 1000);
        QCOMPARE(ring.allocated(), 1000);
        QCOMPARE(ring.front().timeMs, qint64(4000));
        ring.dropOldest(900);  // memory goes back when mostly empty
        QVERIFY(ring.allocated() <= 200);
        QCOMPARE(ring.front().timeMs, qint64(4900));
        QCOMPARE(ring.back().timeMs, qint64(4999));
    }

    // What the UI binds to.
    void controllerExposesRefusals()
    {
        auto owner = std::make_shared<ReadingStore>(10, 1, 100);
        auto &store = *owner;
        DeviceController devices(owner, [] { return nullptr; });
        QCOMPARE(devices.property("refusedSeries").toULongLong(), 0ull);
        const auto property = devices.metaObject()->property(devices.metaObject()->indexOfProperty("refusedSeries"));
        QVERIFY(property.hasNotifySignal());
        QSignalSpy changed(&devices, property.notifySignal());
        store.append(Service, Node, distinctSeries(QStringLiteral("s"), 5));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(devices.property("refusedSeries").toULongLong(), 4ull);
        QCOMPARE(devices.refusedSeries(), quint64(4));
    }
};

QTEST_GUILESS_MAIN(TestReadingStore)
#include "tst_readingstore.moc"
