// Which client a contact's resource runs: asked once per client build with XEP-0092 (software
// version: "Gajim 2.1.0"), remembered by its XEP-0115 caps (node#ver: every resource running
// the same build shares the answer), with the caps node ("gajim.org") meanwhile and when the
// client does not answer. Only asked for resources someone looks at (a Contact's), so a large
// roster logging in costs no queries.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QXmppClient;
class QXmppPresence;
class QXmppVersionIq;
class QXmppVersionManager;

class ClientNames : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void setClient(QXmppClient *client);
    // The name known now for the resource that sent presence (asks in the background if new).
    QString nameOf(const QXmppPresence &presence);
    // "https://gajim.org/" -> "gajim.org".
    static QString fromCapsNode(const QString &node);

Q_SIGNALS:
    // A name for a resource of this contact became known.
    void changed(const QString &bareJid);

private:
    void handleVersion(const QXmppVersionIq &iq);

    QPointer<QXmppVersionManager> m_versions;
    QHash<QString, QString> m_names;    // caps key (or full JID) -> name
    QHash<QString, QString> m_pending;  // full JID asked -> its caps key
};
