#include "OccupantsModel.h"

#include <QXmppMucIq.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

namespace {
bool lessThan(const OccupantsModel::Occupant &a, const OccupantsModel::Occupant &b)
{
    if (a.role != b.role)
        return a.role < b.role;
    const int byName = QString::compare(a.nick, b.nick, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.nick < b.nick;
}
}  // namespace

OccupantsModel::OccupantsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int OccupantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_occupants.size());
}

QVariant OccupantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Occupant &o = m_occupants.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NickRole:
        return o.nick;
    case OccupantRoleRole:
        return QVariant::fromValue(o.role);
    case RoleLabelRole:
        return roleLabel(o.role);
    case AffiliationRole:
        return QVariant::fromValue(o.affiliation);
    case AffiliationLabelRole:
        return affiliationLabel(o.affiliation);
    case AvailabilityRole:
        return QVariant::fromValue(o.availability);
    case StatusTextRole:
        return o.statusText;
    case RealJidRole:
        return o.realJid;
    case IsSelfRole:
        return o.self;
    case SectionRole:
        return sectionLabel(o.role);
    }
    return {};
}

QHash<int, QByteArray> OccupantsModel::roleNames() const
{
    return {{NickRole, "nick"},
            {OccupantRoleRole, "occupantRole"},
            {RoleLabelRole, "roleLabel"},
            {AffiliationRole, "affiliation"},
            {AffiliationLabelRole, "affiliationLabel"},
            {AvailabilityRole, "availability"},
            {StatusTextRole, "statusText"},
            {RealJidRole, "realJid"},
            {IsSelfRole, "isSelf"},
            {SectionRole, "section"}};
}

void OccupantsModel::updateFromPresence(const QXmppPresence &presence, bool self)
{
    const QString nick = QXmppUtils::jidToResource(presence.from());
    if (nick.isEmpty())
        return;
    const int row = indexOf(nick);
    if (presence.type() == QXmppPresence::Unavailable) {
        if (row >= 0)
            removeAt(row);
        return;
    }
    if (presence.type() != QXmppPresence::Available)
        return;
    const QXmppMucItem item = presence.mucItem();
    Occupant occupant;
    occupant.nick = nick;
    occupant.role = roleFromXmpp(item.role());
    occupant.affiliation = affiliationFromXmpp(item.affiliation());
    occupant.availability = Presence::fromXmpp(presence);
    occupant.statusText = presence.statusText();
    occupant.realJid = QXmppUtils::jidToBareJid(item.jid());
    occupant.self = self;
    if (row >= 0) {
        const Occupant &old = m_occupants.at(row);
        if (old.role == occupant.role && old.nick == occupant.nick) {
            m_occupants[row] = occupant;  // same place in the order
            Q_EMIT dataChanged(index(row), index(row));
            return;
        }
        removeAt(row);
    }
    insertSorted(occupant);
}

void OccupantsModel::rename(const QString &oldNick, const QString &newNick)
{
    const int row = indexOf(oldNick);
    if (row < 0)
        return;
    Occupant occupant = m_occupants.at(row);
    occupant.nick = newNick;
    removeAt(row);
    insertSorted(occupant);
}

void OccupantsModel::clear()
{
    if (m_occupants.isEmpty())
        return;
    beginResetModel();
    m_occupants.clear();
    endResetModel();
    Q_EMIT countChanged();
}

const OccupantsModel::Occupant *OccupantsModel::find(const QString &nick) const
{
    const int row = indexOf(nick);
    return row >= 0 ? &m_occupants.at(row) : nullptr;
}

int OccupantsModel::indexOf(const QString &nick) const
{
    for (int i = 0; i < m_occupants.size(); ++i) {
        if (m_occupants.at(i).nick == nick)
            return i;
    }
    return -1;
}

void OccupantsModel::insertSorted(const Occupant &occupant)
{
    const auto it = std::lower_bound(m_occupants.cbegin(), m_occupants.cend(), occupant, lessThan);
    const int row = int(it - m_occupants.cbegin());
    beginInsertRows({}, row, row);
    m_occupants.insert(row, occupant);
    endInsertRows();
    Q_EMIT countChanged();
}

void OccupantsModel::removeAt(int row)
{
    beginRemoveRows({}, row, row);
    m_occupants.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

OccupantsModel::OccupantRole OccupantsModel::roleFromXmpp(int mucRole)
{
    switch (QXmppMucItem::Role(mucRole)) {
    case QXmppMucItem::ModeratorRole:
        return OccupantRole::Moderator;
    case QXmppMucItem::ParticipantRole:
    case QXmppMucItem::UnspecifiedRole:
        return OccupantRole::Participant;
    case QXmppMucItem::VisitorRole:
        return OccupantRole::Visitor;
    case QXmppMucItem::NoRole:
        return OccupantRole::None;
    }
    return OccupantRole::Participant;
}

OccupantsModel::Affiliation OccupantsModel::affiliationFromXmpp(int mucAffiliation)
{
    switch (QXmppMucItem::Affiliation(mucAffiliation)) {
    case QXmppMucItem::OwnerAffiliation:
        return Affiliation::Owner;
    case QXmppMucItem::AdminAffiliation:
        return Affiliation::Admin;
    case QXmppMucItem::MemberAffiliation:
        return Affiliation::Member;
    case QXmppMucItem::OutcastAffiliation:
        return Affiliation::Outcast;
    case QXmppMucItem::NoAffiliation:
    case QXmppMucItem::UnspecifiedAffiliation:
        return Affiliation::None;
    }
    return Affiliation::None;
}

QString OccupantsModel::roleLabel(OccupantRole role)
{
    switch (role) {
    case OccupantRole::Moderator:
        return tr("Moderator");
    case OccupantRole::Participant:
        return tr("Participant");
    case OccupantRole::Visitor:
        return tr("Visitor");
    case OccupantRole::None:
        return {};
    }
    return {};
}

QString OccupantsModel::sectionLabel(OccupantRole role)
{
    switch (role) {
    case OccupantRole::Moderator:
        return tr("Moderators");
    case OccupantRole::Participant:
        return tr("Participants");
    case OccupantRole::Visitor:
        return tr("Visitors");
    case OccupantRole::None:
        return {};
    }
    return {};
}

QString OccupantsModel::affiliationLabel(Affiliation affiliation)
{
    switch (affiliation) {
    case Affiliation::Owner:
        return tr("Owner");
    case Affiliation::Admin:
        return tr("Admin");
    case Affiliation::Member:
        return tr("Member");
    case Affiliation::None:
    case Affiliation::Outcast:
        return {};
    }
    return {};
}
