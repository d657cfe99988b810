#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QThread>
#include <QUrl>

Q_LOGGING_CATEGORY(lcInstance, "linnet.instance", QtInfoMsg)

// The wire: the starting process writes "linnet-open <percent-encoded URI>\n"; the running one
// answers one line and closes.
namespace {
constexpr QByteArrayView Greeting = "linnet-open ";
constexpr int TimeoutMs = 5000;  // a running instance answers from its event loop at once

// The socket in the profile directory, or (paths too long for a Unix socket: ~107 bytes) a
// name derived from it in the temp directory.
QString socketNameFor(const QString &profileDir)
{
    const QString path = QDir(profileDir).absoluteFilePath(QStringLiteral("linnet.socket"));
    if (path.toLocal8Bit().size() < 100)
        return path;
    return QStringLiteral("linnet-")
        + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}
}  // namespace

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_name(socketNameFor(profileDir))
    , m_lock(QDir(profileDir).absoluteFilePath(QStringLiteral("linnet.lock")))
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const QString &uri, QString *answer)
{
    // The lock decides who is first, also for two starts at the same moment; a crashed run's
    // lock (its process gone) is taken over.
    if (m_lock.tryLock(0))
        return false;
    // Blocking, but before the window exists. The other one may still be starting: it takes
    // the lock before it listens, so the socket may take a moment to appear.
    QLocalSocket socket;
    QDeadlineTimer deadline(TimeoutMs);
    for (;;) {
        socket.connectToServer(m_name);
        if (socket.waitForConnected(TimeoutMs))
            break;
        if (deadline.hasExpired()) {
            qCWarning(lcInstance).noquote() << "A Linnet holds this profile but does not listen on" << m_name;
            return false;
        }
        QThread::msleep(50);
    }
    socket.write(Greeting.toByteArray() + QUrl::toPercentEncoding(uri) + '\n');
    if (!socket.waitForBytesWritten(TimeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(TimeoutMs)) {
            qCWarning(lcInstance).noquote() << "A Linnet runs on this profile but did not answer:" << socket.errorString();
            return false;
        }
    }
    *answer = QString::fromUtf8(socket.readLine()).trimmed();
    return true;
}

bool SingleInstance::listen()
{
    if (!m_lock.isLocked() && !m_lock.tryLock(0)) {
        qCWarning(lcInstance).noquote() << "Another Linnet holds" << m_lock.fileName() << "(later starts go to it)";
        return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // The profile is ours, so a socket file left there is a crashed run's.
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        qCWarning(lcInstance).noquote() << "Cannot listen on" << m_name << ":" << m_server->errorString()
                                        << "(later starts will not hand over their links)";
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (auto *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    qCDebug(lcInstance).noquote() << "Listening on" << m_name;
    return true;
}

void SingleInstance::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > 64 * 1024)  // not a Linnet: no line that long
                socket->abort();
            return;
        }
        QByteArray line = socket->readLine();
        line.chop(1);  // the newline only: "linnet-open " with nothing after is a plain start
        QString reply = QStringLiteral("ignored");
        if (line.startsWith(Greeting)) {
            const QString uri = QUrl::fromPercentEncoding(line.mid(Greeting.size()));
            qCInfo(lcInstance).noquote() << "Another start handed over" << (uri.isEmpty() ? QStringLiteral("nothing (to the front)") : uri);
            Q_EMIT received(uri, &reply);
        }
        socket->write(reply.toUtf8() + '\n');
        socket->disconnectFromServer();
    });
}
