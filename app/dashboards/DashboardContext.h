// What the dashboards of an account read and ask of the rest of the app: the ReadingStore (C1)
// and the device side (C4), as plain functions so the models and tests need no live session.
#pragma once

#include <QString>

#include <functional>
#include <memory>

class AmqpConnectionsModel;
class CommandsController;
class ReadingStore;

struct DashboardContext {
    // Shared: a CSV export on a worker thread keeps it alive.
    std::shared_ptr<ReadingStore> store;
    // false while the node's device is known and unavailable (DeviceController::nodeAvailable).
    std::function<bool(const QString &service, const QString &node)> nodeAvailable;
    // DeviceController::subscribe(service, node): used by imports.
    std::function<void(const QString &service, const QString &node)> subscribe;
    // The JID publishing the node, "" if unknown (DeviceController::deviceJid): CSV's device.
    std::function<QString(const QString &service, const QString &node)> deviceJid;

    // The node's title as the device side knows it (pubsub#title), "" if unknown: pickers.
    std::function<QString(const QString &service, const QString &node)> nodeTitle;

    // The account's ad-hoc commands (Account::commands()), which command tiles run through.
    // Unset: DashboardsModel asks its parent's "commands" property (the Account's).
    std::function<CommandsController *()> commands = {};
    // The account's AMQP brokers (Account::amqp()), which AMQP command tiles send through.
    // Unset: DashboardsModel asks its parent's "amqp" property.
    std::function<AmqpConnectionsModel *()> amqp = {};

    bool available(const QString &service, const QString &node) const
    {
        return !nodeAvailable || nodeAvailable(service, node);
    }
    QString device(const QString &service, const QString &node) const
    {
        const QString jid = deviceJid ? deviceJid(service, node) : QString();
        return jid.isEmpty() ? node : jid;
    }
    // What to call the node's device in a picker: its title, else its JID, else the node.
    QString deviceName(const QString &service, const QString &node) const
    {
        const QString title = nodeTitle ? nodeTitle(service, node) : QString();
        return title.isEmpty() ? device(service, node) : title;
    }
};
