// A tile's data as CSV, one row per sample, written off the GUI thread.
#include "DashboardTestSupport.h"
#include "dashboards/CsvExport.h"
#include "dashboards/Dashboard.h"
#include "dashboards/TilesModel.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsExactly()
    {
        DashboardFixture fixture;
        // 2026-01-02T03:04:05.006Z and on.
        const qint64 t0 = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::UTC).toMSecsSinceEpoch();
        fixture.append(u"n1"_s, u"temperature"_s, u"Cel"_s, {{t0, 21.5}, {t0 + 2000, -0.125}});
        fixture.append(u"n2"_s, u"temperature"_s, u"Cel"_s, {{t0 + 1000, 1e-7}});
        fixture.append(u"n2"_s, u"label, \"odd\""_s, u"%RH"_s, {{t0 + 1000, 55}});
        auto model = fixture.model();
        auto *dashboard = model->addDashboard(u"Export"_s);
        auto *tiles = dashboard->tiles();
        tiles->addTile(0, u"T"_s);
        tiles->addSeries(0, TestService, u"n1"_s, u"n1:temperature"_s);
        tiles->addSeries(0, TestService, u"n2"_s, u"n2:temperature"_s);
        tiles->addSeries(0, TestService, u"n2"_s, u"n2:label, \"odd\""_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tile.csv"_s);
        QSignalSpy finished(dashboard, &Dashboard::csvFinished);
        QSignalSpy progress(dashboard, &Dashboard::csvProgress);
        const QString tileId = tiles->tiles().first().id;
        QVERIFY(dashboard->exportCsv(tileId, QUrl::fromLocalFile(path), true));
        QVERIFY(dashboard->isExporting());
        QVERIFY(!dashboard->exportCsv(tileId, QUrl::fromLocalFile(path), true));  // one at a time
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(finished.first().at(2).toString(), path);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toDouble(), 1.0);
        QVERIFY(!dashboard->isExporting());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 u"time,device,name,unit,value\n"
                 "2026-01-02T03:04:05.006Z,n1@demo.linnet,n1:temperature,Cel,21.5\n"
                 "2026-01-02T03:04:06.006Z,n2@demo.linnet,n2:temperature,Cel,1e-07\n"
                 "2026-01-02T03:04:06.006Z,n2@demo.linnet,\"n2:label, \"\"odd\"\"\",%RH,55\n"
                 "2026-01-02T03:04:07.006Z,n1@demo.linnet,n1:temperature,Cel,-0.125\n"_s);
    }

    void windowOnlyAndFailures()
    {
        DashboardFixture fixture;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        fixture.append(u"n1"_s, u"co2"_s, u"ppm"_s, {{now - 3600'000, 400}, {now - 1000, 410}});
        auto model = fixture.model();
        auto *dashboard = model->addDashboard(u"Export"_s);
        dashboard->tiles()->addTile(0, u"T"_s);
        dashboard->tiles()->addSeries(0, TestService, u"n1"_s, u"n1:co2"_s);
        const QString tileId = dashboard->tiles()->tiles().first().id;
        QTemporaryDir dir;
        QSignalSpy finished(dashboard, &Dashboard::csvFinished);
        // The tile's window (10 min): the reading of an hour ago is not in it.
        QVERIFY(dashboard->exportCsv(tileId, QUrl::fromLocalFile(dir.filePath(u"w.csv"_s))));
        QVERIFY(finished.wait(5000));
        QFile file(dir.filePath(u"w.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2);
        // A folder that does not exist: finished, with the reason.
        QVERIFY(dashboard->exportCsv(tileId, QUrl::fromLocalFile(dir.filePath(u"no/such/dir/x.csv"_s))));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(1).toBool(), false);
        QVERIFY(!finished.last().at(2).toString().isEmpty());
        QVERIFY(!dashboard->exportCsv(u"nope"_s, QUrl::fromLocalFile(dir.filePath(u"x.csv"_s))));
    }

    void fieldsAreQuoted()
    {
        QCOMPARE(CsvExport::field(u"plain"_s), u"plain"_s);
        QCOMPARE(CsvExport::field(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(CsvExport::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    }
};

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
