// AmqpIdLog on a real SQLite file: both steps survive a reopen, step 2 as a range of batch rows
// per run (each id accepted with the row step 1 gave it) written with the next step 1, ids of
// an earlier run accepted one by one, services sharing a file, logs of the version with a row
// per id, and trimming.
#include "amqp/AmqpIdLog.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_AmqpIdLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    static std::unique_ptr<AmqpIdLog> open(const QString &file, const QString &service = QStringLiteral("svc"))
    {
        auto log = std::make_unique<AmqpIdLog>(file, service);
        log->open();
        return log;
    }
    using Entries = QList<std::pair<QString, qint64>>;
    // Step 1: the batch row written (> 0), or -1 when it failed.
    static qint64 note(AmqpIdLog &log, const Entries &entries)
    {
        qint64 batch = -1;
        return log.noteStored(entries, &batch) ? batch : -1;
    }
    // Ids as markAccepted takes them: with the batch row step 1 gave them (0: an earlier run's).
    static Entries inBatch(qint64 batch, const QStringList &ids)
    {
        Entries entries;
        for (const auto &id : ids)
            entries.append({id, batch});
        return entries;
    }

private Q_SLOTS:
    void bothStepsSurviveAReopen()
    {
        const QString f = file("steps.sqlite");
        {
            auto log = open(f);
            const qint64 batch = note(*log, {{QStringLiteral("a"), 100}, {QStringLiteral("b"), 200}, {QStringLiteral("c"), 300}});
            QVERIFY(batch > 0);
            QVERIFY(!log->storedBase(QStringLiteral("b")));  // this run's: the caller holds it
            log->markAccepted(inBatch(batch, {QStringLiteral("a"), QStringLiteral("b")}));
            QVERIFY(log->flushAccepted());
            QVERIFY(log->contains(QStringLiteral("a")));
            QVERIFY(!log->contains(QStringLiteral("c")));
        }
        auto log = open(f);
        QVERIFY(log->contains(QStringLiteral("a")));
        QVERIFY(log->contains(QStringLiteral("b")));
        QVERIFY(!log->contains(QStringLiteral("c")));  // step 1 only: stored, not accepted
        QCOMPARE(log->storedBase(QStringLiteral("c")), std::optional<qint64>(300));
        QVERIFY(!log->storedBase(QStringLiteral("d")));
    }

    // Step 2 is known in memory at once and reaches the file with the next batch's step 1 (one
    // transaction per batch), or by flushAccepted(). A second log on the file sees the file.
    void stepTwoRidesWithTheNextStepOne()
    {
        const QString f = file("ride.sqlite");
        auto log = open(f);
        const qint64 first = note(*log, {{QStringLiteral("r1"), 1}, {QStringLiteral("r2"), 2}});
        QVERIFY(first > 0);
        log->markAccepted(inBatch(first, {QStringLiteral("r1"), QStringLiteral("r2")}));
        QVERIFY(log->contains(QStringLiteral("r1")));
        QVERIFY(!open(f)->contains(QStringLiteral("r1")));  // not in the file yet
        const qint64 second = note(*log, {{QStringLiteral("r3"), 3}});
        QVERIFY(second > first);
        {
            auto peek = open(f);
            QVERIFY(peek->contains(QStringLiteral("r1")));
            QVERIFY(peek->contains(QStringLiteral("r2")));
            QVERIFY(!peek->contains(QStringLiteral("r3")));
            QCOMPARE(peek->storedBase(QStringLiteral("r3")), std::optional<qint64>(3));
        }
        log->markAccepted(inBatch(second, {QStringLiteral("r3")}));
        QVERIFY(log->flushAccepted());
        QVERIFY(open(f)->contains(QStringLiteral("r3")));
        QVERIFY(log->flushAccepted());  // nothing queued: nothing to write
    }

    // A redelivery after a crash is accepted in a later run, out of order with that run's rows;
    // the other unaccepted row of the crashed run must not be covered by the new run's range.
    void earlierRunsRowsAreAcceptedAlone()
    {
        const QString f = file("runs.sqlite");
        {
            auto log = open(f);
            QVERIFY(note(*log, {{QStringLiteral("old1"), 1}, {QStringLiteral("old2"), 2}}) > 0);
        }  // killed: neither accepted
        {
            auto log = open(f);
            QCOMPARE(log->storedBase(QStringLiteral("old2")), std::optional<qint64>(2));
            const qint64 batch = note(*log, {{QStringLiteral("new1"), 10}, {QStringLiteral("new2"), 20}});
            QVERIFY(batch > 0);
            log->markAccepted({{QStringLiteral("new1"), batch}, {QStringLiteral("old2"), 0}, {QStringLiteral("new2"), batch}});
            QVERIFY(log->flushAccepted());
            QVERIFY(!log->storedBase(QStringLiteral("old2")));  // accepted now
            QCOMPARE(log->storedBase(QStringLiteral("old1")), std::optional<qint64>(1));
        }
        auto log = open(f);
        QVERIFY(log->contains(QStringLiteral("new1")));
        QVERIFY(log->contains(QStringLiteral("new2")));
        QVERIFY(log->contains(QStringLiteral("old2")));
        QVERIFY(!log->contains(QStringLiteral("old1")));
        QCOMPARE(log->storedBase(QStringLiteral("old1")), std::optional<qint64>(1));
    }

    // Rows accepted so far are in the range; those inserted after are not.
    void theRangeEndsAtTheLastAccepted()
    {
        const QString f = file("partial.sqlite");
        {
            auto log = open(f);
            const qint64 batch = note(*log, {{QStringLiteral("p1"), 1}, {QStringLiteral("p2"), 2}});
            QVERIFY(batch > 0);
            log->markAccepted(inBatch(batch, {QStringLiteral("p1")}));
            QVERIFY(log->flushAccepted());
            QVERIFY(note(*log, {{QStringLiteral("p3"), 3}}) > batch);
        }
        auto log = open(f);
        QVERIFY(log->contains(QStringLiteral("p1")));
        QVERIFY(!log->contains(QStringLiteral("p2")));
        QVERIFY(!log->contains(QStringLiteral("p3")));
    }

    void servicesShareAFile()
    {
        const QString f = file("shared.sqlite");
        {
            auto a = open(f, QStringLiteral("A"));
            auto b = open(f, QStringLiteral("B"));
            Entries ofA, ofB;
            for (int i = 0; i < 4; ++i) {  // interleaved rows
                ofA.append({QStringLiteral("a%1").arg(i), note(*a, {{QStringLiteral("a%1").arg(i), i}})});
                ofB.append({QStringLiteral("b%1").arg(i), note(*b, {{QStringLiteral("b%1").arg(i), i}})});
                QVERIFY(ofA.last().second > 0 && ofB.last().second > ofA.last().second);
            }
            a->markAccepted(ofA);
            QVERIFY(a->flushAccepted());
            b->markAccepted(ofB.mid(0, 1));
            QVERIFY(b->flushAccepted());
        }
        auto a = open(f, QStringLiteral("A"));
        auto b = open(f, QStringLiteral("B"));
        QVERIFY(a->contains(QStringLiteral("a3")));
        QVERIFY(!a->contains(QStringLiteral("b0")));  // another service's id
        QVERIFY(b->contains(QStringLiteral("b0")));
        QVERIFY(!b->contains(QStringLiteral("b1")));
        QCOMPARE(b->storedBase(QStringLiteral("b3")), std::optional<qint64>(3));
    }

    // A log written by the version that marked each row done and had no ranges.
    void readsTheOlderFormat()
    {
        const QString f = file("older.sqlite");
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(f);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE accepted (seq INTEGER PRIMARY KEY AUTOINCREMENT, service TEXT NOT "
                                          "NULL, id TEXT NOT NULL, base_ms INTEGER, done INTEGER NOT NULL DEFAULT 1)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX accepted_id ON accepted (service, id)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO accepted (service, id, base_ms, done) VALUES "
                                          "('svc', 'done', 5, 1), ('svc', 'half', 6, 0)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        {
            auto log = open(f);
            QVERIFY(log->contains(QStringLiteral("done")));
            QCOMPARE(log->storedBase(QStringLiteral("half")), std::optional<qint64>(6));
            const qint64 batch = note(*log, {{QStringLiteral("next"), 7}});
            QVERIFY(batch > 0);
            log->markAccepted({{QStringLiteral("half"), 0}, {QStringLiteral("next"), batch}});
            QVERIFY(log->flushAccepted());
        }
        auto log = open(f);
        QVERIFY(log->contains(QStringLiteral("half")));
        QVERIFY(log->contains(QStringLiteral("next")));
    }

    void inMemoryWithoutAFile()
    {
        AmqpIdLog log(QString(), QStringLiteral("svc"));
        log.open();
        QCOMPARE(note(log, {{QStringLiteral("m"), 9}}), qint64(0));  // no row: memory only
        QVERIFY(!log.contains(QStringLiteral("m")));
        log.markAccepted({{QStringLiteral("m"), 0}});
        QVERIFY(log.flushAccepted());
        QVERIFY(log.contains(QStringLiteral("m")));
    }

    // Past MaxIds the oldest rows go, and so do the ranges that covered only them; the newest
    // stay accepted.
    void trimsTheOldest()
    {
        const QString f = file("trim.sqlite");
        const qsizetype total = AmqpIdLog::MaxIds + AmqpIdLog::MaxIds / 10 + 2;
        {
            auto log = open(f);
            Entries batch;
            QStringList ids;
            for (qsizetype i = 0; i < total; ++i) {
                batch.append({QStringLiteral("t%1").arg(i), i});
                ids.append(batch.last().first);
                if (batch.size() == 10000 || i == total - 1) {
                    const qint64 row = note(*log, batch);
                    QVERIFY(row > 0);
                    log->markAccepted(inBatch(row, ids));
                    QVERIFY(log->flushAccepted());
                    batch.clear();
                    ids.clear();
                }
            }
        }
        auto log = open(f);
        QVERIFY(log->contains(QStringLiteral("t%1").arg(total - 1)));
        QVERIFY(!log->contains(QStringLiteral("t0")));
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trimcheck"));
        db.setDatabaseName(f);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(count) FROM batches")) && q.next());
        QVERIFY(q.value(0).toLongLong() < total);
        QVERIFY(q.value(0).toLongLong() >= AmqpIdLog::MaxIds - 10000);  // the newest batches holding MaxIds stay
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM accepted_ranges")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_AmqpIdLog)
#include "tst_amqpidlog.moc"
