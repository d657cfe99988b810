#include "BookmarkStore.h"

#include "core/Logging.h"

#include <QXmppClient.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>
#include <QXmppPubSubPublishOptions.h>

namespace BookmarkStore {

namespace {
QXmppPubSubManager *pubsub(QXmppClient *client)
{
    return client ? client->findExtension<QXmppPubSubManager>() : nullptr;
}
}  // namespace

void load(QXmppClient *client, QObject *context,
          std::function<void(const QList<RoomBookmark> &, const QString &)> done)
{
    auto *manager = pubsub(client);
    if (!manager) {
        done({}, QObject::tr("Not connected"));
        return;
    }
    manager->requestItems<RoomBookmarkItem>(client->configuration().jidBare(), Bookmarks::Node)
        .then(context, [done = std::move(done)](QXmppPubSubManager::ItemsResult<RoomBookmarkItem> &&result) {
            if (const auto *error = std::get_if<QXmppError>(&result)) {
                // No node yet: the account has no bookmarks.
                const auto stanzaError = error->value<QXmppStanza::Error>();
                if (stanzaError && stanzaError->condition() == QXmppStanza::Error::ItemNotFound) {
                    done({}, {});
                    return;
                }
                qCWarning(lcRooms) << "Could not load the bookmarks:" << error->description;
                done({}, error->description);
                return;
            }
            QList<RoomBookmark> bookmarks;
            for (const auto &item : std::get<QXmppPubSubManager::Items<RoomBookmarkItem>>(result).items) {
                if (!item.id().isEmpty())
                    bookmarks << item.bookmark();
            }
            done(bookmarks, {});
        });
}

void publish(QXmppClient *client, const RoomBookmark &bookmark, QObject *context, std::function<void(const QString &)> done)
{
    auto *manager = pubsub(client);
    if (!manager) {
        if (done)
            done(QObject::tr("Not connected"));
        return;
    }
    QXmppPubSubPublishOptions options;
    options.setPersistItems(true);
    options.setMaxItems(QXmppPubSubNodeConfig::Max());
    options.setSendLastItem(QXmppPubSubNodeConfig::Never);
    options.setAccessModel(QXmppPubSubNodeConfig::Allowlist);
    manager->publishItem(client->configuration().jidBare(), Bookmarks::Node, RoomBookmarkItem(bookmark), options)
        .then(context, [done = std::move(done), jid = bookmark.jid](QXmppPubSubManager::PublishItemResult &&result) {
            QString error;
            if (const auto *e = std::get_if<QXmppError>(&result)) {
                error = e->description;
                qCWarning(lcRooms) << "Could not save the bookmark of" << jid << ":" << error;
            }
            if (done)
                done(error);
        });
}

void retract(QXmppClient *client, const QString &roomJid, QObject *context, std::function<void(const QString &)> done)
{
    auto *manager = pubsub(client);
    if (!manager) {
        if (done)
            done(QObject::tr("Not connected"));
        return;
    }
    manager->retractItem(client->configuration().jidBare(), Bookmarks::Node, roomJid)
        .then(context, [done = std::move(done), roomJid](QXmppPubSubManager::Result &&result) {
            QString error;
            if (const auto *e = std::get_if<QXmppError>(&result)) {
                error = e->description;
                qCWarning(lcRooms) << "Could not remove the bookmark of" << roomJid << ":" << error;
            }
            if (done)
                done(error);
        });
}

}  // namespace BookmarkStore
