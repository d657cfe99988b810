// Thresholds and alerts evaluated per batch in C++, and staleness (silence, device offline).
#include "DashboardTestSupport.h"
#include "dashboards/AlertEngine.h"
#include "dashboards/AlertsModel.h"
#include "dashboards/ChartFeeder.h"
#include "dashboards/Dashboard.h"
#include "dashboards/GaugeModel.h"
#include "dashboards/TilesModel.h"
#include "dashboards/TimelineModel.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Dashboards;

class TestDashboardAlerts : public QObject
{
    Q_OBJECT

    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

private Q_SLOTS:
    void crossingUpBackAndAcknowledge()
    {
        DashboardFixture fixture;
        const qint64 t0 = now();
        fixture.append(u"n1"_s, u"temperature"_s, u"Cel"_s, {{t0 - 2000, 21}});
        auto model = fixture.model();
        auto *dashboard = model->addDashboard(u"Lab"_s);
        auto *tiles = dashboard->tiles();
        tiles->addTile(TilesModel::Chart, u"Temp"_s);
        tiles->addSeries(0, TestService, u"n1"_s, u"n1:temperature"_s);
        QVERIFY(tiles->setThresholds(0, 10, 30));
        auto *alerts = model->alerts();
        QSignalSpy tileAlert(dashboard, &Dashboard::alertChanged);

        // Up: one batch with several samples past the threshold is one alert, at the first one.
        fixture.append(u"n1"_s, u"temperature"_s, u"Cel"_s, {{t0 - 1500, 25}, {t0 - 1400, 31}, {t0 - 1300, 33}});
        QTRY_COMPARE(alerts->rowCount(), 1);
        QCOMPARE(alerts->data(alerts->index(0), AlertsModel::ValueRole).toDouble(), 31.0);
        QCOMPARE(alerts->data(alerts->index(0), AlertsModel::ThresholdRole).toDouble(), 30.0);
        QCOMPARE(alerts->data(alerts->index(0), AlertsModel::HighRole).toBool(), true);
        QCOMPARE(alerts->data(alerts->index(0), AlertsModel::TimeRole).toDateTime().toMSecsSinceEpoch(), t0 - 1400);
        QCOMPARE(alerts->data(alerts->index(0), AlertsModel::TileTitleRole).toString(), u"Temp"_s);
        QVERIFY(tiles->data(tiles->index(0), TilesModel::AlertRole).toBool());
        QVERIFY(dashboard->hasAlert());
        QCOMPARE(tileAlert.size(), 1);

        // Staying above is no new alert; back in range clears the tile.
        fixture.append(u"n1"_s, u"temperature"_s, u"Cel"_s, {{t0 - 1200, 34}});
        fixture.append(u"n1"_s, u"temperature"_s, u"Cel"_s, {{t0 - 1100, 20}});
        QTRY_VERIFY(!tiles->data(tiles->index(0), TilesModel::AlertRole).toBool());
        QCOMPARE(alerts->rowCount(), 1);
        QVERIFY(!dashboard->hasAlert());

        // Below low, then up again past high in one batch: two alerts, newest first.
        fixture.append(u"n1"_s, u"temperature"_s, u"Cel"_s, {{t0 - 1000, 5}, {t0 - 900, 35}});
        QTRY_COMPARE(alerts->rowCount(), 3);
        QCOMPARE(alerts->data(alerts->index(0), AlertsModel::ValueRole).toDouble(), 35.0);
        QCOMPARE(alerts->data(alerts->index(1), AlertsModel::HighRole).toBool(), false);
        QCOMPARE(alerts->unacknowledged(), 3);

        alerts->acknowledge(1);
        QCOMPARE(alerts->unacknowledged(), 2);
        QVERIFY(alerts->data(alerts->index(1), AlertsModel::AcknowledgedRole).toBool());
        alerts->acknowledgeAll();
        QCOMPARE(alerts->unacknowledged(), 0);
    }

    void thresholdChangeSetsStateWithoutLogging()
    {
        DashboardFixture fixture;
        fixture.append(u"n1"_s, u"co2"_s, u"ppm"_s, {{now() - 1000, 900}});
        auto model = fixture.model();
        auto *tiles = model->addDashboard(u"Lab"_s)->tiles();
        tiles->addTile(TilesModel::Gauge, u"CO2"_s);
        tiles->addSeries(0, TestService, u"n1"_s, u"n1:co2"_s);
        tiles->setThresholds(0, QVariant(), 800);
        QVERIFY(tiles->data(tiles->index(0), TilesModel::AlertRole).toBool());
        QCOMPARE(model->alerts()->rowCount(), 0);
        tiles->setThresholds(0, QVariant(), QVariant());
        QVERIFY(!tiles->data(tiles->index(0), TilesModel::AlertRole).toBool());
    }

    void staleAfterSilence()
    {
        DashboardFixture fixture;
        const qint64 t0 = now();
        // Every 400 ms until now: fresh.
        QList<std::pair<qint64, double>> samples;
        for (int i = 10; i >= 0; --i)
            samples << std::pair{t0 - i * 400, double(i)};
        fixture.append(u"n1"_s, u"temperature"_s, u"Cel"_s, samples);
        auto model = fixture.model();
        auto *dashboard = model->addDashboard(u"Lab"_s);
        dashboard->tiles()->addTile(TilesModel::Gauge, u"T"_s);
        dashboard->tiles()->addSeries(0, TestService, u"n1"_s, u"n1:temperature"_s);
        GaugeModel gauge;
        gauge.setDashboard(dashboard);
        gauge.setTileId(dashboard->tiles()->tiles().first().id);
        QVERIFY(gauge.hasValue());
        QCOMPARE(gauge.value(), 0.0);
        QCOMPARE(gauge.unit(), u"Cel"_s);
        QVERIFY(!gauge.isStale());
        // Silent for more than 3 usual intervals (and a second): stale, checked once a second.
        QSignalSpy stale(&gauge, &GaugeModel::staleChanged);
        QVERIFY(stale.wait(4000));
        QVERIFY(gauge.isStale());
        // A reading: fresh again at once.
        fixture.append(u"n1"_s, u"temperature"_s, u"Cel"_s, {{now(), 7}});
        QTRY_VERIFY(!gauge.isStale());
        QCOMPARE(gauge.value(), 7.0);
    }

    void staleWhileTheDeviceIsUnavailable()
    {
        DashboardFixture fixture;
        const qint64 t0 = now();
        fixture.append(u"n1"_s, u"door"_s, {}, {{t0 - 3000, 0}, {t0 - 2000, 1}, {t0 - 1000, 0}, {t0, 1}});
        fixture.append(u"n2"_s, u"door"_s, {}, {{t0 - 1000, 0}, {t0, 0}});
        auto model = fixture.model();
        auto *dashboard = model->addDashboard(u"Lab"_s);
        auto *tiles = dashboard->tiles();
        tiles->addTile(TilesModel::Chart, u"Doors"_s);
        tiles->addSeries(0, TestService, u"n1"_s, u"n1:door"_s);
        tiles->addSeries(0, TestService, u"n2"_s, u"n2:door"_s);
        tiles->addTile(TilesModel::Timeline, u"Door 1"_s);
        tiles->addSeries(1, TestService, u"n1"_s, u"n1:door"_s);
        ChartFeeder feeder;
        feeder.setDashboard(dashboard);
        feeder.setTileId(tiles->tiles().at(0).id);
        TimelineModel timeline;
        timeline.setDashboard(dashboard);
        timeline.setTileId(tiles->tiles().at(1).id);
        QCOMPARE(feeder.stale(), (QVariantList{false, false}));
        QVERIFY(!timeline.isStale());
        // The timeline: off, on, off, on, and the current state.
        QCOMPARE(timeline.rowCount(), 4);
        QCOMPARE(timeline.current(), QVariant(true));
        QCOMPARE(timeline.data(timeline.index(1), TimelineModel::OnRole).toBool(), true);

        QSignalSpy staleChanged(&feeder, &ChartFeeder::staleChanged);
        fixture.offlineNodes.insert(u"n1"_s);
        model->notifyNodeAvailability(TestService, u"n1"_s);
        QCOMPARE(staleChanged.size(), 1);
        QCOMPARE(feeder.stale(), (QVariantList{true, false}));
        QVERIFY(feeder.anyStale());
        QTRY_VERIFY(timeline.isStale());
        fixture.offlineNodes.clear();
        model->notifyNodeAvailability(TestService, u"n1"_s);
        QCOMPARE(feeder.stale(), (QVariantList{false, false}));
    }

    void alertsLogIsBounded()
    {
        AlertsModel alerts;
        for (int i = 0; i < AlertsModel::MaxAlerts + 5; ++i)
            alerts.add({i, u"d"_s, u"t1"_s, u"T"_s, {}, double(i), 0, true, false});
        QCOMPARE(alerts.rowCount(), AlertsModel::MaxAlerts);
        QCOMPARE(alerts.data(alerts.index(0), AlertsModel::ValueRole).toDouble(), double(AlertsModel::MaxAlerts + 4));
    }
};

QTEST_MAIN(TestDashboardAlerts)
#include "tst_dashboardalerts.moc"
