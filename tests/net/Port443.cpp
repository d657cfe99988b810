#include "Port443.h"

#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

Port443::Port443(QObject *parent)
    : QObject(parent)
{
}

Port443::~Port443()
{
    close();
}

void Port443::close()
{
    delete m_server;
    m_server = nullptr;
}

bool Port443::listen(QTcpServer *server, QString *error)
{
    close();
    m_server = server;
    if (server->listen(QHostAddress::LocalHost, Port))
        return true;
    if (error)
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(Port).arg(server->errorString());
    close();
    return false;
}

bool Port443::serve(const QString &certificateFile, const QString &keyFile, QString *error)
{
    QFile keyIn(keyFile);
    const auto certificates = QSslCertificate::fromPath(certificateFile);
    const QByteArray pem = keyIn.open(QIODevice::ReadOnly) ? keyIn.readAll() : QByteArray();
    QSslKey key(pem, QSsl::Ec);  // TestCertificates makes P-256 keys
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (certificates.isEmpty() || key.isNull()) {
        if (error)
            *error = QStringLiteral("cannot read %1 or %2").arg(certificateFile, keyFile);
        return false;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(certificates);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);  // the client shows no certificate

    auto *server = new QSslServer(this);
    server->setSslConfiguration(ssl);
    connect(server, &QSslServer::pendingConnectionAvailable, this, [this, server] {
        while (auto *socket = qobject_cast<QSslSocket *>(server->nextPendingConnection()))
            answer(socket);
    });
    // A refused handshake (the client did not trust us) is what some tests want: just drop it.
    connect(server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        socket->deleteLater();
    });
    return listen(server, error);
}

void Port443::answer(QSslSocket *socket)
{
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        // One request per connection: enough for QNetworkAccessManager with Connection: close.
        const QByteArray head = socket->peek(16 * 1024);
        if (!head.contains("\r\n\r\n"))
            return;
        socket->readAll();
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QString path = requestLine.size() >= 2 ? QString::fromLatin1(requestLine.at(1)) : QString();
        m_paths.append(path);
        const Response response = m_responses.value(path, Response{404, "text/plain", "not found"});
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
        if (!response.contentType.isEmpty())
            out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
        socket->write(QByteArray(out + response.body));
        socket->disconnectFromHost();
    });
}

bool Port443::forwardTo(quint16 port, QString *error)
{
    m_forwardPort = port;
    auto *server = new QTcpServer(this);
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] {
        while (QTcpSocket *client = server->nextPendingConnection())
            forward(client);
    });
    return listen(server, error);
}

void Port443::forward(QTcpSocket *client)
{
    auto *upstream = new QTcpSocket(client);
    QPointer<QTcpSocket> guardedUpstream(upstream);
    // Writes before the upstream connection is up are buffered by Qt and sent once it is.
    connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, client, [client, guardedUpstream] {
        if (guardedUpstream)
            guardedUpstream->disconnectFromHost();
        client->deleteLater();
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_forwardPort);
}
