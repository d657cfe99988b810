#include "RabbitMqServer.h"

#include "FixtureText.h"
#include "Epmd.h"
#include "NotifySocket.h"
#include "RabbitMqFiles.h"
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

// An Erlang VM boots in ~3 s on an idle machine, ten times slower on a loaded one.
constexpr int kReadyTimeoutMs = 120000;
constexpr int kPortAttempts = 5;
const QString kLoopback = QStringLiteral("127.0.0.1");

bool writeFile(const QString &path, const QByteArray &data, QString *error, QFileDevice::Permissions permissions = {})
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (permissions)
        QFile::setPermissions(path, permissions);
    return true;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

}  // namespace

RabbitMqServer::RabbitMqServer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    // Fixed for the server's life: the data directory belongs to the node name.
    , m_nodeName(QStringLiteral("linnet-%1@localhost").arg(randomToken(8)))
    , m_cookie(randomToken(24))
    , m_anonymousPassword(randomToken(16))
{
}

RabbitMqServer::~RabbitMqServer()
{
    endProcess(false);
    m_epmd.reset();
    if (m_dir && !m_dir->autoRemove())
        qCInfo(lcLinnetTest) << "kept the RabbitMQ directory" << m_dir->path();
}

bool RabbitMqServer::start(QString *error)
{
    if (isRunning())
        return true;
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    if (!m_layout) {
        ok = prepare(error);
        for (int attempt = 1; ok && attempt <= kPortAttempts; ++attempt) {
            const QList<quint16> ports = pickFreeLoopbackPorts(2);
            if (ports.isEmpty()) {
                setError(error, QStringLiteral("no free loopback port"));
                return false;
            }
            m_layout->amqpsPort = ports[0];
            m_layout->distPort = ports[1];
            if (!writeFile(m_layout->configFile, rabbitmqConfig(m_options, *m_layout, m_anonymousPassword).toUtf8(), error))
                return false;
            const LaunchResult result = launch(error);
            if (result != LaunchResult::PortInUse) {
                ok = result == LaunchResult::Ready;
                break;
            }
            qCInfo(lcLinnetTest) << "a port was taken before RabbitMQ could bind it; trying new ones";
            ok = attempt < kPortAttempts;
        }
    } else {
        ok = (!m_epmd || m_epmd->start(m_layout->epmdOutputFile, error)) && launch(error) == LaunchResult::Ready;
    }
    if (ok)
        qCDebug(lcLinnetTest) << "RabbitMQ" << m_nodeName << "ready on port" << port() << "after" << timer.elapsed() << "ms";
    return ok;
}

void RabbitMqServer::stop() { endProcess(false); }

bool RabbitMqServer::kill()
{
    const bool wasRunning = isRunning();
    endProcess(true);
    return wasRunning;
}

bool RabbitMqServer::restart(QString *error)
{
    endProcess(false);
    return start(error);
}

bool RabbitMqServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString RabbitMqServer::host() const { return kLoopback; }
quint16 RabbitMqServer::port() const { return m_layout ? m_layout->amqpsPort : 0; }
QUrl RabbitMqServer::url() const { return QUrl(QStringLiteral("amqps://%1:%2").arg(kLoopback).arg(port())); }
QString RabbitMqServer::vhost() const { return m_options.vhost; }
const RabbitMqServer::Options &RabbitMqServer::options() const { return m_options; }
QString RabbitMqServer::anonymousUser() { return QStringLiteral("linnet-anonymous"); }

QString RabbitMqServer::queueAddress(const QString &queue)
{
    return QStringLiteral("/queues/") + QString::fromLatin1(QUrl::toPercentEncoding(queue));
}

QString RabbitMqServer::caCertificateFile() const { return m_layout ? m_layout->certificates.caCertificate : QString(); }
QList<QSslCertificate> RabbitMqServer::caCertificates() const { return m_caCertificates; }
QString RabbitMqServer::nodeName() const { return m_nodeName; }
QString RabbitMqServer::dataDir() const { return m_layout ? m_layout->dataDir : QString(); }
QString RabbitMqServer::logFile() const { return m_layout ? m_layout->logFile(m_nodeName) : QString(); }
QString RabbitMqServer::logTail(int lines) const { return m_layout ? tailOfFile(logFile(), lines) : QString(); }

bool RabbitMqServer::prepare(QString *error)
{
    if (rabbitmqServerProgram().isEmpty() || rabbitmqctlProgram().isEmpty()) {
        setError(error, QStringLiteral("rabbitmq-server is not installed (run the tests with ./dev)"));
        return false;
    }
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/linnet-rabbitmq-XXXXXX"));
    if (!dir->isValid()) {
        setError(error, QStringLiteral("cannot create a temporary directory: %1").arg(dir->errorString()));
        return false;
    }
    dir->setAutoRemove(!qEnvironmentVariableIsSet("LINNET_KEEP_RABBITMQ"));
    auto layout = std::make_unique<RabbitMqLayout>(dir->path());
    for (const QString &path : {layout->dataDir, layout->logDir, layout->certDir})
        QDir().mkpath(path);
    if (!makeCertificates(layout->certDir, {QStringLiteral("localhost"), QStringLiteral("linnet.test")}, {kLoopback},
                          &layout->certificates, error))
        return false;
    m_caCertificates = QSslCertificate::fromPath(layout->certificates.caCertificate);
    if (m_caCertificates.isEmpty()) {
        setError(error, QStringLiteral("cannot read the CA certificate %1").arg(layout->certificates.caCertificate));
        return false;
    }
    // Erlang refuses a cookie file others can read.
    if (!writeFile(layout->dir + QStringLiteral("/.erlang.cookie"), m_cookie.toLatin1(), error, QFileDevice::ReadOwner)
        || !writeFile(layout->pluginsFile, "[].\n", error)
        || !writeFile(layout->inetrcFile, rabbitmqInetrc(), error)
        // Holds the users' passwords: readable by the owner only, inside a private temp dir.
        || !writeFile(layout->definitionsFile, rabbitmqDefinitions(m_options, m_anonymousPassword), error,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    m_dir = std::move(dir);
    m_layout = std::move(layout);
    m_epmd = std::make_unique<Epmd>();
    return m_epmd->start(m_layout->epmdOutputFile, error);
}

RabbitMqServer::LaunchResult RabbitMqServer::launch(QString *error)
{
    m_notify = std::make_unique<NotifySocket>();
    if (!m_notify->bind(m_layout->notifySocket, error))
        return LaunchResult::Failed;
    m_logOffset = QFileInfo(logFile()).size();

    QProcessEnvironment env = rabbitmqEnvironment(*m_layout, m_nodeName, m_epmd->port());
    env.insert(QStringLiteral("NOTIFY_SOCKET"), m_layout->notifySocket);
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(m_layout->dir);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_layout->outputFile, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // The script exec's erl, which exec's beam.smp: the signal stays with the VM itself.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(rabbitmqServerProgram(), {});
    if (!m_process->waitForStarted(30000)) {
        setError(error, QStringLiteral("cannot start %1: %2").arg(rabbitmqServerProgram(), m_process->errorString()));
        endProcess(true);
        return LaunchResult::Failed;
    }
    qCDebug(lcLinnetTest) << "RabbitMQ" << m_nodeName << "pid" << m_process->processId() << "amqps" << m_layout->amqpsPort
                          << "dist" << m_layout->distPort << "epmd" << m_epmd->port() << "in" << m_layout->dir;
    return waitUntilReady(error);
}

RabbitMqServer::LaunchResult RabbitMqServer::waitUntilReady(QString *error)
{
    const QDeadlineTimer deadline(kReadyTimeoutMs);
    bool notified = false;
    while (!notified && !deadline.hasExpired()) {
        notified = m_notify->receive(100).contains("READY=1");
        // Without an event loop QProcess notices an exit only inside a waitFor call.
        if (!notified && (m_process->waitForFinished(0) || m_process->state() == QProcess::NotRunning))
            break;
    }
    while (notified && !tlsPortAccepts()) {
        if (deadline.hasExpired() || m_process->waitForFinished(50)) {
            notified = false;
            break;
        }
    }
    if (notified)
        return LaunchResult::Ready;
    const QString text = tailOfFile(logFile(), 200, m_logOffset) + tailOfFile(m_layout->outputFile, 50);
    const bool portTaken = text.contains(QLatin1String("eaddrinuse"));
    setError(error, failure(isRunning() ? QStringLiteral("RabbitMQ did not start within %1 s").arg(kReadyTimeoutMs / 1000)
                                        : QStringLiteral("RabbitMQ exited during start-up (code %1)").arg(m_process->exitCode())));
    endProcess(true);
    return portTaken ? LaunchResult::PortInUse : LaunchResult::Failed;
}

bool RabbitMqServer::tlsPortAccepts() const
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, m_layout->amqpsPort);
    const bool connected = probe.waitForConnected(1000);
    probe.abort();
    return connected;
}

void RabbitMqServer::endProcess(bool hard)
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            // The VM takes SIGTERM as an orderly shutdown (rabbit_prelaunch_sighandler).
            if (hard)
                m_process->kill();
            else
                m_process->terminate();
            if (!m_process->waitForFinished(60000)) {
                qCWarning(lcLinnetTest) << "RabbitMQ ignored SIGTERM for 60 s; killing it";
                m_process->kill();
                m_process->waitForFinished(10000);
            }
        }
        delete m_process;
        m_process = nullptr;
    }
    m_notify.reset();
}

QString RabbitMqServer::failure(const QString &what) const
{
    QString text = what;
    if (!m_layout)
        return text;
    text += QStringLiteral("\n--- %1 (tail) ---\n%2").arg(logFile(), tailOfFile(logFile(), 40, m_logOffset));
    const QString output = tailOfFile(m_layout->outputFile, 15);
    if (!output.trimmed().isEmpty())
        text += QStringLiteral("\n--- the VM's output (tail) ---\n") + output;
    return text;
}
