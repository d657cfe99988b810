// The message store's schema: an append-only list of migrations (as timeseries/HistorySchema).
// A database at version N has had the first N applied (PRAGMA user_version); never edit one
// that shipped, append another. A migration is a list of statements (not split on ';': the
// FTS triggers have ';' inside).
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace MessageSchema {

// 1: one row per message of every account; the ids the de-duplication looks up, a page index
// per conversation, the outbox, and a full-text index over the bodies kept in sync by triggers.
inline constexpr std::string_view Migration1[] = {
    "CREATE TABLE messages(id INTEGER PRIMARY KEY, account TEXT NOT NULL, peer TEXT NOT NULL,"
    " peer_resource TEXT NOT NULL DEFAULT '', own_resource TEXT NOT NULL DEFAULT '',"
    " direction INTEGER NOT NULL, body TEXT NOT NULL DEFAULT '', message_id TEXT NOT NULL DEFAULT '',"
    " origin_id TEXT NOT NULL DEFAULT '', stanza_id TEXT NOT NULL DEFAULT '', time_ms INTEGER NOT NULL,"
    " state INTEGER NOT NULL, correction_of TEXT NOT NULL DEFAULT '', reply_to TEXT NOT NULL DEFAULT '')",
    // Pages: (time_ms, id) order within a conversation (the rowid is the index's last column).
    "CREATE INDEX messages_by_conversation ON messages(account, peer, time_ms)",
    // De-duplication and the MAM catch-up point; only rows that have the id.
    "CREATE INDEX messages_by_stanza_id ON messages(account, stanza_id) WHERE stanza_id <> ''",
    "CREATE INDEX messages_by_origin_id ON messages(account, peer, direction, origin_id) WHERE origin_id <> ''",
    "CREATE INDEX messages_by_message_id ON messages(account, message_id) WHERE message_id <> ''",
    "CREATE INDEX messages_by_stanza_time ON messages(account, time_ms) WHERE stanza_id <> ''",
    // The outbox: outgoing (1) and queued (0) or sent but unacknowledged (1).
    "CREATE INDEX messages_outbox ON messages(account, time_ms) WHERE direction = 1 AND state IN (0, 1)",
    // Case and diacritics folded: "cafe" finds "Café".
    "CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
    " INSERT INTO messages_fts(rowid, body) VALUES(new.id, new.body); END",
    "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
    " INSERT INTO messages_fts(messages_fts, rowid, body) VALUES('delete', old.id, old.body); END",
    "CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN"
    " INSERT INTO messages_fts(messages_fts, rowid, body) VALUES('delete', old.id, old.body);"
    " INSERT INTO messages_fts(rowid, body) VALUES(new.id, new.body); END",
};

// 2: per conversation, what was read (the last-read row and its time: unread are the incoming
// rows after it in (time, row) order, so history paged in from the archive later is not unread)
// whether it is muted, and whether it is a group chat room (a room's stanza-ids are the room's,
// never where the catch-up of the account's own archive starts). Every conversation has a row (the trigger), so counting unread is a
// range scan of the page index per conversation. What was stored before this migration counts
// as read.
inline constexpr std::string_view Migration2[] = {
    "CREATE TABLE conversations(account TEXT NOT NULL, peer TEXT NOT NULL,"
    " last_read_id INTEGER NOT NULL DEFAULT 0, last_read_ms INTEGER NOT NULL DEFAULT 0,"
    " muted INTEGER NOT NULL DEFAULT 0, room INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY(account, peer)) WITHOUT ROWID",
    // The newest time and the highest row of each: every existing row is at or before them.
    "INSERT INTO conversations(account, peer, last_read_id, last_read_ms)"
    " SELECT account, peer, MAX(id), MAX(time_ms) FROM messages GROUP BY account, peer",
    "CREATE TRIGGER conversations_on_insert AFTER INSERT ON messages BEGIN"
    " INSERT OR IGNORE INTO conversations(account, peer) VALUES(new.account, new.peer); END",
};

inline constexpr std::array<std::span<const std::string_view>, 2> Migrations = {
    std::span<const std::string_view>(Migration1),
    std::span<const std::string_view>(Migration2),
};

// Bump together with each migration appended above.
inline constexpr int Version = 2;
static_assert(Migrations.size() == Version, "MessageSchema: append a migration and bump Version together");

}  // namespace MessageSchema
