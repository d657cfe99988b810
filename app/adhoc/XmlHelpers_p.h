// Small DOM/stream helpers shared by the adhoc sources. Not part of the library's API.
#pragma once

#include <QDomElement>
#include <QList>
#include <QStringView>

class QXmlStreamWriter;

namespace AdHoc::Private {

// Child elements of `parent` named `tagName` in namespace `ns` (any namespace when ns is null).
QList<QDomElement> childElements(const QDomElement &parent, QStringView tagName, QStringView ns = {});
QDomElement firstChild(const QDomElement &parent, QStringView tagName, QStringView ns = {});

// Writes a DOM element and its subtree, declaring a default namespace wherever it changes.
void writeDom(QXmlStreamWriter *writer, const QDomElement &element, const QString &parentNs = {});

}  // namespace AdHoc::Private

#include <QXmppStanza.h>

namespace AdHoc::Private {
// "bad-request", "forbidden", ... (empty for none).
QString errorConditionName(const QXmppStanza::Error &error);
}  // namespace AdHoc::Private
