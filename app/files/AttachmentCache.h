// Received (and sent) attachments on disk, per account: each URL is downloaded once into the
// profile's cache dir (<dir>/<hash of the URL>/<file name>, so "Open" hands the system a file
// with its real name), through the account's TransferWorker (off the GUI thread, the account's
// TLS trust). Images are fetched for previews up to previewLimit bytes; anything else only on
// demand (Open, Save as…), with a HEAD request for its size. AttachmentDownload is the per-view
// handle QML uses.
#pragma once

#include "TransferWorker.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

class AttachmentCache : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("account.uploads.cache")
    Q_PROPERTY(qint64 previewLimit READ previewLimit WRITE setPreviewLimit NOTIFY previewLimitChanged)

public:
    enum class State { Unknown, Downloading, Ready, Failed, TooLargeForPreview };

    struct Entry {
        State state = State::Unknown;
        qint64 size = -1;       // bytes once known (HEAD, download), else -1
        qint64 received = 0;
        bool sizeAsked = false;
        bool full = false;      // the running download has no preview limit
        QString error;
        QString path;           // the cached file when Ready
        quint64 transfer = 0;   // the running GET
        QList<QString> saveTo;  // Save as… targets waiting for the download
        bool openWhenReady = false;
    };

    AttachmentCache(TransferWorker *worker, std::function<TransferTrust()> trust, QObject *parent);

    void setDirectory(const QString &dir);
    QString directory() const { return m_dir; }
    qint64 previewLimit() const { return m_previewLimit; }
    void setPreviewLimit(qint64 bytes);

    // Where url is (or will be) cached.
    QString pathFor(const QUrl &url, const QString &fileName) const;
    Entry entry(const QUrl &url) const { return m_entries.value(url); }

    // Downloads url unless it is cached or downloading; preview: only up to previewLimit.
    void fetch(const QUrl &url, const QString &fileName, bool preview);
    void querySize(const QUrl &url);
    void cancel(const QUrl &url);
    // Downloads if needed, then opens it with the system's application / copies it to target.
    void open(const QUrl &url, const QString &fileName);
    void saveAs(const QUrl &url, const QString &fileName, const QString &target);

Q_SIGNALS:
    void changed(const QUrl &url);
    void saved(const QUrl &url, const QString &target, const QString &error);  // error empty: ok
    void previewLimitChanged();

private:
    void transferProgress(quint64 transfer, qint64 done, qint64 total);
    void transferFinished(quint64 transfer, int error, const QString &message, qint64 bytes);
    void startCopy(const QUrl &url, const QString &source, const QString &target);

    TransferWorker *m_worker;
    std::function<TransferTrust()> m_trust;
    QString m_dir;
    qint64 m_previewLimit = 16 * 1024 * 1024;
    QHash<QUrl, Entry> m_entries;
    QHash<quint64, QUrl> m_gets;                             // GET transfer -> url
    QHash<quint64, QUrl> m_heads;                            // HEAD transfer -> url
    QHash<quint64, std::pair<QUrl, QString>> m_copies;       // copy -> (url, target)
};
