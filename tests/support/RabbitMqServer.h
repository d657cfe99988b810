// A real RabbitMQ 4.0 broker (Debian's 4.0.5) for one test or the demo, spoken to over AMQP 1.0
// with TLS only (no plain listener): its own temporary directory, a free loopback port, node
// name, Erlang cookie, epmd (tests/support/Epmd) and Mnesia data, a generated rabbitmq.conf, a
// CA and server certificate from makeCertificates (valid for 127.0.0.1, localhost and
// linnet.test), and the users, permissions and queues of the options loaded as definitions
// at boot.
//
//   RabbitMqServer broker({.users = {{"dev", "pw", {}}}, .queues = {"sensors", "press-1.commands"}});
//   QVERIFY2(broker.start(&error), qPrintable(error));
//   // connect to broker.url() (amqps://127.0.0.1:PORT), trust broker.caCertificateFile(),
//   // SASL PLAIN, vhost "/" (open's hostname may be anything else: RabbitMQ falls back to
//   // the default vhost), and attach to RabbitMqServer::queueAddress("sensors") = "/queues/sensors".
//
// The certificate names 127.0.0.1 (IP SAN), localhost and linnet.test. Qt checks the IP SAN;
// Proton's own TLS (proton::ssl_client_options with VERIFY_PEER_NAME) matches DNS names only:
// dial amqps://linnet.test:PORT there (it resolves to 127.0.0.1 inside ./dev).
//
// What a client sees (checked by tst_rabbitmqserver): a wrong password fails SASL with
// amqp:unauthorized-access; deleteQueue() detaches the queue's links; attaching to a missing
// queue gives amqp:not-found; closeConnections("why") closes with amqp:internal-error
// "Connection forced: <<\"why\">>".
//
// Queues are durable quorum queues by default: they keep every message across a SIGKILL and
// restart whether or not the sender set the durable header (classic queues drop non-durable
// messages on restart), and they have a delivery limit (RabbitMQ 4.0 default: 20), after
// which a message that keeps being released/modified is dropped instead of looping forever.
//
// Management goes through rabbitmqctl against this node (each call boots a small Erlang VM:
// 0.3-0.8 s here, more under load), so do not call it in a hot loop. Start-up takes ~2-3 s.
//
// The VM runs as a direct child (PR_SET_PDEATHSIG), as root in the build root; the Erlang
// distribution listens on 127.0.0.1 only. stop(), kill() and restart() keep the node name,
// port, data and queues. The destructor stops everything and removes the directory
// (LINNET_KEEP_RABBITMQ=1 keeps it). Not thread-safe: use it from the thread that made it.
#pragma once

#include "XmppTestServer.h"  // TestAccount

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QProcess;

namespace linnet::test {
class Epmd;
class NotifySocket;
struct RabbitMqLayout;
}

struct RabbitMqOptions {
    enum class QueueType { Quorum, Classic };

    // SASL PLAIN users (TestAccount::name is not used), each with configure/write/read ".*"
    // on the vhost.
    QList<TestAccount> users;
    // Also offer SASL ANONYMOUS: it logs in as RabbitMqServer::anonymousUser(), which has the
    // same permissions as the users. Off: PLAIN is the only mechanism.
    bool anonymous = false;
    // Declared (durable) with queueType at every boot (the definitions file is loaded each
    // time): after restart() a queue of this list that deleteQueue() removed exists again, empty.
    QStringList queues;
    QueueType queueType = QueueType::Quorum;
    QString vhost = QStringLiteral("/");
    QString logLevel = QStringLiteral("info");  // rabbitmq.conf log.file.level
};

class RabbitMqServer : public QObject
{
    Q_OBJECT
public:
    using Options = RabbitMqOptions;

    explicit RabbitMqServer(Options options = {}, QObject *parent = nullptr);
    ~RabbitMqServer() override;

    // First call: temp dir, certificates, config, definitions, epmd, the node; returns once
    // RabbitMQ said READY=1 and its TLS port accepts. Later calls relaunch the node on the
    // same port with the same data (or return true at once if it runs).
    bool start(QString *error = nullptr);
    void stop();  // SIGTERM (an orderly shutdown), wait for the exit; SIGKILL after 60 s
    bool kill();  // SIGKILL, wait for the exit (fault injection); false if it was not running
    bool restart(QString *error = nullptr);  // stop(), then start() on the same port, data and queues
    bool isRunning() const;

    QString host() const;  // "127.0.0.1"
    quint16 port() const;  // AMQP 1.0 over TLS
    QUrl url() const;      // amqps://127.0.0.1:PORT
    QString vhost() const;
    const Options &options() const;
    // The anonymous login's user name (for log assertions; its password is never needed).
    static QString anonymousUser();
    // The AMQP 1.0 v2 address of a queue: "/queues/" + the percent-encoded name.
    static QString queueAddress(const QString &queue);

    QString caCertificateFile() const;  // PEM of the CA that signed the broker's certificate
    QList<QSslCertificate> caCertificates() const;

    // Durable, of options().queueType (or type), via `rabbitmqctl import_definitions` (~0.5 s);
    // declaring an existing queue again with the same properties succeeds.
    bool declareQueue(const QString &name, QString *error = nullptr);
    bool declareQueue(const QString &name, Options::QueueType type, QString *error = nullptr);
    // Deletes the queue with its messages; RabbitMQ detaches the links attached to it with
    // amqp:resource-deleted.
    bool deleteQueue(const QString &name, QString *error = nullptr);
    // Messages ready + delivered but not yet settled; nullopt if the queue does not exist or
    // the broker does not answer. Quorum queues report with a delay (measured: up to ~5 s
    // after the sends were accepted): poll it with QTRY_COMPARE_WITH_TIMEOUT. ~0.5 s a call.
    std::optional<qint64> queueDepth(const QString &name) const;
    // Closes every client connection on the vhost (AMQP 1.0 close with the reason as text).
    bool closeConnections(const QString &reason, QString *error = nullptr);

    // `rabbitmqctl ARGS` against this node; true if it exits with 0. output gets stdout+stderr.
    bool rabbitmqctl(const QStringList &args, QString *output = nullptr, int timeoutMs = 120000) const;

    QString nodeName() const;  // e.g. linnet-1a2b3c4d@localhost
    QString dataDir() const;
    QString logFile() const;
    QString logTail(int lines = 40) const;

private:
    enum class LaunchResult { Ready, PortInUse, Failed };

    bool prepare(QString *error);
    LaunchResult launch(QString *error);
    LaunchResult waitUntilReady(QString *error);
    bool tlsPortAccepts() const;
    void endProcess(bool hard);
    QString failure(const QString &what) const;
    bool runTool(const QString &program, const QStringList &args, QString *output, int timeoutMs) const;

    Options m_options;
    QString m_nodeName;
    QString m_cookie;
    QString m_anonymousPassword;
    std::unique_ptr<class QTemporaryDir> m_dir;
    std::unique_ptr<linnet::test::RabbitMqLayout> m_layout;
    std::unique_ptr<linnet::test::Epmd> m_epmd;
    std::unique_ptr<linnet::test::NotifySocket> m_notify;
    QProcess *m_process = nullptr;
    QList<QSslCertificate> m_caCertificates;
    qint64 m_logOffset = 0;
};
