// What an attachment view binds to: the state of one URL in the account's AttachmentCache
// (preview ready, downloading with progress, failed), with labels made here so the QML needs
// no logic. Images are fetched for the preview as soon as cache and url are set; other files
// only get their size asked (HEAD) until the user opens or saves them.
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class AttachmentCache;

class AttachmentDownload : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AttachmentCache *cache READ cache WRITE setCache NOTIFY cacheChanged)
    Q_PROPERTY(QUrl url READ url WRITE setUrl NOTIFY urlChanged)
    Q_PROPERTY(QString fileName READ fileName WRITE setFileName NOTIFY fileNameChanged)
    Q_PROPERTY(int kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY stateChanged)
    Q_PROPERTY(bool failed READ isFailed NOTIFY stateChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY stateChanged)  // 0..1, -1 while unknown
    Q_PROPERTY(QUrl localUrl READ localUrl NOTIFY stateChanged)   // the cached file when ready
    Q_PROPERTY(bool showPreview READ showPreview NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(QString accessibleText READ accessibleText NOTIFY stateChanged)
    Q_PROPERTY(QUrl suggestedSaveUrl READ suggestedSaveUrl NOTIFY fileNameChanged)

public:
    // The same values as Attachment::Kind (ChatModel's attachmentKind role).
    enum Kind { File, Image, Audio, Video };
    Q_ENUM(Kind)

    explicit AttachmentDownload(QObject *parent = nullptr);

    AttachmentCache *cache() const { return m_cache; }
    void setCache(AttachmentCache *cache);
    QUrl url() const { return m_url; }
    void setUrl(const QUrl &url);
    QString fileName() const { return m_fileName; }
    void setFileName(const QString &name);
    int kind() const { return m_kind; }
    void setKind(int kind);

    bool isBusy() const;
    bool isReady() const;
    bool isFailed() const;
    qreal progress() const;
    QUrl localUrl() const;
    bool showPreview() const;
    QString statusText() const;
    QString accessibleText() const;
    QUrl suggestedSaveUrl() const;

    Q_INVOKABLE void download();
    Q_INVOKABLE void open();
    Q_INVOKABLE void saveAs(const QUrl &target);
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void cacheChanged();
    void urlChanged();
    void fileNameChanged();
    void kindChanged();
    void stateChanged();

private:
    void start();
    void startNow();
    QString sizeText() const;

    QPointer<AttachmentCache> m_cache;
    QUrl m_url;
    QString m_fileName;
    int m_kind = File;
    bool m_startQueued = false;
    QString m_saveMessage;  // "Saved to …" or why not, after Save as…
};
