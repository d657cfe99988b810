// Scripted hostile servers for tst_hostiletransports: a wss:// endpoint and an https:// BOSH
// connection manager on 127.0.0.1, each with TestCertificates' server certificate, whose every
// answer the test writes (or withholds). Header-only: they are small and used by one test.
#pragma once

#include "TestCertificates.h"

#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

namespace Hostile {
using namespace Qt::StringLiterals;

inline bool serverTls(const linnet::test::CertificateFiles &certs, QSslConfiguration *ssl)
{
    QFile certFile(certs.serverCertificate), keyFile(certs.serverKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    *ssl = QSslConfiguration::defaultConfiguration();
    ssl->setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    ssl->setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));  // TestCertificates makes P-256 keys
    ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
    return true;
}

// wss://: onMessage sees each text message of each client (and may answer on that socket).
struct WebSocketServer {
    QWebSocketServer server{u"linnet-hostile"_s, QWebSocketServer::SecureMode};
    QList<QPointer<QWebSocket>> clients;
    QStringList messages;  // from every client, in order
    std::function<void(QWebSocket *, const QString &)> onMessage;

    bool start(const linnet::test::CertificateFiles &certs)
    {
        QSslConfiguration ssl;
        if (!serverTls(certs, &ssl))
            return false;
        server.setSslConfiguration(ssl);
        server.setSupportedSubprotocols({u"xmpp"_s});
        QObject::connect(&server, &QWebSocketServer::newConnection, &server, [this] {
            while (QWebSocket *client = server.nextPendingConnection()) {
                clients.append(client);
                QObject::connect(client, &QWebSocket::textMessageReceived, &server, [this, client](const QString &m) {
                    messages.append(m);
                    if (onMessage)
                        onMessage(client, m);
                });
            }
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &host = u"linnet.test"_s) const
    {
        return QUrl(u"wss://%1:%2/xmpp-websocket"_s.arg(host).arg(server.serverPort()));
    }
    // Answers the client's <open/> with the server's and (empty) features, as Prosody does.
    static void answerOpen(QWebSocket *client, const QString &message)
    {
        if (!message.startsWith("<open"_L1))
            return;
        client->sendTextMessage(u"<open xmlns='urn:ietf:params:xml:ns:xmpp-framing' from='linnet.test' id='h1' version='1.0'/>"_s);
        client->sendTextMessage(u"<stream:features xmlns:stream='http://etherx.jabber.org/streams'/>"_s);
    }
};

// https:// BOSH: every POST (headers + Content-Length body) goes to onRequest, which returns the
// raw HTTP response to write, or an empty array to hold the request (never answered).
struct HttpsServer {
    QSslServer server;
    QList<QByteArray> bodies;  // every request body, in order
    std::function<QByteArray(const QByteArray &body, int index)> onRequest;
    QHash<QSslSocket *, QByteArray> buffers;

    bool start(const linnet::test::CertificateFiles &certs)
    {
        QSslConfiguration ssl;
        if (!serverTls(certs, &ssl))
            return false;
        server.setSslConfiguration(ssl);
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(server.nextPendingConnection()))
                QObject::connect(socket, &QIODevice::readyRead, &server, [this, socket] { readable(socket); });
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"https://linnet.test:%1/http-bind"_s.arg(server.serverPort())); }

    void readable(QSslSocket *socket)
    {
        QByteArray &buffer = buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            const QByteArray body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            bodies.append(body);
            const QByteArray response = onRequest ? onRequest(body, int(bodies.size() - 1)) : QByteArray();
            if (!response.isEmpty())
                socket->write(response);
        }
    }

    static QByteArray response(const QByteArray &body, int status = 200,
                               const QByteArray &contentType = "text/xml; charset=utf-8")
    {
        return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") + "\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    // A session creation response (XEP-0124 7.1 / XEP-0206).
    static QByteArray sessionCreated(const QByteArray &sid = "s1")
    {
        return "<body xmlns='http://jabber.org/protocol/httpbind' xmlns:xmpp='urn:xmpp:xbosh' xmlns:stream="
               "'http://etherx.jabber.org/streams' sid='" + sid + "' wait='1' requests='2' hold='1' inactivity='30' "
               "polling='1' from='linnet.test' ver='1.11' xmpp:version='1.0'><stream:features/></body>";
    }
};
}  // namespace Hostile
