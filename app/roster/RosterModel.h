// The buddies of one account with their best presence. Presence floods are coalesced into one
// dataChanged per event-loop pass.
#pragma once

#include "core/Presence.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

class QXmppRosterManager;

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
        ColorRole,
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
