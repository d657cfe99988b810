// One contact as the views outside the roster list need it (chat header, commands page):
// name, presence, look, avatar and online resources, kept current by RosterModel. Get one with
// roster.contactFor(jid) or roster.current (the open chat's contact); QML binds to it, no
// scanning of the roster in JavaScript. Also works for addresses not in the roster (known false).
#pragma once

#include "ResourcesModel.h"
#include "core/Presence.h"

#include <QColor>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class Contact : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RosterModel.contactFor(jid) or RosterModel.current")
    Q_PROPERTY(QString jid READ jid CONSTANT)
    Q_PROPERTY(bool known READ isKnown NOTIFY changed)  // in the roster
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(Presence::Availability availability READ availability NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString presenceLabel READ presenceLabel NOTIFY changed)
    Q_PROPERTY(QColor color READ color CONSTANT)
    Q_PROPERTY(QString initials READ initials NOTIFY changed)
    Q_PROPERTY(QUrl avatarUrl READ avatarUrl NOTIFY changed)  // empty: show the initials
    // Online resources' names, most reachable first (changes also when their details change),
    // and their details.
    Q_PROPERTY(QStringList resources READ resources NOTIFY resourcesChanged)
    Q_PROPERTY(ResourcesModel *resourceList READ resourceList CONSTANT)

public:
    explicit Contact(const QString &jid, QObject *parent = nullptr);

    QString jid() const { return m_jid; }
    bool isKnown() const { return m_known; }
    QString name() const { return m_name; }
    Presence::Availability availability() const { return m_availability; }
    QString statusText() const { return m_statusText; }
    QString presenceLabel() const { return Presence::label(m_availability); }
    QColor color() const;
    QString initials() const;
    QUrl avatarUrl() const { return m_avatarUrl; }
    QStringList resources() const { return m_resources->names(); }
    ResourcesModel *resourceList() const { return m_resources; }

    struct State {
        bool known = false;
        QString name;
        Presence::Availability availability = Presence::Availability::Offline;
        QString statusText;
        QUrl avatarUrl;
        bool operator==(const State &) const = default;
    };
    void setState(const State &state);
    void setResources(const QList<ResourcesModel::Resource> &resources);

Q_SIGNALS:
    void changed();
    void resourcesChanged();

private:
    QString m_jid;
    bool m_known = false;
    QString m_name;
    Presence::Availability m_availability = Presence::Availability::Offline;
    QString m_statusText;
    QUrl m_avatarUrl;
    ResourcesModel *m_resources;
};
