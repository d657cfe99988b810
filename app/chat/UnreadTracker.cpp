#include "UnreadTracker.h"

#include "ArchiveSync.h"
#include "ChatController.h"
#include "ChatNotifier.h"
#include "MessageStore.h"
#include "core/Logging.h"
#include "roster/RosterModel.h"

#include <algorithm>

UnreadTracker::UnreadTracker(const QString &account, ChatController *chats, RosterModel *roster, QObject *parent)
    : QObject(parent)
    , m_account(account.toLower())
    , m_chats(chats)
    , m_roster(roster)
    , m_notifier(new ChatNotifier(this))
{
    if (chats) {
        connect(chats, &ChatController::currentChatChanged, this, [this] { setOpenConversation(m_chats->currentJid()); });
        setOpenConversation(chats->currentJid());
        connect(chats, &ChatController::messagesArrived, this, &UnreadTracker::messagesArrived);
    }
    if (roster) {
        // The roster keeps counts only for its rows: give them again when it reloads.
        connect(roster, &QAbstractItemModel::modelReset, this, &UnreadTracker::pushToRoster);
        connect(roster, &QAbstractItemModel::rowsInserted, this, &UnreadTracker::pushToRoster);
    }
}

void UnreadTracker::setStore(MessageStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store) {
        if (!std::exchange(m_loaded, true))
            Q_EMIT loadedChanged();
        return;
    }
    connect(store, &MessageStore::conversationsLoaded, this,
            [this](MessageStore::RequestId id, const QString &, const QList<ConversationState> &conversations) {
                if (id == m_loadRequest)
                    loaded(conversations);
            });
    m_loadRequest = store->fetchConversations(m_account);
}

void UnreadTracker::loaded(const QList<ConversationState> &conversations)
{
    m_loadRequest = 0;
    QHash<QString, int> counts;
    QSet<QString> muted;
    for (const auto &c : conversations) {
        if (c.unread > 0 && !isInView(c.peer))
            counts.insert(c.peer, c.unread);
        if (c.muted)
            muted.insert(c.peer);
    }
    // The user's changes made meanwhile win (their writes are queued behind the load).
    for (const auto &peer : std::as_const(m_mutedWhileLoading)) {
        if (m_muted.contains(peer))
            muted.insert(peer);
        else
            muted.remove(peer);
    }
    m_mutedWhileLoading.clear();
    const QSet<QString> mutedBefore = std::exchange(m_muted, muted);
    for (const auto &peer : mutedBefore + m_muted) {
        if (mutedBefore.contains(peer) != m_muted.contains(peer)) {
            if (m_roster)
                m_roster->setMuted(peer, m_muted.contains(peer));
            Q_EMIT mutedChanged(peer, m_muted.contains(peer));
        }
    }
    const QHash<QString, int> before = std::exchange(m_counts, counts);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (m_counts.contains(it.key()))
            continue;
        if (m_roster)
            m_roster->setUnreadCount(it.key(), 0);
        Q_EMIT countChanged(it.key(), 0);
    }
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            Q_EMIT countChanged(it.key(), it.value());
    }
    pushToRoster();
    updateTotal();
    if (!m_open.isEmpty() && m_viewActive)
        markRead(m_open);
    qCDebug(lcChat) << "Unread of" << m_account << "loaded:" << m_total << "in" << m_counts.size() << "conversations";
    if (!std::exchange(m_loaded, true))
        Q_EMIT loadedChanged();
}

QStringList UnreadTracker::muted() const
{
    QStringList list(m_muted.cbegin(), m_muted.cend());
    list.sort();
    return list;
}

void UnreadTracker::setMuted(const QString &bareJid, bool muted)
{
    const QString peer = bareJid.toLower();
    if (peer.isEmpty() || m_muted.contains(peer) == muted)
        return;
    if (muted)
        m_muted.insert(peer);
    else
        m_muted.remove(peer);
    if (m_loadRequest)
        m_mutedWhileLoading.insert(peer);
    if (m_store)
        m_store->setMuted(m_account, peer, muted);
    if (m_roster)
        m_roster->setMuted(peer, muted);
    Q_EMIT mutedChanged(peer, muted);
    updateTotal();
}

void UnreadTracker::setViewActive(bool active)
{
    if (m_viewActive == active)
        return;
    m_viewActive = active;
    Q_EMIT viewActiveChanged();
    if (active && !m_open.isEmpty())
        markRead(m_open);
}

void UnreadTracker::setOpenConversation(const QString &bareJid)
{
    const QString peer = bareJid.toLower();
    if (m_open == peer)
        return;
    m_open = peer;
    if (m_viewActive && !peer.isEmpty())
        markRead(peer);
}

void UnreadTracker::messagesArrived(const QString &bareJid, int count, const QString &lastPreview, bool live)
{
    const QString peer = bareJid.toLower();
    if (count <= 0 || peer.isEmpty())
        return;
    if (isInView(peer)) {
        markRead(peer);
        return;
    }
    // A new account's first catch-up brings the archive's recent past: shown, not unread (and
    // read in the store too, so a restart does not count it either).
    if (!live && m_chats && m_chats->archive() && m_chats->archive()->isFirstCatchUp()) {
        qCDebug(lcChat) << "First catch-up of" << m_account << ":" << count << "from" << peer << "taken as read";
        if (m_store && !m_counts.contains(peer))
            m_store->markRead(m_account, peer);
        return;
    }
    setCount(peer, std::min(m_counts.value(peer) + count, MessageStore::UnreadCountCap));
    updateTotal();
    if (!m_muted.contains(peer)) {
        const QString name = m_roster ? m_roster->displayName(peer) : peer;
        m_notifier->add(peer, name.isEmpty() ? peer : name, count, lastPreview, live);
    }
}

void UnreadTracker::setCount(const QString &peer, int count)
{
    if (m_counts.value(peer) == count)
        return;
    if (count > 0)
        m_counts.insert(peer, count);
    else
        m_counts.remove(peer);
    if (m_roster)
        m_roster->setUnreadCount(peer, count);
    Q_EMIT countChanged(peer, count);
}

void UnreadTracker::markRead(const QString &peer)
{
    setCount(peer, 0);
    updateTotal();
    m_notifier->conversationRead(peer);
    // At once: a later request would also cover what arrives after the user looked away.
    if (m_store)
        m_store->markRead(m_account, peer);
}

void UnreadTracker::updateTotal()
{
    int total = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (!m_muted.contains(it.key()))
            total += it.value();
    }
    if (total != m_total) {
        m_total = total;
        Q_EMIT totalChanged();
    }
}

void UnreadTracker::pushToRoster()
{
    if (!m_roster)
        return;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        m_roster->setUnreadCount(it.key(), it.value());
    for (const QString &peer : std::as_const(m_muted))
        m_roster->setMuted(peer, true);
}
