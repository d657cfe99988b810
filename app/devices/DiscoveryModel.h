// The account's server as a tree for browsing devices (XEP-0030): the server, its services
// (disco#items of the domain, each with its disco#info: name, category/type, features), a
// PubSub service's nodes (disco#items of the service: ids and titles; then per node its item
// count and, if the listing had none, its title from the node's meta-data), and, beside the
// server, the devices of the roster with their nodes. Children are fetched when
// a row is expanded (canFetchMore/fetchMore) and inserted in batches; per-node details are
// asked a few at a time, so a service with thousands of nodes lists at once and fills in.
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

#include <deque>
#include <memory>
#include <vector>

class DeviceController;
class QXmppDiscoveryIq;

class DiscoveryModel : public QAbstractItemModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DeviceController owns it")

public:
    enum class Kind { Server, Service, PubSubService, Node, Device };
    Q_ENUM(Kind)
    enum Role {
        NameRole = Qt::UserRole + 1,  // what to show: title, name, node id or JID
        JidRole,        // the entity: the service for a node, the device's bare JID for a device
        NodeRole,       // node id (nodes and devices)
        ServiceRole,    // the PubSub service of a node or device
        TitleRole,      // pubsub#title (nodes), the device's name
        KindRole,
        CategoryRole,   // disco identity
        TypeRole,
        FeaturesRole,
        ItemCountRole,  // -1: not known (yet)
        RateRole,       // readings/s while subscribed, else 0
        SubscribedRole,
        AvailableRole,  // the node's device is not known to be offline
        LoadingRole,
        ErrorRole,
    };
    Q_ENUM(Role)

    explicit DiscoveryModel(DeviceController *controller);
    ~DiscoveryModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Forgets what was fetched and starts from the server again.
    Q_INVOKABLE void refresh();
    // The row of a node (once listed), for tests and for views that reveal a node.
    Q_INVOKABLE QModelIndex nodeIndex(const QString &service, const QString &node) const;

    // For DeviceController.
    void setDomain(const QString &domain);
    void nodeChanged(const QString &service, const QString &node);
    void devicesChanged();
    // A session came online: what was asked for while none was is asked for now.
    void retryOffline();
    // A session came online: details asked for while offline are asked now.
    void resumeDetails() { pumpDetails(); }

    // A node's title from its disco#info: the pubsub#meta-data form, else the identity name.
    static QString nodeTitle(const QXmppDiscoveryIq &info);

private:
    struct Entry;
    Entry *entry(const QModelIndex &index) const;
    QModelIndex indexOf(const Entry *entry) const;
    void fetchServices(Entry *server);
    void fetchNodes(Entry *service);
    void fetchInfo(Entry *service);
    void insertBatch(Entry *parent, std::shared_ptr<std::vector<std::unique_ptr<Entry>>> pending, quint64 generation);
    void setLoading(Entry *entry, bool loading, const QString &error = {});
    void queueDetails(Entry *node);
    void pumpDetails();
    void changed(Entry *entry, const QList<int> &roles = {});

    DeviceController *m_controller;
    std::unique_ptr<Entry> m_root;
    QString m_domain;
    QHash<QString, Entry *> m_nodes;    // service + '\n' + node -> node entry
    QHash<QString, Entry *> m_devices;  // device bare JID -> device entry
    std::deque<Entry *> m_detailQueue;   // nodes whose count/title are still to be asked
    int m_detailsInFlight = 0;
    quint64 m_generation = 0;  // bumped by refresh(): answers of an older tree are dropped
};
