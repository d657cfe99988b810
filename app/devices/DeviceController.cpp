#include "DeviceController.h"

#include "ReadingInterceptor.h"
#include "ReadingStore.h"
#include "ReadingSubscriptions.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QXmppClient.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

DeviceController::DeviceController(std::shared_ptr<ReadingStore> store, std::function<QXmppClient *()> client,
                                   QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_subscriptions(std::make_shared<ReadingSubscriptions>())
    , m_client(std::move(client))
{
    connect(m_store.get(), &ReadingStore::refusedSeriesChanged, this, &DeviceController::refusedSeriesChanged);
}

DeviceController::~DeviceController() = default;

std::shared_ptr<StanzaInterceptor> DeviceController::createInterceptor() const
{
    return std::make_shared<ReadingInterceptor>(m_store, m_subscriptions);
}

quint64 DeviceController::refusedSeries() const
{
    return m_store->refusedSeries();
}

void DeviceController::subscribe(const QString &service, const QString &node)
{
    auto *client = m_client();
    if (!client) {
        Q_EMIT subscriptionFailed(service, node, QCoreApplication::translate("DeviceController", "No session of this account is online."));
        return;
    }
    // Accept before asking: the first notification may overtake the subscription result.
    m_subscriptions->accept(service, node);
    const auto own = QXmppUtils::jidToBareJid(client->configuration().jid());
    auto *pubsub = client->findExtension<QXmppPubSubManager>();
    pubsub->subscribeToNode(service, node, own).then(this, [this, service, node](QXmppPubSubManager::Result &&result) {
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            qCWarning(lcDevices) << "Subscribing to" << node << "on" << service << "failed:" << error->description;
            m_subscriptions->forget(service, node);
            Q_EMIT subscriptionFailed(service, node, error->description);
            return;
        }
        qCInfo(lcDevices) << "Subscribed to" << node << "on" << service;
        Q_EMIT subscribed(service, node);
    });
}
