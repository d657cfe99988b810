#include "SampleRing.h"

#include <algorithm>
#include <cstring>
#include <new>

SampleRing::Insert SampleRing::insert(Sample sample, bool *evicted)
{
    if (evicted)
        *evicted = false;
    if (m_capacity <= 0)
        return Insert::TooOld;
    // The usual case first: newer than everything held.
    qsizetype at = m_size;
    if (m_size > 0 && sample.timeMs <= back().timeMs) {
        at = lowerBound(sample.timeMs);
        // The same reading again (a backfill overlapping what arrived live) has the same time
        // and value; two readings in the same millisecond with different values are both kept,
        // in arrival order.
        for (; at < m_size && this->at(at).timeMs == sample.timeMs; ++at) {
            if (this->at(at).value == sample.value)
                return Insert::Duplicate;
        }
        if (at == 0 && m_size >= m_capacity)
            return Insert::TooOld;  // it would be the one evicted
    }
    if (m_size >= m_capacity) {
        dropOldest(1);
        --at;
        if (evicted)
            *evicted = true;
    }
    if (m_size == m_allocated)
        reallocate(std::min(m_capacity, std::max<qsizetype>(16, m_allocated * 2)));
    // Shift the newer ones up by one (rare: a late sample lands near the end).
    for (qsizetype i = m_size; i > at; --i)
        m_buffer[physical(i)] = m_buffer[physical(i - 1)];
    m_buffer[physical(at)] = sample;
    ++m_size;
    return at == m_size - 1 ? Insert::Appended : Insert::Inserted;
}

void SampleRing::dropOldest(qsizetype count)
{
    count = std::min(count, m_size);
    m_head = m_size == count ? 0 : physical(count);
    m_size -= count;
    if (m_allocated > 64 && m_size < m_allocated / 4)
        reallocate(std::max<qsizetype>(16, m_size * 2));
}

qsizetype SampleRing::lowerBound(qint64 timeMs) const
{
    qsizetype lo = 0, hi = m_size;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (at(mid).timeMs < timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void SampleRing::copy(qsizetype from, qsizetype to, std::vector<Sample> &out) const
{
    if (from >= to)
        return;
    out.reserve(out.size() + size_t(to - from));
    // At most two contiguous runs.
    const qsizetype first = physical(from);
    const qsizetype firstRun = std::min(to - from, m_allocated - first);
    out.insert(out.end(), m_buffer.get() + first, m_buffer.get() + first + firstRun);
    if (firstRun < to - from)
        out.insert(out.end(), m_buffer.get(), m_buffer.get() + (to - from - firstRun));
}

SampleRing &SampleRing::operator=(const SampleRing &other)
{
    if (this == &other)
        return *this;
    m_capacity = other.m_capacity;
    m_buffer.reset(static_cast<Sample *>(std::malloc(sizeof(Sample) * size_t(std::max<qsizetype>(1, other.m_size)))));
    for (qsizetype i = 0; i < other.m_size; ++i)
        m_buffer[i] = other.at(i);
    m_allocated = m_size = other.m_size;
    m_head = 0;
    return *this;
}

void SampleRing::reallocate(qsizetype allocated)
{
    // Oldest first at index 0, then one realloc.
    if (m_head != 0) {
        std::rotate(m_buffer.get(), m_buffer.get() + m_head, m_buffer.get() + m_allocated);
        m_head = 0;
    }
    auto *buffer = static_cast<Sample *>(std::realloc(m_buffer.get(), sizeof(Sample) * size_t(allocated)));
    if (!buffer)
        throw std::bad_alloc();
    (void)m_buffer.release();
    m_buffer.reset(buffer);
    m_allocated = allocated;
}
