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

// A pinned ad-hoc command (XEP-0050): pressing the tile runs it with the stored values.
struct CommandRef {
    enum class Control { Button, Toggle, Slider };
    QString jid;   // bare (its first online resource is used) or full
    QString node;
    QString name;  // the command's name, as the responder listed it
    Control control = Control::Button;
    QString field;  // the var a toggle ("1"/"0") or a slider (the number) sets
    double min = 0, max = 100, step = 1;  // the slider's
    // Stored values by var: a QString, or a QStringList for multi-valued fields.
    QVariantMap values;
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

}  // namespace Dashboards
