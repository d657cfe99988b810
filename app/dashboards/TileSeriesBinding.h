// Which series a one-series tile model (gauge, timeline) shows, and the signals that mean "look
// again": new readings of its node, a device coming or going, and the tile itself changing.
#pragma once

#include "DashboardData.h"

#include <QList>
#include <QMetaObject>

#include <functional>

class Dashboard;
class QObject;

class TileSeriesBinding
{
public:
    // Resolves the tile's seriesIndex-th series (an empty ref if there is none) and connects,
    // replacing the last binding: changed() for new readings of its node and availability
    // changes, tileChanged() when the tile itself was edited (so the caller binds again).
    void bind(QObject *receiver, Dashboard *dashboard, const QString &tileId, int seriesIndex,
              const std::function<void()> &changed, const std::function<void()> &tileChanged);
    const Dashboards::SeriesRef &ref() const { return m_ref; }

private:
    Dashboards::SeriesRef m_ref;
    QList<QMetaObject::Connection> m_connections;
};
