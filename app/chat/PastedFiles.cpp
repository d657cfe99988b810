#include "PastedFiles.h"

#include "core/Logging.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>

namespace {
QList<QUrl> localFiles(const QMimeData *mime)
{
    QList<QUrl> files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const auto &url : mime->urls()) {
        if (url.isLocalFile())
            files << url;
    }
    return files;
}

const QMimeData *clipboardData()
{
    auto *clipboard = QGuiApplication::clipboard();
    return clipboard ? clipboard->mimeData() : nullptr;
}
}  // namespace

bool PastedFiles::available() const
{
    const auto *mime = clipboardData();
    return !localFiles(mime).isEmpty() || (mime && mime->hasImage());
}

QString PastedFiles::imageDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/pasted");
}

void PastedFiles::take(const QString &tag)
{
    const auto *mime = clipboardData();
    if (const auto files = localFiles(mime); !files.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, tag, files] { Q_EMIT filesReady(tag, files); }, Qt::QueuedConnection);
        return;
    }
    if (!mime || !mime->hasImage()) {
        QMetaObject::invokeMethod(this, [this, tag] { Q_EMIT failed(tag, tr("There is no file to paste.")); },
                                  Qt::QueuedConnection);
        return;
    }
    // Encoding a large screenshot takes a while: not on the GUI thread.
    const auto image = qvariant_cast<QImage>(mime->imageData());
    const QString file = QDir(imageDirectory())
                             .filePath(QStringLiteral("pasted-%1.png")
                                           .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz"))));
    QPointer<PastedFiles> self(this);
    QThreadPool::globalInstance()->start([self, tag, image, file] {
        const bool ok = !image.isNull() && QDir().mkpath(QFileInfo(file).path()) && image.save(file, "PNG");
        if (!ok)
            qCWarning(lcFiles) << "Could not write the pasted image to" << file;
        QMetaObject::invokeMethod(qApp, [self, tag, file, ok] {
            if (!self)
                return;
            if (ok)
                Q_EMIT self->filesReady(tag, {QUrl::fromLocalFile(file)});
            else
                Q_EMIT self->failed(tag, tr("The pasted image could not be saved."));
        });
    });
}
