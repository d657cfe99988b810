#include "RosterModel.h"

#include "AvatarCache.h"
#include "ClientNames.h"
#include "Contact.h"
#include "RosterVersion.h"
#include "core/Logging.h"

#include <QRegularExpression>
#include <QTimer>
#include <QXmppBlockingManager.h>
#include <QXmppClient.h>
#include <QXmppColorGeneration.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>
#include <QXmppUtils.h>

namespace ContactLook {
namespace {
// The first code point of a word: a whole surrogate pair, so an emoji stays one character.
QString firstCharacter(const QString &word)
{
    return word.first(word.size() > 1 && word[0].isHighSurrogate() ? 2 : 1);
}
}  // namespace

QString initials(const QString &name)
{
    QString local = name.trimmed();
    if (const qsizetype at = local.indexOf(u'@'); at > 0)
        local.truncate(at);
    static const QRegularExpression separators(QStringLiteral("[\\s._-]+"));
    const QStringList words = local.split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    QString result = firstCharacter(words.constFirst());
    if (words.size() > 1)
        result += firstCharacter(words.constLast());
    return result.toUpper();
}

QColor color(const QString &jid)
{
    // XEP-0392 at HSLuv lightness 50: about 4.5:1 against white initials, whatever the hue.
    return QXmppColorGeneration::generateColor(jid);
}
}  // namespace ContactLook

namespace {
// The most reachable of a buddy's resources wins.
std::pair<Presence::Availability, QString> bestPresence(QXmppRosterManager *manager, const QString &jid)
{
    auto best = Presence::Availability::Offline;
    QString status;
    const auto presences = manager->getAllPresencesForBareJid(jid);
    for (const auto &presence : presences) {
        const auto availability = Presence::fromXmpp(presence);
        if (availability < best || (availability == best && status.isEmpty())) {
            best = availability;
            status = presence.statusText();
        }
    }
    return {best, status};
}
}  // namespace

RosterModel::RosterModel(QXmppRosterManager *manager, QObject *parent)
    : QAbstractListModel(parent)
    , m_avatars(new AvatarCache(this))
    , m_clientNames(new ClientNames(this))
    , m_manager(manager)
{
    connect(m_manager, &QXmppRosterManager::rosterReceived, this, &RosterModel::reload);
    connect(m_manager, &QXmppRosterManager::itemAdded, this, &RosterModel::updateItem);
    connect(m_manager, &QXmppRosterManager::itemChanged, this, &RosterModel::updateItem);
    connect(m_manager, &QXmppRosterManager::itemRemoved, this, &RosterModel::removeItem);
    connect(m_manager, &QXmppRosterManager::presenceChanged, this,
            [this](const QString &bareJid, const QString &resource) {
                refreshPresence(bareJid);
                presenceArrived(bareJid, resource);
            });
    connect(m_manager, &QXmppRosterManager::subscriptionRequestReceived, this,
            [this](const QString &bareJid, const QXmppPresence &) { addRequest(bareJid); });

    // QXmpp parents an extension to its client. The block list needs QXmppBlockingManager on
    // that client; the session may already carry one.
    if (auto *client = qobject_cast<QXmppClient *>(m_manager->parent())) {
        setUpProfiles(client);
        m_version = RosterVersion::attach(client);  // the roster request, versioned (XEP-0237)
        m_blocking = client->findExtension<QXmppBlockingManager>();
        if (!m_blocking)
            m_blocking = client->addNewExtension<QXmppBlockingManager>();
        connect(client, &QXmppClient::connected, this, [this, client] {
            // A resumed stream kept the list and its pushes.
            if (client->streamManagementState() != QXmppClient::ResumedStream)
                fetchBlocklist();
        });
        connect(client, &QXmppClient::disconnected, this, [this] {
            // Unanswered requests come again at the next login.
            if (!m_requests.isEmpty()) {
                m_requests.clear();
                Q_EMIT requestsChanged();
            }
        });
        connect(m_blocking, &QXmppBlockingManager::blocked, this, [this](const QVector<QString> &jids) {
            setBlocklist(m_blocklist + QStringList(jids.begin(), jids.end()));
        });
        connect(m_blocking, &QXmppBlockingManager::unblocked, this, [this](const QVector<QString> &jids) {
            QStringList rest = m_blocklist;
            for (const auto &jid : jids)
                rest.removeAll(jid);
            setBlocklist(rest);
        });
    } else {
        qCWarning(lcRoster) << "The roster manager has no client: no block list";
    }
}

RosterModel::~RosterModel() = default;

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return item.name;
    case JidRole:
        return item.jid;
    case AvailabilityRole:
        return QVariant::fromValue(item.availability);
    case AvailabilityRankRole:
        return int(item.availability);
    case StatusTextRole:
        return item.statusText;
    case UnreadCountRole:
        return item.unreadCount;
    case ColorRole:
        return ContactLook::color(item.jid);
    case InitialsRole:
        return ContactLook::initials(item.name);
    case PresenceLabelRole:
        return Presence::label(item.availability);
    case GroupsRole:
        return item.groups;
    case PendingRole:
        return item.pending;
    case BlockedRole:
        return item.blocked;
    case StatusLineRole:
        return statusLine(item);
    case AvatarUrlRole:
        return avatarUrl(item.jid);
    case MutedRole:
        return m_muted.contains(item.jid);
    }
    return {};
}

QHash<int, QByteArray> RosterModel::roles()
{
    return {
        {JidRole, "jid"},
        {NameRole, "name"},
        {AvailabilityRole, "availability"},
        {AvailabilityRankRole, "availabilityRank"},
        {StatusTextRole, "statusText"},
        {UnreadCountRole, "unreadCount"},
        {ColorRole, "color"},
        {InitialsRole, "initials"},
        {PresenceLabelRole, "presenceLabel"},
        {GroupsRole, "groups"},
        {PendingRole, "pending"},
        {BlockedRole, "blocked"},
        {StatusLineRole, "statusLine"},
        {MutedRole, "muted"},
        {AvatarUrlRole, "avatarUrl"},
    };
}

QString RosterModel::statusLine(const Item &item)
{
    if (item.blocked)
        return tr("Blocked");
    if (item.pending && item.availability == Presence::Availability::Offline)
        return tr("Request sent, waiting for approval");
    return item.statusText.isEmpty() ? Presence::label(item.availability) : item.statusText;
}

QStringList RosterModel::groupsOf(const QString &jid) const
{
    const auto *i = item(jid);
    return i ? i->groups : QStringList();
}

bool RosterModel::isBlocked(const QString &jid) const
{
    return m_blockedSet.contains(jid);
}

int RosterModel::indexOf(const QString &jid) const
{
    return m_rowOf.value(jid, -1);
}

void RosterModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        m_rowOf.insert(m_items[i].jid, i);
}

const RosterModel::Item *RosterModel::item(const QString &jid) const
{
    const int row = indexOf(jid);
    return row < 0 ? nullptr : &m_items[row];
}

QString RosterModel::displayName(const QString &jid) const
{
    if (const auto *i = item(jid))
        return i->name;
    return QXmppUtils::jidToUser(jid);
}

RosterModel::Item RosterModel::makeItem(const QString &jid) const
{
    const auto entry = m_manager->getRosterEntry(jid);
    Item item;
    item.jid = jid;
    item.name = entry.name().isEmpty() ? QXmppUtils::jidToUser(jid) : entry.name();
    if (item.name.isEmpty())
        item.name = jid;
    item.groups = QStringList(entry.groups().begin(), entry.groups().end());
    item.groups.sort(Qt::CaseInsensitive);
    item.pending = entry.subscriptionStatus() == QLatin1String("subscribe");
    item.blocked = m_blockedSet.contains(jid);
    // A blocked contact's presence is not shown (the server stops sending it anyway).
    if (!item.blocked)
        std::tie(item.availability, item.statusText) = bestPresence(m_manager, jid);
    return item;
}

void RosterModel::reload()
{
    beginResetModel();
    QHash<QString, int> unread;
    for (const auto &item : std::as_const(m_items))
        unread.insert(item.jid, item.unreadCount);
    m_items.clear();
    m_dirtyRows.clear();
    const auto jids = m_manager->getRosterBareJids();
    m_items.reserve(jids.size());
    for (const auto &jid : jids) {
        auto item = makeItem(jid);
        item.unreadCount = unread.value(jid);
        m_items.append(std::move(item));
    }
    reindex();
    endResetModel();
    updateGroups();
    qCInfo(lcRoster) << "Roster loaded:" << m_items.size() << "items";
    refreshAllContacts();
    Q_EMIT countChanged();
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

void RosterModel::updateItem(const QString &jid)
{
    const int row = indexOf(jid);
    if (row < 0) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size()));
        m_rowOf.insert(jid, int(m_items.size()));
        m_items.append(makeItem(jid));
        endInsertRows();
        Q_EMIT countChanged();
    } else {
        const int unread = m_items[row].unreadCount;
        m_items[row] = makeItem(jid);
        m_items[row].unreadCount = unread;
        markDirty(row);
    }
    updateGroups();
    refreshContact(jid);
    // Answered from another client (or by the server's pre-approval).
    const auto subscription = m_manager->getRosterEntry(jid).subscriptionType();
    if (subscription == QXmppRosterIq::Item::From || subscription == QXmppRosterIq::Item::Both)
        dropRequest(jid);
}

void RosterModel::removeItem(const QString &jid)
{
    const int row = indexOf(jid);
    if (row < 0)
        return;
    flushDirty();  // row numbers shift below
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    reindex();
    endRemoveRows();
    Q_EMIT countChanged();
    updateGroups();
    refreshContact(jid);
}

void RosterModel::refreshPresence(const QString &jid)
{
    const int row = indexOf(jid);
    if (row < 0)
        return;
    auto &item = m_items[row];
    if (item.blocked)
        return;
    const auto [availability, status] = bestPresence(m_manager, jid);
    if (item.availability == availability && item.statusText == status)
        return;
    item.availability = availability;
    item.statusText = status;
    markDirty(row);
}

void RosterModel::setUnreadCount(const QString &jid, int count)
{
    const int row = indexOf(jid);
    if (row < 0 || m_items[row].unreadCount == count)
        return;
    m_items[row].unreadCount = count;
    markDirty(row);
}

void RosterModel::setMuted(const QString &jid, bool muted)
{
    const QString bare = jid.toLower();
    if (m_muted.contains(bare) == muted)
        return;
    if (muted)
        m_muted.insert(bare);
    else
        m_muted.remove(bare);
    if (const int row = indexOf(bare); row >= 0)
        markDirty(row);
}

void RosterModel::markDirty(int row)
{
    m_dirtyRows.insert(row);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QTimer::singleShot(0, this, &RosterModel::flushDirty);
    }
}

// One dataChanged per contiguous run of changed rows, once per event-loop pass: a burst of
// presences at login re-sorts the roster once, not once per stanza.
void RosterModel::flushDirty()
{
    m_flushQueued = false;
    if (m_dirtyRows.isEmpty())
        return;
    QList<int> rows(m_dirtyRows.begin(), m_dirtyRows.end());
    m_dirtyRows.clear();
    std::sort(rows.begin(), rows.end());
    int first = rows.front();
    int last = first;
    for (int i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows[i] == last + 1) {
            last = rows[i];
            continue;
        }
        if (last < m_items.size())
            Q_EMIT dataChanged(index(first), index(std::min<int>(last, int(m_items.size()) - 1)));
        if (i < rows.size())
            first = last = rows[i];
    }
}
