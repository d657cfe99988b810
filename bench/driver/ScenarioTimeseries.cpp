// Timeseries (issue 8): the store's memory and disk per sample, SQLite write rate, and the
// decimation a chart does per frame, from bench-timeseries (a process of its own, for RSS).
#include "Bench.h"
#include "Scenarios.h"
#include "Waiting.h"

namespace bench {

void runTimeseries(Bench &b)
{
    Table &t = b.table();
    QStringList args{QStringLiteral("--dir"), b.config().outDir};
    if (b.config().quick)
        args << QStringLiteral("--quick");
    auto child = b.startProgram(QStringLiteral("timeseries"), QStringLiteral(BENCH_TIMESERIES), args);
    if (!waitUntil([&] { return child->hasExited(); }, 300000) || child->exitCode() != 0) {
        const QString why = child->last(QStringLiteral("error")).value(u"error").toString();
        t.failed(QStringLiteral("timeseries"), why.isEmpty() ? child->errorTail(3) : why);
        return;
    }
    const QJsonObject r = child->last(QStringLiteral("result"));
    const double memory = r.value(u"memory_bytes_per_sample").toDouble();
    const double disk = r.value(u"disk_bytes_per_sample").toDouble();
    const double rate = r.value(u"write_samples_per_s").toDouble();
    const double frame = r.value(u"decimate_ms_median").toDouble();
    const QString memoryHow = t.note(QStringLiteral(
        "timeseries memory: resident growth (/proc/self/statm) per sample over the second million of 20 series x "
        "100,000 samples (full rings); over both millions: %1 bytes/sample; 2,000 series x 1,000 samples (second "
        "million): %2 bytes/sample. A sample is 16 bytes (time ms + double)")
                                         .arg(fixed(r.value(u"memory_bytes_per_sample_total").toDouble(), 2),
                                              fixed(r.value(u"memory_bytes_per_sample_small_series").toDouble(), 2)));
    const QString diskHow = t.note(QStringLiteral(
        "timeseries disk: %1 samples of 10 devices x (temperature at 0.1 with +-30 ms arrival jitter, door contact, "
        "CO2 ramp, power with spikes), the whole SQLite file after close (%2 bytes). The anchor is the figure the "
        "Gorilla paper reports for Facebook's data (Pelkonen et al. 2015), a fixed reference, not measured here")
                                       .arg(count(r.value(u"samples_written").toDouble()), count(r.value(u"disk_bytes").toDouble())));
    const QString rateHow = t.note(QStringLiteral(
        "timeseries write rate: from the first append to ReadingStore to the last commit on the writer thread "
        "(appending alone took %1 ms)").arg(fixed(r.value(u"append_ms").toDouble(), 0)));
    t.add({QStringLiteral("timeseries: memory per sample ") + memoryHow, fixed(memory, 2) + QStringLiteral(" B"),
           QStringLiteral("raw sample: 16 B"), QStringLiteral("<= 16 B"), atMost(memory, 16)});
    t.add({QStringLiteral("timeseries: disk per sample ") + diskHow, fixed(disk, 2) + QStringLiteral(" B"),
           QStringLiteral("Gorilla paper: 1.37 B"), QStringLiteral("<= 4 B"), atMost(disk, 4)});
    t.add({QStringLiteral("timeseries: SQLite write rate ") + rateHow, count(rate) + QStringLiteral(" samples/s"), QString(),
           QStringLiteral(">= 100,000/s"), atLeast(rate, 100000)});
    t.add({QStringLiteral("timeseries: 1,000,000 points to 1,280 columns (min/max), per pan frame"),
           QStringLiteral("%1 ms (worst %2)").arg(fixed(frame, 1), fixed(r.value(u"decimate_ms_max").toDouble(), 1)),
           QStringLiteral("30 fps frame: 33 ms"), QStringLiteral("< 33 ms"), atMost(frame, 33)});
}

}  // namespace bench
