// DiscoveryModel's private parts, shared by its two source files: the tree's entries and the
// helpers both use. Not for anyone else.
#pragma once

#include "DiscoveryModel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace DiscoveryDetail {
inline constexpr int InsertBatch = 250;     // rows per beginInsertRows: views lay out between batches
inline constexpr int DetailsInFlight = 16;  // per-node disco requests at once
inline const QString PubSubNs = QStringLiteral("http://jabber.org/protocol/pubsub");

inline QString key(const QString &service, const QString &node)
{
    return service + QLatin1Char('\n') + node;
}

inline QString offlineText()
{
    return QCoreApplication::translate("DiscoveryModel", "No session of this account is online.");
}
}  // namespace DiscoveryDetail

struct DiscoveryModel::Entry {
    Kind kind = Kind::Service;
    QString jid;
    QString node;
    QString service;
    QString name;
    QString title;
    QString category;
    QString type;
    QStringList features;
    int itemCount = -1;
    bool loading = false;
    bool fetched = false;  // children asked for (or none to ask)
    QString error;
    Entry *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Entry>> children;
};
