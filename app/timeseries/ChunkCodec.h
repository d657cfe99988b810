// Compressed chunks of one series' samples, Gorilla-style (Pelkonen et al., VLDB 2015):
// timestamps as delta-of-delta in variable-length buckets, values either as the XOR of their bits
// with the previous value's, or, when every value of the chunk is a decimal number with at most
// six places (sensor data: 21.4, 55, 1), as integer steps of that resolution: a temperature
// with noise at 0.1 costs about a byte per sample, a boolean or a regular clock a bit or two.
#pragma once

#include "Sample.h"

#include <QByteArray>
#include <optional>
#include <span>
#include <vector>

class BitWriter
{
public:
    void write(quint64 bits, int count);  // the low count bits, most significant first
    QByteArray bytes() const;
    qsizetype sizeInBits() const { return m_bytes.size() * 8 + m_pending; }

private:
    QByteArray m_bytes;
    quint64 m_accumulator = 0;
    int m_pending = 0;  // bits in the accumulator, < 8 between writes
};

class ChunkEncoder
{
public:
    static constexpr int MaxDecimals = 6;

    // decimals: the resolution to start from (a series keeps the one its last chunk needed).
    explicit ChunkEncoder(int decimals = 0) : m_decimals(decimals) {}

    // Any time order is accepted (times wrap-around exactly). false: the value does not fit
    // this chunk's decimal encoding; the chunk is unchanged: close it and start another.
    bool append(Sample sample);
    qsizetype count() const { return m_count; }
    qint64 firstMs() const { return m_firstMs; }
    qint64 lastMs() const { return m_lastMs; }
    bool isDecimal() const { return m_decimal; }
    int decimals() const { return m_decimals; }
    // The chunk as stored: a small header, then the bits.
    QByteArray bytes() const;

    // The fewest places (>= minimum, <= MaxDecimals) that represent value exactly; -1 if none.
    static int decimalsFor(double value, int minimum);

private:
    void writeTime(qint64 timeMs);
    BitWriter m_bits;
    qsizetype m_count = 0;
    qint64 m_firstMs = 0, m_lastMs = 0;
    qint64 m_delta = 0;
    bool m_decimal = false;
    int m_decimals = 0;
    qint64 m_previousInteger = 0;
    quint64 m_previousBits = 0;
    int m_leading = -1, m_trailing = 0;
};

namespace ChunkCodec {
// Samples in encoding order; nullopt if the bytes are not a valid chunk.
std::optional<std::vector<Sample>> decode(QByteArrayView chunk);
// Splits samples into as many chunks (of at most maxSamples) as their values need.
std::vector<QByteArray> encode(std::span<const Sample> samples, qsizetype maxSamples = 1024);
}  // namespace ChunkCodec
