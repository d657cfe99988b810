// The online resources of one contact: each device's presence, status text and client name
// ("Gajim 2.1.0" from XEP-0092, else the XEP-0115 caps node), most reachable first.
#pragma once

#include "core/Presence.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class ResourcesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Contact.resourceList")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ResourceRole = Qt::UserRole + 1,
        AvailabilityRole,
        PresenceLabelRole,
        StatusTextRole,
        ClientNameRole,   // empty while unknown
        PriorityRole,
        DescriptionRole,  // "Away · Gajim 2.1.0 · at the desk": a chip's tooltip, a screen reader's text
    };
    Q_ENUM(Role)

    struct Resource {
        QString resource;
        Presence::Availability availability = Presence::Availability::Online;
        QString statusText;
        QString clientName;
        int priority = 0;
        bool operator==(const Resource &) const = default;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Sorts (most reachable, then highest priority, then name) and applies.
    void setResources(QList<Resource> resources);
    const QList<Resource> &resources() const { return m_resources; }
    QStringList names() const;
    Q_INVOKABLE QString clientNameOf(const QString &resource) const;
    Q_INVOKABLE QString descriptionOf(const QString &resource) const;
    static QString description(const Resource &resource);

Q_SIGNALS:
    void countChanged();

private:
    QList<Resource> m_resources;
};
