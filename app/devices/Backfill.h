// Fetching what a PubSub node published while we were away, and telling what could not be
// fetched. QXmpp 1.10 cannot ask for the newest N items of a node (XEP-0060 6.5.7,
// max_items): the request is written here.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class FeedHealth;
class QXmppClient;
class ReadingStore;

namespace Backfill {

struct Item {
    QString id;
    QByteArray payload;  // the XML of the item's one payload element (UTF-8)
};

struct Fetched {
    QList<Item> items;
    QString error;  // empty: the request succeeded
};

// Asks service for the newest maxItems items of node through client; done runs on context's
// thread (never, if context dies first).
void requestRecentItems(QXmppClient *client, const QString &service, const QString &node, int maxItems,
                        QObject *context, std::function<void(Fetched &&)> done);

// What storing the fetched items covered.
struct Stored {
    qsizetype readings = 0;
    qint64 oldestMs = 0;  // the oldest reading's time; 0 if none
};

// Decodes every item (PayloadDecoder; relative times count from nowMs), appends the readings
// to the store (which drops those it has) and reports bad payloads to health (may be null),
// each item's problems once: firstSighting(itemId) says whether an earlier backfill saw it.
Stored store(ReadingStore &store, FeedHealth *health, const QString &service, const QString &node,
             const QList<Item> &items, qint64 nowMs, const std::function<bool(const QString &itemId)> &firstSighting = {});

// The part of the span [lostAtMs, backAtMs] (no notifications reached us) that the fetched
// readings do not cover: from the loss to the oldest fetched reading, or all of it if none.
// The newest N items cover everything after their oldest one.
std::optional<std::pair<qint64, qint64>> uncovered(qint64 lostAtMs, qint64 backAtMs, const Stored &stored);

}  // namespace Backfill
