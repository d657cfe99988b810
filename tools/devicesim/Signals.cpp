#include "Signals.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace devicesim {

namespace {

// One channel per use of randomness, so the signals do not move in step.
enum Channel : int {
    TempSlow = 1, TempFast, TempJitter, HumSlow, HumJitter, Co2Phase, Co2Jitter,
    PowerPhase, PowerDuty, PowerPeriod, PowerNoise, SpikeHit, SpikeStart, SpikeLength, SpikeSize,
    DoorHit, DoorStart, DoorLength, BatteryStart,
};

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr double Co2TimeConstantMs = 12.0 * MinuteMs;  // air exchange of a ventilated room
constexpr qint64 SpikeSlotMs = 10'000;
constexpr qint64 DoorSlotMs = 5 * MinuteMs;

// splitmix64: a tiny, well-mixed hash; enough for noise that must be reproducible.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Floor division and modulo that stay right for times before the origin.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

double positiveFmod(double a, double b)
{
    const double r = std::fmod(a, b);
    return r < 0 ? r + b : r;
}

double jitter(quint64 seed, int device, int channel, qint64 timeMs)
{
    return 2.0 * signal::uniform(seed, device, channel, timeMs) - 1.0;  // [-1, 1)
}

}  // namespace

namespace signal {

double uniform(quint64 seed, int device, int channel, qint64 slot)
{
    quint64 h = mix(seed);
    h = mix(h ^ quint64(quint32(device)));
    h = mix(h ^ (quint64(quint32(channel)) << 32));
    h = mix(h ^ quint64(slot));
    return double(h >> 11) * 0x1.0p-53;
}

double smoothNoise(quint64 seed, int device, int channel, qint64 timeMs, qint64 periodMs)
{
    const qint64 slot = floorDiv(timeMs, periodMs);
    const double f = double(timeMs - slot * periodMs) / double(periodMs);
    const double a = 2.0 * uniform(seed, device, channel, slot) - 1.0;
    const double b = 2.0 * uniform(seed, device, channel, slot + 1) - 1.0;
    const double w = (1.0 - std::cos(f * std::numbers::pi)) / 2.0;
    return a + (b - a) * w;
}

double temperature(const DeviceSpec &d, const SignalClock &c, qint64 t)
{
    const DeviceProfile &p = d.profile;
    // Warmest at 15:00 local time, coldest at 03:00.
    const double localHours = positiveFmod(double(t) / double(HourMs) + c.utcOffsetS / 3600.0, 24.0);
    const double daily = std::cos(2.0 * std::numbers::pi * (localHours - 15.0) / 24.0);
    return p.tempMean + p.tempSwing * daily + 0.25 * p.tempSwing * smoothNoise(c.seed, d.index, TempSlow, t, 45 * MinuteMs)
        + 0.3 * smoothNoise(c.seed, d.index, TempFast, t, 5 * MinuteMs) + 0.04 * jitter(c.seed, d.index, TempJitter, t);
}

double humidity(const DeviceSpec &d, const SignalClock &c, qint64 t, double temp)
{
    const DeviceProfile &p = d.profile;
    // Warmer air holds more water: relative humidity drops as the temperature rises.
    const double h = p.humidityMean - 2.2 * (temp - p.tempMean) + 4.0 * smoothNoise(c.seed, d.index, HumSlow, t, 40 * MinuteMs)
        + 0.4 * jitter(c.seed, d.index, HumJitter, t);
    return std::clamp(h, 15.0, 98.0);
}

double co2(const DeviceSpec &d, const SignalClock &c, qint64 t)
{
    const DeviceProfile &p = d.profile;
    const double period = std::max(1.0, p.cycleMinutes) * MinuteMs;
    const double occupied = std::clamp(p.occupiedMinutes * MinuteMs, 0.0, period);
    const double startMs = std::isnan(p.occupancyStartS) ? uniform(c.seed, d.index, Co2Phase, 0) * period
                                                         : p.occupancyStartS * 1000.0;
    const double u = positiveFmod(double(t - c.originMs) - startMs, period);
    // First order towards the peak while occupied, towards outdoor air while empty. The level
    // at the start of an occupancy is the periodic steady state of that cycle, so the curve
    // joins up from one cycle to the next.
    const double a = OutdoorCo2, b = std::max(p.co2Peak, OutdoorCo2);
    const double e1 = std::exp(-occupied / Co2TimeConstantMs), e2 = std::exp(-(period - occupied) / Co2TimeConstantMs);
    const double start = (a * (1 - e2) + b * e2 * (1 - e1)) / (1 - e1 * e2);
    const double end = b + (start - b) * e1;
    const double level = u < occupied ? b + (start - b) * std::exp(-u / Co2TimeConstantMs)
                                      : a + (end - a) * std::exp(-(u - occupied) / Co2TimeConstantMs);
    return level + 6.0 * jitter(c.seed, d.index, Co2Jitter, t);
}

double power(const DeviceSpec &d, const SignalClock &c, qint64 t)
{
    const DeviceProfile &p = d.profile;
    // A thermostat-driven load: on for a share of a cycle of 8 to 14 minutes.
    const double cycle = (8.0 + 6.0 * uniform(c.seed, d.index, PowerPeriod, 0)) * MinuteMs;
    const double duty = 0.3 + 0.25 * uniform(c.seed, d.index, PowerDuty, 0);
    const double phase = positiveFmod(double(t) / cycle + uniform(c.seed, d.index, PowerPhase, 0), 1.0);
    double w = p.basePowerW * (1.0 + 0.04 * smoothNoise(c.seed, d.index, PowerNoise, t, 30'000)) + (phase < duty ? p.cyclingPowerW : 0.0);

    // Spikes: in some 10 s slots, a 2-5 s load of 0.7-1.8 kW.
    const qint64 slot = floorDiv(t, SpikeSlotMs);
    if (uniform(c.seed, d.index, SpikeHit, slot) < p.spikesPerHour * double(SpikeSlotMs) / double(HourMs)) {
        const qint64 start = slot * SpikeSlotMs + qint64(uniform(c.seed, d.index, SpikeStart, slot) * 5000);
        const qint64 length = 2000 + qint64(uniform(c.seed, d.index, SpikeLength, slot) * 3000);
        if (t >= start && t < start + length)
            w += 700.0 + 1100.0 * uniform(c.seed, d.index, SpikeSize, slot);
    }
    return std::max(0.0, w + 1.5 * jitter(c.seed, d.index, PowerNoise, t));
}

bool doorOpen(const DeviceSpec &d, const SignalClock &c, qint64 t)
{
    // In some 5-minute slots the door opens once, for 8 to 90 s.
    const qint64 slot = floorDiv(t, DoorSlotMs);
    const double chance = d.profile.doorOpeningsPerHour * double(DoorSlotMs) / double(HourMs);
    if (uniform(c.seed, d.index, DoorHit, slot) >= chance)
        return false;
    const qint64 length = 8000 + qint64(uniform(c.seed, d.index, DoorLength, slot) * 82000);
    const qint64 start = slot * DoorSlotMs + qint64(uniform(c.seed, d.index, DoorStart, slot) * double(DoorSlotMs - length));
    return t >= start && t < start + length;
}

double battery(const DeviceSpec &d, const SignalClock &c, qint64 t)
{
    const double atOrigin = 60.0 + 38.0 * uniform(c.seed, d.index, BatteryStart, 0);
    const double level = atOrigin - d.profile.batteryDrainPerHour * double(t - c.originMs) / double(HourMs);
    return std::clamp(level, 3.0, 100.0);
}

}  // namespace signal

Snapshot sampleAt(const DeviceSpec &device, const SignalClock &clock, qint64 timeMs)
{
    Snapshot s;
    s.timeMs = timeMs;
    s.temperature = signal::temperature(device, clock, timeMs);
    s.humidity = signal::humidity(device, clock, timeMs, s.temperature);
    s.co2 = signal::co2(device, clock, timeMs);
    s.power = signal::power(device, clock, timeMs);
    s.doorOpen = signal::doorOpen(device, clock, timeMs);
    s.battery = signal::battery(device, clock, timeMs);
    return s;
}

}  // namespace devicesim
