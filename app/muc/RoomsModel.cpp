#include "RoomsModel.h"

#include "Room.h"

namespace {
bool byName(const Room *a, const Room *b)
{
    const int c = QString::compare(a->name(), b->name(), Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a->jid() < b->jid();
}
}  // namespace

RoomsModel::RoomsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int RoomsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

QVariant RoomsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Room *room = m_rooms.at(index.row());
    switch (role) {
    case RoomRole:
        return QVariant::fromValue(const_cast<Room *>(room));
    case JidRole:
        return room->jid();
    case Qt::DisplayRole:
    case NameRole:
        return room->name();
    case SubjectRole:
        return room->subject();
    case UnreadRole:
        return room->unread();
    case MentionedRole:
        return room->isMentioned();
    case JoinedRole:
        return room->isJoined();
    case StateRole:
        return QVariant::fromValue(room->state());
    case StatusTextRole:
        return room->statusText();
    case BookmarkedRole:
        return room->isBookmarked();
    }
    return {};
}

QHash<int, QByteArray> RoomsModel::roleNames() const
{
    return {{RoomRole, "room"},       {JidRole, "jid"},         {NameRole, "name"},
            {SubjectRole, "subject"}, {UnreadRole, "unread"},   {MentionedRole, "mentioned"},
            {JoinedRole, "joined"},   {StateRole, "roomState"}, {StatusTextRole, "statusText"},
            {BookmarkedRole, "bookmarked"}};
}

void RoomsModel::add(Room *room)
{
    if (!room || m_rooms.contains(room))
        return;
    const auto it = std::lower_bound(m_rooms.cbegin(), m_rooms.cend(), room, byName);
    const int row = int(it - m_rooms.cbegin());
    beginInsertRows({}, row, row);
    m_rooms.insert(row, room);
    endInsertRows();
    const auto changed = [this, room] { roomChanged(room); };
    for (auto signal : {&Room::nameChanged, &Room::subjectChanged, &Room::stateChanged, &Room::statusTextChanged,
                        &Room::unreadChanged, &Room::bookmarkChanged})
        connect(room, signal, this, changed);
    connect(room, &QObject::destroyed, this, [this, room] { remove(room); });
    Q_EMIT countChanged();
}

void RoomsModel::remove(Room *room)
{
    const int row = int(m_rooms.indexOf(room));
    if (row < 0)
        return;
    disconnect(room, nullptr, this, nullptr);
    beginRemoveRows({}, row, row);
    m_rooms.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

int RoomsModel::indexOf(const QString &jid) const
{
    const QString key = jid.toLower();
    for (int i = 0; i < m_rooms.size(); ++i) {
        if (m_rooms.at(i)->jid() == key)
            return i;
    }
    return -1;
}

void RoomsModel::roomChanged(Room *room)
{
    const int row = int(m_rooms.indexOf(room));
    if (row < 0)
        return;
    // A renamed room moves to its place.
    const bool before = row == 0 || byName(m_rooms.at(row - 1), room);
    const bool after = row == m_rooms.size() - 1 || byName(room, m_rooms.at(row + 1));
    if (!before || !after) {
        QList<Room *> others = m_rooms;
        others.removeAt(row);
        const int to = int(std::lower_bound(others.cbegin(), others.cend(), room, byName) - others.cbegin());
        if (beginMoveRows({}, row, row, {}, to > row ? to + 1 : to)) {
            m_rooms = others;
            m_rooms.insert(to, room);
            endMoveRows();
        }
    }
    const QModelIndex i = index(int(m_rooms.indexOf(room)));
    Q_EMIT dataChanged(i, i);
}
