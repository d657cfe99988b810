#include "DashboardData.h"

namespace Dashboards {

namespace {
struct WindowName {
    qint64 ms;
    const char *name;
};
constexpr WindowName WindowNames[] = {
    {Minute, "1min"}, {10 * Minute, "10min"}, {60 * Minute, "1h"}, {24 * 60 * Minute, "24h"}, {7 * 24 * 60 * Minute, "7d"},
};
}  // namespace

QString kindName(TileKind kind)
{
    switch (kind) {
    case TileKind::Chart:
        return QStringLiteral("chart");
    case TileKind::Gauge:
        return QStringLiteral("gauge");
    case TileKind::Timeline:
        return QStringLiteral("timeline");
    case TileKind::Command:
        return QStringLiteral("command");
    }
    return {};
}

std::optional<TileKind> kindFromName(const QString &name)
{
    for (auto kind : {TileKind::Chart, TileKind::Gauge, TileKind::Timeline, TileKind::Command}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString windowName(qint64 windowMs)
{
    for (const auto &window : WindowNames) {
        if (window.ms == windowMs)
            return QLatin1String(window.name);
    }
    return {};
}

std::optional<qint64> windowFromName(const QString &name)
{
    for (const auto &window : WindowNames) {
        if (name == QLatin1String(window.name))
            return window.ms;
    }
    return std::nullopt;
}

QString controlName(CommandRef::Control control)
{
    switch (control) {
    case CommandRef::Control::Button:
        return QStringLiteral("button");
    case CommandRef::Control::Toggle:
        return QStringLiteral("toggle");
    case CommandRef::Control::Slider:
        return QStringLiteral("slider");
    }
    return {};
}

std::optional<CommandRef::Control> controlFromName(const QString &name)
{
    for (auto control : {CommandRef::Control::Button, CommandRef::Control::Toggle, CommandRef::Control::Slider}) {
        if (controlName(control) == name)
            return control;
    }
    return std::nullopt;
}

QColor paletteColour(qsizetype index)
{
    // Distinct on light and dark backgrounds (after Sasha Trubetskoy's list).
    static const QColor palette[] = {QColor(0x43, 0x63, 0xd8), QColor(0xe6, 0x19, 0x4b), QColor(0x3c, 0xb4, 0x4b),
                                     QColor(0xf5, 0x82, 0x31), QColor(0x91, 0x1e, 0xb4), QColor(0x42, 0xd4, 0xf4),
                                     QColor(0xf0, 0x32, 0xe6), QColor(0x9a, 0x63, 0x24)};
    return palette[index % std::size(palette)];
}

}  // namespace Dashboards
