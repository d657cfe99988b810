// What a simulated device measures, as pure functions of time: the same seed and time give the
// same values, so back-dated history and the live feed are one continuous, reproducible signal
// and a test can pin them down. No state, no clock, no network.
//
// Each device is a multi-sensor node (environment, energy meter, door contact, battery):
//   temperature  Cel  daily cycle (peak mid-afternoon, local time) + slow drift + noise
//   humidity     %RH  falls as the temperature rises, slow drift + noise
//   co2          ppm  occupancy cycles: rises towards a peak while occupied, decays to outdoor
//                     air (~420 ppm) when empty (first-order, like a real room)
//   power        W    base load + a cycling heater/compressor + short spikes (a kettle, a pump)
//   door         vb   short openings at random moments
//   battery      %    drains slowly
#pragma once

#include <QString>
#include <QtGlobal>

namespace devicesim {

// The place a device sits in: the levels its signals move around.
struct DeviceProfile {
    double tempMean = 21;       // Cel, daily mean
    double tempSwing = 2;       // Cel, half the daily peak-to-peak
    double humidityMean = 50;   // %RH at the mean temperature
    double co2Peak = 1000;      // ppm approached during a long occupancy
    double occupiedMinutes = 30;  // length of one occupancy
    double cycleMinutes = 90;   // occupancy repeats with this period
    // Start of one occupancy in seconds relative to the scenario origin (see SignalClock);
    // NaN: a phase drawn from the seed.
    double occupancyStartS = qQNaN();
    double basePowerW = 60;     // always-on load
    double cyclingPowerW = 400;  // heater or compressor, on for a share of its cycle
    double spikesPerHour = 20;  // short high loads
    double doorOpeningsPerHour = 4;
    double batteryDrainPerHour = 0.5;  // % per hour
};

struct DeviceSpec {
    QString id;     // JID local part and node id: "greenhouse-1", "dev-0001"
    QString title;  // pubsub#title, disco identity name, roster name: "Greenhouse 1"
    int index = 0;  // position in the fleet: varies the noise and phases per device
    DeviceProfile profile;
};

// The scenario's frame: the seed, where relative phases start (usually the fleet's start
// time, so a demo looks the same whenever it runs), and the local time zone for the daily
// cycle.
struct SignalClock {
    quint64 seed = 1;
    qint64 originMs = 0;    // ms since the epoch
    int utcOffsetS = 0;     // local time = UTC + this
};

// One reading of every series at one moment.
struct Snapshot {
    qint64 timeMs = 0;
    double temperature = 0;  // Cel
    double humidity = 0;     // %RH
    double co2 = 0;          // ppm
    double power = 0;        // W
    bool doorOpen = false;
    double battery = 0;      // %
};

Snapshot sampleAt(const DeviceSpec &device, const SignalClock &clock, qint64 timeMs);

// The parts, for tests and for anyone composing other signals.
namespace signal {
// Deterministic pseudo-random number in [0, 1) for (seed, device, channel, slot).
double uniform(quint64 seed, int device, int channel, qint64 slot);
// Smooth noise in [-1, 1]: cosine interpolation between random values every periodMs.
double smoothNoise(quint64 seed, int device, int channel, qint64 timeMs, qint64 periodMs);
double temperature(const DeviceSpec &device, const SignalClock &clock, qint64 timeMs);
double humidity(const DeviceSpec &device, const SignalClock &clock, qint64 timeMs, double temperature);
double co2(const DeviceSpec &device, const SignalClock &clock, qint64 timeMs);
double power(const DeviceSpec &device, const SignalClock &clock, qint64 timeMs);
bool doorOpen(const DeviceSpec &device, const SignalClock &clock, qint64 timeMs);
double battery(const DeviceSpec &device, const SignalClock &clock, qint64 timeMs);
}  // namespace signal

// Outdoor air: where CO2 settles in an empty room.
inline constexpr double OutdoorCo2 = 420;

}  // namespace devicesim
