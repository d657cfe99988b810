// What the chat benchmark programs (bench-chat-store, bench-chat-burst) share: waiting in the
// event loop, the GUI thread's stall meter, resident memory, and the JSON error exit.
#pragma once

#include "ToolIo.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <unistd.h>
#include <vector>

namespace chatbench {

inline double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// The GUI thread's longest gap between ticks of a 2 ms timer while it runs (as bench-sessions).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }
    qint64 longestSoFar() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

// Median, 99th percentile and worst of a list of durations (ms).
struct Spread {
    double median = 0, p99 = 0, max = 0;
};
inline Spread spread(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) { return values[std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.99), values.back()};
}

}  // namespace chatbench
