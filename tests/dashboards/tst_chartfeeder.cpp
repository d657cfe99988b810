// ChartFeeder against real Qt Charts series: decimation bounds, one update per frame, gaps that
// break the line, zoom and pan, one axis per unit.
#include "DashboardTestSupport.h"
#include "dashboards/ChartFeeder.h"
#include "dashboards/Dashboard.h"
#include "dashboards/TilesModel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

using namespace Dashboards;

// What QML does: a chart, a time axis, a value axis, one line series per tile series.
struct Chart {
    QChart chart;
    QDateTimeAxis *x = new QDateTimeAxis;
    QValueAxis *y = new QValueAxis;
    QList<QLineSeries *> lines;
    explicit Chart(ChartFeeder &feeder)
    {
        chart.addAxis(x, Qt::AlignBottom);
        chart.addAxis(y, Qt::AlignLeft);
        for (int i = 0; i < feeder.seriesList().size(); ++i) {
            auto *line = new QLineSeries;
            chart.addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            feeder.setSeries(i, line);
            lines << line;
        }
    }
};

class TestChartFeeder : public QObject
{
    Q_OBJECT

    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

    DashboardFixture fixture;
    std::unique_ptr<DashboardsModel> model;
    Dashboard *dashboard = nullptr;

    QString chartTile(const QStringList &names, qint64 windowMs = DefaultWindow)
    {
        auto *tiles = dashboard->tiles();
        const int index = tiles->addTile(TilesModel::Chart, u"chart"_s);
        for (const auto &name : names)
            tiles->addSeries(index, TestService, name.section(u':', 0, 0), name);
        tiles->setWindow(index, windowMs);
        return tiles->tiles().at(index).id;
    }

private Q_SLOTS:
    void init()
    {
        fixture.store = std::make_shared<ReadingStore>(2'000'000);
        model = fixture.model();
        dashboard = model->addDashboard(u"Charts"_s);
    }
    void cleanup() { model.reset(); }

    void millionPointsAreDecimatedAndPanSmoothly()
    {
        const qint64 t0 = now();
        QList<std::pair<qint64, double>> samples;
        samples.reserve(1'000'000);
        for (int i = 0; i < 1'000'000; ++i)  // 24 h at one sample per 86 ms
            samples << std::pair{t0 - 86'400'000 + i * 86LL, std::sin(i / 5000.0) * 20 + (i % 7)};
        fixture.append(u"big"_s, u"power"_s, u"W"_s, samples);
        ChartFeeder feeder;
        feeder.setDashboard(dashboard);
        feeder.setTileId(chartTile({u"big:power"_s}, 24 * 3600'000));
        feeder.setPlotWidth(800);
        Chart chart(feeder);
        feeder.flush();
        QVERIFY(feeder.pointCount() > 800);
        QVERIFY2(feeder.pointCount() <= 2 * 800 + 2, qPrintable(QString::number(feeder.pointCount())));
        QCOMPARE(chart.lines.first()->count(), feeder.pointCount());
        QCOMPARE(feeder.units(), QStringList{u"W"_s});

        // Zoom and pan as a wheel and a drag would, one frame each.
        QElapsedTimer timer;
        timer.start();
        constexpr int Frames = 60;
        for (int i = 0; i < Frames; ++i) {
            if (i < 20)
                feeder.zoom(0.9, 0.5);
            else
                feeder.pan(i < 40 ? -0.05 : 0.05);
            feeder.flush();
            QVERIFY(feeder.pointCount() <= 2 * 800 + 2);
        }
        const double msPerFrame = double(timer.elapsed()) / Frames;
        qInfo("pan/zoom over 1,000,000 points: %.2f ms per frame (%d points drawn)", msPerFrame, feeder.pointCount());
        QVERIFY(!feeder.isLive());
        QVERIFY2(msPerFrame < 33, "pan and zoom must keep 30 frames/s");
        feeder.resetView();
        QVERIFY(feeder.isLive());
        QCOMPARE(feeder.viewTo().toMSecsSinceEpoch() - feeder.viewFrom().toMSecsSinceEpoch(), 24 * 3600'000LL);
    }

    void oneUpdatePerFrameForManyBatches()
    {
        ChartFeeder feeder;
        feeder.setDashboard(dashboard);
        feeder.setTileId(chartTile({u"fast:temperature"_s}));
        Chart chart(feeder);
        QSignalSpy replaced(chart.lines.first(), &QXYSeries::pointsReplaced);
        QSignalSpy added(fixture.store.get(), &ReadingStore::readingsAdded);
        feeder.flush();
        const int before = feeder.updates();
        const qint64 t0 = now() - 10'000;
        QElapsedTimer timer;
        timer.start();
        // 200 batches, each signalled to the feeder: the store itself sends fewer (at most one per
        // node and frame, tst_readingstore), but the feeder must not rely on it.
        for (int i = 0; i < 200; ++i) {
            fixture.append(u"fast"_s, u"temperature"_s, u"Cel"_s, {{t0 + i * 10, double(i)}});
            Q_EMIT fixture.store->readingsAdded(TestService, u"fast"_s);
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY(feeder.updates() > before);
        const qint64 elapsed = timer.elapsed();
        QTest::qWait(50);
        const int updates = feeder.updates() - before;
        qInfo("%d readingsAdded signals, %d chart updates in %lld ms", int(added.size()), updates, elapsed + 50);
        QVERIFY(added.size() >= 100);
        QVERIFY2(updates <= (elapsed + 50) / 16 + 2, "at most one update per frame");
        QCOMPARE(chart.lines.first()->count(), 200);
        // Nothing changed: nothing is redrawn, the series is not touched.
        feeder.setPaused(true);
        QTest::qWait(40);
        const qsizetype replacedBefore = replaced.size();
        fixture.append(u"fast"_s, u"temperature"_s, u"Cel"_s, {{now() + 3600'000, 1}});  // outside the view
        QTest::qWait(40);
        QCOMPARE(replaced.size(), replacedBefore);
    }

    void gapsBreakTheLine()
    {
        const qint64 t0 = now() - 1000;
        QList<std::pair<qint64, double>> samples;
        for (qint64 t = t0 - 300'000; t <= t0 - 200'000; t += 1000)
            samples << std::pair{t, 1.0};
        // 100 s of silence (the app was not running), then readings with a 3 s hole the store
        // knows as a gap (the link was down and backfill could not fill it).
        for (qint64 t = t0 - 100'000; t <= t0; t += 1000) {
            if (t <= t0 - 50'000 || t >= t0 - 47'000)
                samples << std::pair{t, 2.0};
        }
        fixture.append(u"gappy"_s, u"temperature"_s, u"Cel"_s, samples);
        fixture.store->addGap(TestService, u"gappy"_s, t0 - 49'500, t0 - 47'500);
        ChartFeeder feeder;
        feeder.setDashboard(dashboard);
        feeder.setTileId(chartTile({u"gappy:temperature"_s}));
        Chart chart(feeder);
        feeder.flush();
        const auto segments = feeder.segments(0);
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments.first(), chart.lines.first());
        QCOMPARE(chart.chart.series().size(), 3);
        // Every segment ends before a gap and the next starts after it.
        QCOMPARE(qint64(segments.at(0)->points().last().x()), t0 - 200'000);
        QCOMPARE(qint64(segments.at(1)->points().first().x()), t0 - 100'000);
        QCOMPARE(qint64(segments.at(1)->points().last().x()), t0 - 50'000);
        QCOMPARE(qint64(segments.at(2)->points().first().x()), t0 - 47'000);
        // Same axes, no legend entry of their own.
        QCOMPARE(segments.at(2)->attachedAxes().size(), 2);
        QVERIFY(!chart.chart.legend()->markers(segments.at(2)).first()->isVisible());
        // The spans for QML to shade.
        const auto gaps = feeder.gaps();
        QCOMPARE(gaps.size(), 2);
        QCOMPARE(gaps.at(0).toMap().value(u"from"_s).toDateTime().toMSecsSinceEpoch(), t0 - 200'000);
        QCOMPARE(gaps.at(1).toMap().value(u"to"_s).toDateTime().toMSecsSinceEpoch(), t0 - 47'500);
    }

    void oneAxisPerUnit()
    {
        const qint64 t0 = now();
        fixture.append(u"a"_s, u"temperature"_s, u"Cel"_s, {{t0 - 2000, 20}, {t0 - 1000, 22}});
        fixture.append(u"b"_s, u"temperature"_s, u"Cel"_s, {{t0 - 2000, 18}, {t0 - 1000, 19}});
        fixture.append(u"b"_s, u"humidity"_s, u"%RH"_s, {{t0 - 2000, 40}, {t0 - 1000, 60}});
        ChartFeeder feeder;
        feeder.setDashboard(dashboard);
        feeder.setTileId(chartTile({u"a:temperature"_s, u"b:temperature"_s, u"b:humidity"_s}));
        Chart chart(feeder);
        feeder.flush();
        QCOMPARE(feeder.units(), (QStringList{u"Cel"_s, u"%RH"_s}));
        const auto series = feeder.seriesList();
        QCOMPARE(series.at(1).toMap().value(u"unitIndex"_s).toInt(), 0);
        QCOMPARE(series.at(2).toMap().value(u"unitIndex"_s).toInt(), 1);
        QCOMPARE(series.at(0).toMap().value(u"label"_s).toString(), u"temperature (a)"_s);
        const auto ranges = feeder.axisRanges();
        QVERIFY(ranges.at(0).toMap().value(u"min"_s).toDouble() < 18);
        QVERIFY(ranges.at(0).toMap().value(u"max"_s).toDouble() > 22);
        QVERIFY(ranges.at(0).toMap().value(u"max"_s).toDouble() < 40);
        QVERIFY(ranges.at(1).toMap().value(u"min"_s).toDouble() < 40);
        QVERIFY(ranges.at(1).toMap().value(u"max"_s).toDouble() > 60);

        // A series removed from the tile: the feeder tells QML to rebuild.
        QSignalSpy rebuilt(&feeder, &ChartFeeder::seriesChanged);
        dashboard->tiles()->removeSeries(0, 2);
        QCOMPARE(rebuilt.size(), 1);
        QCOMPARE(feeder.units(), QStringList{u"Cel"_s});
    }
};

QTEST_MAIN(TestChartFeeder)
#include "tst_chartfeeder.moc"
