// Devices of one account: subscribes to PubSub nodes (for the whole account, or bound to one
// of its sessions), feeds their readings into the ReadingStore (through one interceptor per
// session, on the receive thread), fetches what was published while a feed's session was away
// (backfill) and marks what it could not fetch as a gap, and follows the presence of the
// devices behind the nodes. The subscriptions are the account's: saved with its config.
#pragma once

#include "account/AccountConfig.h"

#include <QHash>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class DevicePresence;
class DiscoveryModel;
class FeedHealth;
class FeedsModel;
class QXmppClient;
class ReadingStore;
class ReadingSubscriptions;
class Session;
class StanzaInterceptor;
class FastLaneTrace;
struct Feed;

class DeviceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Account owns one")
    Q_MOC_INCLUDE("devices/DiscoveryModel.h")
    Q_MOC_INCLUDE("devices/FeedsModel.h")
    Q_MOC_INCLUDE("devices/FeedHealth.h")
    // Readings refused because a publisher named more series than the store keeps
    // (ReadingStore::refusedSeries()): non-zero means some device's data is not shown.
    Q_PROPERTY(quint64 refusedSeries READ refusedSeries NOTIFY refusedSeriesChanged)
    Q_PROPERTY(DiscoveryModel *discovery READ discovery CONSTANT)
    Q_PROPERTY(FeedsModel *feeds READ feeds CONSTANT)
    // Feeds being subscribed or fetching their recent items now (progress for the UI).
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    // How many of a node's newest items a backfill asks for (the server may keep fewer).
    static constexpr int BackfillItems = 100;
    // How many of those requests are on their way at once; the rest wait their turn. A
    // reconnect to 1,000 nodes otherwise asks the server for 100,000 items in one burst: a
    // busy server then answers nothing else (logins, publishes) for many seconds, and every
    // answer lands on the GUI thread together.
    static constexpr int MaxBackfillsInFlight = 16;

    // client: the session PubSub requests go through (the account's main session), or null
    // while none is online.
    DeviceController(std::shared_ptr<ReadingStore> store, std::function<QXmppClient *()> client, QObject *parent = nullptr);
    ~DeviceController() override;

    ReadingStore *store() const { return m_store.get(); }
    FeedHealth *health() const { return m_health.get(); }
    DiscoveryModel *discovery() const { return m_discovery; }
    FeedsModel *feeds() const { return m_feeds; }
    bool isBusy() const;
    // Backfill requests on their way (at most MaxBackfillsInFlight) and waiting for a slot.
    int backfillsInFlight() const { return m_backfilling; }
    int backfillsWaiting() const { return int(m_backfillQueue.size()); }
    // One for each session's receive path (ConnectionController::setInterceptor); all share
    // the account's subscriptions, so a notification reaching two sessions is stored once.
    // trace: where it keeps what it consumed while the inspector records (the session's tap).
    std::shared_ptr<StanzaInterceptor> createInterceptor(std::shared_ptr<FastLaneTrace> trace = {}) const;
    // The account's sessions (Account adds and removes them): logins trigger subscribing and
    // backfill, their rosters tell device presence.
    void addSession(Session *session);
    void removeSession(Session *session);
    // Saved subscriptions, at start (before any session logs in).
    void restore(const QList<FeedConfig> &feeds);
    // What to save.
    QList<FeedConfig> feedConfigs() const;

    // resource empty: the bare JID (every session gets the feed); else only that session's
    // full JID. Idempotent; a new resource moves the subscription. Kept across restarts.
    Q_INVOKABLE void subscribe(const QString &service, const QString &node, const QString &resource = {});
    Q_INVOKABLE void unsubscribe(const QString &service, const QString &node);
    Q_INVOKABLE bool isSubscribed(const QString &service, const QString &node) const;
    // False while the node's device (the JID that publishes it) is known and unavailable.
    Q_INVOKABLE bool nodeAvailable(const QString &service, const QString &node) const;
    // The bare JID of the device publishing the node, "" if unknown.
    Q_INVOKABLE QString deviceJid(const QString &service, const QString &node) const;
    // The node's title (pubsub#title) as its feed knows it, "" if not subscribed or untitled.
    Q_INVOKABLE QString nodeTitle(const QString &service, const QString &node) const;
    // FeedHealth's user text for the node; empty when fine.
    QString warning(const QString &service, const QString &node) const;
    quint64 refusedSeries() const;
    DevicePresence *presence() const { return m_presence; }
    // The account's main session's client, or null while none is online.
    QXmppClient *mainClient() const;

Q_SIGNALS:
    void refusedSeriesChanged();
    void busyChanged();
    void subscribed(const QString &service, const QString &node);
    void subscriptionFailed(const QString &service, const QString &node, const QString &error);
    void unsubscribed(const QString &service, const QString &node);
    void nodeAvailabilityChanged(const QString &service, const QString &node);
    // The list of subscriptions (or what is saved of them) changed: save the account.
    void feedsChanged();
    // A backfill finished: readings fetched and stored, and the gap marked (0, 0 if none).
    void backfilled(const QString &service, const QString &node, qsizetype readings, qint64 gapFromMs, qint64 gapToMs);

private:
    Session *sessionFor(const QString &resource) const;
    QXmppClient *clientFor(const Feed &feed) const;
    QString subscriberJid(const Feed &feed) const;
    void sessionLoggedIn(Session *session);
    void sessionStateChanged(Session *session);
    void sendSubscribe(const QString &service, const QString &node);
    void sendUnsubscribe(const Feed &feed);
    void backfill(const QString &service, const QString &node);
    void sendQueuedBackfills();
    void requestTitle(const QString &service, const QString &node);
    void updateBusy();
    void deviceFound(const QString &device);
    void deviceAvailabilityChanged(const QString &device);
    qint64 lastStoredMs(const QString &service, const QString &node) const;

    std::shared_ptr<ReadingStore> m_store;
    std::shared_ptr<ReadingSubscriptions> m_subscriptions;
    std::shared_ptr<FeedHealth> m_health;
    std::function<QXmppClient *()> m_client;
    QList<Session *> m_sessions;
    QHash<Session *, bool> m_online;  // as last seen, to spot the moment one goes offline
    DevicePresence *m_presence;
    FeedsModel *m_feeds;
    DiscoveryModel *m_discovery;
    int m_backfilling = 0;  // requests for recent items on their way
    // Backfills waiting for a free slot (MaxBackfillsInFlight): the node, and when its feed
    // was back (its notifications arrive again from then on).
    struct QueuedBackfill {
        QString service;
        QString node;
        qint64 backAtMs = 0;
    };
    QList<QueuedBackfill> m_backfillQueue;
    bool m_busy = false;    // as last told
};
