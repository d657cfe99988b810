#include "RosterListModel.h"

#include "RosterFilterModel.h"

#include <QCollator>
#include <QMetaObject>

namespace {
const QString RequestsSection = QStringLiteral("r");
const QString UngroupedSection = QStringLiteral("u");
const QString BlockedSection = QStringLiteral("b");
}  // namespace

RosterListModel::RosterListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_sorted(new RosterFilterModel(this))
{
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, &RosterListModel::scheduleRebuild);
    connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, &RosterListModel::scheduleRebuild);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &RosterListModel::scheduleRebuild);
    connect(m_sorted, &QAbstractItemModel::layoutChanged, this, &RosterListModel::scheduleRebuild);
    connect(m_sorted, &QAbstractItemModel::dataChanged, this, &RosterListModel::scheduleRebuild);
}

RosterListModel::~RosterListModel() = default;

void RosterListModel::setRoster(RosterModel *roster)
{
    if (roster == m_roster)
        return;
    if (m_roster)
        disconnect(m_roster, nullptr, this, nullptr);
    m_roster = roster;
    m_sorted->setSourceModel(roster);
    if (roster) {
        connect(roster, &RosterModel::requestsChanged, this, &RosterListModel::scheduleRebuild);
        connect(roster, &RosterModel::blocklistChanged, this, &RosterListModel::scheduleRebuild);
        // Sections stay folded as the user left them, across restarts.
        if (roster->hasStoredFoldState()) {
            const auto sections = roster->collapsedSections();
            m_collapsed = QSet<QString>(sections.cbegin(), sections.cend());
        }
    }
    rebuild();
    Q_EMIT rosterChanged();
}

QString RosterListModel::filterText() const
{
    return m_sorted->filterText();
}

void RosterListModel::setFilterText(const QString &text)
{
    if (text == m_sorted->filterText())
        return;
    m_sorted->setFilterText(text);
    rebuild();  // at once: typing shows its result in the same frame
    Q_EMIT filterTextChanged();
}

int RosterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

void RosterListModel::toggleSection(const QString &section)
{
    if (!m_collapsed.remove(section))
        m_collapsed.insert(section);
    if (m_roster) {
        QStringList sections(m_collapsed.cbegin(), m_collapsed.cend());
        sections.sort();
        m_roster->setCollapsedSections(sections);
    }
    rebuild();
}

int RosterListModel::rowOf(const QString &jid) const
{
    if (jid.isEmpty())
        return -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].kind == Kind::Contact && m_entries[row].jid == jid)
            return row;
    }
    return -1;
}

QString RosterListModel::jidAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].jid : QString();
}

RosterListModel::Kind RosterListModel::kindAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].kind : Kind::Header;
}

QString RosterListModel::sectionAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].section : QString();
}

QString RosterListModel::groupAt(int row) const
{
    return kindAt(row) == Kind::Contact ? m_entries[row].group : QString();
}

int RosterListModel::contactRowFrom(int row, int delta) const
{
    const int count = int(m_entries.size());
    if (count == 0 || delta == 0)
        return -1;
    const int step = delta > 0 ? 1 : -1;
    int at = row < 0 || row >= count ? (step > 0 ? -1 : count) : row;
    for (int seen = 0; seen < count; ++seen) {
        at = (at + step + count) % count;
        if (m_entries[at].kind == Kind::Contact)
            return at;
    }
    return -1;
}

void RosterListModel::scheduleRebuild()
{
    if (m_rebuildQueued)
        return;
    m_rebuildQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        if (m_rebuildQueued)
            rebuild();
    }, Qt::QueuedConnection);
}

QList<RosterListModel::Entry> RosterListModel::build() const
{
    QList<Entry> out;
    if (!m_roster)
        return out;
    const QString filter = m_sorted->filterText();
    const bool filtering = !filter.isEmpty();
    auto matches = [&](const QString &jid) {
        return !filtering || jid.contains(filter, Qt::CaseInsensitive)
            || m_roster->displayName(jid).contains(filter, Qt::CaseInsensitive);
    };

    const auto requests = m_roster->requests();
    for (const auto &jid : requests) {
        if (matches(jid))
            out.append({Kind::Request, RequestsSection, jid, {}, 0, 0});
    }

    // Contacts in the proxy's order, dealt into their sections.
    QHash<QString, QList<Entry>> sections;
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const auto index = m_sorted->index(row, 0);
        const QString jid = index.data(RosterModel::JidRole).toString();
        const bool online = index.data(RosterModel::AvailabilityRankRole).toInt() != int(Presence::Availability::Offline);
        QStringList groups = index.data(RosterModel::GroupsRole).toStringList();
        if (groups.isEmpty())
            groups.append(QString());
        for (const auto &group : std::as_const(groups)) {
            const QString id = group.isEmpty() ? UngroupedSection : QStringLiteral("g:") + group;
            sections[id].append({Kind::Contact, id, jid, group, 0, online ? 1 : 0});
        }
    }
    QStringList named;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (it.key() != UngroupedSection)
            named.append(it.key().mid(2));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(named.begin(), named.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    // Contacts without a group first: the people one talks to most, before groups such as a
    // fleet of devices.
    QList<std::pair<QString, QString>> order;  // id, label
    if (sections.contains(UngroupedSection))
        order.append({UngroupedSection, tr("Contacts")});
    for (const auto &group : std::as_const(named))
        order.append({QStringLiteral("g:") + group, group});

    QList<Entry> blocked;
    const auto blocklist = m_roster->blocklist();
    for (const auto &jid : blocklist) {
        if (matches(jid))
            blocked.append({Kind::Blocked, BlockedSection, jid, {}, 0, 0});
    }
    if (!blocked.isEmpty() || (!filtering && !blocklist.isEmpty()))
        order.append({BlockedSection, tr("Blocked")});

    // A roster without groups or blocked entries stays a plain list.
    const bool headers = !named.isEmpty() || !blocklist.isEmpty();
    for (const auto &[id, label] : std::as_const(order)) {
        const QList<Entry> &rows = id == BlockedSection ? blocked : sections[id];
        if (headers) {
            int online = 0;
            for (const auto &entry : rows)
                online += entry.online;
            out.append({Kind::Header, id, {}, label, int(rows.size()), online});
        }
        // A search looks inside collapsed sections too.
        if (!headers || filtering || !m_collapsed.contains(id))
            out.append(rows);
    }
    return out;
}

void RosterListModel::rebuild()
{
    m_rebuildQueued = false;
    QList<Entry> next = build();
    const int oldCount = int(m_entries.size());
    const int newCount = int(next.size());
    int head = 0;
    while (head < oldCount && head < newCount && m_entries[head] == next[head])
        ++head;
    int tail = 0;
    while (tail < oldCount - head && tail < newCount - head
           && m_entries[oldCount - 1 - tail] == next[newCount - 1 - tail])
        ++tail;
    if (oldCount - tail > head) {
        beginRemoveRows({}, head, oldCount - tail - 1);
        m_entries.remove(head, oldCount - tail - head);
        endRemoveRows();
    }
    if (newCount - tail > head) {
        beginInsertRows({}, head, newCount - tail - 1);
        m_entries.insert(head, newCount - tail - head, Entry{});
        for (int row = head; row < newCount - tail; ++row)
            m_entries[row] = next[row];
        endInsertRows();
    }
    m_entries = std::move(next);  // the same keys now; counts and names may differ
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
    int contacts = 0;
    for (const auto &entry : std::as_const(m_entries))
        contacts += entry.kind == Kind::Contact ? 1 : 0;
    m_contactCount = contacts;
    Q_EMIT layoutRebuilt();
}

QVariant RosterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_roster)
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case KindRole:
        return int(entry.kind);  // an int: DelegateChooser compares it with its roleValue
    case SectionRole:
        return entry.section;
    case GroupRole:
        return entry.kind == Kind::Contact ? entry.group : QString();
    case HeaderLabelRole:
        return entry.kind == Kind::Header ? entry.group : QString();
    case CollapsedRole:
        return m_collapsed.contains(entry.section);
    case MemberCountRole:
        return entry.members;
    case OnlineCountRole:
        return entry.online;
    case CountLabelRole:
        if (entry.kind != Kind::Header)
            return QString();
        return entry.section == BlockedSection ? QString::number(entry.members)
                                               : QStringLiteral("%1/%2").arg(entry.online).arg(entry.members);
    }
    if (entry.kind == Kind::Contact)
        return contactData(entry.jid, role);
    return otherData(entry, role);
}

QVariant RosterListModel::contactData(const QString &jid, int role) const
{
    const int row = m_roster->indexOf(jid);
    if (row < 0)
        return {};
    const auto source = m_roster->index(row);
    if (role != AccessibleTextRole)
        return source.data(role);
    QString text = source.data(RosterModel::NameRole).toString() + u", "
        + source.data(RosterModel::StatusLineRole).toString();
    if (const int unread = source.data(RosterModel::UnreadCountRole).toInt(); unread > 0)
        text += u", " + tr("%n unread message(s)", nullptr, unread);
    if (source.data(RosterModel::MutedRole).toBool())
        text += u", " + tr("muted");
    return text;
}

// Requests, headers and block-list entries: what a delegate needs, with neutral defaults.
QVariant RosterListModel::otherData(const Entry &entry, int role) const
{
    const QString name = entry.jid.isEmpty() ? QString() : m_roster->displayName(entry.jid);
    switch (role) {
    case Qt::DisplayRole:
    case RosterModel::NameRole:
        return entry.kind == Kind::Header ? entry.group : name;
    case RosterModel::JidRole:
        return entry.jid;
    case RosterModel::AvailabilityRole:
        return QVariant::fromValue(Presence::Availability::Offline);
    case RosterModel::AvailabilityRankRole:
        return int(Presence::Availability::Offline);
    case RosterModel::StatusTextRole:
        return QString();
    case RosterModel::UnreadCountRole:
        return 0;
    case RosterModel::ColorRole:
        return ContactLook::color(entry.jid);
    case RosterModel::InitialsRole:
        return ContactLook::initials(name);
    case RosterModel::PresenceLabelRole:
        return Presence::label(Presence::Availability::Offline);
    case RosterModel::GroupsRole:
        return QStringList();
    case RosterModel::PendingRole:
    case RosterModel::MutedRole:
        return false;
    case RosterModel::BlockedRole:
        return entry.kind == Kind::Blocked;
    case RosterModel::AvatarUrlRole:
        return entry.jid.isEmpty() ? QUrl() : m_roster->avatarUrl(entry.jid);
    case RosterModel::StatusLineRole:
        return entry.kind == Kind::Request ? tr("Wants to see when you are online") : entry.kind == Kind::Blocked ? tr("Blocked") : QString();
    case AccessibleTextRole:
        switch (entry.kind) {
        case Kind::Request:
            return tr("Contact request from %1").arg(entry.jid);
        case Kind::Blocked:
            return tr("%1, blocked").arg(name);
        case Kind::Header:
            if (entry.section == BlockedSection)
                return tr("%1, %n entries, %2", nullptr, entry.members)
                    .arg(entry.group, m_collapsed.contains(entry.section) ? tr("collapsed") : tr("expanded"));
            return tr("%1, %2 of %n online, %3", nullptr, entry.members)
                .arg(entry.group)
                .arg(entry.online)
                .arg(m_collapsed.contains(entry.section) ? tr("collapsed") : tr("expanded"));
        case Kind::Contact:
            break;
        }
    }
    return {};
}

QHash<int, QByteArray> RosterListModel::roleNames() const
{
    auto names = RosterModel::roles();
    names.insert({
        {KindRole, "kind"},
        {SectionRole, "section"},
        {GroupRole, "group"},
        {HeaderLabelRole, "headerLabel"},
        {CollapsedRole, "collapsed"},
        {MemberCountRole, "memberCount"},
        {OnlineCountRole, "onlineCount"},
        {CountLabelRole, "countLabel"},
        {AccessibleTextRole, "accessibleText"},
    });
    return names;
}
