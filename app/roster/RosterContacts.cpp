// RosterModel's Contact objects, avatars (XEP-0084 over PEP, vCard-temp photo as fallback),
// client names per resource, our own published name and avatar, and the persisted fold state.
#include "AvatarCache.h"
#include "ClientNames.h"
#include "Contact.h"
#include "ProfileEvents.h"
#include "RosterModel.h"
#include "RosterVersion.h"
#include "RosterVersionCache.h"
#include "core/Logging.h"

#include <QDir>
#include <QQmlEngine>
#include <QSettings>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>
#include <QXmppVCardIq.h>
#include <QXmppVCardManager.h>

void RosterModel::setUpProfiles(QXmppClient *client)
{
    m_ownJid = client->configuration().jidBare();
    m_clientNames->setClient(client);
    connect(m_clientNames, &ClientNames::changed, this, [this](const QString &) { refreshAllContacts(); });
    m_profiles = client->findExtension<ProfileEvents>();
    if (!m_profiles)
        m_profiles = client->addNewExtension<ProfileEvents>();
    connect(m_profiles, &ProfileEvents::avatarAnnounced, this, [this](const QString &jid, const QString &hash) {
        setAvatar(jid, hash, true);
    });
    connect(m_profiles, &ProfileEvents::avatarData, this, [this](const QString &, const QString &hash, const QByteArray &data) {
        m_avatars->store(hash, data);
    });
    connect(m_profiles, &ProfileEvents::nickReceived, this, [this](const QString &jid, const QString &nick) {
        if (jid != m_ownJid || nick == m_ownPepNick)
            return;
        m_ownPepNick = nick;
        Q_EMIT ownProfileChanged();
    });
    connect(m_avatars, &AvatarCache::stored, this, &RosterModel::avatarStored);
    connect(m_avatars, &AvatarCache::ready, this, [this] {
        // Pictures found on disk: every row may show one now.
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {AvatarUrlRole});
        refreshAllContacts();
        Q_EMIT ownProfileChanged();
    });
    connect(client, &QXmppClient::connected, this, [this, client] {
        m_ownJid = client->configuration().jidBare();  // the configuration is complete only now
        if (client->streamManagementState() != QXmppClient::ResumedStream)
            fetchOwnVCard();
    });
}

void RosterModel::setStorage(const QString &accountJid, const QString &settingsFile, const QString &cacheDir)
{
    m_ownJid = accountJid;
    m_settingsFile = settingsFile;
    if (!settingsFile.isEmpty()) {
        QSettings settings(settingsFile, QSettings::IniFormat);
        const QString key = QStringLiteral("roster/%1/collapsed").arg(QString::fromLatin1(m_ownJid.toUtf8().toHex()));
        m_hasFoldState = settings.contains(key);
        m_collapsedSections = settings.value(key).toStringList();
    }
    if (!cacheDir.isEmpty())
        m_avatars->setDirectory(QDir(cacheDir).filePath(QStringLiteral("avatars")));
    if (m_version && !cacheDir.isEmpty())
        m_version->setCacheFile(RosterVersionCache::fileFor(cacheDir, accountJid), accountJid);  // the roster and its version
}

void RosterModel::setCollapsedSections(const QStringList &sections)
{
    if (m_hasFoldState && sections == m_collapsedSections)
        return;
    m_collapsedSections = sections;
    m_hasFoldState = true;
    if (m_settingsFile.isEmpty())
        return;
    // A handful of short strings; QSettings writes them out later, off this call.
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(QStringLiteral("roster/%1/collapsed").arg(QString::fromLatin1(m_ownJid.toUtf8().toHex())), sections);
}

Contact *RosterModel::contactFor(const QString &jid)
{
    const QString bare = QXmppUtils::jidToBareJid(jid.trimmed());
    if (bare.isEmpty())
        return nullptr;
    if (auto *existing = m_contacts.value(bare))
        return existing;
    auto *contact = new Contact(bare, this);
    QQmlEngine::setObjectOwnership(contact, QQmlEngine::CppOwnership);
    m_contacts.insert(bare, contact);
    refreshContact(bare);
    return contact;
}

void RosterModel::setCurrentJid(const QString &jid)
{
    Contact *contact = jid.isEmpty() ? nullptr : contactFor(jid);
    if (contact == m_current)
        return;
    m_current = contact;
    Q_EMIT currentChanged();
}

QUrl RosterModel::avatarUrl(const QString &jid) const
{
    const QString hash = m_avatarOf.value(jid);
    return hash.isEmpty() ? QUrl() : m_avatars->url(hash);
}

QUrl RosterModel::ownAvatarUrl() const
{
    return avatarUrl(m_ownJid);
}

void RosterModel::refreshAllContacts()
{
    for (auto it = m_contacts.cbegin(); it != m_contacts.cend(); ++it)
        refreshContact(it.key());
}

void RosterModel::refreshContact(const QString &jid)
{
    auto *contact = m_contacts.value(jid);
    if (!contact)
        return;
    Contact::State state;
    if (const auto *i = item(jid)) {
        state = {true, i->name, i->availability, i->statusText, avatarUrl(jid)};
    } else {
        state.name = jid;
        state.avatarUrl = avatarUrl(jid);
    }
    contact->setState(state);
    QList<ResourcesModel::Resource> resources;
    if (!m_blockedSet.contains(jid)) {
        const auto presences = m_manager->getAllPresencesForBareJid(jid);
        for (auto it = presences.cbegin(); it != presences.cend(); ++it) {
            if (it->type() != QXmppPresence::Available || it.key().isEmpty())
                continue;
            resources.append({it.key(), Presence::fromXmpp(*it), it->statusText(), m_clientNames->nameOf(*it), it->priority()});
        }
    }
    contact->setResources(resources);
}

// Each presence may carry a vCard photo hash (XEP-0153): the fallback picture for contacts
// that publish no XEP-0084 avatar.
void RosterModel::presenceArrived(const QString &bareJid, const QString &resource)
{
    const auto presence = m_manager->getPresence(bareJid, resource);
    if (presence.type() == QXmppPresence::Available && !m_pepAvatar.contains(bareJid)) {
        if (presence.vCardUpdateType() == QXmppPresence::VCardUpdateValidPhoto && !presence.photoHash().isEmpty())
            setAvatar(bareJid, QString::fromLatin1(presence.photoHash().toHex()), false);
        else if (presence.vCardUpdateType() == QXmppPresence::VCardUpdateNoPhoto)
            setAvatar(bareJid, {}, false);
    }
    refreshContact(bareJid);
}

void RosterModel::setAvatar(const QString &jid, const QString &hash, bool fromPep)
{
    if (fromPep) {
        // An empty XEP-0084 metadata says "no avatar": the vCard may still have one.
        if (hash.isEmpty())
            m_pepAvatar.remove(jid);
        else
            m_pepAvatar.insert(jid);
    }
    if (m_avatarOf.value(jid) == hash)
        return;
    if (hash.isEmpty())
        m_avatarOf.remove(jid);
    else
        m_avatarOf.insert(jid, hash);
    if (!hash.isEmpty() && !m_avatars->has(hash)) {
        if (fromPep && m_profiles)
            m_profiles->fetchAvatar(jid, hash);
        else if (!fromPep)
            fetchVCardPhoto(jid, hash);
    }
    avatarStored(hash);  // shows it now if it is on disk, or removes it
    if (hash.isEmpty()) {
        if (const int row = indexOf(jid); row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {AvatarUrlRole});
        refreshContact(jid);
        if (jid == m_ownJid)
            Q_EMIT ownProfileChanged();
    }
}

void RosterModel::avatarStored(const QString &hash)
{
    if (hash.isEmpty())
        return;
    for (auto it = m_avatarOf.cbegin(); it != m_avatarOf.cend(); ++it) {
        if (it.value() != hash)
            continue;
        if (const int row = indexOf(it.key()); row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {AvatarUrlRole});
        refreshContact(it.key());
        if (it.key() == m_ownJid)
            Q_EMIT ownProfileChanged();
    }
}

void RosterModel::fetchVCardPhoto(const QString &jid, const QString &hash)
{
    auto *client = qobject_cast<QXmppClient *>(m_manager->parent());
    auto *vcards = client ? client->findExtension<QXmppVCardManager>() : nullptr;
    if (!vcards || m_vcardAsked.contains(jid + u' ' + hash))
        return;
    m_vcardAsked.insert(jid + u' ' + hash);
    vcards->fetchVCard(jid).then(this, [this, jid](QXmppVCardManager::VCardIqResult &&result) {
        if (const auto *vcard = std::get_if<QXmppVCardIq>(&result); vcard && !vcard->photo().isEmpty()) {
            const QString photoHash = AvatarCache::sha1(vcard->photo());
            if (!m_pepAvatar.contains(jid)) {
                m_avatarOf.insert(jid, photoHash);
                m_avatars->store(photoHash, vcard->photo());
                avatarStored(photoHash);
            }
        }
    });
}

// Our own name and picture as published in our vCard (the fallback to a PEP nick and avatar).
void RosterModel::fetchOwnVCard()
{
    auto *client = qobject_cast<QXmppClient *>(m_manager->parent());
    auto *vcards = client ? client->findExtension<QXmppVCardManager>() : nullptr;
    if (!vcards)
        return;
    vcards->fetchVCard(m_ownJid).then(this, [this](QXmppVCardManager::VCardIqResult &&result) {
        const auto *vcard = std::get_if<QXmppVCardIq>(&result);
        if (!vcard)
            return;  // no vCard at all: item-not-found
        const QString name = !vcard->nickName().trimmed().isEmpty() ? vcard->nickName().trimmed() : vcard->fullName().trimmed();
        if (name != m_ownVCardName) {
            m_ownVCardName = name;
            Q_EMIT ownProfileChanged();
        }
        if (!vcard->photo().isEmpty() && !m_pepAvatar.contains(m_ownJid)) {
            const QString hash = AvatarCache::sha1(vcard->photo());
            m_avatarOf.insert(m_ownJid, hash);
            m_avatars->store(hash, vcard->photo());
            avatarStored(hash);
        }
    });
}
