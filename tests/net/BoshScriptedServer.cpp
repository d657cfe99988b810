#include "BoshScriptedServer.h"

#include "BoshProxy.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>

BoshScriptedServer::BoshScriptedServer(const QString &certificateFile, const QString &keyFile, QObject *parent)
    : QObject(parent)
{
    auto ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(QSslCertificate::fromPath(certificateFile));
    QFile key(keyFile);
    if (key.open(QIODevice::ReadOnly)) {
        const QByteArray pem = key.readAll();
        QSslKey ec(pem, QSsl::Ec);  // TestCertificates makes EC keys
        ssl.setPrivateKey(ec.isNull() ? QSslKey(pem, QSsl::Rsa) : ec);
    }
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(ssl);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &BoshScriptedServer::accept);
    m_clock.start();
}

bool BoshScriptedServer::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server.errorString();
    return false;
}

QByteArray BoshScriptedServer::body(const QByteArray &attributes, const QByteArray &payload)
{
    return "<body xmlns='http://jabber.org/protocol/httpbind' xmlns:stream='http://etherx.jabber.org/streams' "
        + attributes + '>' + payload + "</body>";
}

BoshScriptedServer::Request *BoshScriptedServer::pending(quint64 rid)
{
    for (Request &request : m_requests) {
        if (request.rid == rid && !request.answered)
            return &request;
    }
    return nullptr;
}

void BoshScriptedServer::answer(quint64 rid, const QByteArray &body, int status)
{
    const QByteArray content = status == 200 ? body : QByteArray();
    for (Request &request : m_requests) {
        if (request.rid != rid || request.answered)
            continue;
        request.answered = true;
        if (request.socket) {
            request.socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
                                  + "\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: "
                                  + QByteArray::number(content.size()) + "\r\n\r\n" + content);
        }
    }
}

void BoshScriptedServer::accept()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { readable(socket); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        readable(socket);
    }
}

void BoshScriptedServer::readable(QSslSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    QByteArray body;
    while (const qsizetype length = BoshProxy::httpMessage(buffer, &body)) {
        buffer.remove(0, length);
        const quint64 rid = BoshProxy::ridOf(body);
        m_requests.append({rid, body, m_clock.elapsed(), socket, false});
        if (m_autoAnswer)  // no sid: BoshTransport refuses a body of another session
            answer(rid, BoshScriptedServer::body({}));
        Q_EMIT requestArrived(rid);
    }
}
