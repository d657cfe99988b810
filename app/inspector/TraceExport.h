// Writes trace events to a file on a pool thread: plain text (one line per event, then the
// indented detail) or JSON lines (one object per event, for tools).
#pragma once

#include "ProtocolTrace.h"

#include <functional>

namespace TraceExport {
// The lines of one event in the plain-text format, without the final newline.
QString formatText(const TraceEvent &event);
QByteArray formatJson(const TraceEvent &event);  // one line, no newline
// Writes `events` to `path` off the calling thread; `done` runs on `context`'s thread with
// the number of events written, or the error in words.
void start(QList<TraceEvent> events, const QString &path, bool json, QObject *context,
           std::function<void(bool ok, qsizetype written, const QString &error)> done);
}  // namespace TraceExport
