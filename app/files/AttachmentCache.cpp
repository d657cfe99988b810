#include "AttachmentCache.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFileInfo>

using namespace Qt::StringLiterals;

AttachmentCache::AttachmentCache(TransferWorker *worker, std::function<TransferTrust()> trust, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_trust(std::move(trust))
{
    connect(worker, &TransferWorker::progress, this, &AttachmentCache::transferProgress);
    connect(worker, &TransferWorker::finished, this, &AttachmentCache::transferFinished);
}

void AttachmentCache::setDirectory(const QString &dir)
{
    m_dir = dir;
}

void AttachmentCache::setPreviewLimit(qint64 bytes)
{
    if (m_previewLimit == bytes)
        return;
    m_previewLimit = bytes;
    Q_EMIT previewLimitChanged();
}

QString AttachmentCache::pathFor(const QUrl &url, const QString &fileName) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha256).toHex().left(32);
    // Only the name's last part, never a path a peer chose; a fallback for odd names.
    QString name = QFileInfo(fileName).fileName();
    if (name.isEmpty() || name == u"." || name == u"..")
        name = u"file"_s;
    return m_dir + u'/' + QString::fromLatin1(hash) + u'/' + name;
}

void AttachmentCache::fetch(const QUrl &url, const QString &fileName, bool preview)
{
    if (!url.isValid() || m_dir.isEmpty())
        return;
    Entry &e = m_entries[url];
    if (e.state == State::Ready || (e.state == State::Downloading && (e.full || preview)))
        return;
    if (preview && (e.state == State::Failed || e.state == State::TooLargeForPreview))
        return;  // each once: the user asks again through Open / Save as…
    if (e.state == State::Downloading) {  // a limited preview download runs: start over without
        const quint64 old = std::exchange(e.transfer, 0);
        m_gets.remove(old);
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, old] { worker->cancel(old); }, Qt::QueuedConnection);
    }
    e.state = State::Downloading;
    e.full = !preview;
    e.received = 0;
    e.error.clear();
    e.path = pathFor(url, fileName);
    e.transfer = TransferWorker::newId();
    m_gets.insert(e.transfer, url);
    const qint64 limit = preview ? m_previewLimit : 0;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, transfer = e.transfer, url, path = e.path, limit,
                                         trust = m_trust()] { worker->get(transfer, url, path, limit, trust); },
                              Qt::QueuedConnection);
    Q_EMIT changed(url);
}

void AttachmentCache::querySize(const QUrl &url)
{
    Entry &e = m_entries[url];
    if (e.sizeAsked || e.size >= 0 || !url.isValid())
        return;
    e.sizeAsked = true;
    const quint64 transfer = TransferWorker::newId();
    m_heads.insert(transfer, url);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, transfer, url, trust = m_trust()] {
        worker->head(transfer, url, trust);
    }, Qt::QueuedConnection);
}

void AttachmentCache::cancel(const QUrl &url)
{
    auto it = m_entries.find(url);
    if (it == m_entries.end() || it->state != State::Downloading)
        return;
    const quint64 transfer = std::exchange(it->transfer, 0);
    m_gets.remove(transfer);
    it->state = State::Unknown;
    it->openWhenReady = false;
    it->saveTo.clear();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, transfer] { worker->cancel(transfer); },
                              Qt::QueuedConnection);
    Q_EMIT changed(url);
}

void AttachmentCache::open(const QUrl &url, const QString &fileName)
{
    Entry &e = m_entries[url];
    if (e.state == State::Ready) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(e.path));
        return;
    }
    e.openWhenReady = true;
    fetch(url, fileName, false);
}

void AttachmentCache::saveAs(const QUrl &url, const QString &fileName, const QString &target)
{
    Entry &e = m_entries[url];
    if (e.state == State::Ready) {
        startCopy(url, e.path, target);
        return;
    }
    e.saveTo << target;
    fetch(url, fileName, false);
}

void AttachmentCache::startCopy(const QUrl &url, const QString &source, const QString &target)
{
    const quint64 transfer = TransferWorker::newId();
    m_copies.insert(transfer, {url, target});
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, transfer, source, target] {
        worker->copy(transfer, source, target);
    }, Qt::QueuedConnection);
}

void AttachmentCache::transferProgress(quint64 transfer, qint64 done, qint64 total)
{
    const QUrl url = m_gets.value(transfer);
    auto it = m_entries.find(url);
    if (url.isEmpty() || it == m_entries.end())
        return;
    it->received = done;
    if (total > 0)
        it->size = total;
    Q_EMIT changed(url);
}

void AttachmentCache::transferFinished(quint64 transfer, int error, const QString &message, qint64 bytes)
{
    if (m_copies.contains(transfer)) {
        const auto [url, target] = m_copies.take(transfer);
        Q_EMIT saved(url, target, error == TransferWorker::NoError ? QString() : message);
        return;
    }
    if (m_heads.contains(transfer)) {
        const QUrl url = m_heads.take(transfer);
        auto it = m_entries.find(url);
        if (it != m_entries.end() && it->size < 0 && bytes >= 0) {
            it->size = bytes;
            Q_EMIT changed(url);
        }
        return;
    }
    const QUrl url = m_gets.take(transfer);
    auto it = m_entries.find(url);
    if (url.isEmpty() || it == m_entries.end() || it->transfer != transfer)
        return;  // not ours (an upload), or cancelled
    Entry &e = *it;
    e.transfer = 0;
    const auto targets = std::exchange(e.saveTo, {});
    const bool open = std::exchange(e.openWhenReady, false);
    switch (error) {
    case TransferWorker::NoError:
        e.state = State::Ready;
        e.size = bytes;
        e.received = bytes;
        qCDebug(lcFiles) << "Cached" << url.host() << "as" << e.path;
        for (const QString &target : targets)
            startCopy(url, e.path, target);
        if (open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(e.path));
        break;
    case TransferWorker::TooLarge:
        e.state = State::TooLargeForPreview;
        break;
    case TransferWorker::Cancelled:
        e.state = State::Unknown;
        break;
    default:
        e.state = State::Failed;
        e.error = message;
        for (const QString &target : targets)
            Q_EMIT saved(url, target, message);
        break;
    }
    Q_EMIT changed(url);
}
