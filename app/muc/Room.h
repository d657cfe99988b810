// One group chat room (XEP-0045) of an account as the app sees it: whether we are in it, under
// which nick, its subject, its occupants and what is unread. RoomsController does the
// talking; a Room keeps the state and turns the room's presences into it.
#pragma once

#include "RoomBookmark.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class OccupantsModel;
class QXmppPresence;

class Room : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RoomsController makes rooms")
    Q_MOC_INCLUDE("muc/OccupantsModel.h")
    Q_PROPERTY(QString jid READ jid CONSTANT)
    // The bookmark's name, else the room's own (disco), else the JID's local part.
    Q_PROPERTY(QString name READ name NOTIFY nameChanged)
    Q_PROPERTY(QString subject READ subject NOTIFY subjectChanged)
    Q_PROPERTY(QString nick READ nick NOTIFY nickChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool joined READ isJoined NOTIFY stateChanged)
    // Why the last join failed or we were removed, in words ("" otherwise).
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    // The state in words for the header ("Joining…", "3 people", "Not joined").
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(OccupantsModel *occupants READ occupants CONSTANT)
    Q_PROPERTY(int occupantCount READ occupantCount NOTIFY occupantCountChanged)
    Q_PROPERTY(int unread READ unread NOTIFY unreadChanged)
    Q_PROPERTY(bool mentioned READ isMentioned NOTIFY unreadChanged)  // an unread message names us
    Q_PROPERTY(bool bookmarked READ isBookmarked NOTIFY bookmarkChanged)
    Q_PROPERTY(bool autojoin READ autojoin NOTIFY bookmarkChanged)

public:
    enum class State { NotJoined, Joining, Joined, Failed };
    Q_ENUM(State)

    explicit Room(const QString &jid, QObject *parent = nullptr);

    QString jid() const { return m_jid; }
    QString name() const;
    QString subject() const { return m_subject; }
    QString nick() const { return m_nick; }
    State state() const { return m_state; }
    bool isJoined() const { return m_state == State::Joined; }
    QString error() const { return m_error; }
    QString statusText() const;
    OccupantsModel *occupants() const { return m_occupants; }
    int occupantCount() const;
    int unread() const { return m_unread; }
    bool isMentioned() const { return m_mentioned; }

    // Persisted part (XEP-0402).
    bool isBookmarked() const { return m_bookmarked; }
    bool autojoin() const { return m_bookmark.autojoin; }
    RoomBookmark bookmark() const { return m_bookmark; }
    void setBookmark(const RoomBookmark &bookmark, bool bookmarked = true);
    void setBookmarked(bool bookmarked);

    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    void setNick(const QString &nick);
    void setDiscoName(const QString &name);
    void setSubject(const QString &subject);

    // The join presence went out / the stream it went out on is gone.
    void setJoining();
    void setNotJoined(const QString &error = {});

    // A presence from room/nick: occupants, our own state (110), nick changes (303), removal.
    // Returns the room-created flag (status 201) of our own join.
    bool handlePresence(const QXmppPresence &presence);
    // The owner's configuration of a room we created was answered: the room is open (Joined).
    void finishSetup();

    void addUnread(int count, bool mentioned);
    void clearUnread();

    // Whether the body names the nick as a word, case-insensitive (a mention).
    static bool mentions(const QString &body, const QString &nick);

Q_SIGNALS:
    void nameChanged();
    void subjectChanged();
    void nickChanged();
    void stateChanged();
    void statusTextChanged();
    void occupantCountChanged();
    void unreadChanged();
    void bookmarkChanged();
    // We are in the room (our own presence came back).
    void joined();

private:
    void setState(State state, const QString &error = {});

    QString m_jid;
    QString m_discoName;
    QString m_subject;
    QString m_nick;
    QString m_password;
    State m_state = State::NotJoined;
    bool m_awaitingSetup = false;  // created by us, not configured yet (still locked)
    QString m_error;
    OccupantsModel *m_occupants;
    int m_unread = 0;
    bool m_mentioned = false;
    bool m_bookmarked = false;
    RoomBookmark m_bookmark;
};
