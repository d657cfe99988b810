#include "ChunkCodec.h"

#include <bit>
#include <cmath>

namespace {
constexpr quint8 Version = 1;
enum Mode : quint8 { Xor = 0, Decimal = 1 };
constexpr double Powers[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

quint64 zigzag(qint64 v) { return (quint64(v) << 1) ^ quint64(v >> 63); }
qint64 unzigzag(quint64 u) { return qint64(u >> 1) ^ -qint64(u & 1); }

// Buckets: prefix of k ones then a zero (the last bucket has no zero), then widths[k] bits.
// Zero takes one bit.
template<size_t N>
void writeBucketed(BitWriter &out, quint64 u, const int (&widths)[N])
{
    if (u == 0) {
        out.write(0, 1);
        return;
    }
    for (size_t k = 0; k < N; ++k) {
        const int w = widths[k];
        if (w == 64 || u < (quint64(1) << w)) {
            const bool last = k == N - 1;
            // k+1 ones, then a zero unless last
            out.write(last ? (quint64(1) << (k + 1)) - 1 : ((quint64(1) << (k + 1)) - 1) << 1, int(k) + (last ? 1 : 2));
            out.write(u, w);
            return;
        }
    }
}

constexpr int TimeWidths[] = {7, 10, 14, 24, 64};
constexpr int IntegerWidths[] = {5, 9, 16, 32, 64};

class BitReader
{
public:
    explicit BitReader(QByteArrayView bytes) : m_bytes(bytes) {}
    bool ok() const { return m_ok; }
    quint64 read(int count)
    {
        if (count > 32)
            return (read(count - 32) << 32) | read(32);
        quint64 v = 0;
        for (int i = 0; i < count; ++i) {
            const qsizetype byte = m_position >> 3;
            if (byte >= m_bytes.size()) {
                m_ok = false;
                return 0;
            }
            v = (v << 1) | ((quint8(m_bytes[byte]) >> (7 - (m_position & 7))) & 1);
            ++m_position;
        }
        return v;
    }
    template<size_t N>
    quint64 readBucketed(const int (&widths)[N])
    {
        size_t ones = 0;
        while (ones < N && read(1) == 1)
            ++ones;
        if (ones == 0)
            return 0;
        return read(widths[ones - 1]);
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_position = 0;  // in bits
    bool m_ok = true;
};
}  // namespace

void BitWriter::write(quint64 bits, int count)
{
    if (count > 32) {
        write(bits >> 32, count - 32);
        write(bits, 32);
        return;
    }
    if (count <= 0)
        return;
    m_accumulator = (m_accumulator << count) | (bits & ((quint64(1) << count) - 1));
    m_pending += count;
    while (m_pending >= 8) {
        m_pending -= 8;
        m_bytes.append(char(quint8(m_accumulator >> m_pending)));
    }
    m_accumulator &= (quint64(1) << m_pending) - 1;
}

QByteArray BitWriter::bytes() const
{
    QByteArray out = m_bytes;
    if (m_pending > 0)
        out.append(char(quint8(m_accumulator << (8 - m_pending))));
    return out;
}

int ChunkEncoder::decimalsFor(double value, int minimum)
{
    for (int d = std::max(minimum, 0); d <= MaxDecimals; ++d) {
        const double scaled = value * Powers[d];
        if (!(std::abs(scaled) < 9007199254740992.0))  // 2^53; also NaN and Inf
            return -1;
        const double back = double(std::llround(scaled)) / Powers[d];
        if (std::bit_cast<quint64>(back) == std::bit_cast<quint64>(value))
            return d;
    }
    return -1;
}

void ChunkEncoder::writeTime(qint64 timeMs)
{
    // Wrapping arithmetic: any pair of times round-trips, however far apart.
    const qint64 delta = qint64(quint64(timeMs) - quint64(m_lastMs));
    writeBucketed(m_bits, zigzag(qint64(quint64(delta) - quint64(m_delta))), TimeWidths);
    m_delta = delta;
}

bool ChunkEncoder::append(Sample sample)
{
    const quint64 bits = std::bit_cast<quint64>(sample.value);
    if (m_count == 0) {
        const int d = decimalsFor(sample.value, m_decimals);
        m_decimal = d >= 0;
        m_decimals = m_decimal ? d : 0;
        m_firstMs = m_lastMs = sample.timeMs;
        m_bits.write(quint64(sample.timeMs), 64);
        if (m_decimal) {
            m_previousInteger = std::llround(sample.value * Powers[m_decimals]);
            m_bits.write(quint64(m_previousInteger), 64);
        } else {
            m_bits.write(bits, 64);
        }
        m_previousBits = bits;
        ++m_count;
        return true;
    }
    qint64 integer = 0;
    if (m_decimal) {
        if (decimalsFor(sample.value, m_decimals) != m_decimals)
            return false;
        integer = std::llround(sample.value * Powers[m_decimals]);
    }
    writeTime(sample.timeMs);
    m_lastMs = sample.timeMs;
    if (m_decimal) {
        writeBucketed(m_bits, zigzag(qint64(quint64(integer) - quint64(m_previousInteger))), IntegerWidths);
        m_previousInteger = integer;
    } else {
        const quint64 x = bits ^ m_previousBits;
        if (x == 0) {
            m_bits.write(0, 1);
        } else {
            const int leading = std::min(std::countl_zero(x), 31);
            const int trailing = std::countr_zero(x);
            if (m_leading >= 0 && leading >= m_leading && trailing >= m_trailing) {
                m_bits.write(0b10, 2);
                m_bits.write(x >> m_trailing, 64 - m_leading - m_trailing);
            } else {
                const int length = 64 - leading - trailing;
                m_bits.write(0b11, 2);
                m_bits.write(quint64(leading), 5);
                m_bits.write(quint64(length - 1), 6);
                m_bits.write(x >> trailing, length);
                m_leading = leading;
                m_trailing = trailing;
            }
        }
        m_previousBits = bits;
    }
    ++m_count;
    return true;
}

QByteArray ChunkEncoder::bytes() const
{
    QByteArray out;
    out.append(char((Version << 4) | (m_decimal ? Decimal : Xor)));
    out.append(char(m_decimals));
    for (quint64 n = quint64(m_count);; n >>= 7) {  // LEB128
        out.append(char((n & 0x7f) | (n >= 0x80 ? 0x80 : 0)));
        if (n < 0x80)
            break;
    }
    out.append(m_bits.bytes());
    return out;
}

namespace ChunkCodec {

std::optional<std::vector<Sample>> decode(QByteArrayView chunk)
{
    if (chunk.size() < 3 || quint8(chunk[0]) >> 4 != Version)
        return std::nullopt;
    const quint8 mode = quint8(chunk[0]) & 0x0f;
    const int decimals = quint8(chunk[1]);
    if (mode > Decimal || decimals > ChunkEncoder::MaxDecimals)
        return std::nullopt;
    quint64 count = 0;
    qsizetype at = 2;
    for (int shift = 0;; shift += 7) {
        if (at >= chunk.size() || shift > 56)
            return std::nullopt;
        const quint8 byte = quint8(chunk[at++]);
        count |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            break;
    }
    // Every sample takes two bits at least: a lying count cannot make us allocate much.
    if (count > quint64(chunk.size() - at) * 4 + 1)
        return std::nullopt;
    BitReader in(chunk.sliced(at));
    std::vector<Sample> samples;
    samples.reserve(count);
    qint64 time = 0, delta = 0, integer = 0;
    quint64 bits = 0;
    int leading = 0, trailing = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (i == 0) {
            time = qint64(in.read(64));
            if (mode == Decimal)
                integer = qint64(in.read(64));
            else
                bits = in.read(64);
        } else {
            delta = qint64(quint64(delta) + quint64(unzigzag(in.readBucketed(TimeWidths))));
            time = qint64(quint64(time) + quint64(delta));
            if (mode == Decimal) {
                integer = qint64(quint64(integer) + quint64(unzigzag(in.readBucketed(IntegerWidths))));
            } else if (in.read(1) == 1) {
                if (in.read(1) == 1) {
                    leading = int(in.read(5));
                    const int length = int(in.read(6)) + 1;
                    trailing = 64 - leading - length;
                    if (trailing < 0)
                        return std::nullopt;
                }
                bits ^= in.read(64 - leading - trailing) << trailing;
            }
        }
        if (!in.ok())
            return std::nullopt;
        const double value = mode == Decimal ? double(integer) / Powers[decimals] : std::bit_cast<double>(bits);
        samples.push_back(Sample{time, value});
    }
    return samples;
}

std::vector<QByteArray> encode(std::span<const Sample> samples, qsizetype maxSamples)
{
    std::vector<QByteArray> chunks;
    ChunkEncoder encoder;
    for (const Sample &s : samples) {
        if (encoder.count() >= maxSamples || !encoder.append(s)) {
            chunks.push_back(encoder.bytes());
            encoder = ChunkEncoder(encoder.decimals());
            encoder.append(s);
        }
    }
    if (encoder.count() > 0)
        chunks.push_back(encoder.bytes());
    return chunks;
}

}  // namespace ChunkCodec
