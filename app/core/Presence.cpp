#include "core/Presence.h"

#include <QCoreApplication>
#include <QXmppPresence.h>

namespace Presence {

Availability fromXmpp(const QXmppPresence &presence)
{
    if (presence.type() != QXmppPresence::Available)
        return Availability::Offline;
    switch (presence.availableStatusType()) {
    case QXmppPresence::Online:
    case QXmppPresence::Chat:
        return Availability::Online;
    case QXmppPresence::Away:
        return Availability::Away;
    case QXmppPresence::DND:
        return Availability::DoNotDisturb;
    case QXmppPresence::XA:
        return Availability::ExtendedAway;
    case QXmppPresence::Invisible:
        return Availability::Offline;
    }
    return Availability::Online;
}

QXmppPresence toXmpp(Availability availability, const QString &statusText)
{
    QXmppPresence presence(availability == Availability::Offline ? QXmppPresence::Unavailable
                                                                  : QXmppPresence::Available);
    switch (availability) {
    case Availability::Online:
    case Availability::Offline:
        presence.setAvailableStatusType(QXmppPresence::Online);
        break;
    case Availability::Away:
        presence.setAvailableStatusType(QXmppPresence::Away);
        break;
    case Availability::DoNotDisturb:
        presence.setAvailableStatusType(QXmppPresence::DND);
        break;
    case Availability::ExtendedAway:
        presence.setAvailableStatusType(QXmppPresence::XA);
        break;
    }
    presence.setStatusText(statusText);
    return presence;
}

QString label(Availability availability)
{
    switch (availability) {
    case Availability::Online:
        return QCoreApplication::translate("Presence", "Available");
    case Availability::Away:
        return QCoreApplication::translate("Presence", "Away");
    case Availability::DoNotDisturb:
        return QCoreApplication::translate("Presence", "Do not disturb");
    case Availability::ExtendedAway:
        return QCoreApplication::translate("Presence", "Extended away");
    case Availability::Offline:
        return QCoreApplication::translate("Presence", "Offline");
    }
    return {};
}

}  // namespace Presence
