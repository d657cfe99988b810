#include "BoshProxy.h"

#include <QFile>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslSocket>

struct BoshProxy::Link {
    QSslSocket *client = nullptr;
    QSslSocket *upstream = nullptr;
    QByteArray fromClient;
    QByteArray fromUpstream;
    QByteArray pendingUpstream;  // written once the upstream handshake is done
    QByteArray requestBody;      // of the request being answered
    quint64 rid = 0;
    bool awaitingResponse = false;
};

qsizetype BoshProxy::httpMessage(const QByteArray &buffer, QByteArray *body)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return 0;
    static const QRegularExpression lengthHeader(QStringLiteral("(?im)^content-length:\\s*(\\d+)"));
    const auto match = lengthHeader.match(QString::fromLatin1(buffer.first(headerEnd)));
    const qsizetype length = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (buffer.size() < headerEnd + 4 + length)
        return 0;
    *body = buffer.mid(headerEnd + 4, length);
    return headerEnd + 4 + length;
}

quint64 BoshProxy::ridOf(const QByteArray &body)
{
    static const QRegularExpression rid(QStringLiteral("rid=['\"](\\d+)['\"]"));
    return rid.match(QString::fromUtf8(body)).captured(1).toULongLong();
}

BoshProxy::BoshProxy(const QString &certificateFile, const QString &keyFile, const QString &upstreamName,
                     quint16 upstreamPort, const QList<QSslCertificate> &upstreamCas, QObject *parent)
    : QObject(parent)
    , m_upstreamName(upstreamName)
    , m_upstreamPort(upstreamPort)
    , m_upstreamCas(upstreamCas)
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
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &BoshProxy::accept);
}

BoshProxy::~BoshProxy()
{
    for (Link *link : std::as_const(m_links)) {
        if (link->client)
            link->client->disconnect(this);
        link->upstream->disconnect(this);
        delete link;
    }
}

bool BoshProxy::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server.errorString();
    return false;
}

void BoshProxy::accept()
{
    while (m_server.hasPendingConnections()) {
        auto *link = new Link;
        m_links << link;
        link->client = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        link->upstream = new QSslSocket(this);
        auto ssl = link->upstream->sslConfiguration();
        ssl.setCaCertificates(m_upstreamCas);
        link->upstream->setSslConfiguration(ssl);
        connect(link->client, &QSslSocket::readyRead, this, [this, link] { clientReadable(link); });
        connect(link->client, &QSslSocket::disconnected, this, [this, link] { finish(link); });
        connect(link->upstream, &QSslSocket::readyRead, this, [this, link] { upstreamReadable(link); });
        connect(link->upstream, &QSslSocket::disconnected, this, [this, link] { finish(link); });
        connect(link->upstream, &QSslSocket::encrypted, this, [link] {
            link->upstream->write(std::exchange(link->pendingUpstream, {}));
        });
        link->upstream->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_upstreamPort, m_upstreamName);
        clientReadable(link);
    }
}

void BoshProxy::clientReadable(Link *link)
{
    link->fromClient += link->client->readAll();
    QByteArray body;
    while (!link->awaitingResponse) {
        const qsizetype length = httpMessage(link->fromClient, &body);
        if (length == 0)
            return;
        const QByteArray message = link->fromClient.first(length);
        link->fromClient.remove(0, length);
        link->rid = ridOf(body);
        link->requestBody = body;
        link->awaitingResponse = true;
        m_seen.append({link->rid, body});
        m_maxConcurrent = qMax(m_maxConcurrent, ++m_concurrent);
        if (link->upstream->isEncrypted()) {
            link->upstream->write(message);
        } else if (link->upstream->state() == QAbstractSocket::UnconnectedState) {
            // The server closed this keep-alive connection: the client sends it elsewhere.
            link->awaitingResponse = false;
            --m_concurrent;
            link->client->abort();
            return;
        } else {
            link->pendingUpstream += message;
        }
    }
}

void BoshProxy::upstreamReadable(Link *link)
{
    link->fromUpstream += link->upstream->readAll();
    QByteArray body;
    const qsizetype length = httpMessage(link->fromUpstream, &body);
    if (length == 0 || !link->awaitingResponse)
        return;
    const QByteArray message = link->fromUpstream.first(length);
    link->fromUpstream.remove(0, length);
    link->awaitingResponse = false;
    --m_concurrent;
    const auto matches = [](QList<QByteArray> &markers, const QByteArray &text) {
        for (qsizetype i = 0; i < markers.size(); ++i) {
            if (text.contains(markers.at(i))) {
                markers.removeAt(i);
                return true;
            }
        }
        return false;
    };
    const bool dropWhole = matches(m_dropRequestMarkers, link->requestBody);
    const bool dropTail = !dropWhole && matches(m_dropResponseMarkers, body);
    if (dropWhole || dropTail) {
        // The server acted on the request; its answer is lost. Nothing of it arrives (Qt then
        // sends the request again by itself), or its first bytes do (the transport must).
        ++m_dropped;
        const quint64 rid = link->rid;
        link->upstream->abort();
        if (dropTail) {
            link->client->write(message.first(message.indexOf("\r\n\r\n") + 4 + 5));
            link->client->disconnectFromHost();
        } else {
            link->client->abort();
        }
        Q_EMIT responseDropped(rid);
        return;
    }
    link->client->write(message);
    clientReadable(link);  // a request that waited behind this one
}

void BoshProxy::finish(Link *link)
{
    if (link->awaitingResponse) {
        link->awaitingResponse = false;
        --m_concurrent;
    }
    if (link->client->state() != QAbstractSocket::UnconnectedState)
        link->client->disconnectFromHost();
    if (link->upstream->state() != QAbstractSocket::UnconnectedState)
        link->upstream->disconnectFromHost();
}
