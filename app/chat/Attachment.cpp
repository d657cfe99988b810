#include "Attachment.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

std::optional<Attachment> Attachment::fromBody(const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char(' ')) || text.contains(QLatin1Char('\n')))
        return std::nullopt;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return std::nullopt;
    Attachment attachment;
    attachment.url = url;
    attachment.fileName = url.fileName(QUrl::FullyDecoded);
    if (attachment.fileName.isEmpty())
        attachment.fileName = QStringLiteral("file");
    attachment.kind = kindForFileName(attachment.fileName);
    return attachment;
}

Attachment::Kind Attachment::kindForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QStringList images{u"png"_s, u"jpg"_s, u"jpeg"_s, u"gif"_s, u"webp"_s, u"bmp"_s, u"svg"_s};
    static const QStringList audio{u"mp3"_s, u"ogg"_s, u"oga"_s, u"opus"_s, u"m4a"_s, u"wav"_s, u"flac"_s};
    static const QStringList video{u"mp4"_s, u"webm"_s, u"mkv"_s, u"mov"_s, u"ogv"_s};
    if (images.contains(suffix))
        return Kind::Image;
    if (audio.contains(suffix))
        return Kind::Audio;
    if (video.contains(suffix))
        return Kind::Video;
    return Kind::File;
}
