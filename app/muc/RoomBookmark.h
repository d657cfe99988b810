// A group chat room the user keeps (XEP-0402 PEP native bookmarks): one item of the PEP node
// urn:xmpp:bookmarks:1 per room, its id the room's JID, its payload a <conference/>.
#pragma once

#include <QString>

#include <QXmppPubSubBaseItem.h>

struct RoomBookmark {
    QString jid;       // the room's bare JID (the item id)
    QString name;      // the user's name for it ("" if none)
    QString nick;      // the nick to join with ("" : the account's default)
    QString password;  // kept in the user's private PEP node, as XEP-0402 does
    bool autojoin = false;

    bool operator==(const RoomBookmark &) const = default;
};

namespace Bookmarks {
inline const QString Node = QStringLiteral("urn:xmpp:bookmarks:1");
}

// The PubSub item carrying one bookmark (parse and serialise the <conference/> payload).
class RoomBookmarkItem : public QXmppPubSubBaseItem
{
public:
    RoomBookmarkItem() = default;
    explicit RoomBookmarkItem(const RoomBookmark &bookmark);

    RoomBookmark bookmark() const;

    static bool isItem(const QDomElement &itemElement);

protected:
    void parsePayload(const QDomElement &payload) override;
    void serializePayload(QXmlStreamWriter *writer) const override;

private:
    RoomBookmark m_bookmark;
};
