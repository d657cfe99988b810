// Puts one session's stanzas into the ProtocolTrace while it records: a QXmppLogger of its own
// (SignalLogging) is set on the client only while recording, so nothing is formatted for the
// trace otherwise. A logger the client had before (Session's linnet.xmpp one) is restored
// afterwards and, while tapped, still gets every message.
//
// QXmpp logs each read whole, often many stanzas at once: the tap splits what it received into
// top-level elements, one event each. PubSub notifications the receive path's fast lane took
// (ReadingInterceptor) reach QXmpp as placeholders; while recording, the tap has the fast lane
// keep them (FastLaneTrace) and records each one in its placeholder's place, as kind "pubsub".
#pragma once

#include "FastLaneTrace.h"
#include "ProtocolTrace.h"

#include <QPointer>

#include <memory>

class QXmppClient;
class QXmppLogger;

class XmppTraceTap : public QObject
{
    Q_OBJECT
public:
    // connection: the session's full JID, as the inspector shows it. Parent: the Session.
    // trace may be null until setTrace().
    XmppTraceTap(QXmppClient *client, ProtocolTrace *trace, const QString &connection, QObject *parent = nullptr);
    ~XmppTraceTap() override;

    void setTrace(ProtocolTrace *trace);
    // The session's fast lane (shared with its ReadingInterceptor); recording while the tap is.
    void setFastLane(std::shared_ptr<FastLaneTrace> fastLane);
    const std::shared_ptr<FastLaneTrace> &fastLane() const { return m_fastLane; }

    bool isAttached() const { return m_logger != nullptr; }

    // One stanza's (or stream element's) log text as an event: kind message/presence/iq, or
    // "stream" for stream-level elements; summary = element, type, from/to, id. Public for tests.
    static TraceEvent toEvent(const QString &text, bool sent, bool keepBodies, const QString &connection);
    // A notification the fast lane took, as an event of kind "pubsub": summary = node, item ids,
    // sender and what became of its readings; detail = the stanza. Public for tests.
    static TraceEvent itemEvent(const FastLaneTrace::Taken &item, bool keepBodies, const QString &connection);
    // What QXmpp logged as received, in top-level elements (the text whole if it does not split).
    static QStringList splitReceived(const QString &text);

private:
    void update();
    void attach();
    void detach();
    void logged(bool sent, const QString &text);

    QPointer<QXmppClient> m_client;
    QPointer<ProtocolTrace> m_trace;
    QString m_connection;
    std::shared_ptr<FastLaneTrace> m_fastLane;
    QXmppLogger *m_logger = nullptr;
    QPointer<QXmppLogger> m_previous;
};
