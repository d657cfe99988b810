// Puts one session's stanzas into the ProtocolTrace while it records: a QXmppLogger of its own
// (SignalLogging) is set on the client only while recording, so nothing is formatted for the
// trace otherwise. A logger the client had before (Session's linnet.xmpp one) is restored
// afterwards and, while tapped, still gets every message.
#pragma once

#include "ProtocolTrace.h"

#include <QPointer>

class QXmppClient;
class QXmppLogger;

class XmppTraceTap : public QObject
{
    Q_OBJECT
public:
    // connection: the session's full JID, as the inspector shows it. Parent: the Session.
    XmppTraceTap(QXmppClient *client, ProtocolTrace *trace, const QString &connection, QObject *parent = nullptr);
    ~XmppTraceTap() override;

    bool isAttached() const { return m_logger != nullptr; }

    // One stanza's (or stream element's) log text as an event: kind message/presence/iq, or
    // "stream" for stream-level elements; summary = element, type, from/to, id. Public for tests.
    static TraceEvent toEvent(const QString &text, bool sent, bool keepBodies, const QString &connection);

private:
    void update();
    void attach();
    void detach();

    QPointer<QXmppClient> m_client;
    QPointer<ProtocolTrace> m_trace;
    QString m_connection;
    QXmppLogger *m_logger = nullptr;
    QPointer<QXmppLogger> m_previous;
};
