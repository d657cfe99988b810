// Which process serves a port: for servers the fixture starts without a pid file the bench
// knows (ejabberd runs as beam.smp under ejabberdctl), so their CPU can be read like Prosody's.
#pragma once

#include <QtGlobal>

namespace bench {

// The pid of the process holding a listening TCP socket on this port (IPv4 or IPv6, any
// address), found through /proc/net/tcp{,6} and /proc/PID/fd; -1 if none is visible.
qint64 listeningProcess(quint16 port);

}  // namespace bench
