#include "ProfileEvents.h"

#include "PepItems.h"
#include "core/Logging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

QStringList ProfileEvents::discoveryFeatures() const
{
    return {QString::fromLatin1(Pep::AvatarMetadataNode) + QStringLiteral("+notify"),
            QString::fromLatin1(Pep::NickNode) + QStringLiteral("+notify")};
}

bool ProfileEvents::handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName)
{
    const bool avatar = nodeName == QLatin1String(Pep::AvatarMetadataNode);
    const bool nick = nodeName == QLatin1String(Pep::NickNode);
    if (!avatar && !nick)
        return false;
    // PEP events come from the contact's bare JID (our own from ours, or with no from at all).
    const QString jid = QXmppUtils::jidToBareJid(pubSubService.isEmpty() ? client()->configuration().jidBare() : pubSubService);
    const auto items = element.firstChildElement(QStringLiteral("event")).firstChildElement(QStringLiteral("items"));
    // The newest item is the last one; a retraction or a purge means "none any more".
    QDomElement last;
    for (auto child = items.firstChildElement(); !child.isNull(); child = child.nextSiblingElement())
        last = child;
    if (last.tagName() != QLatin1String("item")) {
        if (avatar)
            Q_EMIT avatarAnnounced(jid, {});
        else
            Q_EMIT nickReceived(jid, {});
        return true;
    }
    if (avatar) {
        Pep::AvatarMetadataItem item;
        item.parse(last);
        qCDebug(lcRoster) << "Avatar of" << jid << (item.hash.isEmpty() ? QStringLiteral("removed") : item.hash);
        Q_EMIT avatarAnnounced(jid, item.hash);
    } else {
        Pep::NickItem item;
        item.parse(last);
        Q_EMIT nickReceived(jid, item.nick);
    }
    return true;
}

void ProfileEvents::fetchAvatar(const QString &bareJid, const QString &hash)
{
    auto *pubsub = client()->findExtension<QXmppPubSubManager>();
    if (!pubsub)
        return;
    pubsub->requestItems<Pep::AvatarDataItem>(bareJid, QString::fromLatin1(Pep::AvatarDataNode), {hash})
        .then(this, [this, bareJid, hash](QXmppPubSubManager::ItemsResult<Pep::AvatarDataItem> &&result) {
            if (const auto *error = std::get_if<QXmppError>(&result)) {
                qCInfo(lcRoster) << "No avatar data from" << bareJid << error->description;
                return;
            }
            const auto &items = std::get<QXmppPubSubManager::Items<Pep::AvatarDataItem>>(result).items;
            for (const auto &item : items) {
                if (item.id() == hash && !item.data.isEmpty()) {
                    Q_EMIT avatarData(bareJid, hash, item.data);
                    return;
                }
            }
        });
}
