// What ChartFeeder keeps per series of its tile (shared by ChartFeeder.cpp, its view part
// ChartFeederView.cpp and its drawing part ChartFeederRender.cpp).
#pragma once

#include "ChartFeeder.h"
#include "DashboardData.h"
#include "timeseries/Sample.h"

#include <QList>
#include <QPointF>
#include <QPointer>
#include <QtCharts/QChart>
#include <QtCharts/QXYSeries>

#include <vector>

struct ChartFeeder::Line {
    Dashboards::SeriesRef ref;
    QString unit;
    int unitIndex = 0;
    QPointer<QXYSeries> series;                // QML's: the first segment
    QList<QPointer<QXYSeries>> extras;         // ours: the segments after a gap
    QList<QList<QPointF>> drawn;               // points per segment as last handed over
    bool stale = false;
    // The samples of [cacheFrom, cacheTo], and how many the store held when they were read:
    // live, only the newer ones are read each frame unless the store changed otherwise.
    std::vector<Sample> cache;
    qint64 cacheFrom = 0;
    qint64 cacheTo = -1;
    qsizetype storeCount = -1;

    // The segments we added belong to their chart: taken out of it, then deleted.
    void dropExtras()
    {
        for (auto &extra : extras) {
            if (extra && extra->chart())
                extra->chart()->removeSeries(extra);
            delete extra.data();
        }
        extras.clear();
    }
};
