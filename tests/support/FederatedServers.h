// Two Prosody servers on two domains that federate over loopback: s2s with TLS, each server's
// certificate signed by one fixture CA and checked by the other (s2s_secure_auth: no dialback
// without a valid certificate). The domains resolve to 127.0.0.1 inside ./dev only
// (tools/buildroot/hosts); each server finds the other's s2s port in its config (ProsodyServer::
// Federation), as it would in a SRV record.
//
//   FederatedServers servers({.one = {.accounts = {{"alice", pw, "Alice"}}},
//                             .two = {.domain = "two.linnet.test", .accounts = {{"bob", pw, "Bob"}}}});
//   servers.befriend(servers.one().jid("alice"), "Alice", servers.two().jid("bob"), "Bob");
//   QVERIFY2(servers.start(&error), qPrintable(error));
//
// Both servers stop (and their directories go) with this object.
#pragma once

#include "ProsodyServer.h"

#include <memory>

class QTemporaryDir;

class FederatedServers
{
public:
    struct Options {
        XmppServerOptions one;  // domain: one.linnet.test unless set
        XmppServerOptions two;  // domain: two.linnet.test unless set
        // false: two's certificate comes from a CA of its own, which one does not trust (and
        // two does not trust one's): the servers must refuse to federate.
        bool sharedCa = true;
    };

    explicit FederatedServers(Options options);
    ~FederatedServers();

    // Puts each in the other's roster with subscription "both", under a name and optional
    // group: bare JIDs on the two domains, either way round. Before start().
    void befriend(const QString &jidA, const QString &nameA, const QString &jidB, const QString &nameB,
                  const QString &groupOfB = {});

    // Certificates, free s2s ports, then both servers; false with the reason on failure.
    bool start(QString *error = nullptr);

    ProsodyServer &one() const { return *m_one; }
    ProsodyServer &two() const { return *m_two; }
    // The server that hosts jid's domain (or a subdomain of it, like pubsub.<domain>).
    ProsodyServer *serverOf(const QString &jid) const;

private:
    void addContact(const QString &owner, const QString &contact, const QString &name, const QString &group);

    std::unique_ptr<QTemporaryDir> m_caDir;
    std::unique_ptr<ProsodyServer> m_one;
    std::unique_ptr<ProsodyServer> m_two;
    bool m_sharedCa = true;
    QList<ProsodyServer::RemoteContact> m_contactsOne;
    QList<ProsodyServer::RemoteContact> m_contactsTwo;
};
