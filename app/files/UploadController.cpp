#include "UploadController.h"

#include "AttachmentCache.h"
#include "account/Account.h"
#include "chat/ChatController.h"
#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppHttpUploadIq.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace {
const QString UploadNs = u"urn:xmpp:http:upload:0"_s;

// XEP-0363 §5: only these headers may be passed from the slot to the PUT; no line breaks.
QMap<QString, QString> allowedHeaders(const QMap<QString, QString> &headers)
{
    QMap<QString, QString> allowed;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        const QString name = it.key().toLower();
        if ((name == u"authorization" || name == u"cookie" || name == u"expires")
            && !it.value().contains(u'\n') && !it.value().contains(u'\r'))
            allowed.insert(it.key(), it.value());
    }
    return allowed;
}

QString errorText(const QXmppError &error)
{
    if (auto stanzaError = error.value<QXmppStanza::Error>(); stanzaError && !stanzaError->text().isEmpty())
        return stanzaError->text();
    return error.description;
}
}  // namespace

UploadController::UploadController(Account *account)
    : UploadController(Context{[account] { return account->mainClient(); },
                               [account] {
                                   const AccountConfig config = account->config();
                                   return TransferTrust{config.caCertificatesFile, config.pinnedSha256};
                               },
                               [account](const QString &peer, const QUrl &url) {
                                   return account->chats()->sendAttachment(peer, url);
                               }},
                       account)
{
    // Until AccountsModel gives the profile's cache dir (setCacheDir), the user's cache.
    setCacheDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/attachments/"_s
                + account->jid().toLower());
}

UploadController::UploadController(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_thread(std::make_unique<WorkerThread<TransferWorker>>(new TransferWorker, u"linnet-files"_s))
    , m_model(new UploadsModel(this))
{
    m_cache = new AttachmentCache(m_thread->worker(), m_context.trust, this);
    connect(m_thread->worker(), &TransferWorker::progress, this, &UploadController::transferProgress);
    connect(m_thread->worker(), &TransferWorker::finished, this, &UploadController::transferFinished);
}

// The worker thread stops (aborting what runs) before the models go.
UploadController::~UploadController()
{
    m_thread.reset();
}

void UploadController::setCacheDir(const QString &dir)
{
    m_cache->setDirectory(dir);
}

int UploadController::upload(const QString &peer, const QUrl &fileUrl)
{
    const QFileInfo info(fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString());
    if (peer.isEmpty() || !info.isFile()) {
        qCWarning(lcFiles) << "Not a file to upload:" << fileUrl;
        return -1;
    }
    UploadsModel::Upload upload;
    upload.id = m_nextId++;
    upload.peer = QXmppUtils::jidToBareJid(peer);
    upload.filePath = info.absoluteFilePath();
    upload.fileName = info.fileName();
    upload.size = info.size();
    m_model->add(upload);
    start(upload.id);
    return upload.id;
}

void UploadController::start(int id)
{
    auto *upload = m_model->find(id);
    if (!upload)
        return;
    upload->state = UploadsModel::State::Preparing;
    upload->sent = 0;
    upload->error.clear();
    m_model->changed(id);

    QXmppClient *client = m_context.client ? m_context.client() : nullptr;
    if (!client || !client->isAuthenticated()) {
        setFailed(id, tr("Not connected: connect the account, then retry"));
        return;
    }
    discoverService(client, [this, id, client = QPointer(client)](const QString &error) {
        auto *pending = m_model->find(id);
        if (!pending || pending->state != UploadsModel::State::Preparing)
            return;  // cancelled meanwhile
        if (!error.isEmpty()) {
            setFailed(id, error);
            return;
        }
        // Refused here, before the server is even asked: the limit is the service's.
        if (m_maxFileSize > 0 && pending->size > m_maxFileSize) {
            const QLocale locale;
            setFailed(id, tr("Too large: %1; this server accepts files up to %2")
                              .arg(locale.formattedDataSize(pending->size), locale.formattedDataSize(m_maxFileSize)));
            return;
        }
        if (!client || !client->isAuthenticated()) {
            setFailed(id, tr("Not connected: connect the account, then retry"));
            return;
        }
        requestSlot(id, client);
    });
}

// XEP-0363 §2: the server's items, the first that offers urn:xmpp:http:upload:0, its limit
// from the info form. Remembered until a slot request fails.
void UploadController::discoverService(QXmppClient *client, std::function<void(const QString &)> done)
{
    if (!m_service.isEmpty()) {
        done({});
        return;
    }
    m_discoveryWaiters << std::move(done);
    if (m_discovering)
        return;
    m_discovering = true;
    auto finish = [this](const QString &service, qint64 limit, const QString &error) {
        m_discovering = false;
        m_service = service;
        m_maxFileSize = service.isEmpty() ? -1 : limit;
        Q_EMIT serviceChanged();
        qCInfo(lcFiles) << "Upload service:" << (service.isEmpty() ? error : service) << "limit" << limit;
        const auto waiters = std::exchange(m_discoveryWaiters, {});
        for (const auto &waiter : waiters)
            waiter(error);
    };
    auto *disco = client->findExtension<QXmppDiscoveryManager>();
    const QString domain = QXmppUtils::jidToDomain(client->configuration().jidBare());
    disco->requestDiscoItems(domain).then(this, [this, disco = QPointer(disco), finish](auto &&result) {
        if (auto *error = std::get_if<QXmppError>(&result)) {
            finish({}, 0, tr("The server's services could not be listed: %1").arg(errorText(*error)));
            return;
        }
        const auto items = std::get<QList<QXmppDiscoveryIq::Item>>(result);
        if (items.isEmpty() || !disco) {
            finish({}, 0, tr("This server does not offer file uploads"));
            return;
        }
        // Ask every item at once; the first (in item order) that offers uploads wins.
        struct Pending {
            QList<QString> jids;
            QHash<QString, qint64> offers;  // jid -> limit
            int answers = 0;
        };
        auto pending = std::make_shared<Pending>();
        for (const auto &item : items)
            pending->jids << item.jid();
        for (const QString &jid : std::as_const(pending->jids)) {
            disco->requestDiscoInfo(jid).then(this, [pending, jid, finish, this](auto &&info) {
                if (auto *iq = std::get_if<QXmppDiscoveryIq>(&info); iq && iq->features().contains(UploadNs)) {
                    qint64 limit = 0;
                    if (iq->form().formType() == UploadNs) {
                        for (const auto &field : iq->form().fields()) {
                            if (field.key() == u"max-file-size")
                                limit = field.value().toString().toLongLong();
                        }
                    }
                    pending->offers.insert(jid, limit);
                }
                if (++pending->answers < pending->jids.size())
                    return;
                for (const QString &candidate : std::as_const(pending->jids)) {
                    if (pending->offers.contains(candidate)) {
                        finish(candidate, pending->offers.value(candidate), {});
                        return;
                    }
                }
                finish({}, 0, tr("This server does not offer file uploads"));
            });
        }
    });
}

void UploadController::requestSlot(int id, QXmppClient *client)
{
    auto *upload = m_model->find(id);
    QXmppHttpUploadRequestIq request;
    request.setType(QXmppIq::Get);
    request.setTo(m_service);
    request.setFileName(upload->fileName);
    request.setSize(upload->size);
    request.setContentType(QMimeDatabase().mimeTypeForFile(upload->filePath, QMimeDatabase::MatchExtension));
    client->sendIq(std::move(request)).then(this, [this, id](QXmppClient::IqResult &&result) {
        auto *pending = m_model->find(id);
        if (!pending || pending->state != UploadsModel::State::Preparing)
            return;
        if (auto *error = std::get_if<QXmppError>(&result)) {
            m_service.clear();  // discover again next time: the service may have changed
            setFailed(id, tr("The server refused the upload: %1").arg(errorText(*error)));
            return;
        }
        QXmppHttpUploadSlotIq slot;
        slot.parse(std::get<QDomElement>(result));
        if (slot.type() == QXmppIq::Error) {
            setFailed(id, tr("The server refused the upload: %1").arg(slot.error().text()));
            return;
        }
        // XEP-0363 forbids plain http slots: the file would travel unencrypted.
        if (slot.putUrl().scheme() != u"https" || slot.getUrl().scheme() != u"https") {
            setFailed(id, tr("The server offered an unencrypted upload address; not uploading"));
            return;
        }
        startPut(id, slot.putUrl(), slot.getUrl(), allowedHeaders(slot.putHeaders()));
    });
}

void UploadController::startPut(int id, const QUrl &putUrl, const QUrl &getUrl, const QMap<QString, QString> &headers)
{
    auto *upload = m_model->find(id);
    upload->state = UploadsModel::State::Uploading;
    upload->transfer = TransferWorker::newId();
    m_model->changed(id);
    m_getUrls.insert(upload->transfer, getUrl);
    const QString contentType = QMimeDatabase().mimeTypeForFile(upload->filePath, QMimeDatabase::MatchExtension).name();
    QMetaObject::invokeMethod(m_thread->worker(), [worker = m_thread->worker(), transfer = upload->transfer, putUrl,
                                                   path = upload->filePath, contentType, headers,
                                                   trust = m_context.trust()] {
        worker->put(transfer, putUrl, path, contentType, headers, trust);
    }, Qt::QueuedConnection);
}

int UploadController::idForTransfer(quint64 transfer) const
{
    if (transfer == 0)
        return -1;
    for (const auto &upload : m_model->uploads()) {
        if (upload.transfer == transfer)
            return upload.id;
    }
    return -1;
}

void UploadController::transferProgress(quint64 transfer, qint64 done, qint64)
{
    const int id = idForTransfer(transfer);
    if (auto *upload = m_model->find(id)) {
        upload->sent = done;
        m_model->changed(id);
    }
}

void UploadController::transferFinished(quint64 transfer, int error, const QString &message, qint64)
{
    const QUrl getUrl = m_getUrls.take(transfer);
    const int id = idForTransfer(transfer);
    auto *upload = m_model->find(id);
    if (!upload)
        return;  // not ours (the cache's), or dismissed
    upload->transfer = 0;
    if (error == TransferWorker::Cancelled) {
        m_model->remove(id);
        Q_EMIT cancelled(id);
        return;
    }
    if (error != TransferWorker::NoError) {
        setFailed(id, tr("Upload failed: %1").arg(message));
        return;
    }
    upload->state = UploadsModel::State::Sending;
    m_model->changed(id);
    const QString peer = upload->peer;
    qCInfo(lcFiles) << "Uploaded" << upload->fileName << "for" << peer;
    const bool sent = m_context.send && m_context.send(peer, getUrl);
    if (!sent) {
        setFailed(id, tr("Uploaded, but the message could not be sent"));
        Q_EMIT uploaded(id, getUrl, false);
        return;
    }
    m_model->remove(id);
    Q_EMIT uploaded(id, getUrl, true);
}

void UploadController::setFailed(int id, const QString &message)
{
    auto *upload = m_model->find(id);
    if (!upload)
        return;
    upload->state = UploadsModel::State::Failed;
    upload->error = message;
    m_model->changed(id);
    qCInfo(lcFiles) << "Upload of" << upload->fileName << "failed:" << message;
    Q_EMIT failed(id, message);
}

void UploadController::cancel(int id)
{
    auto *upload = m_model->find(id);
    if (!upload || upload->state == UploadsModel::State::Failed)
        return;
    if (upload->transfer != 0) {  // the worker reports Cancelled, then the row goes
        QMetaObject::invokeMethod(m_thread->worker(), [worker = m_thread->worker(), transfer = upload->transfer] {
            worker->cancel(transfer);
        }, Qt::QueuedConnection);
        return;
    }
    // Preparing: the pending answers find no row and stop.
    m_model->remove(id);
    Q_EMIT cancelled(id);
}

void UploadController::retry(int id)
{
    auto *upload = m_model->find(id);
    if (upload && upload->state == UploadsModel::State::Failed)
        start(id);
}

void UploadController::dismiss(int id)
{
    auto *upload = m_model->find(id);
    if (upload && upload->state == UploadsModel::State::Failed)
        m_model->remove(id);
}

PeerUploadsModel *UploadController::forPeer(const QString &peer)
{
    const QString key = QXmppUtils::jidToBareJid(peer).toLower();
    auto &model = m_peerModels[key];
    if (!model)
        model = new PeerUploadsModel(m_model, key, this);
    return model;
}
