#include "TilesModel.h"

#include <QColor>
#include <QPoint>

using namespace Dashboards;

namespace {
bool overlaps(const TileData &tile, int column, int row, int columnSpan, int rowSpan)
{
    return tile.column < column + columnSpan && column < tile.column + tile.columnSpan && tile.row < row + rowSpan
        && row < tile.row + tile.rowSpan;
}

// Tiles beyond this row are refused: a grid this tall is a bug, not a layout.
constexpr int MaxRows = 1000;
}  // namespace

TilesModel::TilesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QVariant TilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &tile = m_tiles.at(index.row());
    switch (role) {
    case TileIdRole:
        return tile.id;
    case KindRole:
        return int(tile.kind);
    case Qt::DisplayRole:
    case TitleRole:
        return tile.title;
    case ColumnRole:
        return tile.column;
    case RowRole:
        return tile.row;
    case ColumnSpanRole:
        return tile.columnSpan;
    case RowSpanRole:
        return tile.rowSpan;
    case SeriesRole: {
        QVariantList series;
        for (qsizetype i = 0; i < tile.series.size(); ++i) {
            const auto &ref = tile.series.at(i);
            const QColor colour = ref.colour.isValid() ? ref.colour : paletteColour(i);
            series << QVariantMap{{QStringLiteral("service"), ref.service},
                                  {QStringLiteral("node"), ref.node},
                                  {QStringLiteral("name"), ref.name},
                                  {QStringLiteral("colour"), colour.name()}};
        }
        return series;
    }
    case SeriesCountRole:
        return int(tile.series.size());
    case WindowRole:
        return tile.windowMs;
    case LowRole:
        return tile.low ? QVariant(*tile.low) : QVariant();
    case HighRole:
        return tile.high ? QVariant(*tile.high) : QVariant();
    case AlertRole:
        return m_alerts.contains(tile.id);
    }
    if (role >= CommandRole && role <= CommandHistoryDeviceRole)
        return commandData(tile, role);
    return {};
}

QHash<int, QByteArray> TilesModel::roleNames() const
{
    return {{TileIdRole, "tileId"},     {KindRole, "kind"},         {TitleRole, "title"},
            {ColumnRole, "column"},     {RowRole, "row"},           {ColumnSpanRole, "columnSpan"},
            {RowSpanRole, "rowSpan"},   {SeriesRole, "series"},     {SeriesCountRole, "seriesCount"},
            {WindowRole, "window"},     {LowRole, "low"},           {HighRole, "high"},
            {AlertRole, "alert"},       {CommandRole, "command"},   {CommandControlRole, "commandControl"},
            {CommandJidRole, "commandJid"},               {CommandNameRole, "commandName"},
            {CommandStateRole, "commandState"},           {CommandBusyRole, "commandBusy"},
            {CommandOutcomeRole, "commandOutcome"},       {CommandOutcomeKindRole, "commandOutcomeKind"},
            {CommandTimeRole, "commandTime"},             {CommandCheckedRole, "commandChecked"},
            {CommandValueRole, "commandValue"},           {CommandMinRole, "commandMin"},
            {CommandMaxRole, "commandMax"},               {CommandStepRole, "commandStep"},
            {CommandBrokerRole, "commandBroker"},         {CommandTargetRole, "commandTarget"},
            {CommandHistoryDeviceRole, "commandHistoryDevice"}};
}

int TilesModel::rows() const
{
    return m_rows;
}

QVariantList TilesModel::windowPresets() const
{
    QVariantList presets;
    for (const qint64 ms : WindowPresets)
        presets << ms;
    return presets;
}

bool TilesModel::fits(int column, int row, int columnSpan, int rowSpan, int except) const
{
    if (column < 0 || row < 0 || columnSpan < 1 || rowSpan < 1 || column + columnSpan > GridColumns
        || row + rowSpan > MaxRows)
        return false;
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (i != except && overlaps(m_tiles.at(i), column, row, columnSpan, rowSpan))
            return false;
    }
    return true;
}

int TilesModel::addTile(int kind, const QString &title, int column, int row, int columnSpan, int rowSpan)
{
    if (kind < Chart || kind > Timeline)
        return -1;
    if (column < 0 || row < 0) {
        const auto place = freePlace(columnSpan, rowSpan);
        if (!place)
            return -1;
        column = place->x(), row = place->y();
    }
    if (!fits(column, row, columnSpan, rowSpan))
        return -1;
    TileData tile;
    tile.kind = TileKind(kind);
    tile.title = title;
    tile.column = column;
    tile.row = row;
    tile.columnSpan = columnSpan;
    tile.rowSpan = rowSpan;
    return appendTile(std::move(tile));
}

int TilesModel::appendTile(TileData tile)
{
    tile.id = newId();
    const int index = int(m_tiles.size());
    beginInsertRows({}, index, index);
    m_tiles << std::move(tile);
    endInsertRows();
    Q_EMIT countChanged();
    updateRows();
    Q_EMIT changed();
    return index;
}

bool TilesModel::moveTile(int index, int column, int row)
{
    if (index < 0 || index >= m_tiles.size())
        return false;
    auto &tile = m_tiles[index];
    if (tile.column == column && tile.row == row)
        return true;
    if (!fits(column, row, tile.columnSpan, tile.rowSpan, index))
        return false;
    tile.column = column;
    tile.row = row;
    emitRowChanged(index, {ColumnRole, RowRole});
    updateRows();
    Q_EMIT changed();
    return true;
}

bool TilesModel::resizeTile(int index, int columnSpan, int rowSpan)
{
    if (index < 0 || index >= m_tiles.size())
        return false;
    auto &tile = m_tiles[index];
    if (tile.columnSpan == columnSpan && tile.rowSpan == rowSpan)
        return true;
    if (!fits(tile.column, tile.row, columnSpan, rowSpan, index))
        return false;
    tile.columnSpan = columnSpan;
    tile.rowSpan = rowSpan;
    emitRowChanged(index, {ColumnSpanRole, RowSpanRole});
    updateRows();
    Q_EMIT changed();
    return true;
}

bool TilesModel::removeTile(int index)
{
    if (index < 0 || index >= m_tiles.size())
        return false;
    beginRemoveRows({}, index, index);
    const auto tile = m_tiles.takeAt(index);
    endRemoveRows();
    m_alerts.remove(tile.id);
    dropRunners(tile.id);
    Q_EMIT countChanged();
    updateRows();
    Q_EMIT changed();
    Q_EMIT tileChanged(tile.id);
    return true;
}

void TilesModel::setTitle(int index, const QString &title)
{
    if (index < 0 || index >= m_tiles.size() || m_tiles.at(index).title == title)
        return;
    m_tiles[index].title = title;
    emitRowChanged(index, {TitleRole});
    Q_EMIT changed();
}

void TilesModel::setKind(int index, int kind)
{
    // A command tile stays one (and no other kind becomes one): its data is of another sort.
    if (index < 0 || index >= m_tiles.size() || kind < Chart || kind > Timeline || int(m_tiles.at(index).kind) == kind
        || m_tiles.at(index).kind == TileKind::Command)
        return;
    m_tiles[index].kind = TileKind(kind);
    emitRowChanged(index, {KindRole});
    Q_EMIT changed();
    Q_EMIT tileChanged(m_tiles.at(index).id);
}

bool TilesModel::setWindow(int index, qint64 windowMs)
{
    if (index < 0 || index >= m_tiles.size() || windowName(windowMs).isEmpty())
        return false;
    if (m_tiles.at(index).windowMs != windowMs) {
        m_tiles[index].windowMs = windowMs;
        emitRowChanged(index, {WindowRole});
        Q_EMIT changed();
        Q_EMIT tileChanged(m_tiles.at(index).id);
    }
    return true;
}

bool TilesModel::setThresholds(int index, const QVariant &low, const QVariant &high)
{
    if (index < 0 || index >= m_tiles.size())
        return false;
    const auto number = [](const QVariant &value) -> std::optional<double> {
        bool ok = false;
        const double result = value.toDouble(&ok);
        if (!value.isValid() || value.isNull() || !ok || !std::isfinite(result))
            return std::nullopt;
        return result;
    };
    const auto newLow = number(low);
    const auto newHigh = number(high);
    if (newLow && newHigh && *newLow >= *newHigh)
        return false;
    auto &tile = m_tiles[index];
    if (tile.low != newLow || tile.high != newHigh) {
        tile.low = newLow;
        tile.high = newHigh;
        emitRowChanged(index, {LowRole, HighRole});
        Q_EMIT changed();
        Q_EMIT tileChanged(tile.id);
    }
    return true;
}

bool TilesModel::addSeries(int index, const QString &service, const QString &node, const QString &name,
                           const QString &colour)
{
    if (index < 0 || index >= m_tiles.size() || service.isEmpty() || node.isEmpty() || name.isEmpty())
        return false;
    auto &tile = m_tiles[index];
    SeriesRef ref{service, node, name, QColor::isValidColorName(colour) ? QColor::fromString(colour) : QColor()};
    for (const auto &existing : std::as_const(tile.series)) {
        if (existing.service == service && existing.node == node && existing.name == name)
            return false;
    }
    tile.series << ref;
    emitRowChanged(index, {SeriesRole, SeriesCountRole});
    Q_EMIT changed();
    Q_EMIT tileChanged(tile.id);
    return true;
}

bool TilesModel::removeSeries(int index, int seriesIndex)
{
    if (index < 0 || index >= m_tiles.size() || seriesIndex < 0 || seriesIndex >= m_tiles.at(index).series.size())
        return false;
    m_tiles[index].series.removeAt(seriesIndex);
    emitRowChanged(index, {SeriesRole, SeriesCountRole});
    Q_EMIT changed();
    Q_EMIT tileChanged(m_tiles.at(index).id);
    return true;
}

void TilesModel::setSeriesColour(int index, int seriesIndex, const QString &colour)
{
    if (index < 0 || index >= m_tiles.size() || seriesIndex < 0 || seriesIndex >= m_tiles.at(index).series.size())
        return;
    m_tiles[index].series[seriesIndex].colour = QColor::isValidColorName(colour) ? QColor::fromString(colour) : QColor();
    emitRowChanged(index, {SeriesRole});
    Q_EMIT changed();
    Q_EMIT tileChanged(m_tiles.at(index).id);
}

int TilesModel::indexOf(const QString &tileId) const
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles.at(i).id == tileId)
            return i;
    }
    return -1;
}

std::optional<TileData> TilesModel::tile(const QString &tileId) const
{
    const int index = indexOf(tileId);
    return index < 0 ? std::nullopt : std::optional(m_tiles.at(index));
}

void TilesModel::setTiles(const QList<TileData> &tiles)
{
    beginResetModel();
    m_tiles.clear();
    m_alerts.clear();
    dropRunners();
    for (auto tile : tiles) {
        if (!fits(tile.column, tile.row, tile.columnSpan, tile.rowSpan))
            continue;
        if (tile.id.isEmpty() || indexOf(tile.id) >= 0)
            tile.id = newId();
        m_tiles << tile;
    }
    endResetModel();
    Q_EMIT countChanged();
    updateRows();
    scheduleHistory();  // the command tiles' last outcomes
    Q_EMIT changed();
}

void TilesModel::setAlert(const QString &tileId, bool alert)
{
    const int index = indexOf(tileId);
    if (index < 0 || m_alerts.contains(tileId) == alert)
        return;
    if (alert)
        m_alerts.insert(tileId);
    else
        m_alerts.remove(tileId);
    emitRowChanged(index, {AlertRole});
    Q_EMIT alertChanged();
}

std::optional<QPoint> TilesModel::freePlace(int columnSpan, int rowSpan) const
{
    // The first free place, row by row: new tiles fill holes before growing the grid.
    for (int r = 0; r <= m_rows; ++r) {
        for (int c = 0; c + columnSpan <= GridColumns; ++c) {
            if (fits(c, r, columnSpan, rowSpan))
                return QPoint(c, r);
        }
    }
    return std::nullopt;
}

QString TilesModel::newId() const
{
    for (int n = int(m_tiles.size()) + 1;; ++n) {
        const QString id = QStringLiteral("t%1").arg(n);
        if (indexOf(id) < 0)
            return id;
    }
}

void TilesModel::emitRowChanged(int index, const QList<int> &roles)
{
    Q_EMIT dataChanged(this->index(index), this->index(index), roles);
}

void TilesModel::updateRows()
{
    int rows = 0;
    for (const auto &tile : std::as_const(m_tiles))
        rows = std::max(rows, tile.row + tile.rowSpan);
    if (rows != m_rows) {
        m_rows = rows;
        Q_EMIT rowsChanged();
    }
}
