// Two ejabberd nodes on loopback in one cluster, as a deployment that outgrew one machine runs
// it: each node has its own name, ports, spool and Mnesia copy; both share the cookie, one
// epmd (on a free port) and one CA, so a client trusts either. Node B joins node A with
// `ejabberdctl join_cluster`; accounts, rosters and PubSub nodes then live on both.
//
//   EjabberdCluster cluster({.accounts = {{"alice", "pw", "Alice"}}});
//   QVERIFY2(cluster.start(&error), qPrintable(error));
//   cluster.nodeA()->kill(); ... cluster.nodeA()->restart(&error);  // rejoins by itself
#pragma once

#include "EjabberdServer.h"

#include <memory>

class QTemporaryDir;

namespace linnet::test {
class Epmd;
}

class EjabberdCluster
{
public:
    explicit EjabberdCluster(XmppServerOptions options);
    ~EjabberdCluster();  // node B, node A, then epmd
    EjabberdCluster(const EjabberdCluster &) = delete;
    EjabberdCluster &operator=(const EjabberdCluster &) = delete;

    // The shared CA and epmd, node A with the accounts, node B; then B joins A and is waited
    // for until it runs again with both nodes in its cluster.
    bool start(QString *error = nullptr);

    EjabberdServer *nodeA() const { return m_a.get(); }
    EjabberdServer *nodeB() const { return m_b.get(); }
    QString caCertificateFile() const;

    // The running nodes `ejabberdctl list_cluster` names through node `through`.
    QStringList runningNodes(const EjabberdServer &through, QString *error = nullptr) const;

private:
    XmppServerOptions m_options;
    std::unique_ptr<QTemporaryDir> m_dir;  // the CA and epmd's output
    std::unique_ptr<linnet::test::Epmd> m_epmd;
    std::unique_ptr<EjabberdServer> m_a;
    std::unique_ptr<EjabberdServer> m_b;
};
