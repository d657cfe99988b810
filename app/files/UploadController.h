// Sending files (XEP-0363 HTTP File Upload) for one account: finds the server's upload service
// and its size limit (disco), refuses a file over the limit before anything is sent, asks the
// service for a slot, PUTs the file (TransferWorker, off the GUI thread, with the account's TLS
// trust), then hands the GET URL to ChatController::sendAttachment, which sends it like any
// message (body = URL plus XEP-0066 oob). Progress and cancel per upload through UploadsModel.
// Also owns the account's AttachmentCache (received files), which shares the transfer thread.
// QML: account.uploads.upload(peer, fileUrl), .forPeer(peer), .cancel(id), .cache.
#pragma once

#include "AttachmentCache.h"
#include "TransferWorker.h"
#include "UploadsModel.h"
#include "core/WorkerThread.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class Account;
class QXmppClient;

class UploadController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Every account has one: account.uploads")
    Q_PROPERTY(UploadsModel *model READ model CONSTANT)
    Q_PROPERTY(AttachmentCache *cache READ cache CONSTANT)
    // The service's limit in bytes once known: -1 not discovered yet, 0 no limit announced.
    Q_PROPERTY(qint64 maxFileSize READ maxFileSize NOTIFY serviceChanged)

public:
    // What the controller needs of its account (tests may supply their own).
    struct Context {
        std::function<QXmppClient *()> client;   // the session to ask for slots (main), may be null
        std::function<TransferTrust()> trust;    // the account's TLS trust, read per transfer
        std::function<bool(const QString &peer, const QUrl &url)> send;  // sends the URL
    };

    explicit UploadController(Account *account);  // child of the account
    UploadController(Context context, QObject *parent);
    ~UploadController() override;

    UploadsModel *model() const { return m_model; }
    AttachmentCache *cache() const { return m_cache; }
    qint64 maxFileSize() const { return m_maxFileSize; }
    // Where received attachments are cached (the profile's cache dir; AccountsModel sets it).
    void setCacheDir(const QString &dir);

    // Starts uploading the local file fileUrl to send it to peer (a bare JID); returns the
    // upload's id (its row shows progress or why it failed), or -1 if fileUrl is not a file.
    Q_INVOKABLE int upload(const QString &peer, const QUrl &fileUrl);
    Q_INVOKABLE void cancel(int id);
    Q_INVOKABLE void retry(int id);
    Q_INVOKABLE void dismiss(int id);  // forgets a failed upload
    // The uploads of one conversation (owned by the controller, one per peer).
    Q_INVOKABLE PeerUploadsModel *forPeer(const QString &peer);

Q_SIGNALS:
    void serviceChanged();
    // The file is on the server and its URL was handed to the chat (sent: what send returned).
    void uploaded(int id, const QUrl &url, bool sent);
    void failed(int id, const QString &message);
    void cancelled(int id);

private:
    void start(int id);
    void discoverService(QXmppClient *client, std::function<void(const QString &error)> done);
    void requestSlot(int id, QXmppClient *client);
    void startPut(int id, const QUrl &putUrl, const QUrl &getUrl, const QMap<QString, QString> &headers);
    void transferProgress(quint64 transfer, qint64 done, qint64 total);
    void transferFinished(quint64 transfer, int error, const QString &message, qint64 bytes);
    void setFailed(int id, const QString &message);
    int idForTransfer(quint64 transfer) const;

    Context m_context;
    std::unique_ptr<WorkerThread<TransferWorker>> m_thread;
    UploadsModel *m_model;
    AttachmentCache *m_cache;
    QHash<QString, QPointer<PeerUploadsModel>> m_peerModels;
    QHash<quint64, QUrl> m_getUrls;  // transfer -> the URL to send once the PUT is done
    QString m_service;               // the upload service's JID once discovered
    qint64 m_maxFileSize = -1;
    bool m_discovering = false;
    QList<std::function<void(const QString &)>> m_discoveryWaiters;
    int m_nextId = 1;
};
