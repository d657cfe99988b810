// Scales and pickers: nice y-axis ticks with sensible decimals (AxisScale), the gauge's scale
// (percentages 0-100, else around the window, the value and the thresholds), the series the
// tile editor offers (DashboardsModel::availableSeries) and the history's state.
#include "DashboardTestSupport.h"
#include "dashboards/AxisScale.h"
#include "dashboards/Dashboard.h"
#include "dashboards/GaugeModel.h"
#include "dashboards/TilesModel.h"

#include <QDateTime>
#include <QTest>

#include <cmath>

class TestDashboardScales : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void niceTicks_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("ticks");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("decimals");
        QTest::newRow("temperatures") << 19.12 << 23.87 << 5 << 2.0 << 0;
        QTest::newRow("a narrow band") << 21.31 << 21.44 << 5 << 0.05 << 2;
        QTest::newRow("humidity") << 48.2 << 71.9 << 5 << 10.0 << 0;
        QTest::newRow("co2") << 412.0 << 1186.0 << 5 << 200.0 << 0;
        QTest::newRow("battery fractions") << 0.62 << 0.71 << 5 << 0.05 << 2;
        QTest::newRow("steps of 2.5") << 0.0 << 0.1 << 5 << 0.025 << 3;
        QTest::newRow("around zero") << -3.4 << 2.2 << 5 << 2.0 << 0;
    }
    void niceTicks()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, ticks);
        QFETCH(double, step);
        QFETCH(int, decimals);
        const auto scale = AxisScale::nice(low, high, ticks);
        QCOMPARE(scale.step, step);
        QCOMPARE(scale.decimals, decimals);
        QVERIFY(scale.min <= low && scale.max >= high);
        QVERIFY2(scale.tickCount >= 2 && scale.tickCount <= ticks, qPrintable(QString::number(scale.tickCount)));
        // Bounds on the step, so every tick label is a round number.
        QVERIFY(std::abs(std::remainder(scale.min, scale.step)) < 1e-9);
        QCOMPARE(scale.min + (scale.tickCount - 1) * scale.step, scale.max);
        // Neighbouring labels differ.
        const QString first = QString::asprintf(qPrintable(AxisScale::labelFormat(scale)), scale.min);
        const QString second = QString::asprintf(qPrintable(AxisScale::labelFormat(scale)), scale.min + scale.step);
        QVERIFY2(first != second, qPrintable(first));
    }

    void fewTicksForSmallPlots()
    {
        QCOMPARE(AxisScale::ticksForHeight(50), 2);
        QVERIFY(AxisScale::ticksForHeight(100) >= 3);
        const auto scale = AxisScale::nice(58.3, 66.9, AxisScale::ticksForHeight(50));
        QCOMPARE(scale.tickCount, 2);
        QCOMPARE(scale.min, 55.0);
        QCOMPARE(scale.max, 70.0);
        QCOMPARE(scale.decimals, 0);
    }

    void oneValueGetsARange()
    {
        const auto scale = AxisScale::nice(21.37, 21.37, 5);
        QVERIFY(scale.min < 21.37 && scale.max > 21.37);
        QVERIFY(scale.tickCount >= 2);
        const auto zero = AxisScale::nice(0, 0, 5);
        QVERIFY(zero.min < 0 && zero.max > 0);
        QCOMPARE(AxisScale::nice(qQNaN(), 1).tickCount, 5);  // the default, not a crash
    }

    void gaugeScale()
    {
        DashboardFixture fixture;
        auto model = fixture.model();
        auto *dashboard = model->addDashboard(u"Gauges"_s);
        auto *tiles = dashboard->tiles();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // A battery at 67 % with a low threshold at 70: the scale is 0-100, not the thresholds'.
        fixture.append(u"garage"_s, u"battery"_s, u"%"_s, {{now - 2000, 68}, {now - 1000, 67}});
        int row = tiles->addTile(TilesModel::Gauge, u"Battery"_s);
        QVERIFY(tiles->addSeries(row, TestService, u"garage"_s, u"garage:battery"_s));
        QVERIFY(tiles->setThresholds(row, 70, {}));
        GaugeModel battery;
        battery.setDashboard(dashboard);
        battery.setTileId(tiles->tiles().at(row).id);
        QVERIFY(battery.hasValue());
        QCOMPARE(battery.value(), 67.0);
        QCOMPARE(battery.minimum(), 0.0);
        QCOMPARE(battery.maximum(), 100.0);

        // CO2 with thresholds 400 and 1000: the scale holds the window's readings and both.
        fixture.append(u"office"_s, u"co2"_s, u"ppm"_s, {{now - 60000, 520}, {now - 30000, 1210}, {now - 1000, 830}});
        row = tiles->addTile(TilesModel::Gauge, u"CO2"_s);
        QVERIFY(tiles->addSeries(row, TestService, u"office"_s, u"office:co2"_s));
        QVERIFY(tiles->setThresholds(row, 400, 1000));
        GaugeModel co2;
        co2.setDashboard(dashboard);
        co2.setTileId(tiles->tiles().at(row).id);
        QCOMPARE(co2.value(), 830.0);
        QVERIFY2(co2.minimum() < 400 && co2.maximum() > 1210,
                 qPrintable(u"%1..%2"_s.arg(co2.minimum()).arg(co2.maximum())));
        QVERIFY(co2.maximum() - co2.minimum() < 2000);
    }

    void availableSeriesForPickers()
    {
        DashboardFixture fixture;
        auto model = fixture.model();
        QVERIFY(model->availableSeries().isEmpty());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        fixture.append(u"greenhouse-1"_s, u"temperature"_s, u"Cel"_s, {{now - 1000, 21.5}});
        fixture.append(u"greenhouse-1"_s, u"humidity"_s, u"%RH"_s, {{now - 1000, 60}});
        fixture.append(u"cellar"_s, u"temperature"_s, u"Cel"_s, {{now - 2000, 12}});
        const auto all = model->availableSeries();
        QCOMPARE(all.size(), 3);
        // Sorted by device, then name; the device is the JID the context knows.
        const auto first = all.first().toMap();
        QCOMPARE(first.value(u"device"_s).toString(), u"cellar@demo.linnet"_s);
        QCOMPARE(first.value(u"name"_s).toString(), u"cellar:temperature"_s);
        QCOMPARE(first.value(u"label"_s).toString(), u"temperature"_s);
        QCOMPARE(first.value(u"unit"_s).toString(), u"Cel"_s);
        QCOMPARE(first.value(u"service"_s).toString(), TestService);
        QCOMPARE(first.value(u"count"_s).toInt(), 1);
        QCOMPARE(first.value(u"last"_s).toDateTime().toMSecsSinceEpoch(), now - 2000);
        QCOMPARE(model->availableSeries(TestService, u"greenhouse-1"_s).size(), 2);

        // With titles from the device side, those name the device.
        DashboardContext context = fixture.context();
        context.nodeTitle = [](const QString &, const QString &node) {
            return node == u"cellar" ? u"Wine cellar"_s : QString();
        };
        DashboardsModel titled(context);
        QCOMPARE(titled.availableSeries(TestService, u"cellar"_s).first().toMap().value(u"device"_s).toString(),
                 u"Wine cellar"_s);
    }

    void historyState()
    {
        DashboardFixture fixture;
        auto model = fixture.model();
        QVERIFY2(!model->isRestoringHistory(), "no storage: nothing to wait for");
        QVERIFY(model->historyError().isEmpty());
    }
};

QTEST_MAIN(TestDashboardScales)
#include "tst_dashboardscales.moc"
