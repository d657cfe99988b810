#include "AvatarCache.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThreadPool>

namespace {
bool validHash(const QString &hash)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{40}$"));
    return hex.match(hash).hasMatch();
}

// Centre square of the picture, scaled and cut to a circle with transparent corners.
QImage roundAvatar(const QImage &source)
{
    const int side = std::min(source.width(), source.height());
    const QImage square = source.copy((source.width() - side) / 2, (source.height() - side) / 2, side, side)
                              .scaled(AvatarCache::Size, AvatarCache::Size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage round(AvatarCache::Size, AvatarCache::Size, QImage::Format_ARGB32_Premultiplied);
    round.fill(Qt::transparent);
    QPainter painter(&round);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, AvatarCache::Size, AvatarCache::Size));
    painter.setClipPath(circle);
    painter.drawImage(0, 0, square);
    return round;
}
}  // namespace

AvatarCache::AvatarCache(QObject *parent)
    : QObject(parent)
{
}

QString AvatarCache::sha1(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

void AvatarCache::setDirectory(const QString &dir)
{
    m_dir = dir;
    m_hashes.clear();
    QPointer<AvatarCache> self(this);
    QThreadPool::globalInstance()->start([self, dir] {
        QDir().mkpath(dir);
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.png")}, QDir::Files);
        QMetaObject::invokeMethod(self, [self, dir, files] {
            if (!self || self->m_dir != dir)
                return;
            for (const auto &file : files)
                self->m_hashes.insert(file.chopped(4));
            Q_EMIT self->ready();
        }, Qt::QueuedConnection);
    });
}

QUrl AvatarCache::url(const QString &hash) const
{
    if (!m_hashes.contains(hash))
        return {};
    return QUrl::fromLocalFile(QDir(m_dir).filePath(hash + QStringLiteral(".png")));
}

void AvatarCache::store(const QString &hash, const QByteArray &data)
{
    if (m_dir.isEmpty() || !validHash(hash) || m_hashes.contains(hash) || m_storing.contains(hash))
        return;
    m_storing.insert(hash);
    QPointer<AvatarCache> self(this);
    const QString file = QDir(m_dir).filePath(hash + QStringLiteral(".png"));
    QThreadPool::globalInstance()->start([self, hash, data, file] {
        bool ok = sha1(data) == hash;
        if (ok) {
            const QImage image = QImage::fromData(data);
            ok = !image.isNull();
            if (ok) {
                QSaveFile out(file);
                ok = out.open(QIODevice::WriteOnly) && roundAvatar(image).save(&out, "PNG") && out.commit();
            }
        }
        QMetaObject::invokeMethod(self, [self, hash, ok] {
            if (!self)
                return;
            self->m_storing.remove(hash);
            if (!ok) {
                qCWarning(lcRoster) << "An avatar did not match its hash or did not decode:" << hash;
                Q_EMIT self->failed(hash);
                return;
            }
            self->m_hashes.insert(hash);
            Q_EMIT self->stored(hash);
        }, Qt::QueuedConnection);
    });
}
