#include "DevicePresence.h"

#include "core/Logging.h"

#include <QTimer>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace {
constexpr int InitialPresenceGraceMs = 1500;
constexpr QStringView DeviceFormType = u"urn:linnet:device:0";

QString fieldValue(const QXmppDataForm &form, QStringView name)
{
    for (const auto &field : form.fields()) {
        if (field.key() == name)
            return field.value().toString();
    }
    return {};
}
}  // namespace

DevicePresence::DevicePresence(QObject *parent)
    : QObject(parent)
{
}

void DevicePresence::addClient(QXmppClient *client)
{
    m_clients << client;
    auto *roster = client->findExtension<QXmppRosterManager>();
    connect(roster, &QXmppRosterManager::presenceChanged, this,
            [this, client](const QString &bareJid, const QString &resource) { presenceChanged(client, bareJid, resource); });
    // A lost link forgets every presence it saw; probing starts over at the next login.
    connect(client, &QXmppClient::disconnected, this, [this] {
        m_probed.clear();
        updateAll();
    });
    // A device known from before that is offline sends no presence at all: once the initial
    // presences had time to arrive after the roster, what is still missing is unavailable.
    connect(roster, &QXmppRosterManager::rosterReceived, this, [this] {
        QTimer::singleShot(InitialPresenceGraceMs, this, &DevicePresence::updateAll);
    });
}

void DevicePresence::removeClient(QXmppClient *client)
{
    m_clients.removeAll(client);
    disconnect(client, nullptr, this, nullptr);
    if (auto *roster = client->findExtension<QXmppRosterManager>())
        disconnect(roster, nullptr, this, nullptr);
}

void DevicePresence::remember(const QString &device, const QString &service, const QString &node)
{
    if (device.isEmpty() || m_devices.contains(device))
        return;
    m_devices.insert(device, Device{device, QXmppUtils::jidToUser(device), service, node});
    m_nodeDevices.insert(key(service, node), device);
}

QString DevicePresence::deviceFor(const QString &service, const QString &node) const
{
    return m_nodeDevices.value(key(service, node));
}

bool DevicePresence::isAvailable(const QString &device) const
{
    return m_available.value(device, true);
}

void DevicePresence::presenceChanged(QXmppClient *client, const QString &bareJid, const QString &resource)
{
    if (!resource.isEmpty()) {
        const auto presences = client->findExtension<QXmppRosterManager>()->getAllPresencesForBareJid(bareJid);
        const auto presence = presences.value(resource);
        const QString full = bareJid + QLatin1Char('/') + resource;
        if (presence.type() == QXmppPresence::Available && !m_probed.contains(full))
            probe(client, full);
        else if (presence.type() != QXmppPresence::Available)
            m_probed.remove(full);  // it may come back as something else
    }
    update(bareJid);
}

// Asks a contact's resource whether it is a device and which node it publishes.
void DevicePresence::probe(QXmppClient *client, const QString &fullJid)
{
    m_probed.insert(fullJid);
    auto *disco = client->findExtension<QXmppDiscoveryManager>();
    disco->requestDiscoInfo(fullJid).then(this, [this, fullJid](QXmppDiscoveryManager::InfoResult &&result) {
        const auto *info = std::get_if<QXmppDiscoveryIq>(&result);
        if (!info)
            return;  // not everyone answers disco#info; then it is no device of ours
        const auto form = info->form();
        if (fieldValue(form, u"FORM_TYPE") != DeviceFormType)
            return;
        Device device;
        device.jid = QXmppUtils::jidToBareJid(fullJid);
        device.service = fieldValue(form, u"pubsub-service");
        device.node = fieldValue(form, u"pubsub-node");
        for (const auto &identity : info->identities()) {
            if (!identity.name().isEmpty())
                device.name = identity.name();
        }
        if (device.name.isEmpty())
            device.name = QXmppUtils::jidToUser(device.jid);
        if (device.service.isEmpty() || device.node.isEmpty())
            return;
        const auto old = m_devices.value(device.jid);
        if (old.service == device.service && old.node == device.node && old.name == device.name)
            return;
        if (!old.jid.isEmpty())
            m_nodeDevices.remove(key(old.service, old.node));
        m_devices.insert(device.jid, device);
        m_nodeDevices.insert(key(device.service, device.node), device.jid);
        qCDebug(lcDevices) << "Device" << device.jid << "publishes" << device.node << "on" << device.service;
        Q_EMIT deviceFound(device.jid);
        update(device.jid);
    });
}

void DevicePresence::updateAll()
{
    const auto jids = m_devices.keys();
    for (const auto &jid : jids)
        update(jid);
}

void DevicePresence::update(const QString &bareJid)
{
    if (!m_devices.contains(bareJid))
        return;
    bool anyOnline = false;
    bool available = false;
    for (const auto &client : std::as_const(m_clients)) {
        if (!client || !client->isAuthenticated())
            continue;
        anyOnline = true;
        const auto presences = client->findExtension<QXmppRosterManager>()->getAllPresencesForBareJid(bareJid);
        for (const auto &presence : presences)
            available = available || presence.type() == QXmppPresence::Available;
    }
    if (!anyOnline)
        return;
    const bool was = isAvailable(bareJid);
    m_available.insert(bareJid, available);
    if (was != available) {
        qCInfo(lcDevices) << "Device" << bareJid << (available ? "is available" : "is unavailable");
        Q_EMIT availabilityChanged(bareJid);
    }
}
