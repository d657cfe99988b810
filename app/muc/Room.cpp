#include "Room.h"

#include "OccupantsModel.h"
#include "core/Logging.h"

#include <QRegularExpression>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

namespace {
// What a refused join says (XEP-0045 §7.2: the error conditions of a join).
QString joinError(const QXmppStanza::Error &error)
{
    switch (error.condition()) {
    case QXmppStanza::Error::NotAuthorized:
        return Room::tr("This room needs a password, or the password was wrong.");
    case QXmppStanza::Error::Forbidden:
        return Room::tr("You are banned from this room.");
    case QXmppStanza::Error::ItemNotFound:
        return Room::tr("This room does not exist.");
    case QXmppStanza::Error::NotAllowed:
        return Room::tr("Creating rooms is not allowed here.");
    case QXmppStanza::Error::NotAcceptable:
        return Room::tr("This room asks for your reserved nickname.");
    case QXmppStanza::Error::RegistrationRequired:
        return Room::tr("This room is for members only.");
    case QXmppStanza::Error::Conflict:
        return Room::tr("That nickname is taken in this room.");
    case QXmppStanza::Error::ServiceUnavailable:
        return Room::tr("The room is full.");
    default:
        return error.text().isEmpty() ? Room::tr("The room refused to let you in.") : error.text();
    }
}
}  // namespace

Room::Room(const QString &jid, QObject *parent)
    : QObject(parent)
    , m_jid(jid.toLower())
    , m_occupants(new OccupantsModel(this))
{
    m_bookmark.jid = m_jid;
    connect(m_occupants, &OccupantsModel::countChanged, this, [this] {
        Q_EMIT occupantCountChanged();
        Q_EMIT statusTextChanged();
    });
}

QString Room::name() const
{
    if (!m_bookmark.name.isEmpty())
        return m_bookmark.name;
    if (!m_discoName.isEmpty())
        return m_discoName;
    return QXmppUtils::jidToUser(m_jid);
}

QString Room::statusText() const
{
    switch (m_state) {
    case State::Joining:
        return tr("Joining…");
    case State::Joined:
        return tr("%n people", nullptr, occupantCount());
    case State::Failed:
        return m_error;
    case State::NotJoined:
        return tr("Not joined");
    }
    return {};
}

int Room::occupantCount() const
{
    return m_occupants->rowCount();
}

void Room::setBookmark(const RoomBookmark &bookmark, bool bookmarked)
{
    const QString oldName = name();
    const bool wasBookmarked = m_bookmarked;
    const RoomBookmark old = m_bookmark;
    m_bookmark = bookmark;
    m_bookmark.jid = m_jid;
    m_bookmarked = bookmarked;
    if (!bookmark.password.isEmpty() && m_password.isEmpty())
        m_password = bookmark.password;
    if (m_nick.isEmpty() && !bookmark.nick.isEmpty())
        setNick(bookmark.nick);
    if (old != m_bookmark || wasBookmarked != bookmarked)
        Q_EMIT bookmarkChanged();
    if (name() != oldName)
        Q_EMIT nameChanged();
}

void Room::setBookmarked(bool bookmarked)
{
    if (std::exchange(m_bookmarked, bookmarked) != bookmarked)
        Q_EMIT bookmarkChanged();
}

void Room::setNick(const QString &nick)
{
    if (std::exchange(m_nick, nick) != nick)
        Q_EMIT nickChanged();
}

void Room::setDiscoName(const QString &name)
{
    const QString oldName = this->name();
    m_discoName = name;
    if (this->name() != oldName)
        Q_EMIT nameChanged();
}

void Room::setSubject(const QString &subject)
{
    if (std::exchange(m_subject, subject) != subject)
        Q_EMIT subjectChanged();
}

void Room::setJoining()
{
    setState(State::Joining);
}

void Room::setNotJoined(const QString &error)
{
    m_awaitingSetup = false;
    m_occupants->clear();
    setState(error.isEmpty() ? State::NotJoined : State::Failed, error);
}

void Room::setState(State state, const QString &error)
{
    if (m_state == state && m_error == error)
        return;
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged();
    Q_EMIT statusTextChanged();
}

bool Room::handlePresence(const QXmppPresence &presence)
{
    const QString nick = QXmppUtils::jidToResource(presence.from());
    const QList<int> codes = presence.mucStatusCodes();
    // 110 marks our own presence; older services only tell by the nick.
    const bool self = codes.contains(110) || (!nick.isEmpty() && nick == m_nick);

    if (presence.type() == QXmppPresence::Error) {
        if (m_state == State::Joining || self) {
            qCInfo(lcRooms) << "Joining" << m_jid << "failed:" << presence.error().text() << presence.error().condition();
            setNotJoined(joinError(presence.error()));
        }
        return false;
    }

    if (presence.type() == QXmppPresence::Unavailable && codes.contains(303)) {
        // A nick change: the same occupant comes back under the new nick.
        const QString newNick = presence.mucItem().nick();
        if (self)
            setNick(newNick);
        m_occupants->rename(nick, newNick);
        return false;
    }

    m_occupants->updateFromPresence(presence, self);
    if (!self)
        return false;

    if (presence.type() == QXmppPresence::Unavailable) {
        QString why;
        if (codes.contains(307))
            why = tr("You were removed from the room.");
        else if (codes.contains(301))
            why = tr("You were banned from the room.");
        else if (codes.contains(321) || codes.contains(322))
            why = tr("The room is now for members only.");
        else if (codes.contains(332))
            why = tr("The room's service shut down.");
        setNotJoined(why);
        return false;
    }
    if (presence.type() == QXmppPresence::Available) {
        // The service may have changed our nick (210, or just another nick with 110).
        if (!nick.isEmpty())
            setNick(nick);
        // A room we just created stays locked until its owner configures it (XEP-0045 10.1):
        // Joining until then, so nobody is invited into a room that would turn them away.
        const bool created = codes.contains(201);
        m_awaitingSetup = m_awaitingSetup || created;
        if (m_state != State::Joined && !m_awaitingSetup) {
            setState(State::Joined);
            Q_EMIT joined();
        }
        return created;
    }
    return false;
}

void Room::finishSetup()
{
    if (!std::exchange(m_awaitingSetup, false) || m_state != State::Joining)
        return;
    setState(State::Joined);
    Q_EMIT joined();
}

void Room::addUnread(int count, bool mentioned)
{
    if (count <= 0)
        return;
    m_unread += count;
    m_mentioned = m_mentioned || mentioned;
    Q_EMIT unreadChanged();
}

void Room::clearUnread()
{
    if (m_unread == 0 && !m_mentioned)
        return;
    m_unread = 0;
    m_mentioned = false;
    Q_EMIT unreadChanged();
}

bool Room::mentions(const QString &body, const QString &nick)
{
    if (nick.isEmpty() || body.size() < nick.size())
        return false;
    // A word: not inside another word (letters, digits, '_' around it).
    const QRegularExpression word(QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(nick)),
                                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return word.match(body).hasMatch();
}
