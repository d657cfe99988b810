// How available someone is, as QML and the models see it; QXmpp's presence types stay in C++.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QXmppPresence;

namespace Presence {
Q_NAMESPACE
QML_NAMED_ELEMENT(Presence)

// Ordered from most to least reachable: the roster sorts by this order.
enum class Availability {
    Online,
    Away,
    DoNotDisturb,
    ExtendedAway,
    Offline,
};
Q_ENUM_NS(Availability)

Availability fromXmpp(const QXmppPresence &presence);
QXmppPresence toXmpp(Availability availability, const QString &statusText);
QString label(Availability availability);
}  // namespace Presence
