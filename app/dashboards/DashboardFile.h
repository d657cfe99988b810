// Dashboard files: one dashboard as JSON, for export/import and
// `linnet --import-dashboard FILE`. UTF-8, one object:
//
//   {
//     "format": "linnet-dashboard",       // required, exactly this
//     "version": 1,                        // required; newer versions are refused
//     "name": "Greenhouse",                // required, non-empty; the dashboard's name
//     "retentionMs": 604800000,            // optional (default 7 days): history kept for its nodes
//     "tiles": [                           // optional (default none)
//       {
//         "kind": "chart",                 // "chart" (lines) | "gauge" (last value) | "timeline" (boolean state)
//         "title": "Temperatures",         // optional
//         "column": 0, "row": 0,           // grid cell of the top-left corner; the grid is 12 columns wide
//         "columnSpan": 6, "rowSpan": 3,   // optional (default 4 x 3); column + columnSpan <= 12
//         "window": "10min",               // optional: "1min" | "10min" | "1h" | "24h" | "7d" (default "10min")
//         "low": 15, "high": 30,           // optional thresholds: an alert below low / above high
//         "series": [                      // a chart may mix nodes (devices); gauge and timeline show the first
//           { "service": "pubsub.demo.linnet",     // the PubSub service
//             "node": "greenhouse-1",              // the node (device id)
//             "name": "greenhouse-1:temperature",  // the SenML name, bn + n as published
//             "colour": "#e6194b" }                // optional, #rrggbb
//         ],
//         "id": "t3"                       // optional; kept when unique in the dashboard, else made
//       },
//       {
//         "kind": "command",               // a pinned ad-hoc command (XEP-0050): pressing it runs the command
//         "title": "Relay",                // optional; "column", "row", spans and "id" as above
//         "column": 0, "row": 3, "columnSpan": 3, "rowSpan": 2,
//         "command": {                     // required for "command" tiles ("series", "window", thresholds unused)
//           "jid": "greenhouse-1@demo.linnet",  // required: bare (its first online resource) or full JID
//           "node": "relay",               // required: the command's node
//           "name": "Switch relay",        // optional: the command's name (history, accessible names)
//           "control": "toggle",           // optional: "button" (default) | "toggle" | "slider"
//           "field": "on",                 // toggle and slider: the var they set (toggle "1"/"0",
//                                          // slider the number); required for them
//           "min": 1, "max": 60, "step": 1,  // optional, the slider's range (default 0, 100, 1); min < max, step > 0
//           "values": { "sensor": "temperature", "low": "18" }  // optional: stored values by var,
//                                          // a string or (multi-valued fields) an array of strings
//         }
//       },
//       {
//         "kind": "command",               // an AMQP quick action: a request to the device's command
//         "column": 3, "row": 3,           // queue on one of the account's brokers (app/amqp/README.md)
//         "command": {
//           "broker": "plant",             // required for AMQP: the account's AMQP connection; no "jid"
//           "node": "press-1",             // required: the device
//           "name": "Relay",               // optional, as above
//           "control": "toggle",           // as above
//           "field": "relay",              // required: the action ("relay", "interval"), for a button too
//           "values": { "relay": "1" }     // the action's value: a toggle's "1"/"0" is sent as "on"/"off"
//         }
//       }
//     ]
//   }
//
// Unknown keys are ignored. A tile with an unknown kind, a cell off the grid or overlapping an
// earlier tile is dropped with a warning (the rest is kept); a bad "window" falls back to 10 min.
// Command tiles came without a version change: a Linnet that does not know them drops them
// with a warning and keeps the rest, as for any unknown kind.
// Importing subscribes the account to every (service, node) its tiles use.
#pragma once

#include "DashboardData.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace DashboardFile {

inline constexpr auto Format = "linnet-dashboard";
inline constexpr int Version = 1;

QJsonObject toJson(const Dashboards::DashboardData &dashboard, bool withIds = true);
// warnings: what was dropped or replaced (may be null).
std::optional<Dashboards::DashboardData> fromJson(const QJsonObject &object, QString *error,
                                                  QStringList *warnings = nullptr);

QByteArray serialize(const Dashboards::DashboardData &dashboard);  // indented JSON of one dashboard
std::optional<Dashboards::DashboardData> parse(const QByteArray &json, QString *error, QStringList *warnings = nullptr);

// Blocking file I/O: call off the GUI thread (or at start-up, for one small file).
bool write(const QString &path, const Dashboards::DashboardData &dashboard, QString *error);
std::optional<Dashboards::DashboardData> read(const QString &path, QString *error, QStringList *warnings = nullptr);

// Every (service, node) the dashboard's tiles use, once each, in order of appearance.
QList<std::pair<QString, QString>> nodes(const Dashboards::DashboardData &dashboard);

// The same checks for tile JSON in the profile file (DashboardsModel's storage).
QJsonObject tileToJson(const Dashboards::TileData &tile, bool withId);
std::optional<Dashboards::TileData> tileFromJson(const QJsonObject &object, QString *error);

}  // namespace DashboardFile
