// The tiles of one dashboard on a grid of Dashboards::GridColumns columns (rows grow as
// needed). Tiles never overlap and never leave the grid: add, move and resize refuse what would.
#pragma once

#include "DashboardData.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

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
                Timeline = int(Dashboards::TileKind::Timeline) };
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

    // C++ side (persistence, feeders, alerts).
    QList<Dashboards::TileData> tiles() const { return m_tiles; }
    std::optional<Dashboards::TileData> tile(const QString &tileId) const;
    // Replaces all tiles (dropping overlapping or off-grid ones); ids made where missing.
    void setTiles(const QList<Dashboards::TileData> &tiles);
    bool isAlert(const QString &tileId) const { return m_alerts.contains(tileId); }
    void setAlert(const QString &tileId, bool alert);

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
    QString newId() const;
    void emitRowChanged(int index, const QList<int> &roles);
    void updateRows();

    QList<Dashboards::TileData> m_tiles;
    QSet<QString> m_alerts;
    int m_rows = 0;
};
