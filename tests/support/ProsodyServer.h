// A real Prosody for one test (or the demo): its own temporary directory, free loopback ports,
// a generated CA and server certificate, pre-created accounts and, if asked, a mutual roster.
//
//   ProsodyServer server({.accounts = {{"alice", "pw", "Alice"}, {"bob", "pw", "Bob"}}, .mutualRoster = true});
//   (.allowRegistration = true lets clients create accounts in-band)
//   QVERIFY2(server.start(&error), qPrintable(error));
//   client.connectToServer(server.clientConfiguration("alice", "pw"));
//
// The destructor always stops the server and removes the directory (set LINNET_KEEP_PROSODY=1
// to keep it for a post-mortem). If the test process dies, the kernel kills Prosody too.
//
// Federation (s2s) is off unless setFederation() is called before the first start();
// FederatedServers sets it up for two servers on two domains.
#pragma once

#include "XmppTestServer.h"

#include <memory>

class QProcess;
class QTemporaryDir;

namespace linnet::test {
struct ProsodyLayout;
}

class ProsodyServer : public XmppTestServer
{
    Q_OBJECT
public:
    explicit ProsodyServer(Options options, QObject *parent = nullptr);
    ~ProsodyServer() override;  // stops the process and removes the temp dir, always

    // S2S with TLS and certificate validation (s2s_secure_auth): the server certificate is signed
    // by a CA shared with the peers (serverAuth and clientAuth: the peers check it both ways), and
    // that CA is the only one trusted for s2s and for clients. Peers' names resolve through
    // lua-unbound from /etc/hosts (tools/buildroot/hosts); their ports, which a real deployment
    // publishes as _xmpp-server._tcp SRV records, come from `peers` (mod_linnet_s2s_routes).
    struct RemoteContact {
        QString user;  // local part of the owner on this server
        QString jid;   // bare JID on another domain
        QString name;
        QString group;
    };
    struct Federation {
        QString caCertificate;  // PEM
        QString caKey;          // PEM
        quint16 s2sPort = 0;    // this server's s2s listener (FederatedServers picks it)
        QHash<QString, quint16> peers;  // a peer's domain (its subdomains too) -> its s2s port
        QList<RemoteContact> contacts;  // written into the rosters (subscription "both") at start
    };
    void setFederation(Federation federation);  // before the first start()
    quint16 s2sPort() const;                    // 0 without federation

    Kind kind() const override { return Kind::Prosody; }
    // First call: temp dir, certificates, config, accounts, rosters. Then launches Prosody and
    // waits (up to 20 s) until it has started and answers a stream header on the c2s port.
    // Once running, returns true at once.
    bool start(QString *error = nullptr) override;
    void stop() override;                              // SIGTERM, wait for the exit (SIGKILL after 10 s)
    void kill() override;                              // SIGKILL, wait for the exit (fault injection)
    bool restart(QString *error = nullptr) override;  // stop if running, start again: same ports, same data
    bool isRunning() const override;

    QString host() const override;  // "127.0.0.1"
    quint16 c2sPort() const override;
    quint16 directTlsPort() const override;
    quint16 httpPort() const;
    quint16 httpsPort() const override;  // also serves the upload component's slots (https://127.0.0.1:port/...)
    QString domain() const override;
    const Options &options() const override;

    QString caCertificateFile() const override;
    QList<QSslCertificate> caCertificates() const override;
    QString dataDir() const;
    QString logFile() const;
    QString logTail(int lines = 40) const override;

private:
    enum class LaunchResult { Ready, PortInUse, Failed };

    bool prepare(QString *error);
    bool launchOnFreePorts(QString *error);
    bool writeConfig(QString *error);
    LaunchResult launch(QString *error);
    LaunchResult waitUntilReady(qint64 logOffset, QString *error);
    bool answersStreamHeader() const;
    void endProcess(bool hard);
    QString failure(const QString &what) const;

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<linnet::test::ProsodyLayout> m_layout;
    QProcess *m_process = nullptr;
    QList<QSslCertificate> m_caCertificates;
    std::unique_ptr<Federation> m_federation;
};
