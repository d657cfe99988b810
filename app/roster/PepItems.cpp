#include "PepItems.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace Pep {

void AvatarDataItem::parsePayload(const QDomElement &payload)
{
    data = QByteArray::fromBase64(payload.text().toLatin1());
}

void AvatarDataItem::serializePayload(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("data"));
    writer->writeDefaultNamespace(QString::fromLatin1(AvatarDataNode));
    writer->writeCharacters(QString::fromLatin1(data.toBase64()));
    writer->writeEndElement();
}

void AvatarMetadataItem::parsePayload(const QDomElement &payload)
{
    // Several <info/> offer the same picture in other formats or by URL; the first one that
    // lives in the data node is the one every client can fetch.
    for (auto info = payload.firstChildElement(QStringLiteral("info")); !info.isNull();
         info = info.nextSiblingElement(QStringLiteral("info"))) {
        if (info.hasAttribute(QStringLiteral("url")))
            continue;
        hash = info.attribute(QStringLiteral("id"));
        type = info.attribute(QStringLiteral("type"));
        bytes = info.attribute(QStringLiteral("bytes")).toLongLong();
        width = info.attribute(QStringLiteral("width")).toInt();
        height = info.attribute(QStringLiteral("height")).toInt();
        return;
    }
}

void AvatarMetadataItem::serializePayload(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("metadata"));
    writer->writeDefaultNamespace(QString::fromLatin1(AvatarMetadataNode));
    if (!hash.isEmpty()) {
        writer->writeStartElement(QStringLiteral("info"));
        writer->writeAttribute(QStringLiteral("id"), hash);
        writer->writeAttribute(QStringLiteral("type"), type);
        writer->writeAttribute(QStringLiteral("bytes"), QString::number(bytes));
        if (width > 0)
            writer->writeAttribute(QStringLiteral("width"), QString::number(width));
        if (height > 0)
            writer->writeAttribute(QStringLiteral("height"), QString::number(height));
        writer->writeEndElement();
    }
    writer->writeEndElement();
}

void NickItem::parsePayload(const QDomElement &payload)
{
    nick = payload.text().trimmed();
}

void NickItem::serializePayload(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("nick"));
    writer->writeDefaultNamespace(QString::fromLatin1(NickNode));
    writer->writeCharacters(nick);
    writer->writeEndElement();
}
}  // namespace Pep
