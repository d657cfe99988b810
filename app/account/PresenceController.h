// The account's own presence: availability and status text, sent whenever it changes and
// re-sent by QXmpp after each reconnect.
#pragma once

#include "core/Presence.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QXmppClient;
class QXmppPresence;

class PresenceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Session owns one")
    Q_PROPERTY(Presence::Availability availability READ availability NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString label READ label NOTIFY changed)

public:
    explicit PresenceController(QXmppClient *client, QObject *parent = nullptr);

    Presence::Availability availability() const { return m_availability; }
    QString statusText() const { return m_statusText; }
    QString label() const { return Presence::label(m_availability); }
    Q_INVOKABLE void setPresence(Presence::Availability availability, const QString &statusText);
    Q_INVOKABLE QString labelFor(Presence::Availability availability) const { return Presence::label(availability); }
    // What the session's next login announces.
    QXmppPresence toXmpp() const;

Q_SIGNALS:
    void changed();

private:
    QXmppClient *m_client;
    Presence::Availability m_availability = Presence::Availability::Online;
    QString m_statusText;
};
