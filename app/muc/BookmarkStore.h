// The account's room bookmarks on its server (XEP-0402: the PEP node urn:xmpp:bookmarks:1,
// items private to the account, kept without limit). QXmpp 1.10 only has the older XEP-0048
// (private XML storage) manager, so this speaks XEP-0402 through QXmppPubSubManager.
#pragma once

#include "RoomBookmark.h"

#include <QList>
#include <QObject>

#include <functional>

class QXmppClient;

namespace BookmarkStore {

// Every bookmark of the account. An account that never had one (no node) answers an empty
// list, not an error.
void load(QXmppClient *client, QObject *context,
          std::function<void(const QList<RoomBookmark> &bookmarks, const QString &error)> done);
// Adds or replaces the room's bookmark (item id = room JID), with XEP-0402's publish options
// (persistent, max items, never sent as last item, only the account may read it).
void publish(QXmppClient *client, const RoomBookmark &bookmark, QObject *context,
             std::function<void(const QString &error)> done = {});
void retract(QXmppClient *client, const QString &roomJid, QObject *context,
             std::function<void(const QString &error)> done = {});

}  // namespace BookmarkStore
