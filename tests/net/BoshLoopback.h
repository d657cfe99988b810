// What the StreamBridge does for a message transport, without its framer, for the BOSH tests:
// QXmpp on one side of a loopback socket, the transport on the other.
#pragma once

#include "net/MessageTransport.h"

#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace BoshTest {

class Loopback : public QObject
{
public:
    explicit Loopback(MessageTransport *transport)
        : m_transport(transport)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_transport->send(m_socket->readAll()); });
            connect(m_socket, &QTcpSocket::disconnected, m_transport, &MessageTransport::close);
        });
        connect(transport, &MessageTransport::received, this, [this](const QByteArray &bytes) {
            if (m_socket)
                m_socket->write(bytes);
        });
        const auto end = [this] {
            if (m_socket)
                m_socket->disconnectFromHost();
        };
        connect(transport, &MessageTransport::closed, this, end);
        connect(transport, &MessageTransport::failed, this, end);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    MessageTransport *m_transport;
    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
};

}  // namespace BoshTest
