// The history database's schema: an append-only list of migrations. A database at version N has
// had the first N applied (PRAGMA user_version); never edit one that shipped, append another.
#pragma once

#include <array>
#include <string_view>

namespace HistorySchema {

// Statements of one migration are separated by ';'.
inline constexpr std::array<std::string_view, 1> Migrations = {
    // 1: series per account, compressed chunks per series, gaps and retention per node.
    "CREATE TABLE series(id INTEGER PRIMARY KEY, account TEXT NOT NULL, service TEXT NOT NULL,"
    " node TEXT NOT NULL, name TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '',"
    " UNIQUE(account, service, node, name));"
    "CREATE TABLE chunks(id INTEGER PRIMARY KEY, series INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    " first_ms INTEGER NOT NULL, last_ms INTEGER NOT NULL, count INTEGER NOT NULL, data BLOB NOT NULL);"
    "CREATE INDEX chunks_by_series ON chunks(series, last_ms);"
    "CREATE TABLE gaps(account TEXT NOT NULL, service TEXT NOT NULL, node TEXT NOT NULL,"
    " from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL, PRIMARY KEY(account, service, node, from_ms, to_ms));"
    "CREATE TABLE retention(account TEXT NOT NULL, service TEXT NOT NULL, node TEXT NOT NULL,"
    " ms INTEGER NOT NULL, PRIMARY KEY(account, service, node))",
};

// Bump together with each migration appended above.
inline constexpr int Version = 1;
static_assert(Migrations.size() == Version, "HistorySchema: append a migration and bump Version together");

}  // namespace HistorySchema
