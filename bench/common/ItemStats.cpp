#include "ItemStats.h"

#include <algorithm>

void ItemStats::add(double latencyMs)
{
    QMutexLocker locker(&m_mutex);
    ++m_total;
    ++m_windowItems;
    m_lastMs = latencyMs;
    m_interval.push_back(float(latencyMs));
    if (m_window.size() < MaxWindowSamples)
        m_window.push_back(float(latencyMs));
}

quint64 ItemStats::total() const
{
    QMutexLocker locker(&m_mutex);
    return m_total;
}

ItemStats::Interval ItemStats::takeInterval()
{
    std::vector<float> samples;
    Interval interval;
    {
        QMutexLocker locker(&m_mutex);
        samples.swap(m_interval);
        interval.total = m_total;
        interval.lastMs = m_lastMs;
    }
    interval.items = samples.size();
    if (!samples.empty()) {
        interval.maxMs = *std::max_element(samples.begin(), samples.end());
        interval.p99Ms = percentile(samples, 0.99);
        interval.p50Ms = percentile(std::move(samples), 0.50);
    }
    return interval;
}

void ItemStats::startWindow()
{
    QMutexLocker locker(&m_mutex);
    m_window.clear();
    m_windowItems = 0;
}

ItemStats::Summary ItemStats::summary() const
{
    std::vector<float> samples;
    Summary s;
    {
        QMutexLocker locker(&m_mutex);
        samples = m_window;
        s.total = m_total;
        s.windowItems = m_windowItems;
    }
    if (!samples.empty()) {
        s.maxMs = *std::max_element(samples.begin(), samples.end());
        s.p50Ms = percentile(samples, 0.50);
        s.p95Ms = percentile(samples, 0.95);
        s.p99Ms = percentile(std::move(samples), 0.99);
    }
    return s;
}

double ItemStats::percentile(std::vector<float> values, double p)
{
    if (values.empty())
        return 0;
    const auto k = size_t(std::clamp(p, 0.0, 1.0) * double(values.size() - 1) + 0.5);
    std::nth_element(values.begin(), values.begin() + ptrdiff_t(k), values.end());
    return values[k];
}
