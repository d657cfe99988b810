#include "TransferWorker.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <atomic>

namespace {
constexpr qint64 ReadChunk = 256 * 1024;

QString sslErrorText(const QList<QSslError> &errors)
{
    return errors.isEmpty() ? QString() : errors.constFirst().errorString();
}
}  // namespace

TransferWorker::TransferWorker(QObject *parent)
    : QObject(parent)
{
}

TransferWorker::~TransferWorker() = default;

quint64 TransferWorker::newId()
{
    static std::atomic<quint64> next{1};
    return next++;
}

QNetworkAccessManager *TransferWorker::manager(const TransferTrust &trust)
{
    QString key = trust.caCertificatesFile;
    for (const QByteArray &pin : trust.pinnedSha256)
        key += u'\n' + QString::fromLatin1(pin.toHex());
    // Made on first use, so it is created on (and belongs to) the worker's thread.
    auto &manager = m_managers[key];
    if (!manager) {
        manager = new QNetworkAccessManager(this);
        // https -> http redirects are refused (Qt's default policy); no cookies kept.
        manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return manager;
}

QList<QSslCertificate> TransferWorker::caCertificates(const QString &file)
{
    if (file.isEmpty())
        return {};
    auto it = m_caFiles.find(file);
    if (it == m_caFiles.end()) {
        auto certs = QSslCertificate::fromPath(file, QSsl::Pem);
        if (certs.isEmpty())
            qCWarning(lcFiles) << "No certificates could be read from" << file;
        it = m_caFiles.insert(file, certs);
    }
    return *it;
}

// The request's TLS setup mirrors StreamBridge's: system CAs plus the account's CA file; the
// host name is checked against the URL's host.
static QNetworkRequest makeRequest(const QUrl &url, const QList<QSslCertificate> &extraCas)
{
    QNetworkRequest request(url);
    auto ssl = QSslConfiguration::defaultConfiguration();
    if (!extraCas.isEmpty())
        ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + extraCas);
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Linnet"));
    return request;
}

void TransferWorker::prepare(QNetworkReply *reply, quint64 id, const TransferTrust &trust)
{
    Transfer &t = m_transfers[id];
    t.reply = reply;
    t.pins = trust.pinnedSha256;
    // A certificate that does not validate passes only if the user pinned exactly it.
    connect(reply, &QNetworkReply::sslErrors, this, [this, id, reply](const QList<QSslError> &errors) {
        auto it = m_transfers.find(id);
        if (it == m_transfers.end())
            return;
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!peer.isNull() && it->pins.contains(peer.digest(QCryptographicHash::Sha256))) {
            qCInfo(lcFiles) << "Accepting the certificate trusted for this account despite" << errors;
            reply->ignoreSslErrors(errors);
            return;
        }
        it->sslError = sslErrorText(errors);
        qCWarning(lcFiles) << "Refusing the certificate of" << reply->url().host() << errors;
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { replyFinished(id); });
}

void TransferWorker::get(quint64 id, const QUrl &url, const QString &targetPath, qint64 maxBytes,
                         const TransferTrust &trust)
{
    if (const QFileInfo done(targetPath); done.isFile()) {
        Q_EMIT finished(id, NoError, {}, done.size());
        return;
    }
    QDir().mkpath(QFileInfo(targetPath).absolutePath());
    // One .part per transfer: a cancelled download of the same URL may still be cleaning up.
    auto *file = new QFile(targetPath + QStringLiteral(".%1.part").arg(id), this);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString message = tr("Cannot write %1: %2").arg(file->fileName(), file->errorString());
        delete file;
        Q_EMIT finished(id, FileFailed, message, 0);
        return;
    }
    auto *reply = manager(trust)->get(makeRequest(url, caCertificates(trust.caCertificatesFile)));
    prepare(reply, id, trust);
    Transfer &t = m_transfers[id];
    t.targetPath = targetPath;
    t.file = file;
    t.maxBytes = maxBytes;
    // Small reads keep memory flat whatever the file's size.
    reply->setReadBufferSize(ReadChunk);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply] {
        auto it = m_transfers.find(id);
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (it != m_transfers.end() && it->maxBytes > 0 && announced > it->maxBytes)
            fail(id, TooLarge, tr("The file is larger than %1 bytes").arg(it->maxBytes));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { readBody(id); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id](qint64 done, qint64 total) {
        auto it = m_transfers.find(id);
        if (it != m_transfers.end())
            emitProgress(id, *it, done, total > 0 ? total : -1);
    });
}

void TransferWorker::readBody(quint64 id)
{
    auto it = m_transfers.find(id);
    if (it == m_transfers.end() || !it->file)
        return;
    const QByteArray data = it->reply->readAll();
    it->done += data.size();
    if (it->maxBytes > 0 && it->done > it->maxBytes) {
        fail(id, TooLarge, tr("The file is larger than %1 bytes").arg(it->maxBytes));
        return;
    }
    if (it->file->write(data) != data.size())
        fail(id, FileFailed, tr("Cannot write %1: %2").arg(it->file->fileName(), it->file->errorString()));
}

void TransferWorker::put(quint64 id, const QUrl &url, const QString &filePath, const QString &contentType,
                         const QMap<QString, QString> &headers, const TransferTrust &trust)
{
    auto *file = new QFile(filePath, this);
    if (!file->open(QIODevice::ReadOnly)) {
        const QString message = tr("Cannot read %1: %2").arg(filePath, file->errorString());
        delete file;
        Q_EMIT finished(id, FileFailed, message, 0);
        return;
    }
    QNetworkRequest request = makeRequest(url, caCertificates(trust.caCertificatesFile));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toUtf8());
    auto *reply = manager(trust)->put(request, file);
    prepare(reply, id, trust);
    Transfer &t = m_transfers[id];
    t.file = file;
    connect(reply, &QNetworkReply::uploadProgress, this, [this, id](qint64 done, qint64 total) {
        auto it = m_transfers.find(id);
        if (it != m_transfers.end())
            emitProgress(id, *it, done, total > 0 ? total : -1);
    });
}

void TransferWorker::head(quint64 id, const QUrl &url, const TransferTrust &trust)
{
    auto *reply = manager(trust)->head(makeRequest(url, caCertificates(trust.caCertificatesFile)));
    prepare(reply, id, trust);
}

// Progress in whole percents: enough for a bar, and few signals across threads.
void TransferWorker::emitProgress(quint64 id, Transfer &t, qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : -1;
    if (total > 0 && percent == t.lastPercent)
        return;
    t.lastPercent = percent;
    Q_EMIT progress(id, done, total);
}

void TransferWorker::copy(quint64 id, const QString &source, const QString &target)
{
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    QFile in(source);
    if (!in.copy(part)) {
        Q_EMIT finished(id, FileFailed, tr("Cannot save %1: %2").arg(target, in.errorString()), 0);
        return;
    }
    QFile::remove(target);  // the save dialog asked about replacing it
    QFile out(part);
    if (!out.rename(target)) {
        out.remove();
        Q_EMIT finished(id, FileFailed, tr("Cannot save %1: %2").arg(target, out.errorString()), 0);
        return;
    }
    Q_EMIT finished(id, NoError, {}, QFileInfo(target).size());
}

void TransferWorker::cancel(quint64 id)
{
    fail(id, Cancelled, tr("Cancelled"));
}

void TransferWorker::fail(quint64 id, int error, const QString &message)
{
    auto it = m_transfers.find(id);
    if (it == m_transfers.end() || it->error != NoError)
        return;
    it->error = error;
    it->message = message;
    it->reply->abort();  // finished() follows, synchronously or soon: replyFinished reports
}

void TransferWorker::replyFinished(quint64 id)
{
    auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return;
    Transfer t = *it;
    m_transfers.erase(it);
    QNetworkReply *reply = t.reply;
    reply->deleteLater();

    if (t.error == NoError && reply->error() != QNetworkReply::NoError) {
        if (!t.sslError.isEmpty()) {
            t.error = CertificateRefused;
            t.message = tr("The server's certificate was refused: %1").arg(t.sslError);
        } else if (reply->error() < QNetworkReply::ContentAccessDenied) {  // transport errors
            t.error = NetworkFailed;
            t.message = reply->errorString();
        } else {
            t.error = HttpFailed;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            t.message = status > 0 ? tr("The server answered %1 %2").arg(status).arg(reason) : reply->errorString();
        }
    }
    qint64 bytes = t.done;
    if (!t.targetPath.isEmpty() && t.file) {  // GET: keep the file only when complete
        if (t.error == NoError) {
            const QByteArray rest = reply->readAll();  // what came after the last readyRead
            if (t.maxBytes > 0 && t.done + rest.size() > t.maxBytes) {
                t.error = TooLarge;
                t.message = tr("The file is larger than %1 bytes").arg(t.maxBytes);
            } else if (t.file->write(rest) != rest.size()) {
                t.error = FileFailed;
                t.message = tr("Cannot write %1: %2").arg(t.file->fileName(), t.file->errorString());
            }
        }
        if (t.error == NoError) {
            bytes = t.file->size();
            t.file->close();
            QFile::remove(t.targetPath);
            if (!t.file->rename(t.targetPath)) {
                t.error = FileFailed;
                t.message = tr("Cannot write %1: %2").arg(t.targetPath, t.file->errorString());
            }
        }
        if (t.error != NoError)
            t.file->remove();
    } else if (t.file) {  // PUT
        bytes = t.file->size();
    } else {  // HEAD
        bytes = reply->header(QNetworkRequest::ContentLengthHeader).isValid()
            ? reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() : -1;
    }
    if (t.file)
        t.file->deleteLater();
    if (t.error != NoError)
        qCInfo(lcFiles) << "Transfer" << id << reply->url().host() << "failed:" << t.message;
    Q_EMIT finished(id, t.error, t.message, bytes);
}

void TransferWorker::close()
{
    const auto ids = m_transfers.keys();
    for (quint64 id : ids)
        fail(id, Cancelled, tr("Cancelled"));
}
