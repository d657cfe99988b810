// A real XMPP server for one test (or the demo), whichever implementation runs it: Prosody
// (ProsodyServer) or ejabberd (EjabberdServer). Both generate their config, certificates and
// accounts in a temporary directory and listen on free loopback ports.
//
//   auto server = XmppTestServer::create({.accounts = {{"alice", "pw", "Alice"}}});
//   QVERIFY2(server->start(&error), qPrintable(error));
//
// create() starts the server the run asks for: LINNET_TEST_SERVER=ejabberd, Prosody otherwise
// (ctest registers the integration suite once per server, with a label each).
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QXmppConfiguration.h>

#include <memory>

struct ProsodyAccount {
    QString user;
    QString password;
    QString name;  // the roster name others see with mutualRoster
};
using TestAccount = ProsodyAccount;

struct XmppServerOptions {
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

class XmppTestServer : public QObject
{
    Q_OBJECT
public:
    using Options = XmppServerOptions;
    enum class Kind { Prosody, Ejabberd };

    // LINNET_TEST_SERVER=ejabberd asks for ejabberd; anything else (or nothing) for Prosody.
    static Kind requestedKind();
    static QString kindName(Kind kind);  // "prosody", "ejabberd"
    static std::unique_ptr<XmppTestServer> create(Options options, Kind kind = requestedKind());

    using QObject::QObject;
    ~XmppTestServer() override = default;  // implementations stop the server and remove its directory

    virtual Kind kind() const = 0;
    // First call: temp dir, certificates, config, accounts, rosters; then launches the server and
    // waits until it answers a stream header. Once running, returns true at once.
    virtual bool start(QString *error = nullptr) = 0;
    virtual void stop() = 0;                              // polite stop, then wait for the exit
    virtual void kill() = 0;                              // SIGKILL, wait for the exit (fault injection)
    virtual bool restart(QString *error = nullptr) = 0;  // same ports, same data
    virtual bool isRunning() const = 0;

    virtual QString host() const = 0;            // "127.0.0.1"
    virtual quint16 c2sPort() const = 0;         // STARTTLS
    virtual quint16 directTlsPort() const = 0;   // XEP-0368 direct TLS (ALPN xmpp-client)
    virtual quint16 httpsPort() const = 0;
    // XMPP over WebSocket (RFC 7395) and BOSH (XEP-0206), both on the https port, named by the
    // domain (the test domains resolve to 127.0.0.1 inside ./dev, tools/buildroot/hosts).
    QUrl websocketUrl() const;  // wss://<domain>:<https port>/xmpp-websocket
    QUrl boshUrl() const;       // https://<domain>:<https port>/http-bind
    virtual QString domain() const = 0;
    QString jid(const QString &user) const { return user + QLatin1Char('@') + domain(); }
    QString pubsubJid() const { return QStringLiteral("pubsub.") + domain(); }
    QString mucJid() const { return QStringLiteral("conference.") + domain(); }
    QString uploadJid() const { return QStringLiteral("upload.") + domain(); }
    virtual const Options &options() const = 0;

    virtual QString caCertificateFile() const = 0;  // PEM of the CA that signed the server certificate
    virtual QList<QSslCertificate> caCertificates() const = 0;
    virtual QString logTail(int lines = 40) const = 0;

    // Host, port, domain, user, password, resource (QXmpp's default if empty), TLSRequired and
    // the fixture CA as the only trusted one; SSL errors are never ignored.
    QXmppConfiguration clientConfiguration(const QString &user, const QString &password,
                                           const QString &resource = {}) const;

protected:
    // True once the server on 127.0.0.1:port answers a stream header for `domain` with its
    // features from that domain (a foreign process that grabbed the port would not).
    static bool answersStreamHeader(quint16 port, const QString &domain, int timeoutMs);
    // Ends the server process (SIGTERM, or SIGKILL when hard), waits up to graceMs for it, then
    // kills it; deletes it and nulls the pointer. `name` is for the log.
    static void endServerProcess(class QProcess *&process, bool hard, int graceMs, const char *name);
};
