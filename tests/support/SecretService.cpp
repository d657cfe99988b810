#include "SecretService.h"

#include "TestLogging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace {

constexpr int kReadyTimeoutMs = 20000;
constexpr int kStopTimeoutMs = 5000;
const QString kSecretsName = QStringLiteral("org.freedesktop.secrets");
const QString kSecretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString kCollectionInterface = QStringLiteral("org.freedesktop.Secret.Collection");
const char kAddressVariable[] = "DBUS_SESSION_BUS_ADDRESS";

// A session bus that only listens on our socket: no <servicedir>, so no D-Bus activation.
// (The standard session config would activate gnome-keyring on demand, locked, in the
// environment of the bus, i.e. of this test.)
QString busConfig(const QString &socketPath)
{
    return QStringLiteral(
                   "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig>\n"
                   "  <type>session</type>\n"
                   "  <listen>unix:path=%1</listen>\n"
                   "  <auth>EXTERNAL</auth>\n"
                   "  <policy context=\"default\">\n"
                   "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                   "    <allow eavesdrop=\"true\"/>\n"
                   "    <allow own=\"*\"/>\n"
                   "  </policy>\n"
                   "</busconfig>\n")
            .arg(socketPath.toHtmlEscaped());
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void endProcess(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(kStopTimeoutMs)) {
            qCWarning(lcLinnetTest) << process->program() << "ignored SIGTERM; killing it";
            process->kill();
            process->waitForFinished(kStopTimeoutMs);
        }
    }
    process.reset();
}

}  // namespace

// Waits, in an event loop, until the Secret Service is on the bus with an unlocked default
// collection. Re-checks whenever something that could change that happens: the name gets an
// owner, a collection is created or changes. Gives up when the daemon exits or time runs out.
class KeyringReadiness : public QObject
{
    Q_OBJECT
public:
    KeyringReadiness(const QDBusConnection &bus, QProcess *daemon)
        : m_bus(bus)
        , m_watcher(kSecretsName, bus, QDBusServiceWatcher::WatchForRegistration)
    {
        connect(&m_watcher, &QDBusServiceWatcher::serviceRegistered, this, &KeyringReadiness::check);
        // Any sender: the signals come from the name's unique owner.
        m_bus.connect(QString(), kSecretsPath, kServiceInterface, QStringLiteral("CollectionCreated"), this,
                      SLOT(check()));
        m_bus.connect(QString(), kSecretsPath, kServiceInterface, QStringLiteral("CollectionChanged"), this,
                      SLOT(check()));
        connect(daemon, &QProcess::finished, &m_loop, [this] {
            m_state = QStringLiteral("gnome-keyring-daemon exited");
            m_loop.quit();
        });
    }

    bool wait(int timeoutMs, QString *state)
    {
        QTimer::singleShot(timeoutMs, &m_loop, &QEventLoop::quit);
        check();  // after subscribing: nothing can slip between the check and the wait
        if (!m_ready)
            m_loop.exec();
        *state = m_state;
        return m_ready;
    }

public Q_SLOTS:
    void check()
    {
        if (m_ready)
            return;
        if (!m_bus.interface()->isServiceRegistered(kSecretsName)) {
            m_state = QStringLiteral("%1 is not on the bus").arg(kSecretsName);
            return;
        }
        QDBusMessage readAlias =
                QDBusMessage::createMethodCall(kSecretsName, kSecretsPath, kServiceInterface, QStringLiteral("ReadAlias"));
        readAlias << QStringLiteral("default");
        const QDBusReply<QDBusObjectPath> alias = m_bus.call(readAlias, QDBus::Block, 5000);
        if (!alias.isValid() || alias.value().path() == QLatin1String("/")) {
            m_state = QStringLiteral("no default collection yet (%1)").arg(alias.error().message());
            return;
        }
        QDBusMessage getLocked = QDBusMessage::createMethodCall(kSecretsName, alias.value().path(),
                                                                QStringLiteral("org.freedesktop.DBus.Properties"),
                                                                QStringLiteral("Get"));
        getLocked << kCollectionInterface << QStringLiteral("Locked");
        const QDBusReply<QDBusVariant> locked = m_bus.call(getLocked, QDBus::Block, 5000);
        if (!locked.isValid() || locked.value().variant().toBool()) {
            m_state = QStringLiteral("the default collection %1 is locked (%2)")
                              .arg(alias.value().path(), locked.error().message());
            return;
        }
        m_ready = true;
        m_loop.quit();
    }

private:
    QDBusConnection m_bus;
    QDBusServiceWatcher m_watcher;
    QEventLoop m_loop;
    bool m_ready = false;
    QString m_state = QStringLiteral("not checked");
};

SecretService::SecretService()
    : SecretService(Options{})
{
}

SecretService::SecretService(Options options)
    : m_options(std::move(options))
{
}

SecretService::~SecretService()
{
    stop();
    if (m_dir && !m_dir->autoRemove())
        qCInfo(lcLinnetTest) << "kept the Secret Service directory" << m_dir->path();
}

bool SecretService::start(QString *error)
{
    if (isRunning())
        return true;
    stop();  // a daemon of an earlier, failed start
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/linnet-secrets-XXXXXX"));
        if (!m_dir->isValid()) {
            if (error)
                *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
            m_dir.reset();
            return false;
        }
        m_dir->setAutoRemove(!qEnvironmentVariableIsSet("LINNET_KEEP_SECRET_SERVICE"));
    }
    if (!startBus(error) || (m_options.keyring && !startKeyring(error))) {
        stop();
        return false;
    }
    if (m_options.exportAddress) {
        if (!m_exported) {
            m_hadAddress = qEnvironmentVariableIsSet(kAddressVariable);
            m_previousAddress = qgetenv(kAddressVariable);
            m_exported = true;
        }
        qputenv(kAddressVariable, m_address.toUtf8());
    }
    qCDebug(lcLinnetTest) << "secret service ready:" << m_address << (m_options.keyring ? "with" : "without")
                          << "gnome-keyring, in" << m_dir->path();
    return true;
}

void SecretService::stop()
{
    endProcess(m_keyring);
    endProcess(m_bus);
    m_address.clear();
    if (m_exported) {
        if (m_hadAddress)
            qputenv(kAddressVariable, m_previousAddress);
        else
            qunsetenv(kAddressVariable);
        m_exported = false;
    }
}

bool SecretService::isRunning() const
{
    return m_bus && m_bus->state() != QProcess::NotRunning
            && (!m_options.keyring || (m_keyring && m_keyring->state() != QProcess::NotRunning));
}

QString SecretService::busAddress() const { return m_address; }
QString SecretService::directory() const { return m_dir ? m_dir->path() : QString(); }

QString SecretService::log() const
{
    if (!m_dir)
        return {};
    return QStringLiteral("--- dbus-daemon:\n%1--- gnome-keyring-daemon:\n%2")
            .arg(readFile(m_dir->filePath(QStringLiteral("bus.log"))),
                 readFile(m_dir->filePath(QStringLiteral("keyring.log"))));
}

QString SecretService::failure(const QString &what) const
{
    return what + QLatin1Char('\n') + log();
}

bool SecretService::startBus(QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (program.isEmpty()) {
        if (error)
            *error = QStringLiteral("dbus-daemon not found in PATH (run the tests with ./dev)");
        return false;
    }
    const QString socketPath = m_dir->filePath(QStringLiteral("bus"));
    if (socketPath.toLocal8Bit().size() >= 100) {  // sun_path holds 108 bytes
        if (error)
            *error = QStringLiteral("the bus socket path %1 is too long (set TMPDIR to a shorter directory)").arg(socketPath);
        return false;
    }
    QFile::remove(socketPath);
    const QString configPath = m_dir->filePath(QStringLiteral("bus.conf"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate) || config.write(busConfig(socketPath).toUtf8()) < 0) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(configPath, config.errorString());
        return false;
    }
    config.close();

    m_bus = std::make_unique<QProcess>();
    m_bus->setStandardInputFile(QProcess::nullDevice());
    m_bus->setStandardErrorFile(m_dir->filePath(QStringLiteral("bus.log")));
    m_bus->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    // It prints the address once it listens: that line is the readiness signal.
    m_bus->start(program, {QStringLiteral("--config-file=") + configPath, QStringLiteral("--nofork"),
                           QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1")});
    const QDeadlineTimer deadline(kReadyTimeoutMs);
    if (!m_bus->waitForStarted(int(deadline.remainingTime()))) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(program, m_bus->errorString());
        return false;
    }
    while (!m_bus->canReadLine()) {
        if (deadline.hasExpired() || !m_bus->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (error)
                *error = failure(m_bus->state() == QProcess::NotRunning
                                         ? QStringLiteral("dbus-daemon exited during start-up (code %1)").arg(m_bus->exitCode())
                                         : QStringLiteral("dbus-daemon printed no address within %1 s").arg(kReadyTimeoutMs / 1000));
            return false;
        }
    }
    m_address = QString::fromUtf8(m_bus->readLine()).trimmed();
    return !m_address.isEmpty();
}

bool SecretService::startKeyring(QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (program.isEmpty()) {
        if (error)
            *error = QStringLiteral("gnome-keyring-daemon not found in PATH (run the tests with ./dev)");
        return false;
    }
    // The daemon's whole world is under the temp dir: the keyring files (XDG_DATA_HOME/keyrings),
    // its control socket (XDG_RUNTIME_DIR/keyring) and whatever it might cache or configure.
    const QDir dir(m_dir->path());
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString runtime = dir.filePath(QStringLiteral("run"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH", QStringLiteral("/usr/bin:/bin")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QString::fromLatin1(kAddressVariable), m_address);
    const QStringList dirs = {env.value(QStringLiteral("XDG_DATA_HOME")), env.value(QStringLiteral("XDG_CONFIG_HOME")),
                              env.value(QStringLiteral("XDG_CACHE_HOME")), runtime};
    for (const QString &path : dirs) {
        if (!QDir().mkpath(path)) {
            if (error)
                *error = QStringLiteral("cannot create %1").arg(path);
            return false;
        }
    }
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProcessEnvironment(env);
    m_keyring->setWorkingDirectory(home);
    m_keyring->setProcessChannelMode(QProcess::MergedChannels);
    m_keyring->setStandardOutputFile(dir.filePath(QStringLiteral("keyring.log")));
    m_keyring->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    // --unlock reads the login keyring's password from stdin up to EOF and creates that
    // keyring if there is none; --foreground keeps the daemon our child.
    m_keyring->start(program, {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                               QStringLiteral("--components=secrets")});
    if (!m_keyring->waitForStarted(kReadyTimeoutMs)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(program, m_keyring->errorString());
        return false;
    }
    m_keyring->write(m_options.keyringPassword.toUtf8());
    m_keyring->closeWriteChannel();
    return waitForKeyring(error);
}

bool SecretService::waitForKeyring(QString *error)
{
    m_connectionName = QStringLiteral("linnet-secret-service-%1").arg(quintptr(this), 0, 16);
    bool ready = false;
    QString state;
    {
        const QDBusConnection bus = QDBusConnection::connectToBus(m_address, m_connectionName);
        if (!bus.isConnected()) {
            state = QStringLiteral("cannot connect to the bus: %1").arg(bus.lastError().message());
        } else {
            KeyringReadiness readiness(bus, m_keyring.get());
            ready = readiness.wait(kReadyTimeoutMs, &state);
        }
    }
    QDBusConnection::disconnectFromBus(m_connectionName);
    if (!ready && error)
        *error = failure(QStringLiteral("gnome-keyring is not ready: %1").arg(state));
    return ready;
}

#include "SecretService.moc"
