#include "ProsodyServer.h"

#include "FixtureText.h"
#include "NotifySocket.h"
#include "ProsodyFiles.h"
#include "TestLogging.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>

using namespace linnet::test;

namespace {

constexpr int kReadyTimeoutMs = 20000;
constexpr int kPortAttempts = 5;
const QString kLoopback = QStringLiteral("127.0.0.1");

// Distinct free loopback ports for c2s, direct TLS, http and https: the listeners are open at once, so
// they differ. They are drawn below the kernel's ephemeral range (32768 and up on Linux), where
// no outgoing connection of a parallel test takes them: restart() needs the same ports again
// after the server was down. Another fixture may still draw one before Prosody binds it;
// launchOnFreePorts() then tries again.
// `reserved`: the s2s port FederatedServers chose (not held open here, so never drawn).
bool pickFreePorts(ProsodyLayout *layout, quint16 reserved)
{
    QTcpServer c2s, http, https, directTls;
    for (QTcpServer *server : {&c2s, &http, &https, &directTls}) {
        bool bound = false;
        for (int attempt = 0; attempt < 50 && !bound; ++attempt) {
            const auto port = quint16(QRandomGenerator::global()->bounded(20000, 32768));
            bound = port != reserved && server->listen(QHostAddress::LocalHost, port);
        }
        if (!bound)
            return false;
    }
    layout->c2sPort = c2s.serverPort();
    layout->httpPort = http.serverPort();
    layout->httpsPort = https.serverPort();
    layout->directTlsPort = directTls.serverPort();
    return true;
}

}  // namespace

ProsodyServer::ProsodyServer(Options options, QObject *parent)
    : XmppTestServer(parent)
    , m_options(std::move(options))
{
}

ProsodyServer::~ProsodyServer()
{
    endProcess(false);
    if (m_dir && !m_dir->autoRemove())
        qCInfo(lcLinnetTest) << "kept the Prosody directory" << m_dir->path();
}

bool ProsodyServer::start(QString *error)
{
    if (isRunning())
        return true;
    QElapsedTimer timer;
    timer.start();
    // Started before: the accounts and data are there and the ports are this server's.
    const bool ok = m_layout ? launch(error) == LaunchResult::Ready : prepare(error) && launchOnFreePorts(error);
    if (ok)
        qCDebug(lcLinnetTest) << "prosody ready on port" << c2sPort() << "after" << timer.elapsed() << "ms";
    return ok;
}

void ProsodyServer::stop()
{
    endProcess(false);
}

void ProsodyServer::kill()
{
    endProcess(true);
}

bool ProsodyServer::restart(QString *error)
{
    endProcess(false);
    if (!m_layout)
        return start(error);
    const LaunchResult result = launch(error);
    if (result == LaunchResult::PortInUse && error)
        *error = failure(QStringLiteral("cannot restart on the same ports %1/%2/%3: one is taken")
                             .arg(m_layout->c2sPort)
                             .arg(m_layout->httpPort)
                             .arg(m_layout->httpsPort));
    return result == LaunchResult::Ready;
}

bool ProsodyServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ProsodyServer::setFederation(Federation federation)
{
    Q_ASSERT(!m_layout);  // the certificate and config are made at the first start()
    m_federation = std::make_unique<Federation>(std::move(federation));
}

quint16 ProsodyServer::s2sPort() const { return m_federation ? m_federation->s2sPort : 0; }

QString ProsodyServer::host() const { return kLoopback; }
quint16 ProsodyServer::c2sPort() const { return m_layout ? m_layout->c2sPort : 0; }
quint16 ProsodyServer::httpPort() const { return m_layout ? m_layout->httpPort : 0; }
quint16 ProsodyServer::httpsPort() const { return m_layout ? m_layout->httpsPort : 0; }
quint16 ProsodyServer::directTlsPort() const { return m_layout ? m_layout->directTlsPort : 0; }
QString ProsodyServer::domain() const { return m_options.domain; }
const ProsodyServer::Options &ProsodyServer::options() const { return m_options; }
QString ProsodyServer::caCertificateFile() const { return m_layout ? m_layout->certificates.caCertificate : QString(); }
QList<QSslCertificate> ProsodyServer::caCertificates() const { return m_caCertificates; }
QString ProsodyServer::dataDir() const { return m_layout ? m_layout->dataDir : QString(); }
QString ProsodyServer::logFile() const { return m_layout ? m_layout->logFile : QString(); }

QString ProsodyServer::logTail(int lines) const
{
    return m_layout ? tailOfFile(m_layout->logFile, lines) : QString();
}

bool ProsodyServer::prepare(QString *error)
{
    if (prosodyProgram().isEmpty()) {
        if (error)
            *error = QStringLiteral("prosody not found in PATH or /usr/bin (run the tests with ./dev)");
        return false;
    }
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/linnet-prosody-XXXXXX"));
    if (!dir->isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary directory: %1").arg(dir->errorString());
        return false;
    }
    dir->setAutoRemove(!qEnvironmentVariableIsSet("LINNET_KEEP_PROSODY"));
    auto layout = std::make_unique<ProsodyLayout>(dir->path());
    QDir().mkpath(layout->dataDir);
    QDir().mkpath(layout->certDir);

    const QString d = m_options.domain;
    const QStringList names = {d, QStringLiteral("pubsub.") + d, QStringLiteral("conference.") + d,
                               QStringLiteral("upload.") + d};
    const bool certified = m_federation
        ? signFederationCertificate(layout->certDir, names, {kLoopback}, m_federation->caCertificate,
                                    m_federation->caKey, &layout->certificates, error)
        : makeCertificates(layout->certDir, names, {kLoopback}, &layout->certificates, error);
    if (!certified)
        return false;
    if (m_federation && !writeS2sRoutesModule(layout->dir, error))
        return false;
    m_caCertificates = QSslCertificate::fromPath(layout->certificates.caCertificate);
    if (m_caCertificates.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot read the generated CA certificate");
        return false;
    }

    m_dir = std::move(dir);
    m_layout = std::move(layout);
    // prosodyctl reads the config for data_path and the host; the ports get their final
    // values in launchOnFreePorts().
    if (!pickFreePorts(m_layout.get(), s2sPort()) || !writeConfig(error))
        return false;
    if (!registerAccounts(*m_layout, d, m_options.accounts, error))
        return false;
    if (m_options.mutualRoster && !writeMutualRosters(*m_layout, d, m_options.accounts, m_options.rosterGroups, error))
        return false;
    if (m_federation && !addRemoteContacts(*m_layout, d, m_federation->contacts, error))
        return false;
    return true;
}

bool ProsodyServer::launchOnFreePorts(QString *error)
{
    for (int attempt = 1; attempt <= kPortAttempts; ++attempt) {
        if (attempt > 1 && !pickFreePorts(m_layout.get(), s2sPort())) {
            if (error)
                *error = QStringLiteral("no free loopback port");
            return false;
        }
        if (!writeConfig(error))
            return false;
        const LaunchResult result = launch(error);
        if (result != LaunchResult::PortInUse)
            return result == LaunchResult::Ready;
        qCInfo(lcLinnetTest) << "a port was taken before Prosody could bind it; trying new ones";
    }
    if (error)
        *error = failure(QStringLiteral("Prosody could not bind free ports in %1 attempts").arg(kPortAttempts));
    return false;
}

bool ProsodyServer::writeConfig(QString *error)
{
    QSaveFile file(m_layout->configFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(prosodyConfig(m_options, *m_layout, m_federation.get()).toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_layout->configFile, file.errorString());
        return false;
    }
    return true;
}

ProsodyServer::LaunchResult ProsodyServer::launch(QString *error)
{
    NotifySocket notify;
    if (!notify.bind(m_layout->notifySocket, error))
        return LaunchResult::Failed;
    const qint64 logOffset = QFileInfo(m_layout->logFile).size();

    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NOTIFY_SOCKET"), m_layout->notifySocket);
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_layout->outputFile, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // If the test process dies without running destructors, the kernel ends Prosody too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(prosodyProgram(), {QStringLiteral("--config"), m_layout->configFile});
    if (!m_process->waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(prosodyProgram(), m_process->errorString());
        endProcess(true);
        return LaunchResult::Failed;
    }
    qCDebug(lcLinnetTest) << "prosody" << m_process->processId() << "c2s" << m_layout->c2sPort << "http"
                          << m_layout->httpPort << "https" << m_layout->httpsPort << "in" << m_layout->dir;

    const QDeadlineTimer deadline(kReadyTimeoutMs);
    // Waits on the socket itself: wakes as soon as Prosody says READY=1. Without an event loop
    // QProcess only notices an exit inside a waitFor call, hence waitForFinished(0).
    while (!notify.receive(100).contains("READY=1")) {
        const bool exited = m_process->waitForFinished(0) || m_process->state() == QProcess::NotRunning;
        if (exited || deadline.hasExpired()) {
            if (error) {
                *error = exited ? failure(QStringLiteral("prosody exited during start-up (code %1)").arg(m_process->exitCode()))
                                : failure(QStringLiteral("prosody did not start within %1 s").arg(kReadyTimeoutMs / 1000));
            }
            endProcess(true);
            return LaunchResult::Failed;
        }
    }
    return waitUntilReady(logOffset, error);
}

ProsodyServer::LaunchResult ProsodyServer::waitUntilReady(qint64 logOffset, QString *error)
{
    // Prosody keeps running when a port is taken and only logs it, before "server-started".
    QFile log(m_layout->logFile);
    if (log.open(QIODevice::ReadOnly) && log.seek(logOffset)
        && log.readAll().contains("Failed to open server port")) {
        if (error)
            *error = failure(QStringLiteral("prosody could not bind its ports"));
        endProcess(true);
        return LaunchResult::PortInUse;
    }
    const QDeadlineTimer deadline(kReadyTimeoutMs);
    while (!answersStreamHeader()) {
        // waitForFinished doubles as the pause between probes and ends it early if Prosody dies.
        if (deadline.hasExpired() || m_process->waitForFinished(50)) {
            if (error)
                *error = failure(QStringLiteral("prosody does not answer a stream header on %1:%2")
                                     .arg(kLoopback)
                                     .arg(m_layout->c2sPort));
            endProcess(true);
            return LaunchResult::Failed;
        }
    }
    return LaunchResult::Ready;
}

bool ProsodyServer::answersStreamHeader() const
{
    return XmppTestServer::answersStreamHeader(m_layout->c2sPort, m_options.domain, 2000);
}

void ProsodyServer::endProcess(bool hard)
{
    endServerProcess(m_process, hard, 10000, "prosody");
}

QString ProsodyServer::failure(const QString &what) const
{
    QString text = what;
    if (!m_layout)
        return text;
    text += QStringLiteral("\n--- %1 (tail) ---\n%2").arg(m_layout->logFile, tailOfFile(m_layout->logFile, 40));
    const QString output = tailOfFile(m_layout->outputFile, 15);
    if (!output.trimmed().isEmpty())
        text += QStringLiteral("\n--- prosody's output (tail) ---\n") + output;
    return text;
}
