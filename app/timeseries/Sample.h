// What the store hands to readers: one sample (16 bytes, as held in memory) and what a series is.
#pragma once

#include <QString>
#include <QtGlobal>

struct Sample {
    qint64 timeMs;  // ms since the epoch
    double value;
};
static_assert(sizeof(Sample) == 16, "samples in memory cost 16 bytes each");

struct SeriesInfo {
    QString service, node, name, unit;
    qint64 firstMs = 0, lastMs = 0;  // of the samples held in memory
    qsizetype count = 0;
};
