// Helpers shared by the integration tests: a real server from the fixture, Linnet accounts and
// plain QXmpp clients (the "other side") logged in to it.
//
// The suite in tests/integration runs against Prosody and ejabberd (ctest registers each test
// twice: NAME, and NAME.ejabberd with LINNET_TEST_SERVER=ejabberd), so it starts its servers
// with startXmppServer() and sees them only through XmppTestServer. startServer() stays
// Prosody's for the feature tests elsewhere that use Prosody-only parts of the fixture.
#pragma once

#include "ProsodyServer.h"
#include "XmppTestServer.h"
#include "account/AccountConfig.h"
#include "net/ConnectionSettings.h"
#include "security/CredentialStore.h"

#include <QTest>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <memory>

namespace LiveTest {

inline const QString Password = QStringLiteral("correct horse battery staple");

// alice, bob and carol, all with Password.
inline XmppTestServer::Options threeFriends(bool mutualRoster = true)
{
    XmppTestServer::Options options;
    options.accounts = {{QStringLiteral("alice"), Password, QStringLiteral("Alice")},
                        {QStringLiteral("bob"), Password, QStringLiteral("Bob")},
                        {QStringLiteral("carol"), Password, QStringLiteral("Carol")}};
    options.mutualRoster = mutualRoster;
    return options;
}

template<typename Server>
std::unique_ptr<Server> started(std::unique_ptr<Server> server)
{
    QString error;
    if (!server->start(&error)) {
        qWarning().noquote() << XmppTestServer::kindName(server->kind()) << "did not start:" << error;
        return nullptr;
    }
    return server;
}

// The server this run asks for (LINNET_TEST_SERVER=ejabberd, Prosody otherwise), started.
inline std::unique_ptr<XmppTestServer> startXmppServer(const XmppTestServer::Options &options)
{
    auto server = XmppTestServer::create(options);
    if (server->kind() != XmppTestServer::requestedKind()) {  // never a silent Prosody in the ejabberd run
        qWarning().noquote() << "this build has no fixture for" << XmppTestServer::kindName(XmppTestServer::requestedKind());
        return nullptr;
    }
    return started(std::move(server));
}
inline std::unique_ptr<XmppTestServer> startXmppServer(bool mutualRoster = true)
{
    return startXmppServer(threeFriends(mutualRoster));
}
inline bool onEjabberd(const XmppTestServer &server)
{
    return server.kind() == XmppTestServer::Kind::Ejabberd;
}

// Prosody, whatever the run asks for.
inline std::unique_ptr<ProsodyServer> startServer(const ProsodyServer::Options &options)
{
    return started(std::make_unique<ProsodyServer>(options));
}
inline std::unique_ptr<ProsodyServer> startServer(bool mutualRoster = true)
{
    return startServer(threeFriends(mutualRoster));
}

// What Linnet's login would use for this server: its CA trusted explicitly, never errors ignored.
inline ConnectionSettings settingsFor(const XmppTestServer &server, const QString &user)
{
    ConnectionSettings settings;
    settings.jid = server.jid(user);
    settings.host = server.host();
    settings.port = server.c2sPort();
    settings.caCertificatesFile = server.caCertificateFile();
    return settings;
}

// The same as a profile's account: where it connects and the fixture's CA.
inline AccountConfig accountConfigFor(const XmppTestServer &server, const QString &user)
{
    const auto settings = settingsFor(server, user);
    AccountConfig config;
    config.jid = settings.jid;
    config.host = settings.host;
    config.port = settings.port;
    config.caCertificatesFile = settings.caCertificatesFile;
    return config;
}

// What the keychain holds for jid, waited for (the context dies here, so a late answer after
// the timeout writes into nothing).
inline CredentialStore::Result readKeychain(CredentialStore &store, const QString &jid)
{
    QObject context;
    CredentialStore::Result got;
    bool done = false;
    store.read(jid, &context, [&](const CredentialStore::Result &result) {
        got = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the keychain did not answer");
    return got;
}

// A plain QXmpp client's configuration with the resource it asks for. Over SASL2 with Bind2
// (QXmpp's default, offered by ejabberd 24.12, not by Prosody 13) the server picks the resource
// (ejabberd: a random number), and the tests name their peers' resources. Linnet itself logs in
// without SASL2 (ConnectionSettings).
inline QXmppConfiguration peerConfiguration(const XmppTestServer &server, const QString &user, const QString &resource)
{
    auto config = server.clientConfiguration(user, Password, resource);
    config.setUseSasl2Authentication(false);
    return config;
}

// A plain QXmpp client for the other side of a conversation.
inline std::unique_ptr<QXmppClient> connectPeer(const XmppTestServer &server, const QString &user)
{
    auto client = std::make_unique<QXmppClient>();
    client->connectToServer(peerConfiguration(server, user, QStringLiteral("peer")));
    if (!QTest::qWaitFor([&] { return client->isConnected(); }, 15000))
        return nullptr;
    return client;
}

}  // namespace LiveTest
