// Every message of every account of a profile, in one SQLite file (profile/messages.sqlite, WAL),
// keyed by the account's bare JID. All work runs on a thread of the store's own; the GUI thread
// only queues requests and gets the answers by signal. Nothing here holds a conversation in
// memory: a chat view asks for pages.
//
// How to use it (one MessageStore per profile, created and called on the GUI thread):
//
//   - open(file) once, first: requests made after it queue behind the opening. If the file
//     cannot be opened (or was written by a newer Linnet), error() says why and every answer
//     comes back empty (rowId 0, no rows).
//   - Each request returns a RequestId and is answered by exactly one signal carrying that id.
//     Requests are carried out in the order they were made, so a fetch made after a store()
//     sees what was stored.
//
// Writing:
//   - store(messages): live messages, carbons, MAM results and our own sends all go through it,
//     in batches as they come (one transaction per call). A message is stored once whatever path
//     brings it; a copy that is already there is merged into the stored row (it fills in an id
//     the row lacked, and advances its state) and reported as not inserted. Two messages are
//     the same when, within one account:
//       1. both have a stanza-id and the stanza-ids are equal; or
//       2. both have an origin-id, the origin-ids are equal, and the sender is the same (same
//          conversation and direction: for a 1:1 chat, the peer or ourselves); or
//       3. neither rule can decide (they do not both carry stanza-ids, nor both origin-ids) and
//          their message ids are equal, from the same sender within the same conversation.
//     So equal message ids never merge messages whose stanza-ids (or origin-ids) both exist and
//     differ: clients reuse message ids. A resend the server archived twice (one origin-id, two
//     stanza-ids) is one message by rule 2. Messages without any id are never merged.
//     The store keeps account and peer in lower case; a message with timeMs 0 gets the current
//     time. Incoming messages are stored as Received; an outgoing one given as Received (a copy
//     from the server: MAM, a carbon of another session's send) counts as Acknowledged.
//   - updateState(account, messageId, state[, peer]): an outgoing message's progress (server
//     ack, receipt, failure). States only advance (StoredMessage::rank); the one step back
//     allowed is Failed -> Queued, to send it again.
//   - discardAccount(account): the account is removed with its local data.
//
// Reading:
//   - fetchNewest / fetchBefore / fetchAfter / fetchAround page through one conversation in
//     (time, row) order, oldest first in each page, with hasOlder / hasNewer.
//   - fetchLastStanzaId(account): where a MAM catch-up starts (the newest stored stanza-id).
//   - fetchOutbox(account): outgoing messages still Queued or Sent (not acknowledged), oldest
//     first: what to send (again) after a restart or a reconnect.
//   - search(text[, account]): full-text search over the bodies (FTS5: every word, each as a
//     prefix, case and diacritics ignored), newest first among the newest 2,000 matches by
//     row (what keeps a common word fast in a big store); each hit is a row to jump to with
//     fetchAround().
//   - checkIntegrity(): SQLite's integrity check and the full-text index's own.
//
// Conversations (what was read, what is muted; UnreadTracker keeps the counts from them):
//   - markRead(account, peer): everything stored in the conversation so far is read (the
//     newest row in (time, row) order becomes the last-read row). Incoming rows after it are
//     unread; history stored later but older than it (paging back) is not.
//   - setMuted(account, peer, muted).
//   - markRoom(account, room): the conversation is a group chat room. Its stanza-ids are the
//     room's archive's, so fetchLastStanzaId (the own archive's catch-up point) skips it.
//   - fetchConversations(account): per conversation the unread count (incoming rows after the
//     last-read row, counted up to UnreadCountCap), the last-read row and muted; conversations
//     with nothing unread and not muted are left out.
#pragma once

#include "StoredMessage.h"

#include "core/WorkerThread.h"

#include <QObject>
#include <QString>

class MessageStoreWriter;

// A conversation's read state as the store keeps it.
struct ConversationState {
    QString peer;            // lower case
    int unread = 0;          // at most MessageStore::UnreadCountCap
    qint64 lastReadRowId = 0;
    bool muted = false;
    bool operator==(const ConversationState &) const = default;
};
Q_DECLARE_METATYPE(ConversationState)

class MessageStore : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;

    // The file in a profile's directory.
    static inline const QString FileName = QStringLiteral("messages.sqlite");
    // Rows a page or a search answers at most, whatever was asked.
    static constexpr int MaxLimit = 1000;
    // Unread rows counted per conversation at most (a badge says "99+" long before).
    static constexpr int UnreadCountCap = 1000;

    explicit MessageStore(QObject *parent = nullptr);
    // Finishes every queued request, then closes the database and joins its thread.
    ~MessageStore() override;

    // Opens (creating or migrating) the database file, on the store's thread; once. opened()
    // or errorChanged() tells how it went.
    void open(const QString &databaseFile);
    QString databaseFile() const { return m_file; }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }  // "" while the file works

    RequestId store(const QList<StoredMessage> &messages);
    RequestId updateState(const QString &account, const QString &messageId, StoredMessage::State state,
                          const QString &peer = {});
    RequestId discardAccount(const QString &account);

    // The newest `limit` rows of a conversation.
    RequestId fetchNewest(const QString &account, const QString &peer, int limit);
    // `limit` rows just before (older than) / after (newer than) the row `rowId` of that
    // conversation, which is not part of the page. An unknown row gives an empty page.
    RequestId fetchBefore(const QString &account, const QString &peer, qint64 rowId, int limit);
    RequestId fetchAfter(const QString &account, const QString &peer, qint64 rowId, int limit);
    // The row `rowId` with up to limit / 2 older rows before it and the rest newer after it.
    RequestId fetchAround(const QString &account, const QString &peer, qint64 rowId, int limit);

    RequestId fetchLastStanzaId(const QString &account);
    RequestId fetchOutbox(const QString &account);
    // An empty account searches every account.
    RequestId search(const QString &text, const QString &account = {}, int limit = 50);
    RequestId checkIntegrity();

    // MessageStoreConversations.cpp (see above).
    RequestId markRead(const QString &account, const QString &peer);
    RequestId setMuted(const QString &account, const QString &peer, bool muted);
    RequestId markRoom(const QString &account, const QString &room);
    RequestId fetchConversations(const QString &account);

    // Blocks until everything queued before the call is done; for tests, never the GUI thread.
    bool waitForIdle(int timeoutMs = 10000);

Q_SIGNALS:
    void opened();
    void errorChanged();

    void stored(MessageStore::RequestId id, const QList<StoreResult> &results);
    // rowIds: the rows whose state changed (empty when none did: unknown id, or no advance).
    void stateUpdated(MessageStore::RequestId id, const QString &account, const QString &messageId,
                      StoredMessage::State state, const QList<qint64> &rowIds);
    void accountDiscarded(MessageStore::RequestId id, const QString &account, int rows);
    void pageLoaded(MessageStore::RequestId id, const MessagePage &page);
    void lastStanzaIdLoaded(MessageStore::RequestId id, const QString &account, const QString &stanzaId);
    void outboxLoaded(MessageStore::RequestId id, const QString &account, const QList<StoredMessage> &messages);
    void searchFinished(MessageStore::RequestId id, const MessageSearchResult &result);
    // ok: both checks passed; report: what they said ("ok", or the problems found).
    void integrityChecked(MessageStore::RequestId id, bool ok, const QString &report);
    // rowId: the conversation's last-read row now (0: it has no rows).
    void readMarked(MessageStore::RequestId id, const QString &account, const QString &peer, qint64 rowId);
    void mutedSet(MessageStore::RequestId id, const QString &account, const QString &peer, bool muted);
    void roomMarked(MessageStore::RequestId id, const QString &account, const QString &room);
    void conversationsLoaded(MessageStore::RequestId id, const QString &account,
                             const QList<ConversationState> &conversations);

private:
    enum class Page { Newest, Before, After, Around };
    RequestId fetchPage(Page kind, const QString &account, const QString &peer, qint64 rowId, int limit);
    // Runs work(writer) on the store's thread, then deliver() with its result on this one.
    template<typename Work, typename Deliver>
    RequestId post(Work work, Deliver deliver);
    void setError(const QString &error);

    QString m_file;
    QString m_error;
    bool m_open = false;
    RequestId m_lastId = 0;
    WorkerThread<MessageStoreWriter> m_worker;
    MessageStoreWriter *const m_writer;  // lives on m_worker's thread
};
