#include "DashboardData.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

std::optional<CommandRef> amqpQuickAction(const QString &broker, const QString &device, const QString &action)
{
    // As AmqpConnectionsModel names connections; a device name becomes "/queues/NAME.commands".
    static const QRegularExpression validBroker(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    static const QRegularExpression validDevice(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"));
    CommandRef command;
    command.broker = broker.trimmed();
    command.node = device.trimmed();
    command.field = action;
    if (!validBroker.match(command.broker).hasMatch() || !validDevice.match(command.node).hasMatch())
        return std::nullopt;
    if (action == RelayAction) {
        command.name = QCoreApplication::translate("Dashboards", "Relay");
        command.control = CommandRef::Control::Toggle;
        command.values = {{action, QStringLiteral("0")}};
    } else if (action == IntervalAction) {
        command.name = QCoreApplication::translate("Dashboards", "Reporting interval (s)");
        command.control = CommandRef::Control::Slider;
        command.min = MinIntervalS;
        command.max = MaxIntervalS;
        command.step = 1;
        command.values = {{action, QString::number(DefaultIntervalS)}};
    } else {
        return std::nullopt;
    }
    if (!isRunnable(command))
        return std::nullopt;
    return command;
}

bool isRunnable(const CommandRef &command)
{
    using Control = CommandRef::Control;
    if (!(command.min < command.max) || !(command.step > 0))
        return false;
    if (command.isAmqp()) {
        if (command.node.isEmpty() || command.field.isEmpty())
            return false;
        return command.control == Control::Button || (command.control == Control::Toggle && command.field == RelayAction)
            || (command.control == Control::Slider && command.field == IntervalAction);
    }
    return !command.jid.isEmpty() && !command.node.isEmpty()
        && (command.control == Control::Button || !command.field.isEmpty());
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
