// EjabberdServer's command runners: Debian's ejabberdctl, and a batch through the same entry
// point from one VM.
#include "EjabberdFiles.h"
#include "EjabberdServer.h"

#include <QProcess>

using namespace linnet::test;

namespace {

bool finish(QProcess *process, int timeoutMs, QString *output)
{
    const bool finished = process->waitForFinished(timeoutMs);
    if (!finished) {
        process->kill();
        process->waitForFinished(5000);
    }
    const QString text = QString::fromUtf8(process->readAll()).trimmed();
    if (output)
        *output = finished ? text : QStringLiteral("timed out after %1 ms: %2").arg(timeoutMs).arg(text);
    const bool ok = finished && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    delete process;
    return ok;
}

}  // namespace

QProcess *EjabberdServer::ctlProcess(const QString &program, const QStringList &args) const
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ERL_EPMD_PORT"), QString::number(epmdPort()));
    env.insert(QStringLiteral("HOME"), m_layout->dir);
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_layout->dir);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(program, args);
    return process;
}

bool EjabberdServer::ejabberdctl(const QStringList &args, QString *output, int timeoutMs) const
{
    if (!m_layout) {
        if (output)
            *output = QStringLiteral("the server was never started");
        return false;
    }
    const QStringList all = QStringList{QStringLiteral("--node"), m_node.name,
                                        QStringLiteral("--ctl-config"), m_layout->ctlConfigFile,
                                        QStringLiteral("--config-dir"), m_layout->dir,
                                        QStringLiteral("--spool"), m_layout->spoolDir,
                                        QStringLiteral("--logs"), m_layout->logDir}
                            + args;
    return finish(ctlProcess(ejabberdctlProgram(), all), timeoutMs, output);
}

bool EjabberdServer::runCommands(const QList<QStringList> &commands, QString *output, int timeoutMs) const
{
    if (commands.isEmpty())
        return true;
    if (!m_layout) {
        if (output)
            *output = QStringLiteral("the server was never started");
        return false;
    }
    // Arguments as lists of code points: passwords with quotes or non-ASCII reach ejabberd
    // exactly (ejabberdctl itself gets them through the VM's argv decoding).
    QStringList lists;
    for (const QStringList &command : commands) {
        QStringList args;
        for (const QString &arg : command)
            args << erlangString(arg);
        lists << QLatin1Char('[') + args.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    const QString eval = QStringLiteral(
        "N = '%1',"
        // A dynamically named node is not alive before its first connection: rpc would fail.
        "case net_kernel:connect_node(N) of true -> ok;"
        "  false -> io:format(\"cannot reach ~p (epmd: ~p)~n\", [N, net_adm:names()]), halt(98) end,"
        "Run = fun(A) -> case rpc:call(N, ejabberd_ctl, process, [A], 60000) of"
        "  S when is_integer(S) -> S;"
        "  E -> io:format(\"rpc to ~p failed: ~p~n\", [N, E]), 99 end end,"
        "halt(lists:foldl(fun(A, 0) -> Run(A); (_, S) -> S end, 0, [%2])).")
                             .arg(m_node.name, lists.join(QLatin1Char(',')));
    // A hidden node with a name the target hands out (OTP 23's dynamic names), as ejabberdctl.
    const QStringList args = {QStringLiteral("-name"), QStringLiteral("undefined@127.0.0.1"), QStringLiteral("-hidden"),
                              QStringLiteral("-setcookie"), m_node.cookie, QStringLiteral("-start_epmd"),
                              QStringLiteral("false"), QStringLiteral("-noinput"), QStringLiteral("+sbwt"),
                              QStringLiteral("none"), QStringLiteral("-eval"), eval};
    return finish(ctlProcess(erlProgram(), args), timeoutMs, output);
}
