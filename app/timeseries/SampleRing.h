// The samples of one series in memory: a ring of 16-byte samples in time order, no more than its
// capacity (the oldest go first). It grows by doubling up to the capacity, so a full ring costs
// exactly 16 bytes per sample and a quiet series little. Not thread-safe (ReadingStore locks).
#pragma once

#include "Sample.h"

#include <cstdlib>
#include <memory>
#include <vector>

class SampleRing
{
public:
    enum class Insert { Appended, Inserted, Duplicate, TooOld };

    SampleRing() = default;
    explicit SampleRing(qsizetype capacity) : m_capacity(capacity) {}
    // Deep copies (QHash wants copyable values; the store never copies a ring).
    SampleRing(const SampleRing &other) : m_capacity(other.m_capacity) { *this = other; }
    SampleRing &operator=(const SampleRing &other);
    SampleRing(SampleRing &&) noexcept = default;
    SampleRing &operator=(SampleRing &&) noexcept = default;

    qsizetype size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    qsizetype capacity() const { return m_capacity; }
    const Sample &at(qsizetype i) const { return m_buffer[physical(i)]; }
    const Sample &front() const { return at(0); }
    const Sample &back() const { return at(m_size - 1); }

    // In time order; evicts the oldest when full. *evicted: whether a sample was dropped for it.
    Insert insert(Sample sample, bool *evicted = nullptr);
    // Drops the count oldest; gives memory back when the ring is mostly empty.
    void dropOldest(qsizetype count);
    // Index of the first sample at or after timeMs (size() if none).
    qsizetype lowerBound(qint64 timeMs) const;
    void copy(qsizetype from, qsizetype to, std::vector<Sample> &out) const;  // [from, to)
    qsizetype allocated() const { return m_allocated; }

private:
    qsizetype physical(qsizetype i) const
    {
        const qsizetype p = m_head + i;
        return p >= m_allocated ? p - m_allocated : p;
    }
    void reallocate(qsizetype allocated);

    struct Free {
        void operator()(Sample *p) const { std::free(p); }
    };
    // malloc'd: growing reallocs in place where it can (mremap for large rings), so growth
    // leaves no freed copies behind in the heap.
    std::unique_ptr<Sample[], Free> m_buffer;
    qsizetype m_allocated = 0;
    qsizetype m_head = 0;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};
