// Believable sensor signals for the codec's and the store's tests and the benchmark: what a
// device at 1 Hz publishes. Deterministic (seeded).
#pragma once

#include "timeseries/Sample.h"

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace Signals {

// Temperature: a daily cycle plus noise, rounded to 0.1 as sensors report it. jitterMs > 0:
// times as they arrive (not the device's clock), off by up to that much.
inline std::vector<Sample> temperature(qint64 startMs, int count, int jitterMs = 0, unsigned seed = 1)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(0, 0.08);
    std::uniform_int_distribution<int> jitter(-jitterMs, jitterMs);
    std::vector<Sample> out;
    for (int i = 0; i < count; ++i) {
        const double cycle = 21 + 3 * std::sin(2 * std::numbers::pi * i / 86400.0);
        const double value = std::round((cycle + noise(random)) * 10) / 10;
        out.push_back({startMs + qint64(i) * 1000 + (jitterMs ? jitter(random) : 0), value});
    }
    return out;
}

// A door contact: 0 or 1, changing now and then.
inline std::vector<Sample> door(qint64 startMs, int count, unsigned seed = 2)
{
    std::mt19937 random(seed);
    std::bernoulli_distribution flip(0.01);
    std::vector<Sample> out;
    double state = 0;
    for (int i = 0; i < count; ++i) {
        if (flip(random))
            state = 1 - state;
        out.push_back({startMs + qint64(i) * 1000, state});
    }
    return out;
}

// CO2: ramps up while a room is used, drops when it is aired, whole ppm.
inline std::vector<Sample> co2Ramp(qint64 startMs, int count)
{
    std::vector<Sample> out;
    for (int i = 0; i < count; ++i)
        out.push_back({startMs + qint64(i) * 1000, 420.0 + (i % 1800) / 2});
    return out;
}

// Power in watts with spikes (a compressor starting), one decimal.
inline std::vector<Sample> power(qint64 startMs, int count, unsigned seed = 3)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(0, 1.5);
    std::bernoulli_distribution spike(0.02);
    std::vector<Sample> out;
    for (int i = 0; i < count; ++i) {
        const double base = spike(random) ? 1800 : 120;
        out.push_back({startMs + qint64(i) * 1000, std::round((base + noise(random)) * 10) / 10});
    }
    return out;
}

}  // namespace Signals
