// What the protocol inspector shows: AMQP performatives per connection and XMPP stanzas per
// session, in one bounded buffer that any thread appends to (the AMQP thread, the GUI thread's
// QXmpp logger). Producers ask isRecording() first and format nothing while nobody watches.
// One per profile (AccountsModel owns it); the inspector page reads it through InspectorModel.
#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <deque>

struct TraceEvent {
    enum class Protocol : quint8 { Amqp, Xmpp };
    // Event: something on the connection that is no frame (opened, closed, an error).
    enum class Direction : quint8 { Received, Sent, Event };

    Protocol protocol = Protocol::Xmpp;
    Direction direction = Direction::Event;
    qint64 timeMs = 0;   // wall clock, ms since the epoch
    QString connection;  // "alice@linnet.test/desk", or the AMQP connection's name
    // AMQP: the performative (open, begin, attach, flow, transfer, disposition, detach, end,
    // close); XMPP: the stanza's element (message, presence, iq, or stream for stream-level),
    // or pubsub for a notification the receive path's fast lane took (XmppTraceTap).
    QString kind;
    // AMQP frame fields, -1 where the frame has none.
    int channel = -1;
    qint64 handle = -1;
    qint64 deliveryId = -1;
    qint64 credit = -1;  // flow: link-credit
    QString summary;     // one line for the list
    QString detail;      // the whole frame or stanza (XMPP: redacted, bodies only if showsBodies())
};

class ProtocolTrace : public QObject
{
    Q_OBJECT
    // For the inspector page's `trace` property; the profile owns the one instance.
    QML_ELEMENT
    QML_UNCREATABLE("The profile owns the protocol trace")
    Q_PROPERTY(bool recording READ isRecording WRITE setRecording NOTIFY recordingChanged)
    Q_PROPERTY(bool showsBodies READ showsBodies WRITE setShowsBodies NOTIFY showsBodiesChanged)
public:
    explicit ProtocolTrace(qsizetype capacity = 20000, QObject *parent = nullptr);

    // Thread-safe and cheap to ask: producers skip formatting while this is false.
    bool isRecording() const { return m_recording.load(std::memory_order_relaxed); }
    void setRecording(bool recording);
    // Whether XMPP message bodies go into events (off by default; the user turns it on).
    bool showsBodies() const { return m_bodies.load(std::memory_order_relaxed); }
    void setShowsBodies(bool shows);

    // Thread-safe: appends, dropping the oldest event past the capacity. Ignored while not
    // recording. eventsAvailable() follows, coalesced (never once per event).
    void record(TraceEvent event);

    // GUI thread: the events after `sequence` (the number of events ever recorded before
    // them), oldest first; `sequence` is advanced to the newest. Events dropped before the
    // reader got them are counted in dropped().
    QList<TraceEvent> eventsSince(quint64 *sequence) const;
    quint64 dropped() const;
    qsizetype capacity() const { return m_capacity; }
    void clear();

Q_SIGNALS:
    void recordingChanged();
    void showsBodiesChanged();
    void eventsAvailable();
    void cleared();

private:
    const qsizetype m_capacity;
    std::atomic<bool> m_recording{false};
    std::atomic<bool> m_bodies{false};
    std::atomic<bool> m_notifyPending{false};
    mutable QMutex m_mutex;
    std::deque<TraceEvent> m_events;
    quint64 m_total = 0;    // events ever recorded (sequence of the newest)
    quint64 m_dropped = 0;  // events pushed out by the capacity
};
