// The buddies of one account with their best presence. Presence floods are coalesced into one
// dataChanged per event-loop pass. Also how a contact looks without a picture (ContactLook).
#pragma once

#include "core/Presence.h"

#include <QAbstractListModel>
#include <QColor>
#include <QSet>
#include <QtQml/qqmlregistration.h>

class QXmppRosterManager;

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
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

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
    };
    Q_ENUM(Role)

    struct Item {
        QString jid;
        QString name;
        Presence::Availability availability = Presence::Availability::Offline;
        QString statusText;
        int unreadCount = 0;
    };

    explicit RosterModel(QXmppRosterManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isLoaded() const { return m_loaded; }
    int indexOf(const QString &jid) const;
    const Item *item(const QString &jid) const;
    Q_INVOKABLE QString displayName(const QString &jid) const;
    void setUnreadCount(const QString &jid, int count);

Q_SIGNALS:
    void countChanged();
    void loadedChanged();

private:
    void reload();
    void reindex();
    void updateItem(const QString &jid);
    void removeItem(const QString &jid);
    void refreshPresence(const QString &jid);
    void markDirty(int row);
    void flushDirty();
    Item makeItem(const QString &jid) const;

    QXmppRosterManager *m_manager;
    QList<Item> m_items;
    QHash<QString, int> m_rowOf;  // presence floods look rows up once per stanza
    QSet<int> m_dirtyRows;
    bool m_flushQueued = false;
    bool m_loaded = false;
};
