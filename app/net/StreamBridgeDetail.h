// What StreamBridge.cpp and StreamBridgeConnect.cpp share (not part of the bridge's API).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace StreamBridgeDetail {
constexpr quint16 DefaultClientPort = 5222;
// One upstream read; the socket buffers four of them at most (backpressure).
constexpr qint64 ReadChunk = 64 * 1024;
// QXmpp sends only its stream header before TLS; anything much larger is not QXmpp.
constexpr qint64 MaxPendingUpstream = 64 * 1024;

// Call sites wrap their literal in QT_TRANSLATE_NOOP("ConnectionError", ...) so lupdate finds it.
inline QString errorText(const char *text)
{
    return QCoreApplication::translate("ConnectionError", text);
}
}  // namespace StreamBridgeDetail
