// DiscoveryModel, asking the server: services, a PubSub service's nodes (inserted in batches),
// and each node's details (item count, title) a few requests at a time.
#include "DiscoveryEntry.h"

#include "DeviceController.h"
#include "DevicePresence.h"
#include "FeedsModel.h"
#include "core/Logging.h"

#include <QTimer>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppTask.h>

using namespace DiscoveryDetail;

void DiscoveryModel::retryOffline()
{
    std::vector<Entry *> pending{m_root.get()};
    while (!pending.empty()) {
        auto *e = pending.back();
        pending.pop_back();
        for (const auto &child : e->children)
            pending.push_back(child.get());
        if (e->error != offlineText())
            continue;
        if (e->kind == Kind::Server)
            fetchServices(e);
        else if (e->kind == Kind::PubSubService)
            fetchNodes(e);
    }
}

void DiscoveryModel::fetchServices(Entry *server)
{
    auto *client = m_controller->mainClient();
    if (!client) {
        setLoading(server, false, offlineText());
        return;
    }
    setLoading(server, true);
    const auto generation = m_generation;
    client->findExtension<QXmppDiscoveryManager>()->requestDiscoItems(server->jid).then(
        this, [this, server, generation](QXmppDiscoveryManager::ItemsResult &&result) {
            if (generation != m_generation)
                return;
            if (const auto *error = std::get_if<QXmppError>(&result)) {
                setLoading(server, false, error->description);
                return;
            }
            auto pending = std::make_shared<std::vector<std::unique_ptr<Entry>>>();
            for (const auto &item : std::get<QList<QXmppDiscoveryIq::Item>>(result)) {
                if (!item.node().isEmpty())
                    continue;  // nodes of the server itself (PEP, commands): not a service
                auto service = std::make_unique<Entry>();
                service->kind = Kind::Service;
                service->jid = item.jid();
                service->name = item.name();
                pending->push_back(std::move(service));
            }
            server->fetched = true;
            setLoading(server, false);
            insertBatch(server, pending, generation);
        });
}

// Identity and features of a service: a PubSub service becomes expandable.
void DiscoveryModel::fetchInfo(Entry *service)
{
    auto *client = m_controller->mainClient();
    if (!client)
        return;
    const auto generation = m_generation;
    client->findExtension<QXmppDiscoveryManager>()->requestDiscoInfo(service->jid).then(
        this, [this, service, generation](QXmppDiscoveryManager::InfoResult &&result) {
            if (generation != m_generation)
                return;
            const auto *info = std::get_if<QXmppDiscoveryIq>(&result);
            if (!info) {
                service->error = std::get<QXmppError>(result).description;
                changed(service);
                return;
            }
            service->features = info->features();
            for (const auto &identity : info->identities()) {
                if (service->category.isEmpty() || identity.category() == u"pubsub") {
                    service->category = identity.category();
                    service->type = identity.type();
                    if (service->name.isEmpty())
                        service->name = identity.name();
                }
            }
            const bool pubsub = (service->category == u"pubsub" && service->type == u"service")
                || service->features.contains(PubSubNs);
            if (pubsub && service->kind != Kind::PubSubService) {
                // hasChildren() changes: views ask again after a layout change.
                Q_EMIT layoutAboutToBeChanged();
                service->kind = Kind::PubSubService;
                Q_EMIT layoutChanged();
            }
            changed(service);
        });
}

void DiscoveryModel::fetchNodes(Entry *service)
{
    auto *client = m_controller->mainClient();
    if (!client) {
        setLoading(service, false, offlineText());
        return;
    }
    setLoading(service, true);
    const auto generation = m_generation;
    client->findExtension<QXmppDiscoveryManager>()->requestDiscoItems(service->jid).then(
        this, [this, service, generation](QXmppDiscoveryManager::ItemsResult &&result) {
            if (generation != m_generation)
                return;
            if (const auto *error = std::get_if<QXmppError>(&result)) {
                setLoading(service, false, error->description);
                return;
            }
            auto pending = std::make_shared<std::vector<std::unique_ptr<Entry>>>();
            for (const auto &item : std::get<QList<QXmppDiscoveryIq::Item>>(result)) {
                if (item.node().isEmpty())
                    continue;
                auto node = std::make_unique<Entry>();
                node->kind = Kind::Node;
                node->jid = item.jid().isEmpty() ? service->jid : item.jid();
                node->service = node->jid;
                node->node = item.node();
                node->title = item.name();  // Prosody lists the node's title here
                node->fetched = true;
                pending->push_back(std::move(node));
            }
            service->fetched = true;
            setLoading(service, false);
            insertBatch(service, pending, generation);
        });
}

// Appends up to InsertBatch rows now and the rest on the next event-loop passes, so a view
// stays responsive while thousands of nodes arrive.
void DiscoveryModel::insertBatch(Entry *parent, std::shared_ptr<std::vector<std::unique_ptr<Entry>>> pending,
                                 quint64 generation)
{
    if (generation != m_generation || pending->empty())
        return;
    const int first = int(parent->children.size());
    const int count = std::min<int>(InsertBatch, int(pending->size()));
    beginInsertRows(indexOf(parent), first, first + count - 1);
    for (int i = 0; i < count; ++i) {
        auto &e = (*pending)[i];
        e->parent = parent;
        e->row = first + i;
        auto *raw = e.get();
        parent->children.push_back(std::move(e));
        if (raw->kind == Kind::Node)
            m_nodes.insert(key(raw->service, raw->node), raw);
    }
    pending->erase(pending->begin(), pending->begin() + count);
    endInsertRows();
    for (int i = first; i < first + count; ++i) {
        auto *e = parent->children[i].get();
        if (e->kind == Kind::Node)
            queueDetails(e);
        else if (e->kind == Kind::Service)
            fetchInfo(e);
    }
    if (!pending->empty())
        QTimer::singleShot(0, this, [this, parent, pending, generation] { insertBatch(parent, pending, generation); });
}

void DiscoveryModel::queueDetails(Entry *node)
{
    m_detailQueue.push_back(node);
    pumpDetails();
}

// Item count (disco#items on the node) and, if the listing had no title, the node's meta-data.
void DiscoveryModel::pumpDetails()
{
    auto *client = m_controller->mainClient();
    auto *disco = client ? client->findExtension<QXmppDiscoveryManager>() : nullptr;
    while (disco && m_detailsInFlight < DetailsInFlight && !m_detailQueue.empty()) {
        auto *node = m_detailQueue.front();
        m_detailQueue.pop_front();
        const auto generation = m_generation;
        const bool needTitle = node->title.isEmpty();
        m_detailsInFlight += needTitle ? 2 : 1;
        disco->requestDiscoItems(node->service, node->node)
            .then(this, [this, node, generation](QXmppDiscoveryManager::ItemsResult &&result) {
                --m_detailsInFlight;
                if (generation == m_generation) {
                    if (const auto *items = std::get_if<QList<QXmppDiscoveryIq::Item>>(&result))
                        node->itemCount = int(items->size());
                    changed(node, {ItemCountRole});
                }
                pumpDetails();
            });
        if (needTitle) {
            disco->requestDiscoInfo(node->service, node->node)
                .then(this, [this, node, generation](QXmppDiscoveryManager::InfoResult &&result) {
                    --m_detailsInFlight;
                    if (generation == m_generation) {
                        if (const auto *info = std::get_if<QXmppDiscoveryIq>(&result))
                            node->title = nodeTitle(*info);
                        changed(node, {NameRole, TitleRole});
                    }
                    pumpDetails();
                });
        }
    }
}
