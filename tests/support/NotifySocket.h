// Receives the sd_notify datagrams ("READY=1") Prosody sends to $NOTIFY_SOCKET once it has
// loaded every host and opened its ports (util/startup.lua, event "server-started"). That is
// a readiness signal without polling the log or sleeping.
#pragma once

#include <QByteArray>
#include <QString>

namespace linnet::test {

class NotifySocket
{
public:
    NotifySocket() = default;
    ~NotifySocket();
    NotifySocket(const NotifySocket &) = delete;
    NotifySocket &operator=(const NotifySocket &) = delete;

    // A Unix datagram socket at path (which must be shorter than 108 bytes).
    bool bind(const QString &path, QString *error);
    void close();
    // Waits up to timeoutMs for one datagram; empty if none came.
    QByteArray receive(int timeoutMs);

private:
    int m_fd = -1;
    QString m_path;
};

}  // namespace linnet::test
