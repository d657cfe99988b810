#include "NotifySocket.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace linnet::test {

NotifySocket::~NotifySocket()
{
    close();
}

bool NotifySocket::bind(const QString &path, QString *error)
{
    close();
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (native.size() >= static_cast<qsizetype>(sizeof(address.sun_path))) {
        if (error)
            *error = QStringLiteral("notify socket path too long: %1").arg(path);
        return false;
    }
    std::memcpy(address.sun_path, native.constData(), native.size());
    ::unlink(native.constData());
    m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        if (error)
            *error = QStringLiteral("cannot bind the notify socket %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        close();
        return false;
    }
    m_path = path;
    return true;
}

void NotifySocket::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_path.isEmpty())
        ::unlink(QFile::encodeName(m_path).constData());
    m_path.clear();
}

QByteArray NotifySocket::receive(int timeoutMs)
{
    if (m_fd < 0)
        return {};
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0 || !(p.revents & POLLIN))
        return {};
    char buffer[512];
    const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), MSG_DONTWAIT);
    return n > 0 ? QByteArray(buffer, static_cast<qsizetype>(n)) : QByteArray();
}

}  // namespace linnet::test
