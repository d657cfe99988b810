#include "PresenceController.h"

#include "core/Logging.h"

#include <QXmppClient.h>
#include <QXmppPresence.h>

PresenceController::PresenceController(QXmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    // QXmpp sends its stored presence when a stream starts; bring it up to date after login.
    connect(m_client, &QXmppClient::connected, this, [this] {
        const auto sent = m_client->clientPresence();
        if (Presence::fromXmpp(sent) != m_availability || sent.statusText() != m_statusText)
            m_client->setClientPresence(Presence::toXmpp(m_availability, m_statusText));
    });
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
