// Helpers shared by the integration tests: a real Prosody from the fixture, Linnet accounts
// and plain QXmpp clients (the "other side") logged in to it.
#pragma once

#include "ProsodyServer.h"
#include "net/ConnectionSettings.h"

#include <QTest>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <memory>

namespace LiveTest {

inline const QString Password = QStringLiteral("correct horse battery staple");

inline std::unique_ptr<ProsodyServer> startServer(bool mutualRoster = true)
{
    ProsodyServer::Options options;
    options.accounts = {{QStringLiteral("alice"), Password, QStringLiteral("Alice")},
                        {QStringLiteral("bob"), Password, QStringLiteral("Bob")},
                        {QStringLiteral("carol"), Password, QStringLiteral("Carol")}};
    options.mutualRoster = mutualRoster;
    auto server = std::make_unique<ProsodyServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning().noquote() << "Prosody did not start:" << error;
        return nullptr;
    }
    return server;
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
