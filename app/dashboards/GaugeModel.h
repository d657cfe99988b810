// A gauge tile's one number: the last value of the tile's seriesIndex-th series, its unit, and
// whether it is stale. Updated when that node has new readings (coalesced by the store) and
// once a second for staleness.
#pragma once

#include "AxisScale.h"
#include "DashboardContext.h"

#include "TileSeriesBinding.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class Dashboard;

class GaugeModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("dashboards/Dashboard.h")
    Q_PROPERTY(Dashboard *dashboard READ dashboard WRITE setDashboard NOTIFY tileChanged)
    Q_PROPERTY(QString tileId READ tileId WRITE setTileId NOTIFY tileChanged)
    Q_PROPERTY(int seriesIndex READ seriesIndex WRITE setSeriesIndex NOTIFY tileChanged)
    Q_PROPERTY(QString name READ name NOTIFY tileChanged)
    Q_PROPERTY(bool hasValue READ hasValue NOTIFY valueChanged)
    Q_PROPERTY(double value READ value NOTIFY valueChanged)
    Q_PROPERTY(QString unit READ unit NOTIFY valueChanged)
    Q_PROPERTY(QDateTime time READ time NOTIFY valueChanged)
    Q_PROPERTY(bool stale READ isStale NOTIFY staleChanged)
    // The gauge's scale: 0 to 100 for percentages, else nice bounds around the tile's window of
    // readings, the value and the thresholds, so crossing a threshold shows on the arc.
    Q_PROPERTY(double minimum READ minimum NOTIFY scaleChanged)
    Q_PROPERTY(double maximum READ maximum NOTIFY scaleChanged)
    // Decimals the scale's labels need.
    Q_PROPERTY(int decimals READ decimals NOTIFY scaleChanged)

public:
    explicit GaugeModel(QObject *parent = nullptr);

    Dashboard *dashboard() const { return m_dashboard; }
    void setDashboard(Dashboard *dashboard);
    QString tileId() const { return m_tileId; }
    void setTileId(const QString &tileId);
    int seriesIndex() const { return m_seriesIndex; }
    void setSeriesIndex(int index);
    QString name() const { return m_binding.ref().name; }
    bool hasValue() const { return m_hasValue; }
    double value() const { return m_value; }
    QString unit() const { return m_unit; }
    QDateTime time() const;
    bool isStale() const { return m_stale; }
    double minimum() const { return m_scale.min; }
    double maximum() const { return m_scale.max; }
    int decimals() const { return m_scale.decimals; }
    // Re-reads the value and staleness now (tests).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void tileChanged();
    void valueChanged();
    void staleChanged();
    void scaleChanged();

private:
    void rebind();
    void updateScale(const DashboardContext &context);

    QPointer<Dashboard> m_dashboard;
    QString m_tileId;
    int m_seriesIndex = 0;
    TileSeriesBinding m_binding;
    QString m_unit;
    bool m_hasValue = false;
    double m_value = 0;
    qint64 m_timeMs = 0;
    bool m_stale = false;
    AxisScale::Scale m_scale = AxisScale::nice(0, 100, 5);
    // The window's lowest and highest reading, re-read every few seconds (not per reading).
    double m_windowLow = 0, m_windowHigh = 0;
    bool m_windowKnown = false;
    qint64 m_windowReadMs = 0;
    QTimer m_timer;
};
