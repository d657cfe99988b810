#include "DiscoveryModel.h"

#include "DeviceController.h"
#include "DevicePresence.h"
#include "FeedsModel.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppTask.h>

namespace {
constexpr int InsertBatch = 250;     // rows per beginInsertRows: views lay out between batches
constexpr int DetailsInFlight = 16;  // per-node disco requests at once
const QString PubSubNs = QStringLiteral("http://jabber.org/protocol/pubsub");

QString key(const QString &service, const QString &node)
{
    return service + QLatin1Char('\n') + node;
}

QString offlineText()
{
    return QCoreApplication::translate("DiscoveryModel", "No session of this account is online.");
}
}  // namespace

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

DiscoveryModel::DiscoveryModel(DeviceController *controller)
    : QAbstractItemModel(controller)
    , m_controller(controller)
    , m_root(std::make_unique<Entry>())
{
    m_root->fetched = true;
}

DiscoveryModel::~DiscoveryModel() = default;

DiscoveryModel::Entry *DiscoveryModel::entry(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Entry *>(index.internalPointer()) : m_root.get();
}

QModelIndex DiscoveryModel::indexOf(const Entry *entry) const
{
    return entry && entry != m_root.get() ? createIndex(entry->row, 0, const_cast<Entry *>(entry)) : QModelIndex();
}

QModelIndex DiscoveryModel::index(int row, int column, const QModelIndex &parent) const
{
    const auto *p = entry(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[row].get());
}

QModelIndex DiscoveryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(entry(child)->parent);
}

int DiscoveryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(entry(parent)->children.size());
}

int DiscoveryModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool DiscoveryModel::hasChildren(const QModelIndex &parent) const
{
    const auto *e = entry(parent);
    if (!e->children.empty())
        return true;
    if (e->fetched)
        return false;
    return e->kind == Kind::Server || e->kind == Kind::PubSubService;
}

bool DiscoveryModel::canFetchMore(const QModelIndex &parent) const
{
    const auto *e = entry(parent);
    return !e->fetched && !e->loading && (e->kind == Kind::Server || e->kind == Kind::PubSubService);
}

void DiscoveryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto *e = entry(parent);
    if (e->kind == Kind::Server)
        fetchServices(e);
    else
        fetchNodes(e);
}

QVariant DiscoveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto *e = entry(index);
    const bool isNode = e->kind == Kind::Node || e->kind == Kind::Device;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        if (!e->title.isEmpty())
            return e->title;
        if (!e->name.isEmpty())
            return e->name;
        return e->node.isEmpty() ? e->jid : e->node;
    case JidRole:
        return e->jid;
    case NodeRole:
        return e->node;
    case ServiceRole:
        return e->service;
    case TitleRole:
        return e->title;
    case KindRole:
        return QVariant::fromValue(e->kind);
    case CategoryRole:
        return e->category;
    case TypeRole:
        return e->type;
    case FeaturesRole:
        return e->features;
    case ItemCountRole:
        return e->itemCount;
    case RateRole:
        if (isNode) {
            if (const auto *feed = m_controller->feeds()->find(e->service, e->node))
                return feed->rate;
        }
        return 0.0;
    case SubscribedRole:
        return isNode && m_controller->isSubscribed(e->service, e->node);
    case AvailableRole:
        return !isNode || m_controller->nodeAvailable(e->service, e->node);
    case LoadingRole:
        return e->loading;
    case ErrorRole:
        return e->error;
    }
    return {};
}

QHash<int, QByteArray> DiscoveryModel::roleNames() const
{
    return {{NameRole, "name"},         {JidRole, "jid"},           {NodeRole, "node"},
            {ServiceRole, "service"},   {TitleRole, "title"},       {KindRole, "kind"},
            {CategoryRole, "category"}, {TypeRole, "type"},         {FeaturesRole, "features"},
            {ItemCountRole, "itemCount"}, {RateRole, "rate"},       {SubscribedRole, "subscribed"},
            {AvailableRole, "available"}, {LoadingRole, "loading"}, {ErrorRole, "error"}};
}

void DiscoveryModel::setDomain(const QString &domain)
{
    if (domain.isEmpty() || domain == m_domain)
        return;
    m_domain = domain;
    refresh();
}

void DiscoveryModel::refresh()
{
    beginResetModel();
    ++m_generation;
    m_nodes.clear();
    m_devices.clear();
    m_detailQueue.clear();
    m_root->children.clear();
    if (!m_domain.isEmpty()) {
        auto server = std::make_unique<Entry>();
        server->kind = Kind::Server;
        server->jid = m_domain;
        server->parent = m_root.get();
        m_root->children.push_back(std::move(server));
    }
    endResetModel();
    devicesChanged();
}

QModelIndex DiscoveryModel::nodeIndex(const QString &service, const QString &node) const
{
    return indexOf(m_nodes.value(key(service, node)));
}

void DiscoveryModel::changed(Entry *e, const QList<int> &roles)
{
    const auto index = indexOf(e);
    if (index.isValid())
        Q_EMIT dataChanged(index, index, roles);
}

void DiscoveryModel::setLoading(Entry *e, bool loading, const QString &error)
{
    e->loading = loading;
    e->error = error;
    changed(e, {LoadingRole, ErrorRole});
}

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

QString DiscoveryModel::nodeTitle(const QXmppDiscoveryIq &info)
{
    for (const auto &field : info.form().fields()) {
        if (field.key() == u"pubsub#title" && !field.value().toString().isEmpty())
            return field.value().toString();
    }
    for (const auto &identity : info.identities()) {
        if (!identity.name().isEmpty())
            return identity.name();
    }
    return {};
}

void DiscoveryModel::nodeChanged(const QString &service, const QString &node)
{
    if (auto *e = m_nodes.value(key(service, node)))
        changed(e, {RateRole, SubscribedRole, AvailableRole});
    const auto device = m_controller->deviceJid(service, node);
    if (auto *e = m_devices.value(device))
        changed(e, {RateRole, SubscribedRole, AvailableRole});
}

// The roster's devices as rows beside the server: new ones appended, known ones updated.
void DiscoveryModel::devicesChanged()
{
    std::vector<std::unique_ptr<Entry>> added;
    for (const auto &device : m_controller->presence()->devices()) {
        if (auto *e = m_devices.value(device.jid)) {
            e->title = device.name;
            e->service = device.service;
            e->node = device.node;
            changed(e);
            continue;
        }
        auto e = std::make_unique<Entry>();
        e->kind = Kind::Device;
        e->jid = device.jid;
        e->title = device.name;
        e->service = device.service;
        e->node = device.node;
        e->fetched = true;
        added.push_back(std::move(e));
    }
    if (added.empty())
        return;
    const int first = int(m_root->children.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (auto &e : added) {
        e->parent = m_root.get();
        e->row = int(m_root->children.size());
        m_devices.insert(e->jid, e.get());
        m_root->children.push_back(std::move(e));
    }
    endInsertRows();
}
