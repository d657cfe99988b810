#include "ArchiveSync.h"

#include "ArchiveQuery.h"
#include "MessageConversion.h"
#include "MessageStore.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QTimeZone>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

#include <algorithm>

ArchiveSync::ArchiveSync(const QString &ownBareJid, MessageStore *store, QObject *parent)
    : QObject(parent)
    , m_own(ownBareJid.toLower())
    , m_store(store)
{
    connect(m_store, &MessageStore::lastStanzaIdLoaded, this,
            [this](MessageStore::RequestId id, const QString &, const QString &stanzaId) {
                if (id != m_lastStanzaIdRequest || !m_catchUp.active)
                    return;
                m_lastStanzaIdRequest = 0;
                startCatchUp(m_catchUp.run, stanzaId);
            });
    connect(m_store, &MessageStore::stored, this, [this](MessageStore::RequestId id, const QList<StoreResult> &results) {
        if (auto then = m_storing.take(id))
            then(results);
    });
}

ArchiveSync::~ArchiveSync() = default;

QString ArchiveSync::statusText() const
{
    if (m_catchUp.active)
        return m_fetched > 0 ? tr("Fetching messages from the server… %1").arg(m_fetched)
                             : tr("Fetching messages from the server…");
    if (m_olderRunning > 0)
        return tr("Fetching older messages from the server…");
    return m_error;
}

void ArchiveSync::setError(const QString &error)
{
    m_error = error;
    if (!error.isEmpty())
        qCWarning(lcArchive).noquote() << m_own << error;
}

void ArchiveSync::catchUp(QXmppClient *client)
{
    // A new run replaces a running one: answers of the old one are recognised by their run.
    const quint64 run = m_catchUp.run + 1;
    m_catchUp = CatchUp{};
    m_catchUp.active = true;
    m_catchUp.run = run;
    m_client = client;
    m_fetched = 0;
    setError({});
    if (!client || !client->isConnected()) {
        finishCatchUp(m_catchUp.run, tr("Cannot fetch the archive: not connected"));
        return;
    }
    qCDebug(lcArchive) << m_own << "catch-up" << m_catchUp.run;
    m_lastStanzaIdRequest = m_store->fetchLastStanzaId(m_own);
    Q_EMIT progressChanged();
}

void ArchiveSync::startCatchUp(quint64 run, const QString &afterId)
{
    if (!m_client) {
        finishCatchUp(run, tr("Cannot fetch the archive: not connected"));
        return;
    }
    if (afterId.isEmpty()) {
        // Nothing stored yet: the newest messages only, not years of someone's history.
        m_catchUp.newestMode = true;
        requestBackward(run, {});
    } else {
        requestForward(run, afterId, {});
    }
}

void ArchiveSync::requestForward(quint64 run, const QString &afterId, const QDateTime &start)
{
    Archive::Query query;
    query.archiveJid = m_own;
    query.after = afterId;
    query.start = start;
    query.max = m_pageSize;
    Archive::Queries::on(m_client)->run(query, this, [this, run](Archive::Page page) { onCatchUpPage(run, std::move(page), false); });
}

void ArchiveSync::requestBackward(quint64 run, const QString &beforeId)
{
    Archive::Query query;
    query.archiveJid = m_own;
    query.start = QDateTime::currentDateTimeUtc().addDays(-NewestWindowDays);
    query.before = beforeId;
    query.lastPage = beforeId.isEmpty();
    query.max = qMin(m_pageSize, NewestLimit - m_catchUp.received);
    Archive::Queries::on(m_client)->run(query, this, [this, run](Archive::Page page) { onCatchUpPage(run, std::move(page), true); });
}

void ArchiveSync::onCatchUpPage(quint64 run, Archive::Page page, bool backward)
{
    if (run != m_catchUp.run || !m_catchUp.active)
        return;  // a replaced run
    if (!page.error.isEmpty()) {
        finishCatchUp(run, page.error);
        return;
    }
    const QList<StoredMessage> messages = convert(page.messages, m_own, false);
    m_catchUp.received += int(page.messages.size());
    m_fetched += int(messages.size());

    // Ask for the next page before storing this one: the server works while the store writes.
    bool more = !page.complete && !page.messages.isEmpty() && m_client;
    if (backward) {
        more = more && !page.first.isEmpty() && m_catchUp.received < NewestLimit;
        if (more)
            requestBackward(run, page.first);
    } else {
        more = more && !page.last.isEmpty();
        if (more) {
            // 1 ms back: the stamp went from microseconds to milliseconds.
            const QDateTime stamp = page.messages.constLast().stamp();
            requestForward(run, page.last, stamp.isValid() ? stamp.addMSecs(-1) : QDateTime());
        }
    }
    m_catchUp.lastPageAsked = !more;

    QList<StoredMessage> toStore = messages;
    if (backward) {
        // Pages come newest first: kept until the last so the store gets them oldest first
        // (rows of one millisecond are ordered by insertion). At most NewestLimit messages.
        m_catchUp.newest = messages + m_catchUp.newest;
        if (more) {
            Q_EMIT progressChanged();
            return;
        }
        toStore = std::exchange(m_catchUp.newest, {});
    }
    ++m_catchUp.pendingStores;
    storePage(toStore, [this, run](const QList<StoreResult> &results) {
        if (run != m_catchUp.run)
            return;
        --m_catchUp.pendingStores;
        for (const StoreResult &r : results)
            m_catchUp.inserted += r.inserted ? 1 : 0;
        if (!results.isEmpty())
            Q_EMIT stored(results);
        maybeCaughtUp();
    });
    Q_EMIT progressChanged();
}

void ArchiveSync::maybeCaughtUp()
{
    if (!m_catchUp.active || !m_catchUp.lastPageAsked || m_catchUp.pendingStores > 0)
        return;
    m_catchUp.active = false;
    qCDebug(lcArchive) << m_own << "caught up:" << m_catchUp.inserted << "new of" << m_fetched;
    Q_EMIT progressChanged();
    Q_EMIT caughtUp(m_catchUp.inserted);
}

void ArchiveSync::finishCatchUp(quint64 run, const QString &error)
{
    if (run != m_catchUp.run)
        return;
    m_catchUp.active = false;
    m_lastStanzaIdRequest = 0;
    setError(error);
    Q_EMIT progressChanged();
    Q_EMIT failed(error);
}

void ArchiveSync::fetchOlder(QXmppClient *client, const QString &archiveJid, const QString &withJid,
                             const QString &beforeStanzaId, qint64 beforeTimeMs)
{
    const QString archive = archiveJid.isEmpty() ? m_own : QXmppUtils::jidToBareJid(archiveJid).toLower();
    const bool room = archive != m_own;
    const QString conversation = room ? archive : withJid.toLower();
    if (!client || !client->isConnected()) {
        setError(tr("Cannot fetch older messages: not connected"));
        Q_EMIT failed(m_error);
        Q_EMIT olderFetched(conversation, 0, false);
        return;
    }
    Archive::Query query;
    query.archiveJid = archive;
    query.ownArchive = !room;
    query.with = room ? QString() : QXmppUtils::jidToBareJid(withJid);
    query.max = m_pageSize;
    query.before = beforeStanzaId;
    query.lastPage = beforeStanzaId.isEmpty();
    if (beforeTimeMs > 0) {
        // An end time lets the server seek instead of scanning back from the newest message.
        // With an archive id to page from, the bound is loose (that message's stored time may be
        // our clock's, not the server's); without one, it is the bound itself.
        const qint64 slackMs = beforeStanzaId.isEmpty() ? 0 : 10 * 60 * 1000;
        query.end = QDateTime::fromMSecsSinceEpoch(beforeTimeMs + slackMs, QTimeZone::UTC);
    }
    ++m_olderRunning;
    Q_EMIT progressChanged();
    Archive::Queries::on(client)->run(query, this, [this, conversation, archive, room, beforeTimeMs](Archive::Page page) {
        --m_olderRunning;
        if (!page.error.isEmpty()) {
            setError(page.error);
            Q_EMIT progressChanged();
            Q_EMIT failed(page.error);
            Q_EMIT olderFetched(conversation, 0, false);
            return;
        }
        QList<StoredMessage> messages = convert(page.messages, archive, room);
        placeBefore(messages, beforeTimeMs);
        m_fetched += int(messages.size());
        // Fewer than a page of stored messages can still mean "more": only the server's
        // complete flag (or an empty page) says the beginning was reached.
        const bool complete = page.complete || page.messages.isEmpty();
        Q_EMIT progressChanged();
        storePage(messages, [this, conversation, complete](const QList<StoreResult> &results) {
            int inserted = 0;
            for (const StoreResult &r : results)
                inserted += r.inserted ? 1 : 0;
            if (!results.isEmpty())
                Q_EMIT stored(results);
            Q_EMIT olderFetched(conversation, inserted, complete);
        });
    });
}

void ArchiveSync::catchUpRoom(QXmppClient *client, const QString &roomJid, qint64 sinceMs)
{
    const QString room = QXmppUtils::jidToBareJid(roomJid).toLower();
    RoomRun &run = m_roomRuns[room];
    run = RoomRun{};
    run.run = ++m_lastRoomRun;
    run.client = client;
    if (!client || !client->isConnected()) {
        maybeRoomCaughtUp(room, tr("Cannot fetch the archive of %1: not connected").arg(room));
        return;
    }
    // By time, not from the stored stanza-id: an id the room's archive no longer has (it
    // expires them, Prosody after a week) makes Prosody answer an empty page, indistinguishable
    // from "nothing new". The slack covers our clock (a live message's stored time is ours);
    // what it brings again is de-duplicated by the store.
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(std::max<qint64>(0, sinceMs - RoomSlackMs), QTimeZone::UTC);
    qCDebug(lcArchive) << room << "room catch-up from" << start;
    requestRoomPage(room, run.run, {}, start);
}

void ArchiveSync::requestRoomPage(const QString &room, quint64 run, const QString &afterId, const QDateTime &start)
{
    const RoomRun &state = m_roomRuns.value(room);
    Archive::Query query;
    query.archiveJid = room;
    query.ownArchive = false;
    query.after = afterId;
    query.start = start;
    query.max = m_pageSize;
    Archive::Queries::on(state.client)->run(query, this, [this, room, run](Archive::Page page) {
        onRoomPage(room, run, std::move(page));
    });
}

void ArchiveSync::onRoomPage(const QString &room, quint64 run, Archive::Page page)
{
    auto it = m_roomRuns.find(room);
    if (it == m_roomRuns.end() || it->run != run)
        return;  // replaced
    if (!page.error.isEmpty()) {
        it->lastPageAsked = true;
        maybeRoomCaughtUp(room, page.error);
        return;
    }
    const QList<StoredMessage> messages = convert(page.messages, room, true);
    qCDebug(lcArchive) << room << "page of" << page.messages.size() << "complete" << page.complete;
    m_fetched += int(messages.size());
    const bool more = !page.complete && !page.messages.isEmpty() && !page.last.isEmpty() && it->client;
    if (more) {
        const QDateTime stamp = page.messages.constLast().stamp();
        requestRoomPage(room, run, page.last, stamp.isValid() ? stamp.addMSecs(-1) : QDateTime());
    }
    it->lastPageAsked = !more;
    ++it->pendingStores;
    storePage(messages, [this, room, run](const QList<StoreResult> &results) {
        if (!results.isEmpty())
            Q_EMIT stored(results);  // shown even if the run ended meanwhile
        const auto current = m_roomRuns.find(room);
        if (current == m_roomRuns.end() || current->run != run)
            return;
        --current->pendingStores;
        for (const StoreResult &r : results)
            current->inserted += r.inserted ? 1 : 0;
        maybeRoomCaughtUp(room);
    });
}

void ArchiveSync::maybeRoomCaughtUp(const QString &room, const QString &error)
{
    auto it = m_roomRuns.find(room);
    if (it == m_roomRuns.end() || (error.isEmpty() && (!it->lastPageAsked || it->pendingStores > 0)))
        return;
    const int inserted = it->inserted;
    m_roomRuns.erase(it);
    if (!error.isEmpty())
        setError(error);
    qCDebug(lcArchive) << room << "room caught up:" << inserted << "new";
    Q_EMIT roomCaughtUp(room, inserted, error);
}

void ArchiveSync::placeBefore(QList<StoredMessage> &messages, qint64 beforeTimeMs)
{
    if (beforeTimeMs <= 0)
        return;
    for (StoredMessage &m : messages)
        m.timeMs = std::min(m.timeMs, beforeTimeMs - 1);
}

QList<StoredMessage> ArchiveSync::convert(const QList<QXmppMessage> &messages, const QString &archiveJid, bool room) const
{
    QList<StoredMessage> out;
    out.reserve(messages.size());
    const MessageConversion::Context context{m_own, QString(), archiveJid};
    const QString nick = room && roomNick ? roomNick(archiveJid) : QString();
    for (const QXmppMessage &message : messages) {
        if (message.body().isEmpty() || message.type() == QXmppMessage::Error)
            continue;
        // The own archive keeps 1:1 chat; room messages come from the room's archive.
        if (!room && message.type() == QXmppMessage::GroupChat)
            continue;
        StoredMessage stored = MessageConversion::fromStanza(message, context);
        if (room) {
            stored.peer = archiveJid;
            stored.peerResource = QXmppUtils::jidToResource(message.from());
            stored.direction = !nick.isEmpty() && stored.peerResource == nick ? StoredMessage::Direction::Outgoing
                                                                              : StoredMessage::Direction::Incoming;
        } else if (stored.direction == StoredMessage::Direction::Incoming && isBlocked && isBlocked(stored.peer)) {
            continue;
        }
        out.append(std::move(stored));
    }
    return out;
}

void ArchiveSync::storePage(const QList<StoredMessage> &messages, std::function<void(const QList<StoreResult> &)> then)
{
    if (messages.isEmpty()) {
        then({});
        return;
    }
    m_storing.insert(m_store->store(messages), std::move(then));
}
