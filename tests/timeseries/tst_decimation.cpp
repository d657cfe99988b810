// Decimation: few points for a chart, with the first, the last and every column's extremes.
#include "timeseries/Decimation.h"

#include <QTest>
#include <algorithm>
#include <random>

namespace {
std::vector<Sample> noise(int count, qint64 stepMs = 10)
{
    std::mt19937 random(7);
    std::uniform_real_distribution<double> value(-1, 1);
    std::vector<Sample> out;
    for (int i = 0; i < count; ++i)
        out.push_back({1748779200000 + i * stepMs, value(random)});
    return out;
}

bool contains(const QList<QPointF> &points, const Sample &s)
{
    return std::any_of(points.begin(), points.end(),
                       [&](const QPointF &p) { return qint64(p.x()) == s.timeMs && p.y() == s.value; });
}

bool inTimeOrder(const QList<QPointF> &points)
{
    return std::is_sorted(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
}
}  // namespace

class TestDecimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fewSamplesPassUnchanged()
    {
        const auto samples = noise(10);
        const auto points = Decimation::minMax(samples, samples.front().timeMs, samples.back().timeMs, 100);
        QCOMPARE(points.size(), 10);
        QCOMPARE(points.at(3), QPointF(double(samples[3].timeMs), samples[3].value));
        QVERIFY(Decimation::minMax({}, 0, 100, 10).isEmpty());
        QVERIFY(Decimation::minMax(samples, 10, 0, 10).isEmpty());
    }

    void minMaxKeepsFirstLastAndExtremes()
    {
        auto samples = noise(100000);
        samples[31337].value = 50;   // a spike
        samples[77777].value = -50;  // a dip
        const qint64 from = samples.front().timeMs, to = samples.back().timeMs;
        for (int columns : {1, 7, 640, 1280}) {
            const auto points = Decimation::minMax(samples, from, to, columns);
            QVERIFY2(points.size() <= 2 * columns + 2, qPrintable(QString::number(points.size())));
            QVERIFY(points.size() >= std::min(columns, 2));
            QCOMPARE(points.first().x(), double(from));
            QCOMPARE(points.last().x(), double(to));
            QVERIFY(contains(points, samples[31337]));
            QVERIFY(contains(points, samples[77777]));
            QVERIFY(inTimeOrder(points));
        }
        // Every column's own extremes: with 100 columns, each holds 1000 samples.
        const auto points = Decimation::minMax(samples, from, to, 100);
        for (int c = 0; c < 100; ++c) {
            const auto begin = samples.begin() + c * 1000, end = begin + 1000;
            QVERIFY(contains(points, *std::min_element(begin, end, [](auto a, auto b) { return a.value < b.value; })));
            QVERIFY(contains(points, *std::max_element(begin, end, [](auto a, auto b) { return a.value < b.value; })));
        }
    }

    void samplesOutsideTheWindowAreIgnored()
    {
        auto samples = noise(10000);
        samples[10].value = 99;  // outside
        const qint64 from = samples[1000].timeMs, to = samples[8999].timeMs;
        const auto points = Decimation::minMax(samples, from, to, 50);
        QCOMPARE(points.first().x(), double(from));
        QCOMPARE(points.last().x(), double(to));
        QVERIFY(!contains(points, samples[10]));
        for (const auto &p : points)
            QVERIFY(p.x() >= double(from) && p.x() <= double(to));
        // A window between two samples.
        QVERIFY(Decimation::minMax(samples, samples[5].timeMs + 1, samples[6].timeMs - 1, 50).isEmpty());
    }

    void lttbKeepsFirstLastAndCount()
    {
        auto samples = noise(50000);
        samples[20000].value = 40;
        const qint64 from = samples.front().timeMs, to = samples.back().timeMs;
        const auto points = Decimation::lttb(samples, from, to, 500);
        QCOMPARE(points.size(), 500);
        QCOMPARE(points.first().x(), double(from));
        QCOMPARE(points.last().x(), double(to));
        QVERIFY(contains(points, samples[20000]));  // the largest triangle by far
        QVERIFY(inTimeOrder(points));
        QCOMPARE(Decimation::lttb(samples, from, to, 2).size(), 2);
    }

    // Issue 8: a 1,000,000-point series decimated for a 1280-pixel chart fits a frame.
    void millionPointsFitAFrame()
    {
        const auto samples = noise(1000000);
        const qint64 from = samples.front().timeMs, to = samples.back().timeMs;
        QElapsedTimer timer;
        timer.start();
        const auto points = Decimation::minMax(samples, from, to, 1280);
        const auto ms = timer.nsecsElapsed() / 1e6;
        qInfo("1,000,000 samples to %lld points in %.2f ms", qlonglong(points.size()), ms);
        QVERIFY(points.size() <= 2 * 1280 + 2);
        QVERIFY2(ms < 33, qPrintable(QString::number(ms)));  // even unoptimised
    }
};

QTEST_GUILESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
