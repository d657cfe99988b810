// The account's own resources that are online: this app's sessions and any other client
// logged in to the same account (a phone, another Linnet), with presence and client name.
// Fed by the presence every session receives from its own bare JID.
#pragma once

#include "core/Presence.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class QXmppClient;
class QXmppPresence;

class OwnResourcesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Account owns one")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ResourceRole = Qt::UserRole + 1,
        AvailabilityRole,
        StatusTextRole,
        ClientRole,   // from the XEP-0115 caps node, e.g. "gajim.org"; empty if not announced
        ThisAppRole,  // one of this account's sessions in this app
    };
    Q_ENUM(Role)

    explicit OwnResourcesModel(const QString &ownBareJid, QObject *parent = nullptr);

    void addClient(QXmppClient *client);
    // Resources that are this app's own sessions (marked, and never dropped while online).
    void setOwnSessions(const QStringList &resources);
    // No session is online: nothing is known about the others any more.
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    struct Resource {
        QString resource;
        Presence::Availability availability = Presence::Availability::Online;
        QString statusText;
        QString client;
    };
    void handlePresence(const QXmppPresence &presence);
    int find(const QString &resource) const;

    QString m_ownJid;
    QStringList m_sessions;
    QList<Resource> m_resources;
};
