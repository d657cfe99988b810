// Proton's one-line frame trace ("[0x..]:0 <- @flow(19) [..., handle=0, ..., link-credit=100]")
// into the inspector's TraceEvent fields. Reads the text Proton already formats; not a codec.
#pragma once

#include <QString>

class ProtocolTrace;
struct TraceEvent;

// False if the line is no frame (e.g. a SASL/AMQP header line is still recorded, as an Event).
bool parseAmqpFrame(QStringView line, TraceEvent *event);
// Parses and records one line on trace if it records.
void recordAmqpFrame(ProtocolTrace *trace, const QString &connection, const char *line);
