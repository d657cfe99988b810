// One account: a persisted identity (bare JID, display name, where it connects, trust
// decisions) and the root of all its state. It runs one or more sessions (resources), each
// its own login with its own presence; roster, chats, devices and the list of the account's
// own resources belong to the account and see every session. QML reaches everything of an
// account through it.
#pragma once

#include "AccountConfig.h"

#include <QObject>
#include <QQmlListProperty>
#include <QtQml/qqmlregistration.h>

#include <memory>

class AmqpConnectionsModel;
class ChatController;
class CommandsController;
class DashboardsModel;
class DeviceController;
class NetworkThread;
class OwnResourcesModel;
class ReadingStore;
class Registration;
class RosterFilterModel;
class RosterModel;
class RoomsController;
class UploadController;  // files (D)
class UnreadTracker;  // unread and mute (C)
class Session;
class ProtocolTrace;
class QXmppClient;

class Account : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AccountsModel creates accounts")
    Q_MOC_INCLUDE("account/Session.h")
    Q_MOC_INCLUDE("account/OwnResourcesModel.h")
    Q_MOC_INCLUDE("roster/RosterModel.h")
    Q_MOC_INCLUDE("roster/RosterFilterModel.h")
    Q_MOC_INCLUDE("chat/ChatController.h")
    Q_MOC_INCLUDE("devices/DeviceController.h")
    Q_MOC_INCLUDE("dashboards/DashboardsModel.h")
    Q_MOC_INCLUDE("amqp/AmqpConnectionsModel.h")
    Q_MOC_INCLUDE("account/Registration.h")
    Q_MOC_INCLUDE("commands/CommandsController.h")
    Q_MOC_INCLUDE("muc/RoomsController.h")
    Q_MOC_INCLUDE("files/UploadController.h")  // files (D)
    Q_MOC_INCLUDE("chat/UnreadTracker.h")  // unread and mute (C)
    Q_PROPERTY(QString jid READ jid CONSTANT)
    Q_PROPERTY(QString displayName READ displayName NOTIFY configChanged)
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY configChanged)
    Q_PROPERTY(bool rememberPassword READ rememberPassword NOTIFY configChanged)
    Q_PROPERTY(QString host READ host NOTIFY configChanged)
    Q_PROPERTY(int port READ port NOTIFY configChanged)
    Q_PROPERTY(QString caCertificatesFile READ caCertificatesFile NOTIFY configChanged)
    // Some session is meant to be online (connected, connecting or waiting to reconnect).
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(QQmlListProperty<Session> sessions READ sessionList NOTIFY sessionsChanged)
    // The session chats and PubSub go through: the first online one, else the first.
    Q_PROPERTY(Session *mainSession READ mainSession NOTIFY mainSessionChanged)
    Q_PROPERTY(int onlineSessions READ onlineSessions NOTIFY onlineSessionsChanged)
    Q_PROPERTY(RosterModel *roster READ roster CONSTANT)
    Q_PROPERTY(RosterFilterModel *contacts READ contacts CONSTANT)
    Q_PROPERTY(ChatController *chats READ chats CONSTANT)
    Q_PROPERTY(DeviceController *devices READ devices CONSTANT)
    Q_PROPERTY(DashboardsModel *dashboards READ dashboards CONSTANT)
    // AMQP 1.0 brokers whose feeds go into this account's readings (issue 13).
    Q_PROPERTY(AmqpConnectionsModel *amqp READ amqp CONSTANT)
    // Ad-hoc commands: routing, command history.
    Q_PROPERTY(CommandsController *commands READ commands CONSTANT)
    Q_PROPERTY(OwnResourcesModel *ownResources READ ownResources CONSTANT)
    // Group chat rooms and bookmarks.
    Q_PROPERTY(RoomsController *rooms READ rooms CONSTANT)
    Q_PROPERTY(UploadController *uploads READ uploads CONSTANT)  // files (D): XEP-0363, attachments
    Q_PROPERTY(UnreadTracker *unread READ unread CONSTANT)  // unread, mute, notifications (C)
    // The in-band registration that creates (or, this run, created) the account on its server;
    // null for an account that existed before.
    Q_PROPERTY(Registration *registration READ registration NOTIFY registrationChanged)

public:
    // config.sessions lists the resources to create (at least one; "linnet" if empty).
    Account(const AccountConfig &config, NetworkThread *network, QObject *parent = nullptr);
    ~Account() override;

    QString jid() const { return m_config.jid; }
    QString displayName() const;
    bool isEnabled() const { return m_config.enabled; }
    void setEnabled(bool enabled);
    bool rememberPassword() const { return m_config.rememberPassword; }
    QString host() const { return m_config.host; }
    int port() const { return m_config.port; }
    QString caCertificatesFile() const { return m_config.caCertificatesFile; }
    bool isActive() const;
    // What the profile should keep of this account now (sessions with their online wish).
    AccountConfig config() const;
    void setConfig(const AccountConfig &config);  // identity and connection fields; not sessions

    QList<Session *> sessions() const { return m_sessions; }
    QQmlListProperty<Session> sessionList();
    Session *session(const QString &resource) const;
    Session *mainSession() const;
    int onlineSessions() const;
    QXmppClient *mainClient() const;

    RosterModel *roster() const { return m_roster; }
    RosterFilterModel *contacts() const { return m_contacts; }
    ChatController *chats() const { return m_chats; }
    DeviceController *devices() const { return m_devices; }
    DashboardsModel *dashboards() const { return m_dashboards; }
    AmqpConnectionsModel *amqp() const { return m_amqp; }
    // The protocol inspector's trace: each session's stanzas go there while it records.
    void setTrace(ProtocolTrace *trace);
    CommandsController *commands() const { return m_commands; }
    ReadingStore *readings() const { return m_readings.get(); }
    OwnResourcesModel *ownResources() const { return m_ownResources; }
    RoomsController *rooms() const { return m_rooms; }
    UploadController *uploads() const { return m_uploads; }  // files (D)
    UnreadTracker *unread() const { return m_unread; }  // unread and mute (C)

    // The password for this run (kept in memory only, for sessions opened later); opens every
    // session whose config says online, or the given one.
    void setPassword(const QString &password);
    bool hasPassword() const { return !m_password.isEmpty(); }
    // This run's password (AccountsModel stores it when "remember" is switched on later).
    QString password() const { return m_password; }
    Registration *registration() const { return m_registration; }
    // Takes ownership.
    void setRegistration(Registration *registration);
    Q_INVOKABLE void connectSession(Session *session);
    Q_INVOKABLE void disconnectSession(Session *session);
    // Connects every session that is meant to be online (as restored from the profile).
    Q_INVOKABLE void connectAll();
    // Signs every session out (and remembers that for the next start).
    Q_INVOKABLE void disconnectAll();
    // A new resource (started at once when the account has a password); null if the name is
    // taken or invalid.
    Q_INVOKABLE Session *addSession(const QString &resource);
    // The first session (it keeps the roster) cannot go: an account has at least one.
    Q_INVOKABLE bool removeSession(Session *session);
    // The online resources of a contact, as the account's main session sees them (the chat
    // header lets the user address one); contactResourcesChanged(jid) tells when they change.
    Q_INVOKABLE QStringList contactResources(const QString &bareJid) const;
    // Trusts the certificate this session's server showed and was refused for (pinned by its
    // SHA-256), then tries again.
    Q_INVOKABLE void trustRefusedCertificate(Session *session);

Q_SIGNALS:
    void configChanged();
    void sessionsChanged();
    void mainSessionChanged();
    void onlineSessionsChanged();
    void activeChanged();
    void registrationChanged();
    void contactResourcesChanged(const QString &bareJid);
    // A session needs the password and none is known (not remembered, or none stored yet).
    void passwordNeeded();

private:
    Session *createSession(const QString &resource, bool online);
    void sessionStateChanged();
    void updateOwnSessions();
    void setWantOnline(Session *session, bool online);

    AccountConfig m_config;
    NetworkThread *m_network;
    QString m_password;  // memory only
    QList<Session *> m_sessions;
    QHash<Session *, bool> m_wantOnline;  // what the user asked for, restored at start
    Session *m_main = nullptr;
    std::shared_ptr<ReadingStore> m_readings;
    RosterModel *m_roster = nullptr;  // made once the first session exists
    RosterFilterModel *m_contacts;
    ChatController *m_chats;
    DeviceController *m_devices;
    DashboardsModel *m_dashboards;
    AmqpConnectionsModel *m_amqp;
    ProtocolTrace *m_trace = nullptr;
    CommandsController *m_commands = nullptr;
    OwnResourcesModel *m_ownResources;
    RoomsController *m_rooms = nullptr;
    UploadController *m_uploads = nullptr;  // files (D)
    UnreadTracker *m_unread = nullptr;  // unread and mute (C)
    Registration *m_registration = nullptr;
};
