// One Linnet account as the app runs it (Account, its sessions, a receive thread of its own)
// for tests and benchmarks that drive a single login. Accessors mirror what a test needs of
// the account and of its first session. Header-only: it needs linnet_core, which the test
// support library does not link.
#pragma once

#include "account/Account.h"
#include "account/ConnectionController.h"
#include "account/PresenceController.h"
#include "account/Session.h"
#include "chat/ChatController.h"
#include "devices/DeviceController.h"
#include "net/NetworkThread.h"
#include "roster/RosterFilterModel.h"
#include "roster/RosterModel.h"

#include <memory>

class AccountHarness
{
public:
    // resources: the sessions to create (default: settings.resource).
    explicit AccountHarness(const ConnectionSettings &settings, QStringList resources = {})
        : m_network(std::make_unique<NetworkThread>())
    {
        AccountConfig config;
        config.jid = settings.jid;
        config.host = settings.host;
        config.port = settings.port;
        config.caCertificatesFile = settings.caCertificatesFile;
        config.pinnedSha256 = settings.pinnedSha256;
        config.transport = settings.transport;
        config.endpoint = settings.endpoint;
        if (resources.isEmpty())
            resources << settings.resource;
        for (const auto &resource : resources)
            config.sessions << SessionConfig{resource, true};
        m_account = std::make_unique<Account>(config, m_network.get());
    }
    // The account (and its sessions, saying goodbye) before the thread they use.
    ~AccountHarness() { m_account.reset(); }

    Account *account() const { return m_account.get(); }
    Session *session(int index = 0) const { return m_account->sessions().value(index); }
    ConnectionController *connection() const { return session()->connection(); }
    QXmppClient *client() const { return session()->client(); }
    PresenceController *presence() const { return session()->presence(); }
    RosterModel *roster() const { return m_account->roster(); }
    RosterFilterModel *contacts() const { return m_account->contacts(); }
    ChatController *chats() const { return m_account->chats(); }
    DeviceController *devices() const { return m_account->devices(); }
    ReadingStore *readings() const { return m_account->readings(); }

    // Connects every session with this password.
    void login(const QString &password)
    {
        m_account->setPassword(password);
        m_account->connectAll();
    }
    // Destroys the account now (an app quitting), keeping the thread for the goodbyes.
    void quit() { m_account.reset(); }

private:
    std::unique_ptr<NetworkThread> m_network;
    std::unique_ptr<Account> m_account;
};
