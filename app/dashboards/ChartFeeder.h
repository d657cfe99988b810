// Feeds one chart tile into Qt Charts series that QML creates (as Qt's qmloscilloscope example
// does). QML, for a ChartView with one DateTimeAxis and one ValueAxis per entry of `units`:
//
//   ChartFeeder { id: feeder; dashboard: root.dashboard; tileId: model.tileId
//                 plotWidth: chart.plotArea.width }
//   // for each i in feeder.series (again whenever seriesChanged):
//   //   var s = chart.createSeries(ChartView.SeriesTypeLine, feeder.series[i].label, xAxis,
//   //                              yAxes[feeder.series[i].unitIndex]); feeder.setSeries(i, s)
//   xAxis.min: feeder.viewFrom; xAxis.max: feeder.viewTo
//   yAxes[k].min/max: feeder.axisRanges[k].min / .max
//
// The feeder reads the samples of the visible range from the ReadingStore, decimates them to
// about two points per pixel column (Decimation::minMax) and replaces the series' points at
// most once per frame (FrameTicker), only when the data or the view changed: readingsAdded is
// coalesced, never handled per sample. Gaps (the store's, e.g. spans the app was disconnected,
// and silences longer than GapIntervals usual intervals) break the line: the feeder adds
// hidden-from-legend segment series of the same pen and axes to the series' chart, and lists
// the visible gap spans in `gaps` for QML to shade.
#pragma once

#include "AxisScale.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QXYSeries;
QT_END_NAMESPACE
class Dashboard;

class ChartFeeder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("dashboards/Dashboard.h")
    Q_MOC_INCLUDE(<QtCharts/QAbstractSeries>)
    Q_PROPERTY(Dashboard *dashboard READ dashboard WRITE setDashboard NOTIFY tileChanged)
    Q_PROPERTY(QString tileId READ tileId WRITE setTileId NOTIFY tileChanged)
    // The plot area's width in pixels: how many columns to decimate to.
    Q_PROPERTY(int plotWidth READ plotWidth WRITE setPlotWidth NOTIFY plotWidthChanged)
    // The plot area's height in pixels: how many y-axis ticks fit.
    Q_PROPERTY(int plotHeight READ plotHeight WRITE setPlotHeight NOTIFY plotHeightChanged)
    // Paused: the view stops following now (new data inside it is still drawn).
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY viewChanged)
    // Following now with the tile's window (not paused, zoomed or panned).
    Q_PROPERTY(bool live READ isLive NOTIFY viewChanged)
    Q_PROPERTY(QDateTime viewFrom READ viewFrom NOTIFY viewChanged)
    Q_PROPERTY(QDateTime viewTo READ viewTo NOTIFY viewChanged)
    // The tile's window preset (ms).
    Q_PROPERTY(qint64 windowMs READ windowMs NOTIFY viewChanged)
    // The distinct units of the tile's series, in order of first use: one y-axis each.
    Q_PROPERTY(QStringList units READ units NOTIFY seriesChanged)
    // One entry per tile series: {service, node, name, label, unit, unitIndex, colour}.
    Q_PROPERTY(QVariantList series READ seriesList NOTIFY seriesChanged)
    // One entry per unit: {unit, min, max, tickCount, decimals, labelFormat}: a nice scale
    // (AxisScale) covering the visible points and, on a one-unit chart, the thresholds.
    Q_PROPERTY(QVariantList axisRanges READ axisRanges NOTIFY axisRangesChanged)
    // One bool per tile series: its device is unavailable or it is silent for StaleIntervals.
    Q_PROPERTY(QVariantList stale READ stale NOTIFY staleChanged)
    Q_PROPERTY(bool anyStale READ anyStale NOTIFY staleChanged)
    // Visible gap spans, merged over the tile's series: [{from: Date, to: Date}].
    Q_PROPERTY(QVariantList gaps READ gaps NOTIFY gapsChanged)
    // Times the points were replaced, and the points handed over last time (all series).
    Q_PROPERTY(int updates READ updates NOTIFY updated)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY updated)
    // Zoomed or panned within the last InteractionMs: QML drops antialiasing meanwhile (a dense
    // antialiased line costs several times more to draw), so a still chart stays smooth.
    Q_PROPERTY(bool interacting READ isInteracting NOTIFY interactingChanged)

public:
    // A series is stale after this many of its usual intervals without a reading.
    static constexpr int StaleIntervals = 3;
    // A silence this many usual intervals long (and at least MinGapMs) is drawn as a gap.
    static constexpr int GapIntervals = 5;
    static constexpr qint64 MinGapMs = 5000;
    // Line segments per series at most: further gaps inside the view are bridged.
    static constexpr int MaxSegments = 64;
    // Pens: a series with more points than plotWidth / DensePixelsPerPoint is drawn with a 1-px
    // cosmetic pen (Qt's raster engine strokes that with its fast line drawer; the 2-px pen of
    // a sparse line goes through the general stroker, 100x slower on a min/max zigzag).
    static constexpr int DensePixelsPerPoint = 3;
    static constexpr qreal SparsePenWidth = 2;
    // New data alone (no view change) redraws a chart at most once per pixel column's worth of
    // time, within [FrameMs, MaxDataIntervalMs], and at most DataRendersPerFrame charts per
    // frame (Qt Charts repaints a chart's whole scene for any change, on the GUI thread): a
    // dashboard of many live charts spreads its redraws over frames instead of stalling.
    static constexpr int MaxDataIntervalMs = 250;
    static constexpr int DataRendersPerFrame = 3;

    explicit ChartFeeder(QObject *parent = nullptr);
    ~ChartFeeder() override;

    Dashboard *dashboard() const { return m_dashboard; }
    void setDashboard(Dashboard *dashboard);
    QString tileId() const { return m_tileId; }
    void setTileId(const QString &tileId);
    int plotWidth() const { return m_plotWidth; }
    void setPlotWidth(int width);
    int plotHeight() const { return m_plotHeight; }
    void setPlotHeight(int height);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    bool isLive() const { return !m_paused && !m_manualView; }
    QDateTime viewFrom() const;
    QDateTime viewTo() const;
    qint64 viewFromMs() const { return m_fromMs; }
    qint64 viewToMs() const { return m_toMs; }
    qint64 windowMs() const;
    QStringList units() const { return m_units; }
    QVariantList seriesList() const;
    QVariantList axisRanges() const;
    QVariantList stale() const;
    bool anyStale() const;
    QVariantList gaps() const;
    int updates() const { return m_updates; }
    int pointCount() const { return m_pointCount; }
    bool isInteracting() const { return m_interaction.isActive(); }
    static constexpr int InteractionMs = 300;

    // The line series (a QXYSeries) showing the tile's index-th series; null detaches it.
    Q_INVOKABLE void setSeries(int index, QAbstractSeries *series);
    // Wheel: factor < 1 zooms in, > 1 out, around anchor (0 = left edge, 1 = right edge).
    Q_INVOKABLE void zoom(double factor, double anchor = 0.5);
    // Drag: moves the view by fraction of its width (positive: later).
    Q_INVOKABLE void pan(double fraction);
    // Shows exactly [from, to] (a rubber band); leaves live mode.
    Q_INVOKABLE void setView(const QDateTime &from, const QDateTime &to);
    // Back to live: following now with the tile's window.
    Q_INVOKABLE void resetView();
    // Replaces the points now if something changed (the frame tick does this; tests call it).
    Q_INVOKABLE void flush();
    // The segment series drawing the index-th series now (the QML one first); for tests.
    QList<QXYSeries *> segments(int index) const;

Q_SIGNALS:
    void interactingChanged();
    void tileChanged();
    void plotWidthChanged();
    void plotHeightChanged();
    void viewChanged();
    void seriesChanged();
    void axisRangesChanged();
    void staleChanged();
    void gapsChanged();
    void updated();

private:
    struct Line;
    void reloadTile();
    // urgent: the view, size or series changed (drawn in the next frame); else new data.
    void markDirty(bool urgent = true);
    qint64 dataIntervalMs() const;
    friend class ChartFeederScheduler;
    void readingsAdded(const QString &service, const QString &node);
    void slide();
    void updateStale();
    void setRange(qint64 fromMs, qint64 toMs, bool manual);
    void render();
    void renderLine(int index, Line &line, QList<std::pair<qint64, qint64>> &gapSpans);
    QXYSeries *segmentSeries(Line &line, int segment);

    QPointer<Dashboard> m_dashboard;
    QString m_tileId;
    int m_plotWidth = 600;
    int m_plotHeight = 200;
    bool m_paused = false;
    bool m_manualView = false;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QStringList m_units;
    std::vector<std::unique_ptr<Line>> m_lines;
    QList<AxisScale::Scale> m_ranges;  // per unit
    QList<std::pair<qint64, qint64>> m_gaps;     // visible, merged
    bool m_dirty = false;
    bool m_urgent = false;
    qint64 m_lastRenderMs = 0;  // monotonic
    int m_updates = 0;
    int m_pointCount = 0;
    QTimer m_interaction;  // single shot: running while the user zooms or pans
    QTimer m_slowTimer;  // slides the live view and checks staleness between data
    QList<QMetaObject::Connection> m_connections;
};
