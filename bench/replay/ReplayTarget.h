// The seam of the replay benchmark: whatever receives the bytes read from the socket. The
// harness (main.cpp) feeds every chunk as read, in order, and is done once itemsDone() reaches
// the number of notifications sent. Swap implementations here, not in the harness.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

class ReplayTarget
{
public:
    virtual ~ReplayTarget() = default;
    // What is measured, for the table: "floor" or "linnet".
    virtual QString mode() const = 0;
    // One chunk as read from the socket. false: the input was rejected (see error()).
    virtual bool feed(QByteArrayView bytes) = 0;
    // Notifications fully handled (for Linnet: their readings are in the store).
    virtual quint64 itemsDone() const = 0;
    virtual QString error() const { return {}; }
};

// QXmlStreamReader tokenizing the bytes, counting top-level elements: the floor any
// QXmlStreamReader-based receive path stands on.
std::unique_ptr<ReplayTarget> makeFloorTarget();
// Linnet's receive path (LinnetReplayTarget.cpp): StanzaFramer + ReadingInterceptor + ReadingStore.
std::unique_ptr<ReplayTarget> makeLinnetTarget(const QString &service, const QString &node);
