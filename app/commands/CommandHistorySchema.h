// The command history's schema: an append-only list of migrations (as timeseries/HistorySchema).
// A database at version N has had the first N applied (PRAGMA user_version); never edit one
// that shipped, append another.
#pragma once

#include <array>
#include <string_view>

namespace CommandHistorySchema {

// Statements of one migration are separated by ';'.
inline constexpr std::array<std::string_view, 1> Migrations = {
    // 1: one row per request, per account and device (bare JID, lower case).
    "CREATE TABLE entries(id INTEGER PRIMARY KEY, account TEXT NOT NULL, device TEXT NOT NULL,"
    " time_ms INTEGER NOT NULL, to_jid TEXT NOT NULL, resource TEXT NOT NULL, node TEXT NOT NULL,"
    " command TEXT NOT NULL, vals TEXT NOT NULL, outcome TEXT NOT NULL, result TEXT NOT NULL,"
    " round_trip_ms INTEGER NOT NULL);"
    "CREATE INDEX entries_by_device ON entries(account, device, time_ms)",
};

// Bump together with each migration appended above.
inline constexpr int Version = 1;
static_assert(Migrations.size() == Version, "CommandHistorySchema: append a migration and bump Version together");

}  // namespace CommandHistorySchema
