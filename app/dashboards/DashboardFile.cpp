#include "DashboardFile.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

using namespace Dashboards;

namespace DashboardFile {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DashboardFile", text);
}

bool overlaps(const TileData &a, const TileData &b)
{
    return a.column < b.column + b.columnSpan && b.column < a.column + a.columnSpan && a.row < b.row + b.rowSpan
        && b.row < a.row + a.rowSpan;
}


QJsonObject commandToJson(const CommandRef &command)
{
    QJsonObject values;
    for (auto it = command.values.cbegin(); it != command.values.cend(); ++it) {
        if (it->typeId() == QMetaType::QStringList)
            values.insert(it.key(), QJsonArray::fromStringList(it->toStringList()));
        else
            values.insert(it.key(), it->toString());
    }
    QJsonObject object{{QStringLiteral("node"), command.node},
                       {QStringLiteral("name"), command.name},       {QStringLiteral("control"), controlName(command.control)},
                       {QStringLiteral("values"), values}};
    // Without "broker" a file reads as before AMQP tiles came (and one with it is dropped by a
    // Linnet that does not know them: no jid).
    if (command.isAmqp())
        object.insert(QStringLiteral("broker"), command.broker);
    else
        object.insert(QStringLiteral("jid"), command.jid);
    if (command.control != CommandRef::Control::Button || command.isAmqp())
        object.insert(QStringLiteral("field"), command.field);
    if (command.control == CommandRef::Control::Slider) {
        object.insert(QStringLiteral("min"), command.min);
        object.insert(QStringLiteral("max"), command.max);
        object.insert(QStringLiteral("step"), command.step);
    }
    return object;
}

std::optional<CommandRef> commandFromJson(const QJsonObject &object, const QString &title, QString *error)
{
    CommandRef command;
    command.broker = object.value(QStringLiteral("broker")).toString().trimmed();
    if (!command.isAmqp())
        command.jid = object.value(QStringLiteral("jid")).toString().trimmed();
    command.node = object.value(QStringLiteral("node")).toString();
    command.name = object.value(QStringLiteral("name")).toString();
    if (command.isAmqp() && command.node.isEmpty()) {
        *error = tr("command tile \"%1\" without node (the AMQP device)").arg(title);
        return std::nullopt;
    }
    if (!command.isAmqp() && (command.jid.isEmpty() || command.node.isEmpty())) {
        *error = tr("command tile \"%1\" without jid or node").arg(title);
        return std::nullopt;
    }
    const QString control = object.value(QStringLiteral("control")).toString(QStringLiteral("button"));
    const auto parsed = controlFromName(control);
    if (!parsed) {
        *error = tr("command tile \"%1\": unknown control \"%2\"").arg(title, control);
        return std::nullopt;
    }
    command.control = *parsed;
    command.field = object.value(QStringLiteral("field")).toString();
    if (command.isAmqp() && command.field.isEmpty()) {
        *error = tr("command tile \"%1\": an AMQP action needs a field").arg(title);
        return std::nullopt;
    }
    if (command.control != CommandRef::Control::Button && command.field.isEmpty()) {
        *error = tr("command tile \"%1\": a %2 needs a field").arg(title, control);
        return std::nullopt;
    }
    command.min = object.value(QStringLiteral("min")).toDouble(0);
    command.max = object.value(QStringLiteral("max")).toDouble(100);
    command.step = object.value(QStringLiteral("step")).toDouble(1);
    if (!(command.min < command.max) || !(command.step > 0)) {
        *error = tr("command tile \"%1\": a bad slider range").arg(title);
        return std::nullopt;
    }
    if (command.isAmqp() && !isRunnable(command)) {
        *error = tr("command tile \"%1\": a %2 cannot send the AMQP action \"%3\"").arg(title, control, command.field);
        return std::nullopt;
    }
    const auto values = object.value(QStringLiteral("values")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it->isArray()) {
            QStringList list;
            for (const auto &entry : it->toArray())
                list << entry.toVariant().toString();
            command.values.insert(it.key(), list);
        } else if (it->isString() || it->isDouble() || it->isBool()) {
            // Hand-written files may say 5 or true: stored as the form would send them.
            command.values.insert(it.key(), it->isBool() ? QString::fromLatin1(it->toBool() ? "1" : "0")
                                                         : it->toVariant().toString());
        }
    }
    return command;
}
}  // namespace

QJsonObject tileToJson(const TileData &tile, bool withId)
{
    QJsonObject object{{QStringLiteral("kind"), kindName(tile.kind)},
                       {QStringLiteral("title"), tile.title},
                       {QStringLiteral("column"), tile.column},
                       {QStringLiteral("row"), tile.row},
                       {QStringLiteral("columnSpan"), tile.columnSpan},
                       {QStringLiteral("rowSpan"), tile.rowSpan}};
    if (withId)
        object.insert(QStringLiteral("id"), tile.id);
    if (tile.kind == TileKind::Command) {
        object.insert(QStringLiteral("command"), commandToJson(tile.command.value_or(CommandRef())));
        return object;
    }
    QJsonArray series;
    for (const auto &ref : tile.series) {
        QJsonObject entry{{QStringLiteral("service"), ref.service},
                          {QStringLiteral("node"), ref.node},
                          {QStringLiteral("name"), ref.name}};
        if (ref.colour.isValid())
            entry.insert(QStringLiteral("colour"), ref.colour.name(QColor::HexRgb));
        series.append(entry);
    }
    object.insert(QStringLiteral("window"), windowName(tile.windowMs));
    object.insert(QStringLiteral("series"), series);
    if (tile.low)
        object.insert(QStringLiteral("low"), *tile.low);
    if (tile.high)
        object.insert(QStringLiteral("high"), *tile.high);
    return object;
}

std::optional<TileData> tileFromJson(const QJsonObject &object, QString *error)
{
    TileData tile;
    const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        *error = tr("unknown tile kind \"%1\"").arg(object.value(QStringLiteral("kind")).toString());
        return std::nullopt;
    }
    tile.kind = *kind;
    tile.id = object.value(QStringLiteral("id")).toString();
    tile.title = object.value(QStringLiteral("title")).toString();
    tile.column = object.value(QStringLiteral("column")).toInt(-1);
    tile.row = object.value(QStringLiteral("row")).toInt(-1);
    tile.columnSpan = object.value(QStringLiteral("columnSpan")).toInt(4);
    tile.rowSpan = object.value(QStringLiteral("rowSpan")).toInt(3);
    if (tile.column < 0 || tile.row < 0 || tile.columnSpan < 1 || tile.rowSpan < 1
        || tile.column + tile.columnSpan > GridColumns || tile.row + tile.rowSpan > 10000) {
        *error = tr("tile \"%1\" is off the grid").arg(tile.title);
        return std::nullopt;
    }
    if (tile.kind == TileKind::Command) {
        tile.command = commandFromJson(object.value(QStringLiteral("command")).toObject(), tile.title, error);
        if (!tile.command)
            return std::nullopt;
        return tile;
    }
    if (object.contains(QStringLiteral("window")))
        tile.windowMs = windowFromName(object.value(QStringLiteral("window")).toString()).value_or(DefaultWindow);
    const auto low = object.value(QStringLiteral("low"));
    const auto high = object.value(QStringLiteral("high"));
    if (low.isDouble())
        tile.low = low.toDouble();
    if (high.isDouble())
        tile.high = high.toDouble();
    if (tile.low && tile.high && *tile.low >= *tile.high) {
        *error = tr("tile \"%1\": low threshold not below high").arg(tile.title);
        return std::nullopt;
    }
    for (const auto &value : object.value(QStringLiteral("series")).toArray()) {
        const auto entry = value.toObject();
        SeriesRef ref{entry.value(QStringLiteral("service")).toString(), entry.value(QStringLiteral("node")).toString(),
                      entry.value(QStringLiteral("name")).toString(), {}};
        if (ref.service.isEmpty() || ref.node.isEmpty() || ref.name.isEmpty()) {
            *error = tr("tile \"%1\": a series without service, node or name").arg(tile.title);
            return std::nullopt;
        }
        const QString colour = entry.value(QStringLiteral("colour")).toString();
        if (!colour.isEmpty() && QColor::isValidColorName(colour))
            ref.colour = QColor::fromString(colour);
        if (!tile.series.contains(ref))
            tile.series << ref;
    }
    return tile;
}

QJsonObject toJson(const DashboardData &dashboard, bool withIds)
{
    QJsonArray tiles;
    for (const auto &tile : dashboard.tiles)
        tiles.append(tileToJson(tile, withIds));
    return {{QStringLiteral("format"), QLatin1String(Format)},
            {QStringLiteral("version"), Version},
            {QStringLiteral("name"), dashboard.name},
            {QStringLiteral("retentionMs"), dashboard.retentionMs},
            {QStringLiteral("tiles"), tiles}};
}

std::optional<DashboardData> fromJson(const QJsonObject &object, QString *error, QStringList *warnings)
{
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(Format)) {
        *error = tr("Not a Linnet dashboard file.");
        return std::nullopt;
    }
    const int version = object.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > Version) {
        *error = tr("Dashboard file version %1 is not supported (this Linnet reads version %2).").arg(version).arg(Version);
        return std::nullopt;
    }
    DashboardData dashboard;
    dashboard.name = object.value(QStringLiteral("name")).toString().trimmed();
    if (dashboard.name.isEmpty()) {
        *error = tr("The dashboard has no name.");
        return std::nullopt;
    }
    const qint64 retention = object.value(QStringLiteral("retentionMs")).toInteger(DefaultRetention);
    dashboard.retentionMs = retention > 0 ? retention : DefaultRetention;
    QSet<QString> ids;
    for (const auto &value : object.value(QStringLiteral("tiles")).toArray()) {
        QString problem;
        auto tile = tileFromJson(value.toObject(), &problem);
        if (tile && std::any_of(dashboard.tiles.cbegin(), dashboard.tiles.cend(),
                                [&](const TileData &other) { return overlaps(*tile, other); }))
            tile.reset(), problem = tr("a tile overlaps another one");
        if (!tile) {
            qCWarning(lcDashboards) << "Dashboard" << dashboard.name << "dropped a tile:" << problem;
            if (warnings)
                *warnings << problem;
            continue;
        }
        if (tile->id.isEmpty() || ids.contains(tile->id))
            tile->id.clear();  // made by TilesModel
        else
            ids.insert(tile->id);
        dashboard.tiles << *tile;
    }
    return dashboard;
}

QByteArray serialize(const DashboardData &dashboard)
{
    return QJsonDocument(toJson(dashboard)).toJson(QJsonDocument::Indented);
}

std::optional<DashboardData> parse(const QByteArray &json, QString *error, QStringList *warnings)
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? tr("Not valid JSON: %1").arg(parseError.errorString())
                                                             : tr("Not a Linnet dashboard file.");
        return std::nullopt;
    }
    return fromJson(document.object(), error, warnings);
}

bool write(const QString &path, const DashboardData &dashboard, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(dashboard)) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<DashboardData> read(const QString &path, QString *error, QStringList *warnings)
{
    QFile file(path);
    // A dashboard is a few KB; anything this large is not one.
    constexpr qint64 MaxSize = 4 * 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    if (file.size() > MaxSize) {
        *error = tr("The file is too large for a dashboard.");
        return std::nullopt;
    }
    return parse(file.readAll(), error, warnings);
}

QList<std::pair<QString, QString>> nodes(const DashboardData &dashboard)
{
    QList<std::pair<QString, QString>> result;
    for (const auto &tile : dashboard.tiles) {
        for (const auto &ref : tile.series) {
            const std::pair node{ref.service, ref.node};
            if (!result.contains(node))
                result << node;
        }
    }
    return result;
}

}  // namespace DashboardFile
