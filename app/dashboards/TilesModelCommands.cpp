// TilesModel's command tiles: their roles, the runs pressing them starts, their settings, and
// the outcomes the account's command history gives them.
#include "TilesModel.h"

#include "Dashboard.h"
#include "DashboardsModel.h"
#include "commands/CommandHistory.h"
#include "commands/CommandHistoryWriter.h"
#include "commands/CommandsController.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QPoint>
#include <QXmppUtils.h>

#include <cmath>

using namespace Dashboards;

namespace {
bool isOn(const QVariant &value)
{
    // "on": an AMQP relay's value as a hand-written file may say it.
    const QString text = value.toString().trimmed().toLower();
    return text == QLatin1String("1") || text == QLatin1String("true") || text == QLatin1String("on");
}

double sliderValue(const CommandRef &command, const QVariantMap &values)
{
    bool ok = false;
    const double value = values.value(command.field).toString().toDouble(&ok);
    return ok && std::isfinite(value) ? std::clamp(value, command.min, command.max) : command.min;
}

// As a form sends a number: no trailing ".0", no binary noise (0.30000000000000004).
QString numberText(double value)
{
    return QString::number(value, 'g', 12);
}

// The history keys on the bare JID, lower-case (a tile may hold a full one), or an AMQP key.
QString deviceOf(const CommandRef &command)
{
    return CommandTileRunner::historyDevice(command);
}
}  // namespace

QVariant TilesModel::commandData(const TileData &tile, int role) const
{
    if (tile.kind != TileKind::Command || !tile.command)
        return role == CommandBusyRole || role == CommandCheckedRole ? QVariant(false) : QVariant();
    const CommandRef &command = *tile.command;
    const auto *runner = m_runners.value(tile.id);
    const bool busy = runner && runner->isBusy();
    // While a run goes on the control shows what it sends, not what was stored before.
    const QVariantMap values = busy ? runner->runningValues() : command.values;
    switch (role) {
    case CommandRole:
        return QVariantMap{{QStringLiteral("jid"), command.jid},     {QStringLiteral("broker"), command.broker},
                           {QStringLiteral("node"), command.node},
                           {QStringLiteral("name"), command.name},   {QStringLiteral("control"), controlName(command.control)},
                           {QStringLiteral("field"), command.field}, {QStringLiteral("min"), command.min},
                           {QStringLiteral("max"), command.max},     {QStringLiteral("step"), command.step},
                           {QStringLiteral("values"), command.values}};
    case CommandControlRole:
        return controlName(command.control);
    case CommandJidRole:
        return command.jid;
    case CommandNameRole:
        return command.name.isEmpty() ? command.node : command.name;
    case CommandStateRole:
        return CommandTileRunner::stateName(runner ? runner->state() : CommandTileRunner::State::Idle);
    case CommandBusyRole:
        return busy;
    case CommandOutcomeRole:
        return runner ? runner->outcomeText() : QString();
    case CommandOutcomeKindRole:
        return runner ? runner->outcomeKind() : QString();
    case CommandTimeRole:
        return runner && runner->lastTimeMs() > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(runner->lastTimeMs())) : QVariant();
    case CommandCheckedRole:
        return isOn(values.value(command.field));
    case CommandValueRole:
        return sliderValue(command, values);
    case CommandMinRole:
        return command.min;
    case CommandMaxRole:
        return command.max;
    case CommandStepRole:
        return command.step;
    case CommandBrokerRole:
        return command.broker;
    case CommandTargetRole:
        return command.isAmqp() ? tr("%1 via %2").arg(command.node, command.broker) : command.jid;
    case CommandHistoryDeviceRole:
        return deviceOf(command);
    }
    return {};
}

QString TilesModel::pinAmqpAction(const QString &broker, const QString &device, const QString &action,
                                  const QString &title)
{
    const auto command = amqpQuickAction(broker, device, action);
    if (!command)
        return {};
    const bool slider = command->control == CommandRef::Control::Slider;
    const QString shown = title.trimmed().isEmpty() ? tr("%1: %2").arg(command->node, command->name) : title.trimmed();
    const int index = addCommandTile(shown, *command, slider ? 4 : 3, 2);
    if (index < 0)
        return {};
    qCInfo(lcDashboards) << "Pinned the AMQP action" << action << "of" << command->node << "on" << command->broker;
    return m_tiles.at(index).id;
}

int TilesModel::addCommandTile(const QString &title, const CommandRef &command, int columnSpan, int rowSpan)
{
    if (!isRunnable(command))
        return -1;
    const auto place = freePlace(columnSpan, rowSpan);
    if (!place)
        return -1;
    TileData tile;
    tile.kind = TileKind::Command;
    tile.title = title;
    tile.column = place->x();
    tile.row = place->y();
    tile.columnSpan = columnSpan;
    tile.rowSpan = rowSpan;
    tile.command = command;
    const int index = appendTile(std::move(tile));
    scheduleHistory();  // its last outcome, if the command ran before
    return index;
}

bool TilesModel::runCommand(int index)
{
    if (index < 0 || index >= m_tiles.size() || !m_tiles.at(index).command)
        return false;
    return runWith(index, m_tiles.at(index).command->values);
}

bool TilesModel::setCommandChecked(int index, bool checked)
{
    if (index < 0 || index >= m_tiles.size() || !m_tiles.at(index).command)
        return false;
    const auto &command = *m_tiles.at(index).command;
    if (command.field.isEmpty())
        return false;
    QVariantMap values = command.values;
    values.insert(command.field, checked ? QStringLiteral("1") : QStringLiteral("0"));
    return runWith(index, values);
}

bool TilesModel::setCommandValue(int index, double value)
{
    if (index < 0 || index >= m_tiles.size() || !m_tiles.at(index).command || !std::isfinite(value))
        return false;
    const auto &command = *m_tiles.at(index).command;
    if (command.field.isEmpty())
        return false;
    const double snapped = std::clamp(command.min + std::round((value - command.min) / command.step) * command.step,
                                      command.min, command.max);
    QVariantMap values = command.values;
    values.insert(command.field, numberText(snapped));
    return runWith(index, values);
}

bool TilesModel::runWith(int index, const QVariantMap &values)
{
    // The account may have got its commands since the tiles came: follow its history from now.
    scheduleHistory();
    CommandRef command = *m_tiles.at(index).command;
    command.values = values;
    return runnerFor(m_tiles.at(index).id)->run(command);
}

CommandTileRunner *TilesModel::runnerFor(const QString &tileId)
{
    if (auto *runner = m_runners.value(tileId))
        return runner;
    // Without a provider of its own, the owning dashboard's account's brokers, asked per run.
    auto amqp = m_amqp ? m_amqp : CommandTileRunner::AmqpProvider([this]() -> AmqpConnectionsModel * {
        const auto *dashboard = qobject_cast<Dashboard *>(parent());
        return dashboard && dashboard->owner() ? dashboard->owner()->amqp() : nullptr;
    });
    auto *runner = new CommandTileRunner(m_commands, std::move(amqp), this);
    m_runners.insert(tileId, runner);
    connect(runner, &CommandTileRunner::changed, this, [this, tileId] {
        const int row = indexOf(tileId);
        if (row >= 0)
            emitRowChanged(row, {CommandStateRole, CommandBusyRole, CommandOutcomeRole, CommandOutcomeKindRole,
                                 CommandTimeRole, CommandCheckedRole, CommandValueRole});
    });
    // What the device took is what the tile keeps (the toggle's and the slider's state).
    connect(runner, &CommandTileRunner::finished, this, [this, tileId](bool completed, const QVariantMap &sent) {
        const int row = indexOf(tileId);
        if (!completed || row < 0 || !m_tiles.at(row).command || m_tiles.at(row).command->values == sent)
            return;
        m_tiles[row].command->values = sent;
        emitRowChanged(row, {CommandRole, CommandCheckedRole, CommandValueRole});
        Q_EMIT changed();
    });
    return runner;
}

void TilesModel::setCommandsProvider(CommandTileRunner::CommandsProvider commands)
{
    m_commands = std::move(commands);
    scheduleHistory();
}

void TilesModel::scheduleHistory()
{
    // Queued, once per turn of the event loop: the account attaches its history file right after
    // loading its dashboards, and a load asked for before that would find only this run's entries.
    if (std::exchange(m_historyScheduled, true))
        return;
    QMetaObject::invokeMethod(this, [this] {
        m_historyScheduled = false;
        loadHistory();
    }, Qt::QueuedConnection);
}

void TilesModel::loadHistory()
{
    auto *controller = m_commands ? m_commands() : nullptr;
    auto *history = controller ? controller->history() : nullptr;
    if (history != m_history) {
        if (m_history)
            m_history->disconnect(this);
        m_history = history;
        if (history) {
            // Answers to any load of the account's history count: they are all its entries.
            connect(history, &CommandHistory::entriesLoaded, this, &TilesModel::showHistory);
            // Anything run now (the command view, another tile, this one) is the newest outcome.
            connect(history, &CommandHistory::recorded, this,
                    [this](const CommandHistoryEntry &entry) { showHistory(entry.device, {entry}); });
        }
    }
    if (!history)
        return;
    // Tiles without an outcome yet; a device once however many of its commands are pinned.
    QSet<QString> devices;
    for (const auto &tile : std::as_const(m_tiles)) {
        const auto *runner = m_runners.value(tile.id);
        if (tile.command && !(runner && runner->lastTimeMs() > 0))
            devices.insert(deviceOf(*tile.command));
    }
    // All the file keeps of a device: a command seldom run may be far down its list.
    for (const auto &device : std::as_const(devices))
        history->load(device, CommandHistoryWriter::KeepPerDevice);
}

void TilesModel::showHistory(const QString &device, const QList<CommandHistoryEntry> &entries)
{
    const QString key = device.toLower();
    // By id: showing an outcome emits dataChanged, whose receivers could change the tiles.
    QList<std::pair<QString, QString>> tiles;  // id, the history's node (an AMQP tile's action)
    for (const auto &tile : std::as_const(m_tiles)) {
        if (tile.command && deviceOf(*tile.command) == key)
            tiles.append({tile.id, CommandTileRunner::historyNode(*tile.command)});
    }
    for (const auto &[id, node] : std::as_const(tiles)) {
        // Newest first: the first outcome of the tile's command is its last.
        const auto entry = std::find_if(entries.cbegin(), entries.cend(), [&node](const CommandHistoryEntry &e) {
            return e.node == node && e.outcome != CommandHistoryEntry::Outcome::Executing;
        });
        if (entry != entries.cend() && indexOf(id) >= 0)
            runnerFor(id)->showEntry(*entry);
    }
}

bool TilesModel::setCommandControl(int index, const QString &control, const QString &field, double min, double max,
                                   double step)
{
    const auto parsed = controlFromName(control);
    if (index < 0 || index >= m_tiles.size() || !m_tiles.at(index).command || !parsed || !(min < max) || !(step > 0))
        return false;
    auto &command = *m_tiles[index].command;
    CommandRef edited = command;
    edited.control = *parsed;
    // An AMQP tile's field is its action: only its control (one its action takes) and range are the editor's.
    if (!edited.isAmqp())
        edited.field = *parsed == CommandRef::Control::Button ? QString() : field.trimmed();
    if (*parsed == CommandRef::Control::Slider)
        edited.min = min, edited.max = max, edited.step = step;
    if (!isRunnable(edited))
        return false;
    const auto before = std::exchange(command, edited);
    if (command != before) {
        emitRowChanged(index, {CommandRole, CommandControlRole, CommandCheckedRole, CommandValueRole, CommandMinRole,
                               CommandMaxRole, CommandStepRole});
        Q_EMIT changed();
    }
    return true;
}

void TilesModel::dropRunners(const QString &tileId)
{
    if (tileId.isEmpty()) {
        for (auto *runner : std::as_const(m_runners))
            runner->deleteLater();
        m_runners.clear();
    } else if (auto *runner = m_runners.take(tileId)) {
        runner->deleteLater();
    }
}
