// What contacts (and our own account) publish about themselves over PEP: the XEP-0084 avatar
// metadata and the XEP-0172 nickname. Announcing "+notify" for both makes the server push the
// current items at login and every change after, so nothing is polled. A client extension,
// one per session; the roster listens to the first session's.
#pragma once

#include <QXmppClientExtension.h>
#include <QXmppPubSubEventHandler.h>

// QXmppPubSubEventHandler is an interface without a virtual destructor; QXmpp's own handlers
// derive from it the same way, and nothing deletes one through it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
class ProfileEvents : public QXmppClientExtension, public QXmppPubSubEventHandler
{
    Q_OBJECT

public:
    QStringList discoveryFeatures() const override;
    bool handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName) override;

    // Fetches the avatar with this hash from the contact's data node: avatarData when it comes.
    void fetchAvatar(const QString &bareJid, const QString &hash);

Q_SIGNALS:
    // hash empty: the contact removed their avatar.
    void avatarAnnounced(const QString &bareJid, const QString &hash);
    void avatarData(const QString &bareJid, const QString &hash, const QByteArray &data);
    void nickReceived(const QString &bareJid, const QString &nick);
};
#pragma GCC diagnostic pop
