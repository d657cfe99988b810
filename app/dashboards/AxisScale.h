// Nice axis scales for charts and gauges: round bounds and ticks (1, 2, 2.5 or 5 times a power
// of ten) around the values shown, and how many decimals their labels need.
#pragma once

#include <QString>

namespace AxisScale {

struct Scale {
    double min = 0;
    double max = 1;
    double step = 0.25;
    int tickCount = 5;  // ticks from min to max inclusive, step apart
    int decimals = 2;   // enough to tell neighbouring ticks apart, no more
    bool operator==(const Scale &other) const = default;
};

// A scale covering [low, high] with at most targetTicks ticks (at least 2). An empty or
// inverted range is widened around its value.
Scale nice(double low, double high, int targetTicks = 5);

// How many ticks fit a plot of this height in pixels (one per 28 px, 2 to 9): Qt Charts
// truncates labels that get less room.
int ticksForHeight(double pixels);

// The printf format of a scale's tick labels ("%.1f"), as Qt Charts' labelFormat wants it.
QString labelFormat(const Scale &scale);

// A value as the scale's labels show it, one decimal finer (gauges, tooltips).
QString format(double value, int decimals);

}  // namespace AxisScale
