// Small text helpers the server fixtures share: random names for nodes and cookies, and the
// tail of a server's log for a failure message.
#pragma once

#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace linnet::test {

// Lower-case letters and digits: valid in an Erlang node name, a cookie or a file name.
inline QString randomToken(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    for (int i = 0; i < length; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return token;
}

// The last `lines` lines of a file, read from byte `from` on (what this run of a server wrote).
inline QString tailOfFile(const QString &path, int lines, qint64 from = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(qMin(from, file.size())))
        return {};
    QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    while (!all.isEmpty() && all.last().isEmpty())
        all.removeLast();
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

}  // namespace linnet::test
