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
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QXmppConfiguration.h>

#include <memory>

class QProcess;
class QTemporaryDir;

struct ProsodyAccount {
    QString user;
    QString password;
    QString name;  // the roster name others see with mutualRoster
};

namespace linnet::test {
struct ProsodyLayout;
}

class ProsodyServer : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString domain = QStringLiteral("linnet.test");
        QList<ProsodyAccount> accounts;
        bool mutualRoster = false;  // every account in every other's roster, subscription "both", name = account name
        // With mutualRoster: the roster groups a user (local part) is filed under in the others' rosters.
        QHash<QString, QStringList> rosterGroups;
        QString pubsubStorage = QStringLiteral("memory");  // storage of pubsub_nodes/pubsub_data on the pubsub component
        int pubsubMaxItems = 256;  // pubsub_max_items: the most items a node may keep (Prosody's default 256)
        // "sql": message archives (MAM, mod_muc_mam) in SQLite, as a production server keeps them.
        // Prosody's internal archive store costs more per message the bigger the archive (a
        // 10,000-message flood: ~140 CPU-s), which would make the server every benchmark's limit.
        QString archiveStorage = QStringLiteral("internal");
        bool nagle = false;  // false: network_settings = { nagle = false } (no 40 ms stalls on small stanzas)
        QString logLevel = QStringLiteral("info");
        // In-band registration (XEP-0077) for anyone who connects, over TLS only (Prosody
        // advertises it only on encrypted streams, c2s_require_encryption). Never throttled:
        // loopback is on mod_register_limits' default allowlist.
        bool allowRegistration = false;
        // additional_registration_fields: what the form asks for besides user name and
        // password, e.g. "email+" (required) or "nick" (optional).
        QStringList registrationFields;
        // Local parts of the server's admins (Prosody's `admins`): they may run the admin
        // ad-hoc commands of mod_admin_adhoc ("Add User", ...), which every server offers.
        QStringList admins;
    };

    explicit ProsodyServer(Options options, QObject *parent = nullptr);
    ~ProsodyServer() override;  // stops the process and removes the temp dir, always

    // First call: temp dir, certificates, config, accounts, rosters. Then launches Prosody and
    // waits (up to 20 s) until it has started and answers a stream header on the c2s port.
    // Once running, returns true at once.
    bool start(QString *error = nullptr);
    void stop();                              // SIGTERM, wait for the exit (SIGKILL after 10 s)
    void kill();                              // SIGKILL, wait for the exit (fault injection)
    bool restart(QString *error = nullptr);  // stop if running, start again: same ports, same data
    bool isRunning() const;

    QString host() const;  // "127.0.0.1"
    quint16 c2sPort() const;
    quint16 httpPort() const;
    quint16 httpsPort() const;  // serves the upload component's slots (https://127.0.0.1:port/...)
    QString domain() const;
    QString jid(const QString &user) const;  // user@domain
    QString pubsubJid() const;               // pubsub.<domain>
    QString mucJid() const;                  // conference.<domain>
    QString uploadJid() const;               // upload.<domain>
    const Options &options() const;

    QString caCertificateFile() const;  // PEM of the CA that signed the server certificate
    QList<QSslCertificate> caCertificates() const;
    QString dataDir() const;
    QString logFile() const;
    QString logTail(int lines = 40) const;

    // Host, port, domain, user, password, resource (QXmpp's default if empty), TLSRequired and
    // the fixture CA as the only trusted one; SSL errors are never ignored.
    QXmppConfiguration clientConfiguration(const QString &user, const QString &password,
                                           const QString &resource = {}) const;

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
};
