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

#include "DiscoveryEntry.h"

using namespace DiscoveryDetail;

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
