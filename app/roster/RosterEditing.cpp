// RosterModel: adding, renaming, regrouping and removing contacts, answering subscription
// requests and the block list (XEP-0191). Every change goes to the server; the model follows
// the server's roster and block-list pushes, so two clients of one account stay in step.
#include "RosterModel.h"

#include "core/Logging.h"

#include <QXmppBlockingManager.h>
#include <QXmppRosterManager.h>
#include <QXmppUtils.h>

namespace {
QSet<QString> groupSet(const QStringList &groups)
{
    QSet<QString> result;
    for (const auto &group : groups) {
        if (const auto trimmed = group.trimmed(); !trimmed.isEmpty())
            result.insert(trimmed);
    }
    return result;
}

template<typename Variant>
QString errorText(const Variant &result)
{
    if (const auto *error = std::get_if<QXmppError>(&result))
        return error->description.isEmpty() ? QStringLiteral("error") : error->description;
    return {};
}
}  // namespace

QString RosterModel::normalizedJid(const QString &input)
{
    const QString jid = input.trimmed().toLower();
    // A bare JID: a domain with an optional local part, no resource, no spaces. A domain alone
    // (a gateway, a device's server) needs a dot: "bob" is a name typed without its server.
    const QString domain = QXmppUtils::jidToDomain(jid);
    if (jid.isEmpty() || jid.contains(u'/') || jid.contains(u' ') || jid.startsWith(u'@') || jid.endsWith(u'@')
        || jid.count(u'@') > 1 || domain.isEmpty() || (!jid.contains(u'@') && !domain.contains(u'.')))
        return {};
    return jid;
}

void RosterModel::report(const QString &jid, const QString &what, const QString &error)
{
    if (error.isEmpty())
        return;
    qCWarning(lcRoster) << what << jid << "failed:" << error;
    Q_EMIT actionFailed(jid, tr("%1 failed: %2").arg(what, error));
}

bool RosterModel::addContact(const QString &input, const QString &name, const QStringList &groups)
{
    const QString jid = normalizedJid(input);
    if (jid.isEmpty())
        return false;
    m_manager->addRosterItem(jid, name.trimmed(), groupSet(groups)).then(this, [this, jid](auto &&result) {
        if (const auto error = errorText(result); !error.isEmpty()) {
            report(jid, tr("Adding"), error);
            return;
        }
        // The item is there (with our name and groups); now ask to see their presence.
        m_manager->subscribeTo(jid).then(this, [this, jid](auto &&sent) { report(jid, tr("Asking"), errorText(sent)); });
    });
    return true;
}

void RosterModel::renameContact(const QString &jid, const QString &name)
{
    m_manager->renameRosterItem(jid, name.trimmed()).then(this, [this, jid](auto &&result) {
        report(jid, tr("Renaming"), errorText(result));
    });
}

void RosterModel::setContactGroups(const QString &jid, const QStringList &groups)
{
    // A roster set replaces the whole item: keep its name.
    const auto entry = m_manager->getRosterEntry(jid);
    m_manager->addRosterItem(jid, entry.name(), groupSet(groups)).then(this, [this, jid](auto &&result) {
        report(jid, tr("Moving"), errorText(result));
    });
}

void RosterModel::moveContact(const QString &jid, const QString &fromGroup, const QString &toGroup)
{
    const auto current = m_manager->getRosterEntry(jid).groups();
    QStringList groups(current.begin(), current.end());
    groups.removeAll(fromGroup);
    if (!toGroup.trimmed().isEmpty() && !groups.contains(toGroup.trimmed()))
        groups.append(toGroup.trimmed());
    setContactGroups(jid, groups);
}

void RosterModel::removeContact(const QString &jid)
{
    // The server cancels the subscriptions both ways (RFC 6121 2.5).
    m_manager->removeRosterItem(jid).then(this, [this, jid](auto &&result) {
        report(jid, tr("Removing"), errorText(result));
    });
}

void RosterModel::acceptRequest(const QString &jid)
{
    if (!m_manager->acceptSubscription(jid)) {
        report(jid, tr("Accepting"), tr("not connected"));
        return;
    }
    dropRequest(jid);
    const auto entry = m_manager->getRosterEntry(jid);
    const auto type = entry.subscriptionType();
    const bool haveTheirs = type == QXmppRosterIq::Item::To || type == QXmppRosterIq::Item::Both;
    if (!haveTheirs && entry.subscriptionStatus() != QLatin1String("subscribe"))
        m_manager->subscribeTo(jid).then(this, [this, jid](auto &&sent) { report(jid, tr("Asking"), errorText(sent)); });
}

void RosterModel::denyRequest(const QString &jid)
{
    if (!m_manager->refuseSubscription(jid)) {
        report(jid, tr("Denying"), tr("not connected"));
        return;
    }
    dropRequest(jid);
}

void RosterModel::block(const QString &jid)
{
    if (!m_blocking)
        return report(jid, tr("Blocking"), tr("no block list"));
    m_blocking->block(jid).then(this, [this, jid](auto &&result) { report(jid, tr("Blocking"), errorText(result)); });
    dropRequest(jid);  // blocking answers a request too: the server drops it
}

void RosterModel::unblock(const QString &jid)
{
    if (!m_blocking)
        return report(jid, tr("Unblocking"), tr("no block list"));
    m_blocking->unblock(jid).then(this, [this, jid](auto &&result) { report(jid, tr("Unblocking"), errorText(result)); });
}

void RosterModel::addRequest(const QString &jid)
{
    if (m_requests.contains(jid) || m_blockedSet.contains(jid))
        return;
    qCInfo(lcRoster) << "Subscription request from" << jid;
    m_requests.append(jid);
    Q_EMIT requestsChanged();
}

void RosterModel::dropRequest(const QString &jid)
{
    if (m_requests.removeAll(jid) > 0)
        Q_EMIT requestsChanged();
}

void RosterModel::fetchBlocklist()
{
    if (!m_blocking)
        return;
    m_blocking->fetchBlocklist().then(this, [this](auto &&result) {
        if (const auto *list = std::get_if<QXmppBlocklist>(&result)) {
            const auto entries = list->entries();
            setBlocklist(QStringList(entries.begin(), entries.end()));
        } else {
            qCWarning(lcRoster) << "No block list:" << errorText(result);
        }
    });
}

void RosterModel::setBlocklist(QStringList jids)
{
    jids.sort();
    jids.erase(std::unique(jids.begin(), jids.end()), jids.end());
    if (jids == m_blocklist)
        return;
    QSet<QString> now(jids.begin(), jids.end());
    const QSet<QString> changed = (now - m_blockedSet) + (m_blockedSet - now);
    m_blocklist = jids;
    m_blockedSet = std::move(now);
    for (const auto &jid : changed) {
        if (m_blockedSet.contains(jid))
            dropRequest(jid);
        if (const int row = indexOf(jid); row >= 0) {
            const int unread = m_items[row].unreadCount;
            m_items[row] = makeItem(jid);
            m_items[row].unreadCount = unread;
            markDirty(row);
        }
        refreshContact(jid);
    }
    qCInfo(lcRoster) << "Block list:" << m_blocklist.size() << "entries";
    Q_EMIT blocklistChanged();
}

void RosterModel::updateGroups()
{
    QSet<QString> all;
    for (const auto &item : std::as_const(m_items)) {
        for (const auto &group : item.groups)
            all.insert(group);
    }
    QStringList sorted(all.begin(), all.end());
    sorted.sort(Qt::CaseInsensitive);
    if (sorted == m_groups)
        return;
    m_groups = sorted;
    Q_EMIT groupsChanged();
}
