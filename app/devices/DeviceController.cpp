#include "DeviceController.h"

#include "Backfill.h"
#include "DevicePresence.h"
#include "DiscoveryModel.h"
#include "FeedHealth.h"
#include "FeedsModel.h"
#include "ReadingInterceptor.h"
#include "ReadingStore.h"
#include "ReadingSubscriptions.h"
#include "account/ConnectionController.h"
#include "account/Session.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QDateTime>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
}  // namespace

DeviceController::DeviceController(std::shared_ptr<ReadingStore> store, std::function<QXmppClient *()> client,
                                   QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_subscriptions(std::make_shared<ReadingSubscriptions>())
    // Shared with the interceptors on the receive thread; deleted on this one.
    , m_health(new FeedHealth, [](FeedHealth *health) { health->deleteLater(); })
    , m_client(std::move(client))
    , m_presence(new DevicePresence(this))
    , m_feeds(new FeedsModel(this))
    , m_discovery(new DiscoveryModel(this))
{
    connect(m_store.get(), &ReadingStore::refusedSeriesChanged, this, &DeviceController::refusedSeriesChanged);
    connect(m_health.get(), &FeedHealth::changed, this, [this](const QString &service, const QString &node) {
        if (service.isEmpty())
            m_feeds->changedAll();  // that node name on every service
        else
            m_feeds->changed(service, node);
    });
    connect(m_presence, &DevicePresence::deviceFound, this, &DeviceController::deviceFound);
    connect(m_presence, &DevicePresence::availabilityChanged, this, &DeviceController::deviceAvailabilityChanged);
    // Rates and last readings change in the feeds model; the tree shows the rates too.
    connect(m_feeds, &FeedsModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row() && row < m_feeds->feeds().size(); ++row)
            m_discovery->nodeChanged(m_feeds->feeds().at(row).service, m_feeds->feeds().at(row).node);
    });
}

DeviceController::~DeviceController() = default;

std::shared_ptr<StanzaInterceptor> DeviceController::createInterceptor(std::shared_ptr<FastLaneTrace> trace) const
{
    auto interceptor = std::make_shared<ReadingInterceptor>(m_store, m_subscriptions, m_health);
    interceptor->setTrace(std::move(trace));
    return interceptor;
}

quint64 DeviceController::refusedSeries() const
{
    return m_store->refusedSeries();
}

QXmppClient *DeviceController::mainClient() const
{
    return m_client ? m_client() : nullptr;
}

void DeviceController::addSession(Session *session)
{
    if (m_sessions.contains(session))
        return;
    m_sessions << session;
    m_online.insert(session, session->isOnline());
    m_presence->addClient(session->client());
    m_discovery->setDomain(QXmppUtils::jidToDomain(session->jid()));
    connect(session->connection(), &ConnectionController::stateChanged, this, [this, session] { sessionStateChanged(session); });
    connect(session->connection(), &ConnectionController::loggedIn, this, [this, session] { sessionLoggedIn(session); });
}

void DeviceController::removeSession(Session *session)
{
    if (!m_sessions.removeOne(session))
        return;
    m_online.remove(session);
    m_presence->removeClient(session->client());
    disconnect(session->connection(), nullptr, this, nullptr);
}

void DeviceController::restore(const QList<FeedConfig> &feeds)
{
    for (const auto &config : feeds) {
        if (m_feeds->find(config.service, config.node))
            continue;
        Feed feed;
        feed.service = config.service;
        feed.node = config.node;
        feed.resource = config.resource;
        feed.device = config.device;
        m_feeds->add(feed);
        // The server may still hold the subscription: take what arrives before we renew it.
        m_subscriptions->accept(feed.service, feed.node);
        m_presence->remember(feed.device, feed.service, feed.node);
    }
}

QList<FeedConfig> DeviceController::feedConfigs() const
{
    QList<FeedConfig> configs;
    for (const auto &feed : m_feeds->feeds())
        configs << FeedConfig{feed.service, feed.node, feed.resource, deviceJid(feed.service, feed.node)};
    return configs;
}

Session *DeviceController::sessionFor(const QString &resource) const
{
    for (auto *session : m_sessions) {
        if (session->resource() == resource)
            return session;
    }
    return nullptr;
}

QXmppClient *DeviceController::clientFor(const Feed &feed) const
{
    if (feed.resource.isEmpty())
        return mainClient();
    auto *session = sessionFor(feed.resource);
    return session && session->isOnline() ? session->client() : nullptr;
}

QString DeviceController::subscriberJid(const Feed &feed) const
{
    if (m_sessions.isEmpty())
        return {};
    const QString bare = QXmppUtils::jidToBareJid(m_sessions.constFirst()->jid());
    return feed.resource.isEmpty() ? bare : bare + QLatin1Char('/') + feed.resource;
}

void DeviceController::subscribe(const QString &serviceJid, const QString &nodeName, const QString &resourceName)
{
    const QString service = serviceJid.trimmed();
    const QString node = nodeName.trimmed();
    const QString resource = resourceName.trimmed();
    if (service.isEmpty() || node.isEmpty())
        return;
    if (auto *feed = m_feeds->find(service, node)) {
        if (feed->resource == resource && feed->state == Feed::State::Subscribed) {
            Q_EMIT subscribed(service, node);
            return;
        }
        if (feed->resource != resource) {
            sendUnsubscribe(*feed);  // the old binding
            feed->resource = resource;
            Q_EMIT feedsChanged();
        }
        feed->state = Feed::State::Subscribing;
        feed->error.clear();
        m_feeds->changed(service, node);
    } else {
        Feed added;
        added.service = service;
        added.node = node;
        added.resource = resource;
        m_feeds->add(added);
        Q_EMIT feedsChanged();
    }
    // Accept before asking: the first notification may overtake the subscription result.
    m_subscriptions->accept(service, node);
    m_discovery->nodeChanged(service, node);
    auto *feed = m_feeds->find(service, node);
    if (clientFor(*feed)) {
        sendSubscribe(service, node);
    } else if (!resource.isEmpty() && !sessionFor(resource)) {
        feed->error = QCoreApplication::translate("DeviceController", "This account has no session “%1”.").arg(resource);
        m_feeds->changed(service, node);
    }
    // Otherwise it is subscribed when its session logs in.
}

void DeviceController::sendSubscribe(const QString &service, const QString &node)
{
    auto *feed = m_feeds->find(service, node);
    auto *client = feed ? clientFor(*feed) : nullptr;
    if (!client)
        return;
    const QString resource = feed->resource;
    const QString jid = subscriberJid(*feed);
    if (feed->title.isEmpty())
        requestTitle(service, node);
    auto *pubsub = client->findExtension<QXmppPubSubManager>();
    updateBusy();
    pubsub->subscribeToNode(service, node, jid).then(this, [this, service, node, resource](QXmppPubSubManager::Result &&result) {
        const auto settle = qScopeGuard([this] { updateBusy(); });
        auto *current = m_feeds->find(service, node);
        if (!current || current->resource != resource)
            return;  // unsubscribed or moved meanwhile
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            qCWarning(lcDevices) << "Subscribing to" << node << "on" << service << "failed:" << error->description;
            current->state = Feed::State::Failed;
            current->error = error->description;
            m_feeds->changed(service, node);
            Q_EMIT subscriptionFailed(service, node, error->description);
            return;
        }
        qCInfo(lcDevices) << "Subscribed to" << node << "on" << service << (resource.isEmpty() ? QString() : QStringLiteral("for ") + resource);
        current->state = Feed::State::Subscribed;
        current->error.clear();
        m_feeds->changed(service, node);
        Q_EMIT subscribed(service, node);
        backfill(service, node);
    });
}

void DeviceController::sendUnsubscribe(const Feed &feed)
{
    auto *client = mainClient();
    if (!client)
        return;  // the server keeps it; notifications for a node we forgot are not accepted
    const QString jid = subscriberJid(feed);
    client->findExtension<QXmppPubSubManager>()->unsubscribeFromNode(feed.service, feed.node, jid).then(
        this, [service = feed.service, node = feed.node](QXmppPubSubManager::Result &&result) {
            if (const auto *error = std::get_if<QXmppError>(&result))
                qCDebug(lcDevices) << "Unsubscribing from" << node << "on" << service << "failed:" << error->description;
        });
}

void DeviceController::unsubscribe(const QString &service, const QString &node)
{
    const auto *found = m_feeds->find(service, node);
    if (!found)
        return;
    const Feed feed = *found;
    m_feeds->remove(service, node);
    m_subscriptions->forget(service, node);
    sendUnsubscribe(feed);
    m_discovery->nodeChanged(service, node);
    Q_EMIT unsubscribed(service, node);
    Q_EMIT feedsChanged();
}

bool DeviceController::isSubscribed(const QString &service, const QString &node) const
{
    return m_feeds->find(service, node) != nullptr;
}

QString DeviceController::deviceJid(const QString &service, const QString &node) const
{
    const QString device = m_presence->deviceFor(service, node);
    if (!device.isEmpty())
        return device;
    const auto *feed = m_feeds->find(service, node);
    return feed ? feed->device : QString();
}

QString DeviceController::nodeTitle(const QString &service, const QString &node) const
{
    const auto *feed = m_feeds->find(service, node);
    return feed ? feed->title : QString();
}

bool DeviceController::nodeAvailable(const QString &service, const QString &node) const
{
    const QString device = deviceJid(service, node);
    return device.isEmpty() || m_presence->isAvailable(device);
}

QString DeviceController::warning(const QString &service, const QString &node) const
{
    return m_health->warning(service, node);
}

// A session is online: the feeds it receives are (re)subscribed, then backfilled. Feeds for
// the bare JID count as received by the account: only the first session online renews them.
void DeviceController::sessionLoggedIn(Session *session)
{
    m_online.insert(session, true);
    m_discovery->retryOffline();
    const bool firstOnline = std::none_of(m_sessions.cbegin(), m_sessions.cend(), [this, session](Session *s) {
        return s != session && m_online.value(s);
    });
    const bool resumed = session->client()->streamManagementState() == QXmppClient::ResumedStream;
    QList<std::pair<QString, QString>> renew;
    for (const auto &feed : m_feeds->feeds()) {
        if (feed.resource.isEmpty() ? firstOnline : feed.resource == session->resource())
            renew << std::pair(feed.service, feed.node);
    }
    for (const auto &[service, node] : std::as_const(renew)) {
        auto *feed = m_feeds->find(service, node);
        // The first login of this run: what we missed began after the last reading kept.
        if (feed->lostAtMs == 0 && !feed->backfilled)
            feed->lostAtMs = lastStoredMs(service, node);
        feed->resumed = resumed;
        sendSubscribe(service, node);
    }
    m_discovery->resumeDetails();
}

void DeviceController::sessionStateChanged(Session *session)
{
    const bool online = session->isOnline();
    const bool was = m_online.value(session);
    m_online.insert(session, online);
    if (!was || online)
        return;
    const bool anyOnline = std::any_of(m_online.cbegin(), m_online.cend(), [](bool o) { return o; });
    const qint64 lostAt = now();
    for (const auto &item : m_feeds->feeds()) {
        if (item.resource.isEmpty() ? !anyOnline : item.resource == session->resource()) {
            auto *feed = m_feeds->find(item.service, item.node);
            if (feed->lostAtMs == 0)
                feed->lostAtMs = lostAt;
        }
    }
}

void DeviceController::requestTitle(const QString &service, const QString &node)
{
    auto *client = mainClient();
    if (!client)
        return;
    client->findExtension<QXmppDiscoveryManager>()->requestDiscoInfo(service, node).then(
        this, [this, service, node](QXmppDiscoveryManager::InfoResult &&result) {
            auto *feed = m_feeds->find(service, node);
            const auto *info = std::get_if<QXmppDiscoveryIq>(&result);
            if (!feed || !info)
                return;
            feed->title = DiscoveryModel::nodeTitle(*info);
            m_feeds->changed(service, node);
        });
}

void DeviceController::deviceFound(const QString &device)
{
    bool save = false;
    for (const auto &item : m_feeds->feeds()) {
        if (m_presence->deviceFor(item.service, item.node) == device && item.device != device) {
            m_feeds->find(item.service, item.node)->device = device;
            save = true;
        }
    }
    m_discovery->devicesChanged();
    deviceAvailabilityChanged(device);
    if (save)
        Q_EMIT feedsChanged();
}

void DeviceController::deviceAvailabilityChanged(const QString &device)
{
    for (const auto &known : m_presence->devices()) {
        if (known.jid == device) {
            m_feeds->changed(known.service, known.node);
            m_discovery->nodeChanged(known.service, known.node);
            Q_EMIT nodeAvailabilityChanged(known.service, known.node);
        }
    }
}
