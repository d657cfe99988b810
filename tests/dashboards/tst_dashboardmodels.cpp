// Dashboards and tiles: the grid rules, persistence across a restart, dashboard files.
#include "DashboardTestSupport.h"
#include "dashboards/AlertsModel.h"
#include "dashboards/Dashboard.h"
#include "dashboards/DashboardFile.h"
#include "dashboards/TilesModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dashboards;

class TestDashboardModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tilesOnAGrid()
    {
        TilesModel tiles;
        QSignalSpy changed(&tiles, &TilesModel::changed);
        QCOMPARE(tiles.addTile(TilesModel::Chart, u"a"_s, 0, 0, 6, 3), 0);
        QCOMPARE(tiles.addTile(TilesModel::Gauge, u"b"_s, 6, 0, 6, 3), 1);
        // Overlapping and off-grid places are refused.
        QCOMPARE(tiles.addTile(TilesModel::Chart, u"c"_s, 5, 1, 2, 2), -1);
        QCOMPARE(tiles.addTile(TilesModel::Chart, u"c"_s, 10, 0, 4, 1), -1);
        QCOMPARE(tiles.addTile(99, u"c"_s), -1);
        // Without a place: the first free one, under the full first band.
        QCOMPARE(tiles.addTile(TilesModel::Timeline, u"c"_s, -1, -1, 12, 2), 2);
        QCOMPARE(tiles.data(tiles.index(2), TilesModel::RowRole).toInt(), 3);
        QCOMPARE(tiles.rows(), 5);
        QCOMPARE(changed.size(), 3);

        QVERIFY(!tiles.moveTile(0, 4, 0));  // onto b
        QVERIFY(tiles.moveTile(0, 0, 5));
        QCOMPARE(tiles.data(tiles.index(0), TilesModel::RowRole).toInt(), 5);
        QCOMPARE(tiles.rows(), 8);
        QVERIFY(!tiles.resizeTile(1, 6, 4));  // would reach c
        QVERIFY(tiles.resizeTile(1, 3, 2));
        QCOMPARE(tiles.data(tiles.index(1), TilesModel::ColumnSpanRole).toInt(), 3);
        QVERIFY(tiles.resizeTile(2, 12, 2));
        QVERIFY(!tiles.resizeTile(2, 13, 2));

        QVERIFY(tiles.addSeries(0, TestService, u"n1"_s, u"n1:temperature"_s));
        QVERIFY(tiles.addSeries(0, TestService, u"n2"_s, u"n2:temperature"_s, u"#112233"_s));
        QVERIFY(!tiles.addSeries(0, TestService, u"n1"_s, u"n1:temperature"_s));
        const auto series = tiles.data(tiles.index(0), TilesModel::SeriesRole).toList();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(1).toMap().value(u"colour"_s).toString(), u"#112233"_s);
        QVERIFY(tiles.setWindow(0, 3600'000));
        QVERIFY(!tiles.setWindow(0, 1234));
        QVERIFY(!tiles.setThresholds(0, 30, 10));
        QVERIFY(tiles.setThresholds(0, 10, QVariant()));
        QCOMPARE(tiles.data(tiles.index(0), TilesModel::LowRole).toDouble(), 10.0);
        QVERIFY(!tiles.data(tiles.index(0), TilesModel::HighRole).isValid());

        const QString id = tiles.data(tiles.index(1), TilesModel::TileIdRole).toString();
        QVERIFY(tiles.removeTile(1));
        QCOMPARE(tiles.rowCount(), 2);
        QCOMPARE(tiles.indexOf(id), -1);
        // Ids stay unique after removals.
        QCOMPARE(tiles.addTile(TilesModel::Gauge, u"d"_s), 2);
        QSet<QString> ids;
        for (int i = 0; i < tiles.rowCount(); ++i)
            ids.insert(tiles.data(tiles.index(i), TilesModel::TileIdRole).toString());
        QCOMPARE(ids.size(), 3);
    }

    void dashboardsAddRenameRemove()
    {
        DashboardFixture fixture;
        auto model = fixture.model();
        QVERIFY(model->addDashboard(u"Lab"_s));
        QVERIFY(model->addDashboard(u"Greenhouse"_s));
        QVERIFY(!model->addDashboard(u"Lab"_s));
        QVERIFY(!model->addDashboard(u"  "_s));
        QVERIFY(!model->renameDashboard(0, u"Greenhouse"_s));
        QVERIFY(model->renameDashboard(0, u"Cellar"_s));
        QCOMPARE(model->data(model->index(0), DashboardsModel::NameRole).toString(), u"Cellar"_s);
        QVERIFY(model->removeDashboard(1));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->indexOf(u"Cellar"_s), 0);
    }

    void survivesARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"dashboards-alice@example.org.json"_s);
        DashboardFixture fixture;
        DashboardData saved;
        {
            auto model = fixture.model();
            model->setStorageFile(file);
            QVERIFY(model->load());  // no file yet: fine
            auto *dashboard = model->addDashboard(u"Greenhouse"_s);
            dashboard->setRetentionMs(3 * 24 * 3600 * 1000LL);
            auto *tiles = dashboard->tiles();
            tiles->addTile(TilesModel::Chart, u"Temperatures"_s, 0, 0, 8, 4);
            tiles->addSeries(0, TestService, u"n1"_s, u"n1:temperature"_s, u"#e6194b"_s);
            tiles->addSeries(0, TestService, u"n2"_s, u"n2:temperature"_s);
            tiles->setThresholds(0, 5, 30);
            tiles->setWindow(0, 24 * 3600'000);
            tiles->addTile(TilesModel::Timeline, u"Door"_s, 8, 0, 4, 2);
            tiles->addSeries(1, TestService, u"n1"_s, u"n1:door"_s);
            model->addDashboard(u"Empty"_s);
            model->alerts()->add({1000, u"Greenhouse"_s, tiles->tiles().first().id, u"Temperatures"_s,
                                  {TestService, u"n1"_s, u"n1:temperature"_s, {}}, 31.5, 30, true, false});
            model->alerts()->add({2000, u"Greenhouse"_s, tiles->tiles().first().id, u"Temperatures"_s,
                                  {TestService, u"n2"_s, u"n2:temperature"_s, {}}, 4, 5, false, false});
            model->alerts()->acknowledge(1);
            saved = dashboard->data();
            // Written by itself, off the GUI thread, after the burst of changes.
            QSignalSpy written(model.get(), &DashboardsModel::saved);
            QVERIFY(written.wait(5000));
            model->waitForWrites();
        }
        QVERIFY(QFile::exists(file));
        // Retention reached the store for the nodes used.
        QCOMPARE(fixture.store->retention(TestService, u"n2"_s), 3 * 24 * 3600 * 1000LL);

        DashboardFixture later;
        auto model = later.model();
        model->setStorageFile(file);
        QVERIFY(model->load());
        QCOMPARE(model->rowCount(), 2);
        auto *dashboard = model->dashboard(u"Greenhouse"_s);
        QVERIFY(dashboard);
        QCOMPARE(dashboard->data(), saved);
        QCOMPARE(model->alerts()->rowCount(), 2);
        QCOMPARE(model->alerts()->unacknowledged(), 1);
        QCOMPARE(model->alerts()->data(model->alerts()->index(0), AlertsModel::ValueRole).toDouble(), 4.0);
        QVERIFY(model->alerts()->data(model->alerts()->index(1), AlertsModel::AcknowledgedRole).toBool());
        // Loading is not a change: nothing subscribed, nothing written again.
        QVERIFY(later.subscribed.isEmpty());
    }

    void changesPendingAtShutdownAreWritten()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"d.json"_s);
        DashboardFixture fixture;
        {
            auto model = fixture.model();
            model->setStorageFile(file);
            model->addDashboard(u"Quick"_s);
        }  // destroyed before the save timer fired
        auto model = fixture.model();
        model->setStorageFile(file);
        QVERIFY(model->load());
        QCOMPARE(model->rowCount(), 1);
    }

    void importExportRoundTrip()
    {
        QTemporaryDir dir;
        DashboardFixture fixture;
        auto model = fixture.model();
        auto *dashboard = model->addDashboard(u"Fleet"_s);
        auto *tiles = dashboard->tiles();
        tiles->addTile(TilesModel::Chart, u"CO2"_s, 0, 0, 6, 3);
        tiles->addSeries(0, TestService, u"a"_s, u"a:co2"_s);
        tiles->addSeries(0, TestService, u"b"_s, u"b:co2"_s);
        tiles->setThresholds(0, QVariant(), 1200);
        tiles->addTile(TilesModel::Gauge, u"Battery"_s, 6, 0, 2, 2);
        tiles->addSeries(1, TestService, u"a"_s, u"a:battery"_s);

        const QString path = dir.filePath(u"fleet.json"_s);
        QSignalSpy exported(model.get(), &DashboardsModel::exportFinished);
        model->exportDashboard(0, QUrl::fromLocalFile(path));
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.first().at(0).toBool(), true);

        // The file is the documented format.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"format"_s).toString(), u"linnet-dashboard"_s);
        QCOMPARE(json.value(u"version"_s).toInt(), 1);
        QCOMPARE(json.value(u"tiles"_s).toArray().first().toObject().value(u"window"_s).toString(), u"10min"_s);

        // Importing it again: a new name, the same tiles, and every node subscribed once.
        QSignalSpy imported(model.get(), &DashboardsModel::importFinished);
        model->importDashboard(QUrl::fromLocalFile(path));
        QVERIFY(imported.wait(5000));
        QCOMPARE(imported.first().at(0).toBool(), true);
        QCOMPARE(imported.first().at(1).toString(), u"Fleet (2)"_s);
        auto *copy = model->dashboard(u"Fleet (2)"_s);
        QVERIFY(copy);
        QCOMPARE(copy->tiles()->tiles(), tiles->tiles());
        QCOMPARE(fixture.subscribed, (QList<std::pair<QString, QString>>{{TestService, u"a"_s}, {TestService, u"b"_s}}));

        // --import-dashboard at start: skipped when the account has that name already.
        QString error;
        QVERIFY(!model->importFile(path, DashboardsModel::NameClash::Skip, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(model->rowCount(), 2);
    }

    void badFilesAreRefusedOrTrimmed()
    {
        QString error;
        QVERIFY(!DashboardFile::parse("not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DashboardFile::parse(R"({"format":"other","version":1,"name":"x"})", &error));
        QVERIFY(!DashboardFile::parse(R"({"format":"linnet-dashboard","version":2,"name":"x"})", &error));
        QVERIFY(!DashboardFile::parse(R"({"format":"linnet-dashboard","version":1,"name":""})", &error));
        QStringList warnings;
        const auto data = DashboardFile::parse(R"({"format":"linnet-dashboard","version":1,"name":"x","tiles":[
            {"kind":"chart","column":0,"row":0,"columnSpan":6,"rowSpan":2,"window":"forever",
             "series":[{"service":"s","node":"n","name":"n:t"}]},
            {"kind":"pie","column":6,"row":0},
            {"kind":"gauge","column":5,"row":1},
            {"kind":"gauge","column":10,"row":0,"columnSpan":4},
            {"kind":"timeline","column":6,"row":0,"columnSpan":6,"rowSpan":1,"low":3,"high":1}]})",
                                               &error, &warnings);
        QVERIFY(data);
        QCOMPARE(data->tiles.size(), 1);
        QCOMPARE(warnings.size(), 4);
        QCOMPARE(data->tiles.first().windowMs, DefaultWindow);
        QCOMPARE(data->tiles.first().series.first().name, u"n:t"_s);
    }
};

QTEST_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
