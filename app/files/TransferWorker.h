// HTTP transfers of the files feature (XEP-0363 PUTs, attachment GETs) on a thread of their own:
// the network replies and the file reads and writes all happen there, never on the GUI thread.
// TLS trusts exactly what the account's XMPP sessions trust (ConnectionSettings): the system's
// CAs plus the account's CA file, and certificates the user pinned for the account by their
// SHA-256; any other certificate error fails the transfer (errors are never ignored otherwise).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

struct TransferTrust {
    QString caCertificatesFile;       // extra trust anchors (PEM), empty for the system's only
    QList<QByteArray> pinnedSha256;   // exact certificates the user trusted for the account
};

class TransferWorker : public QObject
{
    Q_OBJECT
public:
    enum Error { NoError, Cancelled, CertificateRefused, TooLarge, NetworkFailed, HttpFailed, FileFailed };
    Q_ENUM(Error)

    explicit TransferWorker(QObject *parent = nullptr);
    ~TransferWorker() override;

    // A fresh transfer id (unique in the process: workers are shared by several facades).
    static quint64 newId();

    // Everything below runs on the worker's thread (queue calls with QMetaObject::invokeMethod).
    // Downloads url into targetPath (through targetPath.<id>.part, renamed when complete); fails with
    // TooLarge as soon as the announced or received size passes maxBytes (<= 0: no limit).
    // A targetPath that exists already is the download done before: finished at once.
    void get(quint64 id, const QUrl &url, const QString &targetPath, qint64 maxBytes, const TransferTrust &trust);
    // Uploads the file at filePath with PUT; headers are the slot's (already filtered).
    void put(quint64 id, const QUrl &url, const QString &filePath, const QString &contentType,
             const QMap<QString, QString> &headers, const TransferTrust &trust);
    // Asks for the size of url (HEAD): finished(id, NoError, {}, size or -1).
    void head(quint64 id, const QUrl &url, const TransferTrust &trust);
    // Copies a cached file to where the user saved it (through target.part, then renamed).
    void copy(quint64 id, const QString &source, const QString &target);
    void cancel(quint64 id);
    void close();  // WorkerThread: aborts what still runs

Q_SIGNALS:
    void progress(quint64 id, qint64 done, qint64 total);  // total -1 when unknown
    // bytes: what was transferred (GET, PUT) or the announced size (HEAD, -1 if none).
    void finished(quint64 id, int error, const QString &message, qint64 bytes);

private:
    struct Transfer {
        QNetworkReply *reply = nullptr;
        QString targetPath;      // GET
        class QFile *file = nullptr;  // GET: the .part being written; PUT: the source
        qint64 maxBytes = 0;
        qint64 done = 0;
        int lastPercent = -1;
        int error = NoError;
        QString message;
        QList<QByteArray> pins;
        QString sslError;
    };

    QNetworkAccessManager *manager(const TransferTrust &trust);
    void prepare(QNetworkReply *reply, quint64 id, const TransferTrust &trust);
    void emitProgress(quint64 id, Transfer &t, qint64 done, qint64 total);
    void fail(quint64 id, int error, const QString &message);
    void readBody(quint64 id);
    void replyFinished(quint64 id);
    QList<QSslCertificate> caCertificates(const QString &file);

    // One manager per trust: a manager reuses its open TLS connections (and sessions), so a
    // request under another trust must never share them.
    QHash<QString, QNetworkAccessManager *> m_managers;
    QHash<quint64, Transfer> m_transfers;
    QHash<QString, QList<QSslCertificate>> m_caFiles;  // read once per file
};
