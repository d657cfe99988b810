// The rooms of one account for the sidebar: bookmarked ones and those joined this run, by name.
// Each row is a Room; its changes show as dataChanged of its row.
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class Room;

class RoomsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RoomsController has one")
    Q_MOC_INCLUDE("muc/Room.h")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RoomRole = Qt::UserRole + 1,  // the Room
        JidRole,
        NameRole,
        SubjectRole,
        UnreadRole,
        MentionedRole,
        JoinedRole,
        StateRole,
        StatusTextRole,
        BookmarkedRole,
    };
    Q_ENUM(Role)

    explicit RoomsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Takes the room into the list (not its ownership), sorted by name.
    void add(Room *room);
    void remove(Room *room);
    bool contains(Room *room) const { return m_rooms.contains(room); }
    Q_INVOKABLE Room *roomAt(int row) const { return m_rooms.value(row); }
    Q_INVOKABLE int indexOf(const QString &jid) const;

Q_SIGNALS:
    void countChanged();

private:
    void roomChanged(Room *room);

    QList<Room *> m_rooms;
};
