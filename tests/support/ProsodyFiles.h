// The files a test Prosody runs from: its config, pre-made account and roster data, and the
// programs. Internal to linnet_testsupport; tests use ProsodyServer.
#pragma once

#include "ProsodyServer.h"
#include "TestCertificates.h"

namespace linnet::test {

// Where one server's files live; everything sits inside its temporary directory.
struct ProsodyLayout {
    QString dir;
    QString configFile;
    QString dataDir;
    QString logFile;
    QString outputFile;  // prosody's own stdout/stderr (start-up warnings before logging starts)
    QString pidFile;
    QString certDir;
    QString notifySocket;
    CertificateFiles certificates;
    quint16 c2sPort = 0;
    quint16 httpPort = 0;
    quint16 httpsPort = 0;
    quint16 directTlsPort = 0;

    explicit ProsodyLayout(const QString &root = {});
};

QString prosodyProgram();     // PATH, then /usr/bin/prosody
QString prosodyctlProgram();  // next to prosody, then PATH

// A Lua string literal that yields exactly s.
QString luaQuote(const QString &s);

// The whole config file for options on layout's ports; with federation, s2s on its port.
QString prosodyConfig(const ProsodyServer::Options &options, const ProsodyLayout &layout,
                      const ProsodyServer::Federation *federation = nullptr);

// Federation: the server certificate (server.pem, server.key in dir) signed by the shared CA,
// for serverAuth and clientAuth (on s2s each side presents it to the other, and OpenSSL checks
// the purpose). files->caCertificate is a copy of caCertificate in dir.
bool signFederationCertificate(const QString &dir, const QStringList &dnsNames, const QStringList &ipAddresses,
                               const QString &caCertificate, const QString &caKey, CertificateFiles *files,
                               QString *error);

// Writes mod_linnet_s2s_routes.lua into dir (the config's plugin_paths): outgoing s2s to a
// configured peer domain connects to the peer's name (resolved from /etc/hosts) on its port.
bool writeS2sRoutesModule(const QString &dir, QString *error);

// Appends the remote contacts (subscription "both") to their owners' roster files, which
// writeMutualRosters may have written already. Before Prosody loads those rosters.
bool addRemoteContacts(const ProsodyLayout &layout, const QString &domain,
                       const QList<ProsodyServer::RemoteContact> &contacts, QString *error);

// The file util/datamanager.lua's getpath() uses for a keyval store: host and user are
// %-encoded byte-wise (every non-alphanumeric byte, so "linnet.test" becomes "linnet%2etest").
QString prosodyDataFile(const QString &dataDir, const QString &host, const QString &user, const QString &store);

// Creates every account with `prosodyctl register`, so the stored SCRAM credentials are exactly
// what Prosody itself would write. All registrations run at once (about 0.1 s each otherwise).
bool registerAccounts(const ProsodyLayout &layout, const QString &domain, const QList<ProsodyAccount> &accounts,
                      QString *error);

// Writes each account's roster store so that it has every other account with subscription
// "both", named after the account and filed under its groups (Options::rosterGroups): the format of core/rostermanager.lua (a keyval store with
// the metadata under the key false).
bool writeMutualRosters(const ProsodyLayout &layout, const QString &domain, const QList<ProsodyAccount> &accounts,
                        const QHash<QString, QStringList> &groups, QString *error);

}  // namespace linnet::test
