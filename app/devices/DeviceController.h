// Devices of one account: subscribes to PubSub nodes, feeds their readings into the
// ReadingStore (through one interceptor per session, on the receive thread), and fetches what
// was published while we were away.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QXmppClient;
class ReadingStore;
class ReadingSubscriptions;
class StanzaInterceptor;

class DeviceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Account owns one")
    // Readings refused because a publisher named more series than the store keeps
    // (ReadingStore::refusedSeries()): non-zero means some device's data is not shown.
    Q_PROPERTY(quint64 refusedSeries READ refusedSeries NOTIFY refusedSeriesChanged)

public:
    // client: the session PubSub requests go through (the account's main session), or null
    // while none is online.
    DeviceController(std::shared_ptr<ReadingStore> store, std::function<QXmppClient *()> client, QObject *parent = nullptr);
    ~DeviceController() override;

    ReadingStore *store() const { return m_store.get(); }
    // One for each session's receive path (ConnectionController::setInterceptor); all share
    // the account's subscriptions, so a notification reaching two sessions is stored once.
    std::shared_ptr<StanzaInterceptor> createInterceptor() const;
    // Subscribes the bare JID to node on service (e.g. pubsub.example.org), idempotent.
    Q_INVOKABLE void subscribe(const QString &service, const QString &node);
    quint64 refusedSeries() const;

Q_SIGNALS:
    void refusedSeriesChanged();
    void subscribed(const QString &service, const QString &node);
    void subscriptionFailed(const QString &service, const QString &node, const QString &error);

private:
    std::shared_ptr<ReadingStore> m_store;
    std::shared_ptr<ReadingSubscriptions> m_subscriptions;
    std::function<QXmppClient *()> m_client;
};
