// bench-timeseries: the time-series store on its own (issue 8), in a process of its own so its
// resident memory says something. Measures:
//   - memory per sample: RSS growth (/proc/self/statm) per million samples appended to
//     ReadingStore (20 series of 100,000: full rings; the growth over the second million), and
//     for 2,000 series of 1,000;
//   - disk per sample and the write rate: 10 devices x 4 believable series (temperature at 0.1
//     with arrival jitter, a door contact, a CO2 ramp, power with spikes), appended as they
//     would arrive, with the SQLite history attached; the rate runs from the first append to the
//     last commit; bytes are the database file after it is closed;
//   - decimation: a 1,000,000-point series read from the store and reduced to 1,280 columns
//     (min/max, <= 2,562 points) while panning: per frame, median and worst.
// Prints JSON lines: {"type":"result", ...} or {"type":"error","error":...}.
//
//   bench-timeseries [--dir DIR] [--quick]
#include "Signals.h"
#include "ToolIo.h"
#include "devices/ReadingStore.h"
#include "timeseries/Decimation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <unistd.h>

namespace {
double residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toDouble() * double(sysconf(_SC_PAGESIZE));
}

QList<Reading> readings(const Sample *begin, const Sample *end, const QString &name, const QString &unit)
{
    QList<Reading> out;
    out.reserve(end - begin);
    for (auto *s = begin; s != end; ++s)
        out.append(Reading{name, unit, s->value, s->timeMs});
    return out;
}

// RSS growth per sample: {from the start, from halfway} for series x perSeries samples
// appended in batches of 100. The second half's growth per sample is what another million costs,
// without the allocator's fixed start-up share.
std::pair<double, double> memoryPerSample(int series, int perSeries)
{
    const qint64 start = 1748779200000;
    const double before = residentBytes();
    double half = 0;
    ReadingStore store(100000, 4096, 100000);
    store.setMaxReadings(qsizetype(series) * perSeries * 2);
    for (int s = 0; s < series; ++s) {
        if (s == series / 2)
            half = residentBytes();
        const QString name = QStringLiteral("dev-%1:temperature").arg(s);
        const QString node = QStringLiteral("dev-%1").arg(s / 8);
        for (int i = 0; i < perSeries; i += 100) {
            QList<Reading> batch;
            batch.reserve(100);
            for (int j = i; j < std::min(perSeries, i + 100); ++j)
                batch.append(Reading{name, QStringLiteral("Cel"), 20 + (j % 50) / 10.0, start + qint64(j) * 1000});
            store.append(QStringLiteral("pubsub.bench"), node, batch);
        }
    }
    const double after = residentBytes();
    const double samples = double(series) * perSeries;
    return {(after - before) / samples, (after - half) / (samples - double(series / 2) * perSeries)};
}
}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Where the database goes."), QStringLiteral("dir"));
    const QCommandLineOption quickOpt(QStringLiteral("quick"), QStringLiteral("Fewer samples."));
    parser.addOptions({dirOpt, quickOpt});
    parser.process(app);
    const bool quick = parser.isSet(quickOpt);
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : temp.path();
    const QString file = dir + QStringLiteral("/bench-readings.sqlite");
    QFile::remove(file);

    QJsonObject result{{QStringLiteral("type"), QStringLiteral("result")}};
    // Memory first, in a process that has done little else.
    const auto [overall, marginal] = memoryPerSample(20, quick ? 20000 : 100000);
    result.insert(QStringLiteral("memory_bytes_per_sample"), marginal);
    result.insert(QStringLiteral("memory_bytes_per_sample_total"), overall);
    result.insert(QStringLiteral("memory_bytes_per_sample_small_series"), memoryPerSample(2000, quick ? 200 : 1000).second);

    // Disk and write rate.
    const int perSeries = quick ? 5000 : 25000;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(perSeries) * 1000;
    struct Series {
        QString node, name, unit;
        std::vector<Sample> samples;
    };
    std::vector<Series> all;
    for (int d = 0; d < 10; ++d) {
        const QString node = QStringLiteral("dev-%1").arg(d);
        const QString prefix = node + QLatin1Char(':');
        all.push_back({node, prefix + QStringLiteral("temperature"), QStringLiteral("Cel"), Signals::temperature(start, perSeries, 30, unsigned(d))});
        all.push_back({node, prefix + QStringLiteral("door"), QStringLiteral("vb"), Signals::door(start, perSeries, unsigned(d))});
        all.push_back({node, prefix + QStringLiteral("co2"), QStringLiteral("ppm"), Signals::co2Ramp(start, perSeries)});
        all.push_back({node, prefix + QStringLiteral("power"), QStringLiteral("W"), Signals::power(start, perSeries, unsigned(d))});
    }
    // As they arrive: every series' next 50 samples in turn.
    std::vector<std::pair<Series *, QList<Reading>>> batches;
    for (int i = 0; i < perSeries; i += 50) {
        for (auto &s : all) {
            const auto *b = s.samples.data() + i;
            batches.emplace_back(&s, readings(b, b + std::min(50, perSeries - i), s.name, s.unit));
        }
    }
    const qsizetype total = qsizetype(all.size()) * perSeries;
    double writeRate = 0;
    {
        ReadingStore store(100000);
        QEventLoop wait;
        QObject::connect(&store, &ReadingStore::historyRestored, &wait, &QEventLoop::quit);
        store.attachHistory(file, QStringLiteral("bench@linnet.test"));
        wait.exec();
        if (!store.historyError().isEmpty()) {
            printJsonLine({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("error"), store.historyError()}});
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        for (const auto &[series, batch] : batches)
            store.append(QStringLiteral("pubsub.bench"), series->node, batch);
        const qint64 appendedNs = timer.nsecsElapsed();
        if (!store.waitForHistory(120000)) {
            printJsonLine({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("error"), QStringLiteral("history did not commit")}});
            return 1;
        }
        writeRate = double(total) / (double(timer.nsecsElapsed()) / 1e9);
        result.insert(QStringLiteral("append_ms"), double(appendedNs) / 1e6);
    }
    result.insert(QStringLiteral("samples_written"), double(total));
    result.insert(QStringLiteral("write_samples_per_s"), writeRate);
    result.insert(QStringLiteral("disk_bytes"), double(QFileInfo(file).size()));
    result.insert(QStringLiteral("disk_bytes_per_sample"), double(QFileInfo(file).size()) / double(total));
    QFile::remove(file);

    // Decimation while panning across a 1,000,000-point series.
    {
        const int points = 1000000;
        ReadingStore store(points);
        store.setMaxReadings(points);
        const auto samples = Signals::temperature(1748779200000, points, 30);
        for (int i = 0; i < points; i += 10000)
            store.append(QStringLiteral("pubsub.bench"), QStringLiteral("dev-0"),
                         readings(samples.data() + i, samples.data() + i + 10000, QStringLiteral("t"), QStringLiteral("Cel")));
        const qint64 first = samples.front().timeMs, last = samples.back().timeMs;
        const qint64 window = (last - first) * 9 / 10;
        std::vector<double> frames;
        qsizetype shown = 0;
        for (int f = 0; f < (quick ? 10 : 60); ++f) {
            const qint64 from = first + (last - first - window) * f / 59;
            QElapsedTimer timer;
            timer.start();
            const auto held = store.samples(QStringLiteral("pubsub.bench"), QStringLiteral("dev-0"), QStringLiteral("t"), from, from + window);
            const auto reduced = Decimation::minMax(held, from, from + window, 1280);
            frames.push_back(double(timer.nsecsElapsed()) / 1e6);
            shown = std::max(shown, reduced.size());
        }
        std::sort(frames.begin(), frames.end());
        result.insert(QStringLiteral("decimate_ms_median"), frames[frames.size() / 2]);
        result.insert(QStringLiteral("decimate_ms_max"), frames.back());
        result.insert(QStringLiteral("decimate_points"), double(shown));
        result.insert(QStringLiteral("decimate_input"), double(store.heldReadings()) * 0.9);
    }
    printJsonLine(result);
    return 0;
}
