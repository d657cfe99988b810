// Devices of one account: subscribes to PubSub nodes, feeds their readings into the
// ReadingStore, and fetches what was published while we were away.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QXmppClient;
class QXmppPubSubManager;
class ReadingInterceptor;
class ReadingStore;
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
    DeviceController(QXmppClient *client, ReadingStore *store, QObject *parent = nullptr);

    ~DeviceController() override;

    ReadingStore *store() const { return m_store; }
    // Goes into the connection's receive path (ConnectionController::setInterceptor).
    StanzaInterceptor *interceptor() const;
    // Subscribes the bare JID to node on service (e.g. pubsub.example.org), idempotent.
    Q_INVOKABLE void subscribe(const QString &service, const QString &node);
    quint64 refusedSeries() const;

Q_SIGNALS:
    void refusedSeriesChanged();
    void subscribed(const QString &service, const QString &node);
    void subscriptionFailed(const QString &service, const QString &node, const QString &error);

private:
    QXmppClient *m_client;
    QXmppPubSubManager *m_pubsub;
    ReadingStore *m_store;
    std::unique_ptr<ReadingInterceptor> m_interceptor;
};
