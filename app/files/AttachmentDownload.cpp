#include "AttachmentDownload.h"

#include "AttachmentCache.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

using State = AttachmentCache::State;

AttachmentDownload::AttachmentDownload(QObject *parent)
    : QObject(parent)
{
}

void AttachmentDownload::setCache(AttachmentCache *cache)
{
    if (m_cache == cache)
        return;
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (m_cache) {
        connect(m_cache, &AttachmentCache::changed, this, [this](const QUrl &url) {
            if (url == m_url)
                Q_EMIT stateChanged();
        });
        connect(m_cache, &AttachmentCache::saved, this, [this](const QUrl &url, const QString &target, const QString &error) {
            if (url != m_url)
                return;
            m_saveMessage = error.isEmpty() ? tr("Saved to %1").arg(QDir::toNativeSeparators(target))
                                            : tr("Not saved: %1").arg(error);
            Q_EMIT stateChanged();
        });
    }
    Q_EMIT cacheChanged();
    start();
}

void AttachmentDownload::setUrl(const QUrl &url)
{
    if (m_url == url)
        return;
    m_url = url;
    m_saveMessage.clear();
    Q_EMIT urlChanged();
    start();
}

void AttachmentDownload::setFileName(const QString &name)
{
    if (m_fileName == name)
        return;
    m_fileName = name;
    Q_EMIT fileNameChanged();
    Q_EMIT stateChanged();  // the accessible text names the file
    start();  // the cached file's name is the attachment's
}

void AttachmentDownload::setKind(int kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    start();
}

// Images for the preview at once; for other files just their size. Deferred to the event loop,
// so a view that sets cache, url, name and kind one after the other starts once, with all four.
void AttachmentDownload::start()
{
    if (m_startQueued)
        return;
    m_startQueued = true;
    QMetaObject::invokeMethod(this, &AttachmentDownload::startNow, Qt::QueuedConnection);
}

void AttachmentDownload::startNow()
{
    m_startQueued = false;
    if (!m_cache || !m_url.isValid())
        return;
    if (m_kind == Image)
        m_cache->fetch(m_url, m_fileName, true);
    else
        m_cache->querySize(m_url);
    Q_EMIT stateChanged();
}

bool AttachmentDownload::isBusy() const
{
    return m_cache && m_cache->entry(m_url).state == State::Downloading;
}

bool AttachmentDownload::isReady() const
{
    return m_cache && m_cache->entry(m_url).state == State::Ready;
}

bool AttachmentDownload::isFailed() const
{
    return m_cache && m_cache->entry(m_url).state == State::Failed;
}

qreal AttachmentDownload::progress() const
{
    if (!m_cache)
        return -1;
    const auto e = m_cache->entry(m_url);
    if (e.state == State::Ready)
        return 1;
    return e.size > 0 ? qreal(e.received) / qreal(e.size) : -1;
}

QUrl AttachmentDownload::localUrl() const
{
    return isReady() ? QUrl::fromLocalFile(m_cache->entry(m_url).path) : QUrl();
}

bool AttachmentDownload::showPreview() const
{
    return m_kind == Image && isReady();
}

QString AttachmentDownload::sizeText() const
{
    const qint64 size = m_cache ? m_cache->entry(m_url).size : -1;
    return size >= 0 ? QLocale().formattedDataSize(size) : QString();
}

QString AttachmentDownload::statusText() const
{
    if (!m_cache)
        return {};
    const auto e = m_cache->entry(m_url);
    const QLocale locale;
    switch (e.state) {
    case State::Downloading:
        return e.size > 0 ? tr("Downloading… %1 of %2").arg(locale.formattedDataSize(e.received), locale.formattedDataSize(e.size))
                          : tr("Downloading… %1").arg(locale.formattedDataSize(e.received));
    case State::Failed:
        return tr("Download failed: %1").arg(e.error);
    case State::TooLargeForPreview:
        return sizeText().isEmpty() ? tr("Too large to preview") : tr("%1, too large to preview").arg(sizeText());
    case State::Ready:
    case State::Unknown:
        break;
    }
    if (!m_saveMessage.isEmpty())
        return m_saveMessage;
    return sizeText().isEmpty() ? tr("Size unknown") : sizeText();
}

QString AttachmentDownload::accessibleText() const
{
    return tr("Attachment %1, %2").arg(m_fileName, statusText());
}

QUrl AttachmentDownload::suggestedSaveUrl() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return QUrl::fromLocalFile(QDir(dir).filePath(m_fileName.isEmpty() ? QStringLiteral("file") : m_fileName));
}

void AttachmentDownload::download()
{
    if (m_cache)
        m_cache->fetch(m_url, m_fileName, false);
}

void AttachmentDownload::open()
{
    if (m_cache)
        m_cache->open(m_url, m_fileName);
}

void AttachmentDownload::saveAs(const QUrl &target)
{
    if (!m_cache || !target.isLocalFile())
        return;
    m_saveMessage.clear();
    m_cache->saveAs(m_url, m_fileName, target.toLocalFile());
}

void AttachmentDownload::cancel()
{
    if (m_cache)
        m_cache->cancel(m_url);
}
