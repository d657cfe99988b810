// Evaluates tile thresholds in C++, per batch of readings (ReadingStore::readingsAdded), never
// per sample in QML. A series crossing a threshold sets its tile's alert state, adds to the
// alert log and raises a desktop notification (the tray when there is one; logged under
// linnet.dashboards either way); the tile clears when all its series are back in range.
#pragma once

#include "DashboardData.h"

#include <QHash>
#include <QObject>

#include <limits>

class DashboardsModel;

class AlertEngine : public QObject
{
    Q_OBJECT

public:
    explicit AlertEngine(DashboardsModel *dashboards);

    // Sets one tile's state from its series' last values (at start, or its thresholds or series
    // changed); no alert is logged for it: only data crossing a threshold logs one.
    void reevaluate(const QString &dashboard, const QString &tileId);
    // Forgets the states of a removed dashboard or renamed one's old name.
    void forget(const QString &dashboard);

Q_SIGNALS:
    // One per crossing into an alert (tests; the notifier).
    void alertRaised(const Dashboards::AlertRecord &alert);

private:
    enum class State { Normal, High, Low };
    struct SeriesState {
        qint64 lastMs = std::numeric_limits<qint64>::min();  // newest sample evaluated
        State state = State::Normal;
    };
    void readingsAdded(const QString &service, const QString &node);
    // Runs the tile's samples newer than each series' lastMs through its thresholds (only the
    // last one, silently, for a series seen for the first time or when reset).
    void evaluate(const QString &dashboard, const Dashboards::TileData &tile, const QString &service,
                  const QString &node, bool reset);
    static QString key(const QString &dashboard, const QString &tileId, const Dashboards::SeriesRef &ref);
    void notify(const Dashboards::AlertRecord &alert);

    DashboardsModel *m_dashboards;
    // key(): dashboard name, tile id, service, node and series name
    QHash<QString, SeriesState> m_states;
};
