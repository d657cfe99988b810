// What a subscriber has received: item count and publish→store latency, per progress interval
// and over a window the driver opens ("window" command) and closes ("summary"). Thread-safe:
// Linnet's receive path may store readings on its own thread.
#pragma once

#include <QMutex>

#include <vector>

class ItemStats
{
public:
    struct Interval {
        quint64 total = 0;    // items since the start
        quint64 items = 0;    // items in this interval
        double lastMs = 0;    // latency of the newest item: how far behind the subscriber is
        double p50Ms = 0;
        double p99Ms = 0;
        double maxMs = 0;
    };
    struct Summary {
        quint64 total = 0;
        quint64 windowItems = 0;
        double p50Ms = 0;
        double p95Ms = 0;
        double p99Ms = 0;
        double maxMs = 0;
    };

    // One item received and stored, latencyMs after it was published.
    void add(double latencyMs);
    quint64 total() const;
    Interval takeInterval();  // and start the next one
    void startWindow();
    Summary summary() const;

    // p in [0, 1]; nearest-rank on a copy. Empty: 0.
    static double percentile(std::vector<float> values, double p);

private:
    // Bounds memory on long runs; the driver's windows hold far fewer items (8 s × 3,000/s).
    static constexpr size_t MaxWindowSamples = 2'000'000;

    mutable QMutex m_mutex;
    quint64 m_total = 0;
    quint64 m_windowItems = 0;
    double m_lastMs = 0;
    std::vector<float> m_interval;
    std::vector<float> m_window;
};
