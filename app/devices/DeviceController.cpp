#include "DeviceController.h"

#include "ReadingInterceptor.h"
#include "ReadingStore.h"
#include "core/Logging.h"

#include <QXmppClient.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

DeviceController::DeviceController(QXmppClient *client, ReadingStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pubsub(client->addNewExtension<QXmppPubSubManager>())
    , m_store(store)
    , m_interceptor(std::make_unique<ReadingInterceptor>(store))
{
    connect(store, &ReadingStore::refusedSeriesChanged, this, &DeviceController::refusedSeriesChanged);
}

DeviceController::~DeviceController() = default;

StanzaInterceptor *DeviceController::interceptor() const
{
    return m_interceptor.get();
}

quint64 DeviceController::refusedSeries() const
{
    return m_store->refusedSeries();
}

void DeviceController::subscribe(const QString &service, const QString &node)
{
    // Accept before asking: the first notification may overtake the subscription result.
    m_interceptor->accept(service, node);
    const auto own = QXmppUtils::jidToBareJid(m_client->configuration().jid());
    m_pubsub->subscribeToNode(service, node, own).then(this, [this, service, node](QXmppPubSubManager::Result &&result) {
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            qCWarning(lcDevices) << "Subscribing to" << node << "on" << service << "failed:" << error->description;
            m_interceptor->forget(service, node);
            Q_EMIT subscriptionFailed(service, node, error->description);
            return;
        }
        qCInfo(lcDevices) << "Subscribed to" << node << "on" << service;
        Q_EMIT subscribed(service, node);
    });
}
