#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>

namespace bench {
namespace {

// Socket inodes in LISTEN state (st 0A) on the port, from a /proc/net/tcp-style table:
// "sl local_address rem_address st ... uid timeout inode", addresses as HEXADDR:HEXPORT.
QSet<QByteArray> listeningInodes(const QString &table, quint16 port)
{
    QSet<QByteArray> inodes;
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly))
        return inodes;
    file.readLine();  // header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < 10 || fields.at(3) != "0A")
            continue;
        bool ok = false;
        const uint localPort = fields.at(1).mid(fields.at(1).lastIndexOf(':') + 1).toUInt(&ok, 16);
        if (ok && localPort == port)
            inodes.insert(fields.at(9));
    }
    return inodes;
}

}  // namespace

qint64 listeningProcess(quint16 port)
{
    const QSet<QByteArray> inodes = listeningInodes(QStringLiteral("/proc/net/tcp"), port)
                                    | listeningInodes(QStringLiteral("/proc/net/tcp6"), port);
    if (inodes.isEmpty())
        return -1;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QDir fds(proc.filePath(entry + QStringLiteral("/fd")));
        for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
            const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
            // "socket:[12345]": symLinkTarget() resolves it against the fd directory.
            const qsizetype open = target.lastIndexOf(QStringLiteral("socket:["));
            if (open >= 0 && inodes.contains(target.mid(open + 8).chopped(1).toLatin1()))
                return pid;
        }
    }
    return -1;
}

}  // namespace bench
