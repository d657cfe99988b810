// One resource of one account (alice@example.org/desk): its own XMPP client, connection (over
// the shared receive thread) and presence. Sessions are the Account's; roster, chats and
// devices belong to the Account and see every session's client.
#pragma once

#include "net/ConnectionSettings.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace AdHoc {
class CommandClient;
}
class ConnectionController;
class NetworkThread;
class PresenceController;
class QXmppClient;

class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Accounts own their sessions")
    Q_MOC_INCLUDE("account/ConnectionController.h")
    Q_MOC_INCLUDE("account/PresenceController.h")
    Q_PROPERTY(QString resource READ resource CONSTANT)
    Q_PROPERTY(QString jid READ jid CONSTANT)
    Q_PROPERTY(ConnectionController *connection READ connection CONSTANT)
    Q_PROPERTY(PresenceController *presence READ presence CONSTANT)

public:
    Session(const QString &bareJid, const QString &resource, NetworkThread *network, QObject *parent = nullptr);
    // Leaves politely: buddies see the resource go offline at once.
    ~Session() override;

    QString resource() const { return m_resource; }
    QString jid() const { return m_bareJid + QLatin1Char('/') + m_resource; }
    QXmppClient *client() const { return m_client; }
    ConnectionController *connection() const { return m_connection; }
    PresenceController *presence() const { return m_presence; }
    // Sends ad-hoc command requests (XEP-0050) from this resource.
    AdHoc::CommandClient *commands() const { return m_commands; }
    bool isOnline() const;

    // settings.resource is this session's resource.
    void open(ConnectionSettings settings, const QString &password);
    void close();

private:
    QString m_bareJid;
    QString m_resource;
    QXmppClient *m_client;
    ConnectionController *m_connection;
    PresenceController *m_presence;
    AdHoc::CommandClient *m_commands;
};
