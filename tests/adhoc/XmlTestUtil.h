// Raw XML in and out for the adhoc tests: literal stanzas to DOM, written stanzas back, and a
// canonical text form to compare them (attributes sorted, white space between elements
// dropped, text trimmed, a field's missing type read as XEP-0004's default text-single).
#pragma once

#include <QDomDocument>
#include <QDomElement>
#include <QDebug>
#include <QDomNamedNodeMap>
#include <QMap>
#include <QXmlStreamWriter>

namespace XmlTestUtil {

using namespace Qt::StringLiterals;

inline QDomElement dom(const QString &xml)
{
    // Kept alive for the element's lifetime: QDomElement shares the document.
    QDomDocument doc;
    const auto result = doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing);
    if (!result)
        qWarning().noquote() << "bad test XML:" << result.errorMessage << "line" << result.errorLine;
    return doc.documentElement();
}

template<typename T>
QString written(const T &object)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    object.toXml(&writer);
    return xml;
}

inline QString canonical(const QDomElement &element, const QString &parentNs = QString())
{
    QString out = u"<"_s + element.tagName();
    if (element.namespaceURI() != parentNs)
        out += u" xmlns='"_s + element.namespaceURI() + u"'"_s;
    QMap<QString, QString> attributes;
    const QDomNamedNodeMap map = element.attributes();
    for (int i = 0; i < map.count(); ++i) {
        const QDomAttr attr = map.item(i).toAttr();
        attributes.insert(attr.localName().isEmpty() ? attr.name() : attr.localName(), attr.value());
    }
    if (element.tagName() == u"field" && element.namespaceURI() == u"jabber:x:data" && !attributes.contains(QStringLiteral("type")))
        attributes.insert(QStringLiteral("type"), QStringLiteral("text-single"));
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        out += u" "_s + it.key() + u"='"_s + it.value() + u"'"_s;
    out += u'>';
    for (auto node = element.firstChild(); !node.isNull(); node = node.nextSibling()) {
        if (node.isElement())
            out += canonical(node.toElement(), element.namespaceURI());
        else if (node.isText())
            out += node.nodeValue().trimmed();
    }
    return out + u"</"_s + element.tagName() + u">"_s;
}

inline QString canonical(const QString &xml)
{
    return canonical(dom(xml));
}

}  // namespace XmlTestUtil
