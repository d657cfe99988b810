#include "PresenceController.h"

#include "core/Logging.h"

#include <QXmppClient.h>
#include <QXmppPresence.h>

PresenceController::PresenceController(QXmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    // The login itself announces toXmpp() (ConnectionController's initial presence), so
    // buddies never see a default "available" first.
}

QXmppPresence PresenceController::toXmpp() const
{
    return Presence::toXmpp(m_availability, m_statusText);
}

void PresenceController::setPresence(Presence::Availability availability, const QString &statusText)
{
    if (availability == m_availability && statusText == m_statusText)
        return;
    m_availability = availability;
    m_statusText = statusText.trimmed();
    qCInfo(lcAccount) << "Own presence:" << availability;
    // While offline, setClientPresence() would start a connection: wait for the login instead.
    if (m_client->isConnected())
        m_client->setClientPresence(Presence::toXmpp(m_availability, m_statusText));
    Q_EMIT changed();
}
