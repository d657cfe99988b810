// A real ejabberd (Debian's 24.12) for one test: its own temporary directory, free loopback
// ports, a generated CA and server certificate, a generated ejabberd.yml with the modules
// Linnet uses (PubSub on pubsub.DOMAIN, MAM, carbons, MUC on conference.DOMAIN with archives,
// HTTP upload, WebSocket, BOSH, host-meta, stream management, ping, ad-hoc), and the accounts
// (and mutual rosters) created by ejabberd's own commands once it runs.
//
//   auto server = XmppTestServer::create(options, XmppTestServer::Kind::Ejabberd);
//   (or EjabberdServer server(options);)  QVERIFY2(server->start(&error), qPrintable(error));
//
// The Erlang node has a name, cookie, Mnesia spool and epmd (on a free port, ERL_EPMD_PORT)
// of its own, so parallel tests never meet; EjabberdCluster passes a shared cookie, epmd and
// CA to its nodes instead. The VM runs as a direct child (PR_SET_PDEATHSIG), as root in the
// build root. stop(), kill() and restart() keep the node name, ports and data. The destructor
// stops everything and removes the directory (LINNET_KEEP_EJABBERD=1 keeps it).
//
// Differences from ProsodyServer: everything lives in Mnesia (pubsubStorage and
// archiveStorage are not used), registrationFields are not supported by ejabberd's
// mod_register, and the first start takes longer (an Erlang VM boots twice: the server, then
// one ejabberdctl VM for all accounts).
#pragma once

#include "TestCertificates.h"
#include "XmppTestServer.h"

#include <memory>

class QProcess;
class QTemporaryDir;

namespace linnet::test {
class Epmd;
class NotifySocket;
struct EjabberdLayout;
}

class EjabberdServer : public XmppTestServer
{
    Q_OBJECT
public:
    // How this node meets other Erlang nodes.
    struct Node {
        QString name;          // "linnet-<random>@127.0.0.1" if empty
        QString cookie;        // random if empty
        quint16 epmdPort = 0;  // 0: an epmd of its own on a free port
        // Empty: a CA and certificate of its own. A cluster's nodes share one, so clients
        // trust one CA for all of them.
        linnet::test::CertificateFiles certificates;
        bool createAccounts = true;  // false for a node that joins a cluster holding them
    };

    explicit EjabberdServer(Options options, QObject *parent = nullptr);
    EjabberdServer(Options options, Node node, QObject *parent = nullptr);
    ~EjabberdServer() override;

    Kind kind() const override { return Kind::Ejabberd; }
    // First call: temp dir, certificates, config, epmd, the node; then, once ejabberd says
    // READY=1 and answers a stream header, the accounts and rosters. Later calls relaunch the
    // node on the same ports with the same data (or return true at once if it runs).
    bool start(QString *error = nullptr) override;
    void stop() override;  // SIGTERM (Erlang's init:stop), wait for the exit; SIGKILL after 30 s
    void kill() override;  // SIGKILL, wait for the exit (fault injection)
    bool restart(QString *error = nullptr) override;
    bool isRunning() const override;

    QString host() const override;  // "127.0.0.1"
    quint16 c2sPort() const override;
    quint16 directTlsPort() const override;
    quint16 httpsPort() const override;  // WebSocket, BOSH, upload slots, host-meta
    QString domain() const override;
    const Options &options() const override;

    QString caCertificateFile() const override;
    QList<QSslCertificate> caCertificates() const override;
    QString logTail(int lines = 40) const override;

    QString nodeName() const;  // e.g. linnet-1a2b3c4d@127.0.0.1
    QString cookie() const;
    quint16 epmdPort() const;
    QString dataDir() const;  // the Mnesia spool
    QString logFile() const;
    const linnet::test::CertificateFiles &certificateFiles() const;

    // `ejabberdctl ARGS` against this node: Debian's script, pointed at this node's files.
    // True if it exits with 0. Each call boots an Erlang VM (about a second, more under load).
    bool ejabberdctl(const QStringList &args, QString *output = nullptr, int timeoutMs = 120000) const;
    // Several commands through ejabberdctl's own entry point (ejabberd_ctl:process/1 on the
    // node, over Erlang distribution) from one VM: what ejabberdctl does once per command.
    // Stops at the first that fails; true if all succeed.
    bool runCommands(const QList<QStringList> &commands, QString *output = nullptr, int timeoutMs = 120000) const;
    // After a command that restarts ejabberd inside the running VM (join_cluster stops it,
    // swaps the Mnesia schema and starts it again): waits for STOPPING=1, then READY=1 and a
    // stream header.
    bool waitForRestartInVm(QString *error = nullptr, int timeoutMs = 120000);

private:
    enum class LaunchResult { Ready, PortInUse, Failed };

    bool prepare(QString *error);
    bool writeFiles(QString *error);
    bool launchOnFreePorts(QString *error);
    LaunchResult launch(QString *error);
    LaunchResult waitUntilReady(QString *error);
    bool waitForNotification(const QByteArray &what, int timeoutMs);
    bool answersStreamHeader() const;
    bool portTaken() const;
    void endProcess(bool hard);
    QString failure(const QString &what) const;
    QProcess *ctlProcess(const QString &program, const QStringList &args) const;

    Options m_options;
    Node m_node;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<linnet::test::EjabberdLayout> m_layout;
    std::unique_ptr<linnet::test::Epmd> m_epmd;  // only if the node has its own
    std::unique_ptr<linnet::test::NotifySocket> m_notify;
    QProcess *m_process = nullptr;
    QList<QSslCertificate> m_caCertificates;
    qint64 m_logOffset = 0;  // where the current launch's log starts
    bool m_accountsCreated = false;
};
