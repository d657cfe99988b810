// One sensor reading as stored: a SenML record resolved against its base values (RFC 8428).
#pragma once

#include <QString>

struct Reading {
    QString series;      // resolved name: bn + n, e.g. "dev-001:temp"
    QString unit;        // resolved unit: u, else bu
    double value = 0;    // v (vb maps to 0/1); string values are not plotted
    qint64 timeMs = 0;   // resolved time, ms since the epoch (bt + t; relative times count from the
                         // XEP-0203 delay stamp of a resent item, else from the arrival time)
};
