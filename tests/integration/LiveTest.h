// Helpers shared by the integration tests: a real Prosody from the fixture, Linnet accounts
// and plain QXmpp clients (the "other side") logged in to it.
#pragma once

#include "ProsodyServer.h"
#include "account/AccountConfig.h"
#include "net/ConnectionSettings.h"
#include "security/CredentialStore.h"

#include <QTest>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <memory>

namespace LiveTest {

inline const QString Password = QStringLiteral("correct horse battery staple");

inline std::unique_ptr<ProsodyServer> startServer(const ProsodyServer::Options &options)
{
    auto server = std::make_unique<ProsodyServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning().noquote() << "Prosody did not start:" << error;
        return nullptr;
    }
    return server;
}

// alice, bob and carol, all with Password.
inline std::unique_ptr<ProsodyServer> startServer(bool mutualRoster = true)
{
    ProsodyServer::Options options;
    options.accounts = {{QStringLiteral("alice"), Password, QStringLiteral("Alice")},
                        {QStringLiteral("bob"), Password, QStringLiteral("Bob")},
                        {QStringLiteral("carol"), Password, QStringLiteral("Carol")}};
    options.mutualRoster = mutualRoster;
    return startServer(options);
}

// What Linnet's login would use for this server: its CA trusted explicitly, never errors ignored.
inline ConnectionSettings settingsFor(const ProsodyServer &server, const QString &user)
{
    ConnectionSettings settings;
    settings.jid = server.jid(user);
    settings.host = server.host();
    settings.port = server.c2sPort();
    settings.caCertificatesFile = server.caCertificateFile();
    return settings;
}

// The same as a profile's account: where it connects and the fixture's CA.
inline AccountConfig accountConfigFor(const ProsodyServer &server, const QString &user)
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

// A plain QXmpp client for the other side of a conversation.
inline std::unique_ptr<QXmppClient> connectPeer(const ProsodyServer &server, const QString &user)
{
    auto client = std::make_unique<QXmppClient>();
    client->connectToServer(server.clientConfiguration(user, Password, QStringLiteral("peer")));
    if (!QTest::qWaitFor([&] { return client->isConnected(); }, 15000))
        return nullptr;
    return client;
}

}  // namespace LiveTest
