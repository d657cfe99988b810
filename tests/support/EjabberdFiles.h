// The files a test ejabberd runs from (its ejabberd.yml, the ejabberdctl settings) and the
// programs. Internal to linnet_testsupport; tests use EjabberdServer.
#pragma once

#include "TestCertificates.h"
#include "XmppTestServer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace linnet::test {

// Where one node's files live; everything sits inside its temporary directory.
struct EjabberdLayout {
    QString dir;
    QString configFile;     // ejabberd.yml
    QString ctlConfigFile;  // sourced by ejabberdctl
    QString inetrcFile;     // Erlang's resolver settings (ERL_INETRC)
    QString spoolDir;       // Mnesia: accounts, rosters, archives, PubSub
    QString logDir;         // ejabberd.log, error.log, crash.log
    QString outputFile;     // the VM's own stdout/stderr (what happens before logging starts)
    QString epmdOutputFile;
    QString uploadDir;
    QString certDir;
    QString notifySocket;
    CertificateFiles certificates;
    quint16 c2sPort = 0;
    quint16 directTlsPort = 0;
    quint16 httpsPort = 0;

    explicit EjabberdLayout(const QString &root = {});
    QString logFile() const;
};

// /usr/bin/erl, epmd and ejabberdctl (PATH first); empty when not installed.
QString erlProgram();
QString epmdProgram();
QString ejabberdctlProgram();
// Where Debian keeps ejabberd's Erlang applications (ERL_LIBS), as ejabberdctl sets it.
QString ejabberdLibDir();

// A YAML double-quoted scalar that yields exactly s.
QString yamlQuote(const QString &s);
// An Erlang string (a list of code points): nothing in it needs escaping.
QString erlangString(const QString &s);

// The whole ejabberd.yml for options on layout's ports.
QString ejabberdConfig(const XmppServerOptions &options, const EjabberdLayout &layout);
// ejabberdctl.cfg: run as the current user (root in the build root) and reach the node with
// this cookie through the fixture's epmd.
QString ejabberdctlConfig(const QString &cookie);
QString erlangInetrc();

// The ejabberd commands that create options' accounts and, with mutualRoster, every roster
// item (add_rosteritem; groups comma-separated, as ejabberdctl reads lists).
QList<QStringList> accountCommands(const XmppServerOptions &options);

}  // namespace linnet::test
