// The PEP items of a contact's profile: XEP-0084 avatar data and metadata, XEP-0172 nickname.
// Typed for QXmppPubSubManager (requestItems<T>, publishItem): the app reads them, tests and
// a future "set my avatar" publish them.
#pragma once

#include <QXmppPubSubBaseItem.h>

#include <QByteArray>
#include <QString>

namespace Pep {
inline constexpr auto AvatarDataNode = "urn:xmpp:avatar:data";
inline constexpr auto AvatarMetadataNode = "urn:xmpp:avatar:metadata";
inline constexpr auto NickNode = "http://jabber.org/protocol/nick";

// <data xmlns='urn:xmpp:avatar:data'>BASE64</data>; the item id is the SHA-1 of the bytes.
class AvatarDataItem : public QXmppPubSubBaseItem
{
public:
    using QXmppPubSubBaseItem::QXmppPubSubBaseItem;
    QByteArray data;

protected:
    void parsePayload(const QDomElement &payload) override;
    void serializePayload(QXmlStreamWriter *writer) const override;
};

// <metadata xmlns='urn:xmpp:avatar:metadata'><info id bytes type width height/></metadata>;
// an empty hash publishes "no avatar" (an empty metadata element).
class AvatarMetadataItem : public QXmppPubSubBaseItem
{
public:
    using QXmppPubSubBaseItem::QXmppPubSubBaseItem;
    QString hash;
    QString type = QStringLiteral("image/png");
    qint64 bytes = 0;
    int width = 0;
    int height = 0;

protected:
    void parsePayload(const QDomElement &payload) override;
    void serializePayload(QXmlStreamWriter *writer) const override;
};

// <nick xmlns='http://jabber.org/protocol/nick'>Name</nick>
class NickItem : public QXmppPubSubBaseItem
{
public:
    using QXmppPubSubBaseItem::QXmppPubSubBaseItem;
    QString nick;

protected:
    void parsePayload(const QDomElement &payload) override;
    void serializePayload(QXmlStreamWriter *writer) const override;
};
}  // namespace Pep
