// The buddies of one account with their best presence, groups, subscription and blocking, the
// incoming subscription requests and the block list (XEP-0191), and what can be done to them
// (RosterEditing.cpp). Presence floods are coalesced into one dataChanged per event-loop pass.
// Also how a contact looks without a picture (ContactLook).
#pragma once

#include "core/Presence.h"

#include <QAbstractListModel>
#include <QColor>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class AvatarCache;
class ClientNames;
class Contact;
class ProfileEvents;
class QXmppBlockingManager;
class QXmppClient;
class QXmppRosterManager;
class RosterVersion;

// How a contact looks without a picture, the same everywhere in the app: initials of the name
// and a colour from the address (XEP-0392 Consistent Color Generation, QXmpp's implementation:
// the colour other XMPP clients show for the same address). The roster serves these as roles,
// so delegates run no JavaScript for them; QML outside a delegate (the account header) asks the
// ContactLook singleton.
namespace ContactLook {
// Upper-case first letters of the first and last word ("Ada Lovelace" -> "AL", "robin" -> "R");
// an address counts by its local part ("wren.bird@garden" -> "WB"); "?" when nothing is left.
QString initials(const QString &name);
// The XEP-0392 colour of a bare JID (or a nickname), readable under white initials.
QColor color(const QString &jid);
}  // namespace ContactLook

// ContactLook for QML, e.g. in the account header:
//   Avatar { initials: ContactLook.initials(account.displayName); color: ContactLook.color(account.jid) }
class ContactLookSingleton : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ContactLook)
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE QString initials(const QString &name) const { return ContactLook::initials(name); }
    Q_INVOKABLE QColor color(const QString &jid) const { return ContactLook::color(jid); }
    Q_INVOKABLE QString presenceLabel(Presence::Availability availability) const { return Presence::label(availability); }
};

class RosterModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Account owns one")
    Q_MOC_INCLUDE("roster/Contact.h")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)
    // Every group of the roster, sorted (what the contact dialog offers).
    Q_PROPERTY(QStringList groups READ groups NOTIFY groupsChanged)
    // Bare JIDs asking to see our presence, oldest first, until answered (the server sends
    // unanswered ones again at each login, so they need not be kept here).
    Q_PROPERTY(QStringList requests READ requests NOTIFY requestsChanged)
    // The server's block list (XEP-0191), sorted: roster contacts and strangers alike.
    Q_PROPERTY(QStringList blocklist READ blocklist NOTIFY blocklistChanged)
    // The open chat's contact (Account follows ChatController::currentJid); null when none.
    Q_PROPERTY(Contact *current READ current NOTIFY currentChanged)
    // Our own name as we publish it (XEP-0172 nick, else the vCard's nickname or full name),
    // empty if none; and our own avatar (XEP-0084 or vCard), empty if none.
    Q_PROPERTY(QString ownName READ ownName NOTIFY ownProfileChanged)
    Q_PROPERTY(QUrl ownAvatarUrl READ ownAvatarUrl NOTIFY ownProfileChanged)

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole,
        AvailabilityRole,
        AvailabilityRankRole,
        StatusTextRole,
        UnreadCountRole,
        ColorRole,           // ContactLook::color of the JID
        InitialsRole,        // ContactLook::initials of the name
        PresenceLabelRole,   // "Available", "Away", ... (Presence::label)
        GroupsRole,          // QStringList, sorted
        PendingRole,         // we asked to see their presence and they have not answered
        BlockedRole,         // on the block list: shown offline, marked
        StatusLineRole,      // the second line: "Blocked", "Request sent", status text or presence
        AvatarUrlRole,       // file URL of the contact's picture, empty: initials (AvatarCache)
        MutedRole,           // the chat is muted (UnreadTracker): marked, left out of the account's badge
    };
    Q_ENUM(Role)

    struct Item {
        QString jid;
        QString name;
        Presence::Availability availability = Presence::Availability::Offline;
        QString statusText;
        int unreadCount = 0;
        QStringList groups;
        bool pending = false;
        bool blocked = false;
    };

    explicit RosterModel(QXmppRosterManager *manager, QObject *parent = nullptr);
    ~RosterModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override { return roles(); }
    static QHash<int, QByteArray> roles();  // also what RosterListModel serves

    bool isLoaded() const { return m_loaded; }
    int indexOf(const QString &jid) const;
    const Item *item(const QString &jid) const;
    Q_INVOKABLE QString displayName(const QString &jid) const;
    void setUnreadCount(const QString &jid, int count);
    // Kept by JID, so it holds across roster reloads and for contacts added later.
    void setMuted(const QString &jid, bool muted);
    QStringList groups() const { return m_groups; }
    QStringList requests() const { return m_requests; }
    QStringList blocklist() const { return m_blocklist; }
    Q_INVOKABLE bool isBlocked(const QString &jid) const;
    Q_INVOKABLE QStringList groupsOf(const QString &jid) const;
    // What the second line of a row says (StatusLineRole), for rows built elsewhere too.
    static QString statusLine(const Item &item);

    // Contacts and profiles (RosterContacts.cpp).
    // The live Contact of a bare JID (owned by the roster; also for addresses not in it).
    Q_INVOKABLE Contact *contactFor(const QString &jid);
    Contact *current() const { return m_current; }
    void setCurrentJid(const QString &jid);
    QString ownName() const { return m_ownPepNick.isEmpty() ? m_ownVCardName : m_ownPepNick; }
    QUrl ownAvatarUrl() const;
    QUrl avatarUrl(const QString &jid) const;
    AvatarCache *avatars() const { return m_avatars; }
    // The account's bare JID, where it keeps settings (fold state of sections, under the JID)
    // and caches (avatars/ in cacheDir); until set, nothing is kept between runs.
    void setStorage(const QString &accountJid, const QString &settingsFile, const QString &cacheDir);
    // Sections the user folded (RosterListModel's ids), persisted per account.
    QStringList collapsedSections() const { return m_collapsedSections; }
    bool hasStoredFoldState() const { return m_hasFoldState; }
    void setCollapsedSections(const QStringList &sections);

    // Editing (RosterEditing.cpp). Each goes to the server of the account's first session; the
    // model changes when the server pushes the result, a failure is reported by actionFailed.
    // addContact returns false (and does nothing) for an address that is not a bare JID.
    Q_INVOKABLE bool addContact(const QString &jid, const QString &name, const QStringList &groups);
    Q_INVOKABLE void renameContact(const QString &jid, const QString &name);
    Q_INVOKABLE void setContactGroups(const QString &jid, const QStringList &groups);
    // Replaces fromGroup by toGroup (either may be empty: "no group").
    Q_INVOKABLE void moveContact(const QString &jid, const QString &fromGroup, const QString &toGroup);
    Q_INVOKABLE void removeContact(const QString &jid);
    // Accepting also asks for their presence in return when we do not have it yet.
    Q_INVOKABLE void acceptRequest(const QString &jid);
    Q_INVOKABLE void denyRequest(const QString &jid);
    Q_INVOKABLE void block(const QString &jid);
    Q_INVOKABLE void unblock(const QString &jid);
    // The trimmed, lower-cased bare JID of input, or empty if it is not one.
    static QString normalizedJid(const QString &input);
    Q_INVOKABLE QString validJid(const QString &input) const { return normalizedJid(input); }

Q_SIGNALS:
    void countChanged();
    void loadedChanged();
    void groupsChanged();
    void requestsChanged();
    void blocklistChanged();
    void currentChanged();
    void ownProfileChanged();
    void actionFailed(const QString &jid, const QString &message);

private:
    void reload();
    void reindex();
    void updateItem(const QString &jid);
    void removeItem(const QString &jid);
    void refreshPresence(const QString &jid);
    void markDirty(int row);
    void flushDirty();
    Item makeItem(const QString &jid) const;
    void updateGroups();
    void addRequest(const QString &jid);
    void dropRequest(const QString &jid);
    void fetchBlocklist();
    void setBlocklist(QStringList jids);
    void report(const QString &jid, const QString &what, const QString &error);
    // RosterContacts.cpp
    void setUpProfiles(QXmppClient *client);
    void presenceArrived(const QString &bareJid, const QString &resource);
    void refreshContact(const QString &jid);
    void refreshAllContacts();
    void setAvatar(const QString &jid, const QString &hash, bool fromPep);
    void avatarStored(const QString &hash);
    void fetchOwnVCard();
    void fetchVCardPhoto(const QString &jid, const QString &hash);

    QString m_ownJid;
    AvatarCache *m_avatars;
    ClientNames *m_clientNames;
    QPointer<ProfileEvents> m_profiles;
    QHash<QString, Contact *> m_contacts;  // made on demand: the header's, a handful
    Contact *m_current = nullptr;
    QHash<QString, QString> m_avatarOf;    // bare JID -> picture hash
    QSet<QString> m_pepAvatar;             // whose hash came from XEP-0084 (wins over vCard)
    QSet<QString> m_vcardAsked;            // "jid hash" vCard photos asked for this run
    QString m_ownPepNick;
    QString m_ownVCardName;
    QString m_settingsFile;
    QStringList m_collapsedSections;
    bool m_hasFoldState = false;

    QPointer<RosterVersion> m_version;  // the roster request, with the cached version (XEP-0237); owned by the client
    QSet<QString> m_muted;  // bare JIDs of muted chats (MutedRole)
    QPointer<QXmppBlockingManager> m_blocking;  // the first session's; goes with its client
    QStringList m_groups;
    QStringList m_requests;
    QStringList m_blocklist;
    QSet<QString> m_blockedSet;

    QXmppRosterManager *m_manager;
    QList<Item> m_items;
    QHash<QString, int> m_rowOf;  // presence floods look rows up once per stanza
    QSet<int> m_dirtyRows;
    bool m_flushQueued = false;
    bool m_loaded = false;
};
