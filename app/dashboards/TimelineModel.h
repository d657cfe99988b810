// A timeline tile: the boolean state of the tile's seriesIndex-th series (0 off, else on) over
// the tile's window, as segments for a Repeater of rectangles. Runs of one state merge; at most
// MaxSegments (the shortest are merged into neighbours past that), so a flapping contact
// costs no more to draw than a quiet one.
#pragma once

#include <QAbstractListModel>
#include "TileSeriesBinding.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class Dashboard;

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("dashboards/Dashboard.h")
    Q_PROPERTY(Dashboard *dashboard READ dashboard WRITE setDashboard NOTIFY tileChanged)
    Q_PROPERTY(QString tileId READ tileId WRITE setTileId NOTIFY tileChanged)
    Q_PROPERTY(int seriesIndex READ seriesIndex WRITE setSeriesIndex NOTIFY tileChanged)
    Q_PROPERTY(QString name READ name NOTIFY tileChanged)
    Q_PROPERTY(QDateTime viewFrom READ viewFrom NOTIFY segmentsChanged)
    Q_PROPERTY(QDateTime viewTo READ viewTo NOTIFY segmentsChanged)
    // The last state: true, false, or undefined before any reading.
    Q_PROPERTY(QVariant current READ current NOTIFY segmentsChanged)
    Q_PROPERTY(bool stale READ isStale NOTIFY staleChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY segmentsChanged)

public:
    static constexpr int MaxSegments = 200;
    enum Role {
        FromRole = Qt::UserRole + 1,  // QDateTime
        ToRole,                       // QDateTime
        OnRole,                       // bool
        StartRole,                    // 0..1 of the window (x of the rectangle / width)
        LengthRole,                   // 0..1 of the window
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Dashboard *dashboard() const { return m_dashboard; }
    void setDashboard(Dashboard *dashboard);
    QString tileId() const { return m_tileId; }
    void setTileId(const QString &tileId);
    int seriesIndex() const { return m_seriesIndex; }
    void setSeriesIndex(int index);
    QString name() const { return m_binding.ref().name; }
    QDateTime viewFrom() const;
    QDateTime viewTo() const;
    QVariant current() const;
    bool isStale() const { return m_stale; }
    // Re-reads the segments now (tests; otherwise at most once per frame).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void tileChanged();
    void segmentsChanged();
    void staleChanged();

private:
    struct Segment {
        qint64 fromMs;
        qint64 toMs;
        bool on;
    };
    void rebind();
    void schedule();

    QPointer<Dashboard> m_dashboard;
    QString m_tileId;
    int m_seriesIndex = 0;
    TileSeriesBinding m_binding;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QList<Segment> m_segments;
    bool m_stale = false;
    bool m_pending = false;
    QTimer m_timer;
};
