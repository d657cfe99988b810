// Plain values behind the dashboard models: what a dashboard file and the profile keep (see
// DashboardFile.h for their JSON form). No QObject here, so they copy freely between threads.
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Dashboards {

enum class TileKind { Chart, Gauge, Timeline, Command };

// Window presets of a tile (ms): 1 min, 10 min, 1 h, 24 h, 7 d.
inline constexpr qint64 Minute = 60'000;
inline constexpr qint64 WindowPresets[] = {Minute, 10 * Minute, 60 * Minute, 24 * 60 * Minute, 7 * 24 * 60 * Minute};
inline constexpr qint64 DefaultWindow = 10 * Minute;
inline constexpr qint64 DefaultRetention = 7 * 24 * 60 * Minute;
// The grid is this many columns wide; rows grow as tiles need them.
inline constexpr int GridColumns = 12;

// One series of a tile: a SenML name (bn + n) on a PubSub node. A tile may mix nodes.
struct SeriesRef {
    QString service;
    QString node;
    QString name;
    QColor colour;  // invalid: the palette's colour for its position
    bool operator==(const SeriesRef &other) const = default;
};

// A pinned command: pressing the tile runs it with the stored values. Either an ad-hoc command
// (XEP-0050) of a JID, or, with broker set, an AMQP quick action: a request to the device's
// command queue on the account's broker of that name (app/amqp/README.md).
struct CommandRef {
    enum class Control { Button, Toggle, Slider };
    QString jid;     // XEP-0050: bare (its first online resource is used) or full; "" over AMQP
    QString broker;  // AMQP: the account's connection (AmqpSettings::name); "" for XEP-0050
    QString node;    // XEP-0050: the command's node; AMQP: the device
    QString name;    // the command's name, as the responder listed it (AMQP: the tile's own)
    Control control = Control::Button;
    // XEP-0050: the var a toggle ("1"/"0") or a slider (the number) sets. AMQP: the action
    // ("relay", "interval"), for a button too; its value is values[field] (a toggle's "1"/"0"
    // goes out as "on"/"off").
    QString field;
    double min = 0, max = 100, step = 1;  // the slider's
    // Stored values by var: a QString, or a QStringList for multi-valued fields.
    QVariantMap values;
    bool isAmqp() const { return !broker.isEmpty(); }
    bool operator==(const CommandRef &other) const = default;
};

struct TileData {
    QString id;  // unique within its dashboard; kept across restarts (alerts refer to it)
    TileKind kind = TileKind::Chart;
    QString title;
    int column = 0;
    int row = 0;
    int columnSpan = 4;
    int rowSpan = 3;
    QList<SeriesRef> series;
    qint64 windowMs = DefaultWindow;
    std::optional<double> low;   // alert below this
    std::optional<double> high;  // alert above this
    std::optional<CommandRef> command;  // TileKind::Command only
    bool operator==(const TileData &other) const = default;
};

struct DashboardData {
    QString name;
    qint64 retentionMs = DefaultRetention;
    QList<TileData> tiles;
    bool operator==(const DashboardData &other) const = default;
};

// One entry of the alert log.
struct AlertRecord {
    qint64 timeMs = 0;  // the sample's time
    QString dashboard;
    QString tileId;
    QString tileTitle;
    SeriesRef series;
    double value = 0;
    double threshold = 0;
    bool high = true;  // above the high threshold, else below the low one
    bool acknowledged = false;
    bool operator==(const AlertRecord &other) const = default;
};

QString kindName(TileKind kind);                        // "chart", "gauge", "timeline", "command"
std::optional<TileKind> kindFromName(const QString &name);
QString windowName(qint64 windowMs);                    // "1min", "10min", "1h", "24h", "7d"
std::optional<qint64> windowFromName(const QString &name);
QString controlName(CommandRef::Control control);       // "button", "toggle", "slider"
std::optional<CommandRef::Control> controlFromName(const QString &name);
// The default colour of the index-th series of a tile.
QColor paletteColour(qsizetype index);

// AMQP quick actions (the device side: tools/devicesim/AmqpDevice.h).
inline constexpr QStringView RelayAction = u"relay";        // value "on" | "off"
inline constexpr QStringView IntervalAction = u"interval";  // value: seconds
// The interval slider's range as pinned: the device takes up to 3600 s, but a slider of 3600
// steps cannot be set by hand (the tile editor can widen it).
inline constexpr double MinIntervalS = 1, MaxIntervalS = 300, DefaultIntervalS = 10;
// The tile for an action on a device of the account's broker: "relay" a switch (off until
// the device takes "on"), "interval" a slider of seconds; nullopt for another action, or a
// broker or device name that cannot be (the device's name goes into the queue address).
std::optional<CommandRef> amqpQuickAction(const QString &broker, const QString &device, const QString &action);
// What a command tile needs to run: a target, and a field for a switch, a slider or an AMQP
// action; a slider range that is one. An AMQP switch is the relay's, an AMQP slider the
// interval's (another action would get values the device refuses).
bool isRunnable(const CommandRef &command);

}  // namespace Dashboards
