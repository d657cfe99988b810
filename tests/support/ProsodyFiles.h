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

    explicit ProsodyLayout(const QString &root = {});
};

QString prosodyProgram();     // PATH, then /usr/bin/prosody
QString prosodyctlProgram();  // next to prosody, then PATH

// A Lua string literal that yields exactly s.
QString luaQuote(const QString &s);

// The whole config file for options on layout's ports.
QString prosodyConfig(const ProsodyServer::Options &options, const ProsodyLayout &layout);

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
