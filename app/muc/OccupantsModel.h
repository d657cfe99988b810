// Who is in one group chat room: nick, role, affiliation and presence, sorted by role
// (moderators first), then by nick. Fed by the room's presences (Room).
#pragma once

#include "core/Presence.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class QXmppPresence;

class OccupantsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Room has one")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // XEP-0045 roles, most privileged first (the sort order).
    enum class OccupantRole { Moderator, Participant, Visitor, None };
    Q_ENUM(OccupantRole)
    enum class Affiliation { Owner, Admin, Member, None, Outcast };
    Q_ENUM(Affiliation)

    enum Role {
        NickRole = Qt::UserRole + 1,
        OccupantRoleRole,  // OccupantRole
        RoleLabelRole,     // "Moderator", ...
        AffiliationRole,   // Affiliation
        AffiliationLabelRole,
        AvailabilityRole,  // Presence::Availability
        StatusTextRole,
        RealJidRole,       // the occupant's JID when the room shows it (non-anonymous), else ""
        IsSelfRole,
        SectionRole,       // the role label in plural, for section headers ("Moderators")
    };
    Q_ENUM(Role)

    struct Occupant {
        QString nick;
        OccupantRole role = OccupantRole::Participant;
        Affiliation affiliation = Affiliation::None;
        Presence::Availability availability = Presence::Availability::Online;
        QString statusText;
        QString realJid;
        bool self = false;
    };

    explicit OccupantsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // An occupant's presence in the room (available: added or updated; unavailable: removed).
    void updateFromPresence(const QXmppPresence &presence, bool self);
    void rename(const QString &oldNick, const QString &newNick);
    void clear();
    const Occupant *find(const QString &nick) const;
    Q_INVOKABLE int indexOf(const QString &nick) const;

    static OccupantRole roleFromXmpp(int mucRole);
    static Affiliation affiliationFromXmpp(int mucAffiliation);
    static QString roleLabel(OccupantRole role);
    static QString sectionLabel(OccupantRole role);
    static QString affiliationLabel(Affiliation affiliation);

Q_SIGNALS:
    void countChanged();

private:
    void insertSorted(const Occupant &occupant);
    void removeAt(int row);

    QList<Occupant> m_occupants;
};
