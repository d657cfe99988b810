// Helpers of the live files tests: a fixture Prosody (its upload.DOMAIN component serves
// XEP-0363 slots over https on 127.0.0.1 with the fixture CA), a plain QXmpp client as the
// account's session, and an UploadController wired to it through its Context.
#pragma once

#include "LiveTest.h"
#include "files/UploadController.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace UploadsLive {

struct Sent {
    QString peer;
    QUrl url;
};

// An UploadController for client whose "send" records what it would send.
inline std::unique_ptr<UploadController> controllerFor(QXmppClient *client, TransferTrust trust, QList<Sent> *sent)
{
    UploadController::Context context{[client] { return client; }, [trust] { return trust; },
                                      [sent](const QString &peer, const QUrl &url) {
                                          sent->append({peer, url});
                                          return true;
                                      }};
    return std::make_unique<UploadController>(std::move(context), nullptr);
}

inline TransferTrust fixtureTrust(const ProsodyServer &server)
{
    return TransferTrust{server.caCertificateFile(), {}};
}

// size random bytes in dir/name.
inline QString writeRandomFile(const QTemporaryDir &dir, const QString &name, qint64 size)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        const qint64 n = qMin<qint64>(left, chunk.size());
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        file.write(chunk.constData(), n);
        left -= n;
    }
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the URL serves, fetched with the fixture CA trusted (an independent client).
inline QByteArray download(const ProsodyServer &server, const QUrl &url, int *status = nullptr)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    auto ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(server.caCertificates());
    request.setSslConfiguration(ssl);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!done.wait(30000))
        return {};
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

// The SHA-256 of the certificate the https listener shows (what a user's pin would hold).
inline QByteArray httpsCertificateDigest(const ProsodyServer &server)
{
    QSslSocket socket;
    auto ssl = socket.sslConfiguration();
    ssl.setCaCertificates(server.caCertificates());
    socket.setSslConfiguration(ssl);
    socket.connectToHostEncrypted(server.host(), server.httpsPort());
    if (!socket.waitForEncrypted(15000))
        return {};
    return socket.peerCertificate().digest(QCryptographicHash::Sha256);
}

// Uploads path and waits for the end: the URL if it was uploaded, else empty (*error says why).
inline QUrl uploadAndWait(UploadController &uploads, const QString &peer, const QString &path, QString *error = nullptr)
{
    QSignalSpy uploaded(&uploads, &UploadController::uploaded);
    QSignalSpy failed(&uploads, &UploadController::failed);
    const int id = uploads.upload(peer, QUrl::fromLocalFile(path));
    if (id < 0)
        return {};
    if (!QTest::qWaitFor([&] { return uploaded.size() + failed.size() > 0; }, 60000))
        return {};
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.constFirst().at(1).toString();
        return {};
    }
    return uploaded.constFirst().at(1).toUrl();
}

}  // namespace UploadsLive
