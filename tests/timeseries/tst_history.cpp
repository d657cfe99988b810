// The history on disk through ReadingStore, against real SQLite files: what survives a restart,
// retention, accounts sharing a file, and files that cannot be used.
#include "Signals.h"
#include "devices/ReadingStore.h"
#include "timeseries/HistorySchema.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Service = QStringLiteral("pubsub.linnet.test");
const QString Node = QStringLiteral("dev-1");
const QString Alice = QStringLiteral("alice@linnet.test");
const qint64 Day = 24 * 3600 * 1000;

QList<Reading> readings(const std::vector<Sample> &samples, const QString &series, const QString &unit)
{
    QList<Reading> out;
    for (const Sample &s : samples)
        out.append(Reading{series, unit, s.value, s.timeMs});
    return out;
}

std::unique_ptr<ReadingStore> open(const QString &file, const QString &account = Alice)
{
    auto store = std::make_unique<ReadingStore>(100000);
    QSignalSpy restored(store.get(), &ReadingStore::historyRestored);
    store->attachHistory(file, account);
    if (!restored.wait(10000))
        qWarning("history not restored in time");
    return store;
}

std::vector<Sample> all(const ReadingStore &store, const QString &name, const QString &node = Node)
{
    return store.samples(Service, node, name, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
}

bool same(const std::vector<Sample> &a, const std::vector<Sample> &b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](auto x, auto y) { return x.timeMs == y.timeMs && x.value == y.value; });
}

qint64 sqlCount(const QString &file, const QString &sql)
{
    qint64 result = -1;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return result;
}
}  // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesAndGapsSurviveARestart()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath(QStringLiteral("profile/readings.sqlite"));  // the folder is made
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto temp = Signals::temperature(now - 2 * 3600 * 1000, 5000, 30);
        const auto door = Signals::door(now - 3600 * 1000, 3000);
        {
            auto store = open(file);
            QVERIFY(store->historyLoaded());
            QCOMPARE(store->historyError(), QString());
            store->append(Service, Node, readings(temp, QStringLiteral("dev-1:temperature"), QStringLiteral("Cel")));
            store->append(Service, Node, readings(door, QStringLiteral("dev-1:door"), QStringLiteral("vb")));
            // Late ones, in the middle of what is there.
            store->append(Service, Node, {Reading{QStringLiteral("dev-1:door"), QStringLiteral("vb"), 1, door[10].timeMs + 1}});
            store->addGap(Service, Node, now - 1000, now - 500);
            store->addGap(Service, Node, now - 9000, now - 8000);
            store->setRetention(Service, Node, 3 * Day);
            QVERIFY(store->waitForHistory());
        }
        auto store = open(file);
        QCOMPARE(store->historyError(), QString());
        QVERIFY(same(all(*store, QStringLiteral("dev-1:temperature")), temp));
        auto doorBack = all(*store, QStringLiteral("dev-1:door"));
        QCOMPARE(doorBack.size(), door.size() + 1);
        QCOMPARE(doorBack[11].timeMs, door[10].timeMs + 1);
        QCOMPARE(store->gaps(Service, Node, 0, now), (QList<std::pair<qint64, qint64>>{{now - 9000, now - 8000}, {now - 1000, now - 500}}));
        QCOMPARE(store->retention(Service, Node), 3 * Day);
        const auto infos = store->seriesInfo(Service, Node);
        QCOMPARE(infos.size(), 2);
        for (const auto &info : infos)
            QCOMPARE(info.unit, info.name.endsWith(QLatin1String("door")) ? QStringLiteral("vb") : QStringLiteral("Cel"));
        // Restored samples are not counted as received, nor written again.
        QCOMPARE(store->totalStored(), quint64(0));
        QVERIFY(store->waitForHistory());
        QCOMPARE(sqlCount(file, QStringLiteral("SELECT sum(count) FROM chunks")), qint64(temp.size() + door.size() + 1));
    }

    // No waiting before the store goes: its destructor commits the pending batch.
    void shutdownCommitsThePendingBatch()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath(QStringLiteral("readings.sqlite"));
        const auto temp = Signals::temperature(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000, 2000);
        open(file)->append(Service, Node, readings(temp, QStringLiteral("t"), QStringLiteral("Cel")));
        auto store = open(file);
        QVERIFY(same(all(*store, QStringLiteral("t")), temp));
        // More in a second session: new chunks beside the old ones.
        const auto more = Signals::temperature(QDateTime::currentMSecsSinceEpoch(), 100, 0, 9);
        store->append(Service, Node, readings(more, QStringLiteral("t"), QStringLiteral("Cel")));
        // A duplicate of what came back from disk is dropped, not stored twice.
        store->append(Service, Node, {Reading{QStringLiteral("t"), QStringLiteral("Cel"), temp[5].value, temp[5].timeMs}});
        QCOMPARE(store->duplicatesDropped(), quint64(1));
        store.reset();
        store = open(file);
        QCOMPARE(all(*store, QStringLiteral("t")).size(), temp.size() + more.size());
        QCOMPARE(all(*store, QStringLiteral("t"))[5].value, temp[5].value);
    }

    // Two accounts of a profile share the file, each seeing only its own.
    void accountsShareAFile()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath(QStringLiteral("readings.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            auto alice = open(file);
            auto bob = open(file, QStringLiteral("bob@linnet.test"));
            alice->append(Service, Node, {Reading{QStringLiteral("t"), QString(), 1, now}});
            bob->append(Service, Node, {Reading{QStringLiteral("t"), QString(), 2, now}, Reading{QStringLiteral("t"), QString(), 3, now + 1}});
            bob->addGap(Service, Node, now - 2000, now - 1000);
            QVERIFY(alice->waitForHistory());
            QVERIFY(bob->waitForHistory());
        }
        auto alice = open(file);
        auto bob = open(file, QStringLiteral("bob@linnet.test"));
        QCOMPARE(all(*alice, QStringLiteral("t")).size(), size_t(1));
        QCOMPARE(all(*alice, QStringLiteral("t")).front().value, 1.0);
        QCOMPARE(all(*bob, QStringLiteral("t")).size(), size_t(2));
        QVERIFY(alice->gaps(Service, Node, 0, now).isEmpty());
        QCOMPARE(bob->gaps(Service, Node, 0, now).size(), 1);
    }

    // The app opens one file for all its accounts at once, each on its own writer thread: only
    // one of them creates the schema, none fails on what another just made.
    void accountsOpenAFreshFileAtOnce()
    {
        for (int round = 0; round < 5; ++round) {
            QTemporaryDir dir;
            const auto file = dir.filePath(QStringLiteral("readings.sqlite"));
            std::vector<std::unique_ptr<ReadingStore>> stores;
            for (int i = 0; i < 4; ++i) {
                stores.push_back(std::make_unique<ReadingStore>(1000));
                stores.back()->attachHistory(file, QStringLiteral("user%1@linnet.test").arg(i));
            }
            for (auto &store : stores) {
                QTRY_VERIFY_WITH_TIMEOUT(store->historyLoaded(), 10000);
                QCOMPARE(store->historyError(), QString());
                store->append(Service, Node, {Reading{QStringLiteral("t"), QString(), 1, 1748779200000}});
                QVERIFY(store->waitForHistory());
                QCOMPARE(store->historyError(), QString());
            }
        }
    }

    // Per node; what is past it is deleted from the file, not only left out of memory.
    void retention()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath(QStringLiteral("readings.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto old = Signals::temperature(now - 2 * 3600 * 1000, 600);  // two hours ago
        const auto recent = Signals::temperature(now - 60 * 1000, 60, 0, 5);
        const QString brief = QStringLiteral("brief");
        {
            auto store = open(file);
            store->setRetention(Service, brief, 30 * 60 * 1000);  // half an hour
            for (const auto &node : {Node, brief}) {
                store->append(Service, node, readings(old, QStringLiteral("t"), QStringLiteral("Cel")));
                store->append(Service, node, readings(recent, QStringLiteral("t"), QStringLiteral("Cel")));
                store->addGap(Service, node, now - 3 * 3600 * 1000, now - 2 * 3600 * 1000 - 1);
            }
            QVERIFY(store->waitForHistory());
        }
        auto store = open(file);  // retention runs at start
        QVERIFY(store->waitForHistory());
        QCOMPARE(all(*store, QStringLiteral("t")).size(), old.size() + recent.size());
        QCOMPARE(all(*store, QStringLiteral("t"), brief).size(), recent.size());
        QCOMPARE(store->gaps(Service, brief, 0, now).size(), 0);
        QCOMPARE(store->gaps(Service, Node, 0, now).size(), 1);
        QCOMPARE(sqlCount(file, QStringLiteral("SELECT count(*) FROM chunks c JOIN series s ON s.id = c.series"
                                               " WHERE s.node = 'brief' AND c.last_ms < %1").arg(now - 30 * 60 * 1000)),
                 qint64(0));
        QCOMPARE(sqlCount(file, QStringLiteral("SELECT count(*) FROM gaps WHERE node = 'brief'")), qint64(0));
        QCOMPARE(sqlCount(file, QStringLiteral("SELECT sum(count) FROM chunks c JOIN series s ON s.id = c.series"
                                               " WHERE s.node = 'dev-1'")), qint64(old.size() + recent.size()));
    }

    // Never a crash, never a loss of what is in memory: the store says why, and keeps going.
    void unusableFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << QByteArray(8192, 'x') << QStringLiteral("not a database");
        QTest::newRow("not a folder") << QByteArray() << QStringLiteral("Cannot open");
        QTest::newRow("newer schema") << QByteArray("newer") << QStringLiteral("newer Linnet");
    }

    void unusableFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto file = dir.filePath(QStringLiteral("readings.sqlite"));
        if (content.isEmpty()) {
            QFile blocker(dir.filePath(QStringLiteral("profile")));  // a file where the folder should be
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            file = dir.filePath(QStringLiteral("profile/readings.sqlite"));
        } else if (content == "newer") {
            QCOMPARE(sqlCount(file, QStringLiteral("PRAGMA user_version = %1").arg(HistorySchema::Version + 1)), qint64(-1));
        } else {
            QFile garbage(file);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(content);
        }
        const auto before = QFile::exists(file) ? [&] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }() : QByteArray();

        auto store = std::make_unique<ReadingStore>(100);
        QSignalSpy errors(store.get(), &ReadingStore::historyErrorChanged);
        QSignalSpy restored(store.get(), &ReadingStore::historyRestored);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot .* reading history")));
        store->attachHistory(file, Alice);
        QVERIFY(restored.wait(10000));
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY2(store->historyError().contains(expected, Qt::CaseInsensitive), qPrintable(store->historyError()));
        QVERIFY(!store->waitForHistory(1000));
        store->append(Service, Node, {Reading{QStringLiteral("t"), QString(), 1, 1000}});
        QCOMPARE(all(*store, QStringLiteral("t")).size(), size_t(1));
        store.reset();
        if (!before.isEmpty()) {  // left alone for the user to rescue
            QFile after(file);
            QVERIFY(after.open(QIODevice::ReadOnly));
            QCOMPARE(after.readAll(), before);
        }
    }

    // Issue 8: typical sensor data costs <= 4 bytes per sample on disk (the whole file).
    void bytesPerSampleOnDisk()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath(QStringLiteral("readings.sqlite"));
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 2 * Day;
        qsizetype samples = 0;
        {
            auto store = open(file);
            for (int device = 0; device < 10; ++device) {
                const QString node = QStringLiteral("dev-%1").arg(device);
                const QString prefix = node + QLatin1Char(':');
                for (const auto &[name, unit, series] : {
                         std::tuple{QStringLiteral("temperature"), QStringLiteral("Cel"), Signals::temperature(start, 20000, 30, device)},
                         std::tuple{QStringLiteral("door"), QStringLiteral("vb"), Signals::door(start, 20000, device)},
                         std::tuple{QStringLiteral("co2"), QStringLiteral("ppm"), Signals::co2Ramp(start, 20000)},
                         std::tuple{QStringLiteral("power"), QStringLiteral("W"), Signals::power(start, 20000, device)}}) {
                    // As they arrive: a few at a time.
                    for (size_t i = 0; i < series.size(); i += 500) {
                        store->append(Service, node, readings({series.begin() + i, series.begin() + std::min(series.size(), i + 500)},
                                                              prefix + name, unit));
                    }
                    samples += qsizetype(series.size());
                }
            }
            QVERIFY(store->waitForHistory());
        }
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));  // checkpointed at close
        const double perSample = double(QFileInfo(file).size()) / double(samples);
        qInfo("%lld samples, %lld bytes: %.3f bytes/sample on disk", qlonglong(samples), qlonglong(QFileInfo(file).size()), perSample);
        QVERIFY2(perSample <= 4, qPrintable(QString::number(perSample)));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
