// One logged-in session (bare JID + resource) and the root of all its state: the XMPP client,
// connection, presence, roster and chats. QML reaches everything of an account through it.
#pragma once

#include "ConnectionSettings.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class ChatController;
class ConnectionController;
class DeviceController;
class ReadingStore;
class PresenceController;
class QXmppClient;
class RosterFilterModel;
class RosterModel;

class Account : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by AccountManager")
    Q_MOC_INCLUDE("account/ConnectionController.h")
    Q_MOC_INCLUDE("account/PresenceController.h")
    Q_MOC_INCLUDE("roster/RosterModel.h")
    Q_MOC_INCLUDE("roster/RosterFilterModel.h")
    Q_MOC_INCLUDE("chat/ChatController.h")
    Q_MOC_INCLUDE("devices/DeviceController.h")
    Q_PROPERTY(QString jid READ jid CONSTANT)
    Q_PROPERTY(QString displayName READ displayName CONSTANT)
    Q_PROPERTY(ConnectionController *connection READ connection CONSTANT)
    Q_PROPERTY(PresenceController *presence READ presence CONSTANT)
    Q_PROPERTY(RosterModel *roster READ roster CONSTANT)
    Q_PROPERTY(RosterFilterModel *contacts READ contacts CONSTANT)
    Q_PROPERTY(ChatController *chats READ chats CONSTANT)
    Q_PROPERTY(DeviceController *devices READ devices CONSTANT)

public:
    explicit Account(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~Account() override;

    QString jid() const { return m_settings.jid; }
    QString displayName() const;
    const ConnectionSettings &settings() const { return m_settings; }

    QXmppClient *client() const { return m_client; }
    ConnectionController *connection() const { return m_connection; }
    PresenceController *presence() const { return m_presence; }
    RosterModel *roster() const { return m_roster; }
    RosterFilterModel *contacts() const { return m_contacts; }
    ChatController *chats() const { return m_chats; }
    DeviceController *devices() const { return m_devices; }
    ReadingStore *readings() const { return m_readings; }

    void login(const QString &password);

private:
    ConnectionSettings m_settings;
    QXmppClient *m_client;
    ConnectionController *m_connection;
    PresenceController *m_presence;
    RosterModel *m_roster;
    RosterFilterModel *m_contacts;
    ChatController *m_chats;
    ReadingStore *m_readings;
    DeviceController *m_devices;
};
