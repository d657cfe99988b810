#include "EjabberdServer.h"

#include "FixtureText.h"
#include "EjabberdFiles.h"
#include "Epmd.h"
#include "NotifySocket.h"
#include "TestLogging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>

using namespace linnet::test;

namespace {

// Generous: an Erlang VM boots in ~2 s on an idle machine, but ten times slower on a loaded
// one (measured here: 15 s with a load average of 20 on 2 cores).
constexpr int kReadyTimeoutMs = 120000;
constexpr int kPortAttempts = 5;
const QString kLoopback = QStringLiteral("127.0.0.1");

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace

EjabberdServer::EjabberdServer(Options options, QObject *parent)
    : EjabberdServer(std::move(options), Node{}, parent)
{
}

EjabberdServer::EjabberdServer(Options options, Node node, QObject *parent)
    : XmppTestServer(parent)
    , m_options(std::move(options))
    , m_node(std::move(node))
{
    // Fixed for the server's life: Mnesia's schema belongs to the node name, so a restart
    // under another name would find no data.
    if (m_node.name.isEmpty())
        m_node.name = QStringLiteral("linnet-%1@127.0.0.1").arg(randomToken(8));
    if (m_node.cookie.isEmpty())
        m_node.cookie = randomToken(24);
}

EjabberdServer::~EjabberdServer()
{
    endProcess(false);
    m_epmd.reset();
    if (m_dir && !m_dir->autoRemove())
        qCInfo(lcLinnetTest) << "kept the ejabberd directory" << m_dir->path();
}

bool EjabberdServer::start(QString *error)
{
    if (isRunning())
        return true;
    QElapsedTimer timer;
    timer.start();
    bool ok = m_layout ? (!m_epmd || m_epmd->start(m_layout->epmdOutputFile, error)) && launch(error) == LaunchResult::Ready
                       : prepare(error) && launchOnFreePorts(error);
    if (ok && m_node.createAccounts && !m_accountsCreated) {
        QString output;
        ok = runCommands(accountCommands(m_options), &output);
        qCDebug(lcLinnetTest).noquote() << "ejabberd accounts:" << output;
        if (!ok) {
            if (error)
                *error = failure(QStringLiteral("creating the accounts failed: %1").arg(output));
            endProcess(true);
        }
        m_accountsCreated = ok;
    }
    if (ok)
        qCDebug(lcLinnetTest) << "ejabberd" << m_node.name << "ready on port" << c2sPort() << "after" << timer.elapsed() << "ms";
    return ok;
}

void EjabberdServer::stop() { endProcess(false); }
void EjabberdServer::kill() { endProcess(true); }

bool EjabberdServer::restart(QString *error)
{
    endProcess(false);
    if (!m_layout)
        return start(error);
    const LaunchResult result = launch(error);
    if (result == LaunchResult::PortInUse && error)
        *error = failure(QStringLiteral("cannot restart on the same ports %1/%2/%3: one is taken")
                             .arg(m_layout->c2sPort)
                             .arg(m_layout->directTlsPort)
                             .arg(m_layout->httpsPort));
    return result == LaunchResult::Ready;
}

bool EjabberdServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString EjabberdServer::host() const { return kLoopback; }
quint16 EjabberdServer::c2sPort() const { return m_layout ? m_layout->c2sPort : 0; }
quint16 EjabberdServer::directTlsPort() const { return m_layout ? m_layout->directTlsPort : 0; }
quint16 EjabberdServer::httpsPort() const { return m_layout ? m_layout->httpsPort : 0; }
QString EjabberdServer::domain() const { return m_options.domain; }
const EjabberdServer::Options &EjabberdServer::options() const { return m_options; }
QString EjabberdServer::caCertificateFile() const { return m_layout ? m_layout->certificates.caCertificate : QString(); }
QList<QSslCertificate> EjabberdServer::caCertificates() const { return m_caCertificates; }
QString EjabberdServer::logTail(int lines) const { return m_layout ? tailOfFile(m_layout->logFile(), lines) : QString(); }
QString EjabberdServer::nodeName() const { return m_node.name; }
QString EjabberdServer::cookie() const { return m_node.cookie; }
quint16 EjabberdServer::epmdPort() const { return m_epmd ? m_epmd->port() : m_node.epmdPort; }
QString EjabberdServer::dataDir() const { return m_layout ? m_layout->spoolDir : QString(); }
QString EjabberdServer::logFile() const { return m_layout ? m_layout->logFile() : QString(); }
const CertificateFiles &EjabberdServer::certificateFiles() const
{
    static const CertificateFiles none;
    return m_layout ? m_layout->certificates : none;
}

bool EjabberdServer::prepare(QString *error)
{
    if (erlProgram().isEmpty() || ejabberdLibDir().isEmpty() || ejabberdctlProgram().isEmpty()) {
        if (error)
            *error = QStringLiteral("ejabberd (erl, ejabberdctl, its Erlang applications) is not installed "
                                    "(run the tests with ./dev)");
        return false;
    }
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/linnet-ejabberd-XXXXXX"));
    if (!dir->isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary directory: %1").arg(dir->errorString());
        return false;
    }
    dir->setAutoRemove(!qEnvironmentVariableIsSet("LINNET_KEEP_EJABBERD"));
    auto layout = std::make_unique<EjabberdLayout>(dir->path());
    for (const QString &path : {layout->spoolDir, layout->logDir, layout->uploadDir, layout->certDir})
        QDir().mkpath(path);

    if (!m_node.certificates.caCertificate.isEmpty()) {
        layout->certificates = m_node.certificates;
    } else {
        const QString d = m_options.domain;
        const QStringList names = {d, QStringLiteral("pubsub.") + d, QStringLiteral("conference.") + d,
                                   QStringLiteral("upload.") + d};
        if (!makeCertificates(layout->certDir, names, {kLoopback}, &layout->certificates, error))
            return false;
    }
    m_caCertificates = QSslCertificate::fromPath(layout->certificates.caCertificate);
    if (m_caCertificates.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot read the CA certificate %1").arg(layout->certificates.caCertificate);
        return false;
    }
    m_dir = std::move(dir);
    m_layout = std::move(layout);

    if (m_node.epmdPort == 0) {
        m_epmd = std::make_unique<Epmd>();
        if (!m_epmd->start(m_layout->epmdOutputFile, error))
            return false;
    }
    return true;
}

bool EjabberdServer::writeFiles(QString *error)
{
    return writeFile(m_layout->configFile, ejabberdConfig(m_options, *m_layout), error)
        && writeFile(m_layout->ctlConfigFile, ejabberdctlConfig(m_node.cookie), error)
        && writeFile(m_layout->inetrcFile, erlangInetrc(), error);
}

bool EjabberdServer::launchOnFreePorts(QString *error)
{
    for (int attempt = 1; attempt <= kPortAttempts; ++attempt) {
        const QList<quint16> ports = pickFreeLoopbackPorts(3);
        if (ports.isEmpty()) {
            if (error)
                *error = QStringLiteral("no free loopback port");
            return false;
        }
        m_layout->c2sPort = ports[0];
        m_layout->directTlsPort = ports[1];
        m_layout->httpsPort = ports[2];
        if (!writeFiles(error))
            return false;
        const LaunchResult result = launch(error);
        if (result != LaunchResult::PortInUse)
            return result == LaunchResult::Ready;
        qCInfo(lcLinnetTest) << "a port was taken before ejabberd could bind it; trying new ones";
    }
    if (error)
        *error = failure(QStringLiteral("ejabberd could not bind free ports in %1 attempts").arg(kPortAttempts));
    return false;
}

EjabberdServer::LaunchResult EjabberdServer::launch(QString *error)
{
    m_notify = std::make_unique<NotifySocket>();
    if (!m_notify->bind(m_layout->notifySocket, error))
        return LaunchResult::Failed;
    m_logOffset = QFileInfo(m_layout->logFile()).size();

    // What ejabberdctl's "foreground" sets up, with erl started directly: the script runs erl
    // as its child rather than exec'ing it, so killing the script would leave the VM running.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EJABBERD_CONFIG_PATH"), m_layout->configFile);
    env.insert(QStringLiteral("EJABBERD_LOG_PATH"), m_layout->logFile());
    env.insert(QStringLiteral("ERL_LIBS"), ejabberdLibDir());
    env.insert(QStringLiteral("ERL_EPMD_PORT"), QString::number(epmdPort()));
    env.insert(QStringLiteral("ERL_INETRC"), m_layout->inetrcFile);
    env.insert(QStringLiteral("ERL_CRASH_DUMP_BYTES"), QStringLiteral("0"));
    env.insert(QStringLiteral("NOTIFY_SOCKET"), m_layout->notifySocket);
    env.insert(QStringLiteral("HOME"), m_layout->dir);  // no ~/.erlang.cookie shared with anyone
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(m_layout->spoolDir);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_layout->outputFile, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // erl exec's erlexec, which exec's beam.smp: the signal stays with the VM itself.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    const QStringList args = {QStringLiteral("-name"), m_node.name, QStringLiteral("-setcookie"), m_node.cookie,
                              QStringLiteral("-start_epmd"), QStringLiteral("false"),
                              // Erlang distribution on loopback only.
                              QStringLiteral("-kernel"), QStringLiteral("inet_dist_use_interface"), QStringLiteral("{127,0,0,1}"),
                              QStringLiteral("+K"), QStringLiteral("true"), QStringLiteral("-noinput"),
                              // Idle schedulers sleep instead of spinning: tests share few cores.
                              QStringLiteral("+sbwt"), QStringLiteral("none"), QStringLiteral("+sbwtdcpu"),
                              QStringLiteral("none"), QStringLiteral("+sbwtdio"), QStringLiteral("none"),
                              QStringLiteral("-mnesia"), QStringLiteral("dir"), QLatin1Char('"') + m_layout->spoolDir + QLatin1Char('"'),
                              QStringLiteral("-s"), QStringLiteral("ejabberd")};
    m_process->start(erlProgram(), args);
    if (!m_process->waitForStarted(30000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(erlProgram(), m_process->errorString());
        endProcess(true);
        return LaunchResult::Failed;
    }
    qCDebug(lcLinnetTest) << "ejabberd" << m_node.name << "pid" << m_process->processId() << "c2s" << m_layout->c2sPort
                          << "https" << m_layout->httpsPort << "epmd" << epmdPort() << "in" << m_layout->dir;
    return waitUntilReady(error);
}

EjabberdServer::LaunchResult EjabberdServer::waitUntilReady(QString *error)
{
    const bool notified = waitForNotification("READY=1", kReadyTimeoutMs);
    // A taken port stops ejabberd's listener supervisor, and with it the VM.
    if (portTaken()) {
        if (error)
            *error = failure(QStringLiteral("ejabberd could not bind its ports"));
        endProcess(true);
        return LaunchResult::PortInUse;
    }
    if (!notified) {
        if (error) {
            *error = isRunning() ? failure(QStringLiteral("ejabberd did not start within %1 s").arg(kReadyTimeoutMs / 1000))
                                 : failure(QStringLiteral("ejabberd exited during start-up (code %1)").arg(m_process->exitCode()));
        }
        endProcess(true);
        return LaunchResult::Failed;
    }
    const QDeadlineTimer deadline(kReadyTimeoutMs);
    while (!answersStreamHeader()) {
        if (deadline.hasExpired() || m_process->waitForFinished(50)) {
            if (error)
                *error = failure(QStringLiteral("ejabberd does not answer a stream header on %1:%2")
                                     .arg(kLoopback)
                                     .arg(m_layout->c2sPort));
            endProcess(true);
            return LaunchResult::Failed;
        }
    }
    return LaunchResult::Ready;
}

bool EjabberdServer::waitForNotification(const QByteArray &what, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_notify->receive(100).contains(what))
            return true;
        // Without an event loop QProcess notices an exit only inside a waitFor call.
        if (m_process->waitForFinished(0) || m_process->state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

bool EjabberdServer::waitForRestartInVm(QString *error, int timeoutMs)
{
    if (!isRunning() || !m_notify) {
        if (error)
            *error = QStringLiteral("the node is not running");
        return false;
    }
    if (!waitForNotification("STOPPING=1", timeoutMs)) {
        if (error)
            *error = failure(QStringLiteral("ejabberd did not stop inside the VM"));
        return false;
    }
    return waitUntilReady(error) == LaunchResult::Ready;
}

bool EjabberdServer::portTaken() const
{
    QFile log(m_layout->logFile());
    if (!log.open(QIODevice::ReadOnly) || !log.seek(qMin(m_logOffset, log.size())))
        return false;
    const QByteArray text = log.readAll();
    return text.contains("Failed to open socket") && text.contains("address already in use");
}

bool EjabberdServer::answersStreamHeader() const
{
    return XmppTestServer::answersStreamHeader(m_layout->c2sPort, m_options.domain, 5000);
}

void EjabberdServer::endProcess(bool hard)
{
    // The VM takes SIGTERM as init:stop(): ejabberd closes its sessions and Mnesia.
    endServerProcess(m_process, hard, 30000, "ejabberd");
    m_notify.reset();
}

QString EjabberdServer::failure(const QString &what) const
{
    QString text = what;
    if (!m_layout)
        return text;
    text += QStringLiteral("\n--- %1 (tail) ---\n%2").arg(m_layout->logFile(), tailOfFile(m_layout->logFile(), 40, m_logOffset));
    const QString output = tailOfFile(m_layout->outputFile, 15);
    if (!output.trimmed().isEmpty())
        text += QStringLiteral("\n--- the VM's output (tail) ---\n") + output;
    return text;
}
