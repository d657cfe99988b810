#include "ClientNames.h"

#include <QUrl>
#include <algorithm>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>
#include <QXmppVersionIq.h>
#include <QXmppVersionManager.h>

void ClientNames::setClient(QXmppClient *client)
{
    m_versions = client->findExtension<QXmppVersionManager>();
    if (!m_versions)
        m_versions = client->addNewExtension<QXmppVersionManager>();
    connect(m_versions, &QXmppVersionManager::versionReceived, this, &ClientNames::handleVersion);
    // Nobody can answer a question asked on a stream that is gone.
    connect(client, &QXmppClient::disconnected, this, [this] { m_pending.clear(); });
}

QString ClientNames::fromCapsNode(const QString &node)
{
    const QUrl url(node);
    QString name = url.isValid() && !url.host().isEmpty() ? url.host() + url.path() : node;
    while (name.endsWith(u'/'))
        name.chop(1);
    return name;
}

QString ClientNames::nameOf(const QXmppPresence &presence)
{
    const QString from = presence.from();
    const QString key = presence.capabilityNode().isEmpty()
                            ? from
                            : presence.capabilityNode() + u'#' + QString::fromLatin1(presence.capabilityVer().toBase64());
    if (const auto known = m_names.constFind(key); known != m_names.cend())
        return *known;
    if (m_versions && !m_pending.contains(from) && !std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const QString &k) { return k == key; })) {
        m_pending.insert(from, key);
        m_versions->requestVersion(from);
    }
    return fromCapsNode(presence.capabilityNode());
}

void ClientNames::handleVersion(const QXmppVersionIq &iq)
{
    const auto key = m_pending.take(iq.from());
    if (key.isEmpty())
        return;
    const QString name = QStringList{iq.name().trimmed(), iq.version().trimmed()}.join(u' ').trimmed();
    if (name.isEmpty())
        return;
    m_names.insert(key, name.left(60));  // a client's self-description, bounded for the header
    Q_EMIT changed(QXmppUtils::jidToBareJid(iq.from()));
}
