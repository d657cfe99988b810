#include "RoomBookmark.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace {
const QString ConferenceNs = QStringLiteral("urn:xmpp:bookmarks:1");
}

RoomBookmarkItem::RoomBookmarkItem(const RoomBookmark &bookmark)
    : QXmppPubSubBaseItem(bookmark.jid)
    , m_bookmark(bookmark)
{
}

RoomBookmark RoomBookmarkItem::bookmark() const
{
    RoomBookmark bookmark = m_bookmark;
    bookmark.jid = id();
    return bookmark;
}

bool RoomBookmarkItem::isItem(const QDomElement &itemElement)
{
    return QXmppPubSubBaseItem::isItem(itemElement, [](const QDomElement &payload) {
        return payload.tagName() == u"conference" && payload.namespaceURI() == ConferenceNs;
    });
}

void RoomBookmarkItem::parsePayload(const QDomElement &payload)
{
    if (payload.tagName() != u"conference" || payload.namespaceURI() != ConferenceNs)
        return;
    m_bookmark.name = payload.attribute(QStringLiteral("name"));
    // xs:boolean: "true" or "1"
    const QString autojoin = payload.attribute(QStringLiteral("autojoin"));
    m_bookmark.autojoin = autojoin == u"true" || autojoin == u"1";
    m_bookmark.nick = payload.firstChildElement(QStringLiteral("nick")).text();
    m_bookmark.password = payload.firstChildElement(QStringLiteral("password")).text();
}

void RoomBookmarkItem::serializePayload(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("conference"));
    writer->writeDefaultNamespace(ConferenceNs);
    if (!m_bookmark.name.isEmpty())
        writer->writeAttribute(QStringLiteral("name"), m_bookmark.name);
    if (m_bookmark.autojoin)
        writer->writeAttribute(QStringLiteral("autojoin"), QStringLiteral("true"));
    if (!m_bookmark.nick.isEmpty())
        writer->writeTextElement(QStringLiteral("nick"), m_bookmark.nick);
    if (!m_bookmark.password.isEmpty())
        writer->writeTextElement(QStringLiteral("password"), m_bookmark.password);
    writer->writeEndElement();
}
