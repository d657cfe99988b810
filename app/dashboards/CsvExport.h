// A tile's samples as CSV, one row per sample in time order: time (ISO 8601, UTC, ms),
// device, name, unit, value. Runs where it is called: Dashboard::exportCsv puts it on a worker.
#pragma once

#include "DashboardData.h"

#include <functional>
#include <memory>

class ReadingStore;

namespace CsvExport {

struct Column {
    Dashboards::SeriesRef series;
    QString device;  // the device's JID, else the node
};

// progress(fraction) is called now and then, from the calling thread.
bool write(const QString &path, const std::shared_ptr<ReadingStore> &store, const QList<Column> &columns,
           qint64 fromMs, qint64 toMs, const std::function<void(double)> &progress, QString *error);

// One CSV field, quoted when it needs to be (RFC 4180).
QString field(const QString &text);

}  // namespace CsvExport
