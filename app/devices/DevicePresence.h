// Which device publishes which PubSub node, and whether it is online. Devices are XMPP
// entities in the roster: their disco#info carries an XEP-0128 form of type
// urn:linnet:device:0 naming their node. Presence is watched through every
// session's roster manager: a device is available while any online session sees a resource of
// it available. While no session is online, nothing is known and the last state stays.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QXmppClient;

class DevicePresence : public QObject
{
    Q_OBJECT

public:
    struct Device {
        QString jid;  // bare
        QString name;
        QString service;
        QString node;
    };

    explicit DevicePresence(QObject *parent = nullptr);

    void addClient(QXmppClient *client);
    void removeClient(QXmppClient *client);
    // A mapping known from before (the saved subscriptions), until the device says otherwise.
    void remember(const QString &device, const QString &service, const QString &node);

    // "" if no device is known to publish it.
    QString deviceFor(const QString &service, const QString &node) const;
    // False only for a known device whose presence is unavailable.
    bool isAvailable(const QString &device) const;
    QList<Device> devices() const { return m_devices.values(); }

Q_SIGNALS:
    // A device told us its node (first time, or a new one).
    void deviceFound(const QString &device);
    void availabilityChanged(const QString &device);

private:
    void presenceChanged(QXmppClient *client, const QString &bareJid, const QString &resource);
    void probe(QXmppClient *client, const QString &fullJid);
    void update(const QString &bareJid);
    void updateAll();
    static QString key(const QString &service, const QString &node) { return service + QLatin1Char('\n') + node; }

    QList<QPointer<QXmppClient>> m_clients;
    QHash<QString, Device> m_devices;       // by bare JID
    QHash<QString, QString> m_nodeDevices;  // key(service, node) -> bare JID
    QHash<QString, bool> m_available;       // by bare JID, last known
    QSet<QString> m_probed;                 // full JIDs asked (or being asked) for disco#info
};
