// The tiles of one dashboard on a grid of Dashboards::GridColumns columns (rows grow as
// needed). Tiles never overlap and never leave the grid: add, move and resize refuse what would.
// Command tiles (pinned ad-hoc commands) run through a CommandTileRunner each, whose state the
// command roles show; their last outcome also comes from the account's command history, loaded
// at start and followed as entries are recorded (TilesModelCommands.cpp).
#pragma once

#include "CommandTileRunner.h"
#include "DashboardData.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPoint>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class CommandHistory;
struct CommandHistoryEntry;

class TilesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Dashboard owns one")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int columns READ columns CONSTANT)
    // Rows in use: the bottom edge of the lowest tile.
    Q_PROPERTY(int rows READ rows NOTIFY rowsChanged)
    // The window presets in ms (1 min, 10 min, 1 h, 24 h, 7 d), for a picker.
    Q_PROPERTY(QVariantList windowPresets READ windowPresets CONSTANT)

public:
    enum Kind { Chart = int(Dashboards::TileKind::Chart), Gauge = int(Dashboards::TileKind::Gauge),
                Timeline = int(Dashboards::TileKind::Timeline), Command = int(Dashboards::TileKind::Command) };
    Q_ENUM(Kind)
    enum Role {
        TileIdRole = Qt::UserRole + 1,
        KindRole,         // Kind
        TitleRole,
        ColumnRole,
        RowRole,
        ColumnSpanRole,
        RowSpanRole,
        SeriesRole,       // list of {service, node, name, colour}
        SeriesCountRole,
        WindowRole,       // ms
        LowRole,          // number, or undefined when not set
        HighRole,         // number, or undefined when not set
        AlertRole,        // bool: some series is past a threshold now (the tile turns red)
        // Command tiles (undefined or defaults for the others):
        CommandRole,            // {jid, node, name, control, field, min, max, step, values}
        CommandControlRole,     // "button" | "toggle" | "slider"
        CommandJidRole,         // where it goes (bare or full JID)
        CommandNameRole,        // the command's name, else its node
        CommandStateRole,       // "idle" | "running" | "completed" | "failed" | "input"
        CommandBusyRole,        // bool: a run is going on
        CommandOutcomeRole,     // the last run's note or error, in a sentence; "" before the first
        CommandOutcomeKindRole, // "info" | "warn" | "error" | "input" | ""
        CommandTimeRole,        // QDateTime the last run ended, or undefined
        CommandCheckedRole,     // toggle: its field is on (while running: the value being sent)
        CommandValueRole,       // slider: its field's number (while running: the value being sent)
        CommandMinRole,
        CommandMaxRole,
        CommandStepRole,
        CommandBrokerRole,      // the AMQP connection of an AMQP quick action; "" for XEP-0050
        CommandTargetRole,      // what it goes to, for people: the JID, or "DEVICE via BROKER"
        CommandHistoryDeviceRole,  // the command history's key for its runs (CommandTileRunner::historyDevice)
    };
    Q_ENUM(Role)

    explicit TilesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int columns() const { return Dashboards::GridColumns; }
    int rows() const;
    QVariantList windowPresets() const;

    // Adds a tile; column < 0 or row < 0: the first free place for its size, scanning rows top
    // down. Returns its row in the model, or -1 if the place is taken or off the grid.
    Q_INVOKABLE int addTile(int kind, const QString &title, int column = -1, int row = -1, int columnSpan = 4,
                            int rowSpan = 3);
    Q_INVOKABLE bool moveTile(int index, int column, int row);
    Q_INVOKABLE bool resizeTile(int index, int columnSpan, int rowSpan);
    Q_INVOKABLE bool removeTile(int index);
    // Whether a tile of this size fits at (column, row), ignoring the tile at index except.
    Q_INVOKABLE bool fits(int column, int row, int columnSpan, int rowSpan, int except = -1) const;
    Q_INVOKABLE void setTitle(int index, const QString &title);
    Q_INVOKABLE void setKind(int index, int kind);
    // A preset of windowPresets (other values are refused).
    Q_INVOKABLE bool setWindow(int index, qint64 windowMs);
    // undefined or null clears a threshold; false if low >= high.
    Q_INVOKABLE bool setThresholds(int index, const QVariant &low, const QVariant &high);
    // False if the tile already shows that series. colour: "" for the palette's.
    Q_INVOKABLE bool addSeries(int index, const QString &service, const QString &node, const QString &name,
                               const QString &colour = {});
    Q_INVOKABLE bool removeSeries(int index, int seriesIndex);
    Q_INVOKABLE void setSeriesColour(int index, int seriesIndex, const QString &colour);
    Q_INVOKABLE int indexOf(const QString &tileId) const;

    // Command tiles. Each runs the command with the stored values (false while it runs or for
    // another kind); the toggle and the slider with their field set, stored once it completed.
    Q_INVOKABLE bool runCommand(int index);
    Q_INVOKABLE bool setCommandChecked(int index, bool checked);
    Q_INVOKABLE bool setCommandValue(int index, double value);  // snapped to min + n * step, clamped
    // The tile editor: control "button" | "toggle" | "slider"; false for a bad control or range,
    // or a toggle or slider without a field. An AMQP tile keeps its action (field is ignored):
    // a switch only for "relay", a slider only for "interval".
    Q_INVOKABLE bool setCommandControl(int index, const QString &control, const QString &field, double min = 0,
                                       double max = 100, double step = 1);
    // Pins an AMQP quick action of a device on one of the account's brokers (the first free
    // cell; Dashboards::amqpQuickAction): "relay" a switch, "interval" a slider of seconds. The
    // tile's id, "" if refused (another action, a bad broker or device name, no room).
    // title: "" for "DEVICE: the action's name".
    Q_INVOKABLE QString pinAmqpAction(const QString &broker, const QString &device, const QString &action,
                                      const QString &title = {});

    // C++ side (persistence, feeders, alerts).
    QList<Dashboards::TileData> tiles() const { return m_tiles; }
    std::optional<Dashboards::TileData> tile(const QString &tileId) const;
    // Replaces all tiles (dropping overlapping or off-grid ones); ids made where missing.
    void setTiles(const QList<Dashboards::TileData> &tiles);
    bool isAlert(const QString &tileId) const { return m_alerts.contains(tileId); }
    void setAlert(const QString &tileId, bool alert);
    // A command tile (placed like addTile); its row, or -1.
    int addCommandTile(const QString &title, const Dashboards::CommandRef &command, int columnSpan, int rowSpan);
    // Where command tiles find the account's commands and history (Dashboard sets it).
    void setCommandsProvider(CommandTileRunner::CommandsProvider commands);
    // Where AMQP command tiles find the account's brokers. Unset: the owning Dashboard's
    // DashboardsModel::amqp().
    void setAmqpProvider(CommandTileRunner::AmqpProvider amqp) { m_amqp = std::move(amqp); }
    CommandTileRunner *runner(const QString &tileId) const { return m_runners.value(tileId); }

Q_SIGNALS:
    void countChanged();
    void rowsChanged();
    // Anything persisted changed (not the alert state).
    void changed();
    // One tile's series, window or thresholds changed (feeders and alerts re-read it).
    void tileChanged(const QString &tileId);
    // Some tile's alert state changed.
    void alertChanged();

private:
    // Gives the tile a new id and adds it at the end; its row.
    int appendTile(Dashboards::TileData tile);
    QVariant commandData(const Dashboards::TileData &tile, int role) const;
    bool runWith(int index, const QVariantMap &values);
    CommandTileRunner *runnerFor(const QString &tileId);
    void scheduleHistory();
    void loadHistory();
    void showHistory(const QString &device, const QList<CommandHistoryEntry> &entries);
    void dropRunners(const QString &tileId = {});
    std::optional<QPoint> freePlace(int columnSpan, int rowSpan) const;
    QString newId() const;
    void emitRowChanged(int index, const QList<int> &roles);
    void updateRows();

    QList<Dashboards::TileData> m_tiles;
    QSet<QString> m_alerts;
    QHash<QString, CommandTileRunner *> m_runners;  // by tile id, made on the first run or outcome
    CommandTileRunner::CommandsProvider m_commands;
    CommandTileRunner::AmqpProvider m_amqp;
    QPointer<CommandHistory> m_history;  // the one whose entries the tiles follow
    bool m_historyScheduled = false;
    int m_rows = 0;
};
