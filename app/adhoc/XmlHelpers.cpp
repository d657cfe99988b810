#include "XmlHelpers_p.h"

#include <QDomNamedNodeMap>
#include <QXmlStreamWriter>

namespace AdHoc::Private {

QList<QDomElement> childElements(const QDomElement &parent, QStringView tagName, QStringView ns)
{
    QList<QDomElement> result;
    for (auto child = parent.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.tagName() == tagName && (ns.isNull() || child.namespaceURI() == ns))
            result.append(child);
    }
    return result;
}

QDomElement firstChild(const QDomElement &parent, QStringView tagName, QStringView ns)
{
    for (auto child = parent.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.tagName() == tagName && (ns.isNull() || child.namespaceURI() == ns))
            return child;
    }
    return {};
}

void writeDom(QXmlStreamWriter *writer, const QDomElement &element, const QString &parentNs)
{
    writer->writeStartElement(element.tagName());
    const QString ns = element.namespaceURI();
    if (ns != parentNs && !ns.isEmpty())
        writer->writeDefaultNamespace(ns);
    const QDomNamedNodeMap attributes = element.attributes();
    for (int i = 0; i < attributes.count(); ++i) {
        const QDomAttr attr = attributes.item(i).toAttr();
        if (attr.namespaceURI().isEmpty())
            writer->writeAttribute(attr.localName().isEmpty() ? attr.name() : attr.localName(), attr.value());
        else
            writer->writeAttribute(attr.namespaceURI(), attr.localName(), attr.value());
    }
    for (auto node = element.firstChild(); !node.isNull(); node = node.nextSibling()) {
        if (node.isElement())
            writeDom(writer, node.toElement(), ns);
        else if (node.isText() || node.isCDATASection())
            writer->writeCharacters(node.nodeValue());
    }
    writer->writeEndElement();
}

}  // namespace AdHoc::Private

#include <QDomDocument>

namespace AdHoc::Private {

QString errorConditionName(const QXmppStanza::Error &error)
{
    // QXmpp keeps its condition names private; its own writer knows them.
    QString xml;
    {
        QXmlStreamWriter writer(&xml);
        error.toXml(&writer);
    }
    QDomDocument doc;
    if (xml.isEmpty() || !doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing))
        return {};
    for (auto child = doc.documentElement().firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.tagName() != u"text")
            return child.tagName();
    }
    return {};
}

}  // namespace AdHoc::Private
