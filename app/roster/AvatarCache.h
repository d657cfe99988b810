// Pictures of contacts (and of our own account), kept on disk by their SHA-1 (the id XEP-0084
// and the XEP-0153 vCard hash both use), so each picture is fetched once per profile and found
// again at the next start without asking the server. Stored as a round 128-pixel PNG: QML
// shows it with a plain Image (file URL, asynchronous) and needs no mask effect.
// Decoding, scaling and file I/O run on the global thread pool, never on the GUI thread.
#pragma once

#include <QObject>
#include <QSet>
#include <QUrl>

class AvatarCache : public QObject
{
    Q_OBJECT

public:
    explicit AvatarCache(QObject *parent = nullptr);

    // Where pictures go; what is there already is listed off the GUI thread (ready() after).
    void setDirectory(const QString &dir);
    QString directory() const { return m_dir; }
    bool has(const QString &hash) const { return m_hashes.contains(hash); }
    // file:// URL of a stored picture, empty while it is not stored.
    QUrl url(const QString &hash) const;
    // Checks that data is the picture hash names (SHA-1), then stores it; stored(hash) when on
    // disk, failed(hash) when it does not match or does not decode.
    void store(const QString &hash, const QByteArray &data);

    static QString sha1(const QByteArray &data);
    static constexpr int Size = 128;

Q_SIGNALS:
    void ready();
    void stored(const QString &hash);
    void failed(const QString &hash);

private:
    QString m_dir;
    QSet<QString> m_hashes;
    QSet<QString> m_storing;
};
