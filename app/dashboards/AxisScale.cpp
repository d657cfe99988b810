#include "AxisScale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace AxisScale {

namespace {
// The smallest 1, 2, 2.5 or 5 × 10^k not below raw; mantissa25 tells 2.5 (one more decimal).
double niceStep(double raw, bool *mantissa25)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    *mantissa25 = false;
    if (fraction <= 1.0)
        return power;
    if (fraction <= 2.0)
        return 2 * power;
    if (fraction <= 2.5) {
        *mantissa25 = true;
        return 2.5 * power;
    }
    if (fraction <= 5.0)
        return 5 * power;
    return 10 * power;
}
}  // namespace

Scale nice(double low, double high, int targetTicks)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return {};
    if (low > high)
        std::swap(low, high);
    if (high - low < 1e-9 * std::max(1.0, std::abs(high))) {
        // One value: a range around it a tenth of its size (at least ±1 around 0).
        const double half = std::abs(low) > 1e-9 ? std::abs(low) * 0.1 : 1.0;
        low -= half;
        high += half;
    }
    // Qt Charts truncates a label to "..." when its tick has less height than the label needs:
    // never more ticks than asked for.
    targetTicks = std::max(2, targetTicks);
    Scale scale;
    bool mantissa25 = false;
    if (targetTicks == 2) {
        // A small plot: only its two ends are labelled, each a multiple of a nice step a
        // third of the span wide (55 and 70 rather than 50 and 100).
        const double round = niceStep((high - low) / 3, &mantissa25);
        scale.min = std::floor(low / round + 1e-9) * round;
        scale.max = std::ceil(high / round - 1e-9) * round;
        scale.step = scale.max - scale.min;
        scale.tickCount = 2;
        scale.decimals = std::clamp(int(-std::floor(std::log10(round) + 1e-9)) + (mantissa25 ? 1 : 0), 0, 6);
        return scale;
    }
    double raw = (high - low) / (targetTicks - 1);
    for (int attempt = 0; attempt < 8; ++attempt) {
        scale.step = niceStep(raw, &mantissa25);
        scale.min = std::floor(low / scale.step + 1e-9) * scale.step;
        scale.max = std::ceil(high / scale.step - 1e-9) * scale.step;
        scale.tickCount = int(std::lround((scale.max - scale.min) / scale.step)) + 1;
        if (scale.tickCount <= targetTicks)
            break;
        raw = scale.step * 1.01;  // rounding the bounds outwards made too many: the next step
    }
    // -0 reads badly.
    if (std::abs(scale.min) < scale.step * 1e-9)
        scale.min = 0;
    if (std::abs(scale.max) < scale.step * 1e-9)
        scale.max = 0;
    scale.decimals = std::max(0, int(-std::floor(std::log10(scale.step) + 1e-9)) + (mantissa25 ? 1 : 0));
    scale.decimals = std::min(scale.decimals, 6);
    return scale;
}

int ticksForHeight(double pixels)
{
    // A label is ~15 px high and Qt Charts pads it by 4 px on each side.
    return std::clamp(int(pixels / 28), 2, 9);
}

QString labelFormat(const Scale &scale)
{
    return QStringLiteral("%.%1f").arg(scale.decimals);
}

QString format(double value, int decimals)
{
    return QLocale().toString(value, 'f', std::clamp(decimals, 0, 6));
}

}  // namespace AxisScale
