// Received attachments against the fixture's Prosody: a preview is downloaded once into the
// cache dir with the same bytes and is found there again by a new cache (a restart) without the
// network; previews stop at the size limit; Open/Save as… fetch without the limit; a server
// certificate the account does not trust is refused. AttachmentDownload's labels follow.
#include "UploadsLiveTest.h"

#include "files/AttachmentCache.h"
#include "files/AttachmentDownload.h"

#include <QBuffer>
#include <QImage>

using namespace UploadsLive;
using namespace Qt::StringLiterals;
using State = AttachmentCache::State;

class TestAttachmentCache : public QObject
{
    Q_OBJECT

    // Waits until a download of url started and ended in cache (views start theirs from the
    // event loop).
    static State settle(AttachmentCache *cache, const QUrl &url)
    {
        if (!QTest::qWaitFor([&] {
                const State state = cache->entry(url).state;
                return state != State::Downloading && state != State::Unknown;
            }, 30000))
            qWarning("still downloading");
        return cache->entry(url).state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
        m_client = LiveTest::connectPeer(*m_server, u"alice"_s);
        QVERIFY(m_client);
        QVERIFY(m_dir.isValid());
        m_uploads = controllerFor(m_client.get(), fixtureTrust(*m_server), &m_sent);

        // A real PNG and a 2 MB file on the server.
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        m_imagePath = m_dir.filePath(u"photo.png"_s);
        QVERIFY(image.save(m_imagePath));
        m_imageUrl = uploadAndWait(*m_uploads, m_server->jid(u"bob"_s), m_imagePath);
        QVERIFY(m_imageUrl.isValid());
        m_bigPath = writeRandomFile(m_dir, u"archive.tar"_s, 2 * 1024 * 1024);
        m_bigUrl = uploadAndWait(*m_uploads, m_server->jid(u"bob"_s), m_bigPath);
        QVERIFY(m_bigUrl.isValid());
    }

    void previewDownloadedOnceAndCached()
    {
        auto uploads = controllerFor(m_client.get(), fixtureTrust(*m_server), &m_sent);
        const QString cacheDir = m_dir.filePath(u"cache1"_s);
        uploads->setCacheDir(cacheDir);
        AttachmentCache *cache = uploads->cache();
        QSignalSpy changed(cache, &AttachmentCache::changed);

        AttachmentDownload view;
        view.setKind(AttachmentDownload::Image);
        view.setFileName(u"photo.png"_s);
        view.setUrl(m_imageUrl);
        view.setCache(cache);  // an image: the preview download starts
        QTRY_VERIFY(cache->entry(m_imageUrl).state != State::Unknown);
        QCOMPARE(settle(cache, m_imageUrl), State::Ready);
        QVERIFY(view.showPreview());
        const QString path = cache->entry(m_imageUrl).path;
        QVERIFY(path.startsWith(cacheDir));
        QVERIFY(path.endsWith(u"/photo.png"_s));
        QCOMPARE(view.localUrl(), QUrl::fromLocalFile(path));
        QCOMPARE(readFile(path), readFile(m_imagePath));
        QVERIFY(!QImage(path).isNull());
        // No partial file left behind.
        QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files), QStringList{u"photo.png"_s});

        // A second view of the same message starts nothing: each URL once.
        const int signalsBefore = changed.size();
        AttachmentDownload again;
        again.setKind(AttachmentDownload::Image);
        again.setUrl(m_imageUrl);
        again.setCache(cache);
        QCoreApplication::processEvents();  // where its start runs
        QVERIFY(again.showPreview());
        QCOMPARE(cache->entry(m_imageUrl).transfer, quint64(0));
        QCOMPARE(changed.size(), signalsBefore);

        // A restart (new cache, same dir) finds the file without the network: its trust here
        // would refuse the server, so Ready can only come from the disk.
        auto restarted = controllerFor(m_client.get(), TransferTrust{}, &m_sent);
        restarted->setCacheDir(cacheDir);
        restarted->cache()->fetch(m_imageUrl, u"photo.png"_s, true);
        QCOMPARE(settle(restarted->cache(), m_imageUrl), State::Ready);
        QCOMPARE(restarted->cache()->entry(m_imageUrl).path, path);
    }

    void previewStopsAtLimitThenOpenFetchesAll()
    {
        auto uploads = controllerFor(m_client.get(), fixtureTrust(*m_server), &m_sent);
        uploads->setCacheDir(m_dir.filePath(u"cache2"_s));
        AttachmentCache *cache = uploads->cache();
        cache->setPreviewLimit(100 * 1024);
        cache->fetch(m_bigUrl, u"archive.tar"_s, true);
        QCOMPARE(settle(cache, m_bigUrl), State::TooLargeForPreview);
        QVERIFY(!QFileInfo::exists(cache->pathFor(m_bigUrl, u"archive.tar"_s)));
        // Each once: asking for the preview again does not download again.
        cache->fetch(m_bigUrl, u"archive.tar"_s, true);
        QCOMPARE(cache->entry(m_bigUrl).state, State::TooLargeForPreview);

        // Save as…: the whole file, without the preview limit, then copied where asked.
        QSignalSpy saved(cache, &AttachmentCache::saved);
        const QString target = m_dir.filePath(u"saved.tar"_s);
        cache->saveAs(m_bigUrl, u"archive.tar"_s, target);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.constFirst().at(2).toString(), QString());
        QCOMPARE(cache->entry(m_bigUrl).state, State::Ready);
        QCOMPARE(readFile(target), readFile(m_bigPath));
        QCOMPARE(readFile(cache->entry(m_bigUrl).path), readFile(m_bigPath));
    }

    void fileSizeAskedWithoutDownloading()
    {
        auto uploads = controllerFor(m_client.get(), fixtureTrust(*m_server), &m_sent);
        uploads->setCacheDir(m_dir.filePath(u"cache3"_s));
        AttachmentDownload view;
        view.setKind(AttachmentDownload::File);
        view.setFileName(u"archive.tar"_s);
        view.setUrl(m_bigUrl);
        view.setCache(uploads->cache());
        QVERIFY(QTest::qWaitFor([&] { return uploads->cache()->entry(m_bigUrl).size >= 0; }, 30000));
        QCOMPARE(uploads->cache()->entry(m_bigUrl).size, QFileInfo(m_bigPath).size());
        QCOMPARE(uploads->cache()->entry(m_bigUrl).state, State::Unknown);
        QVERIFY(!view.showPreview());
        QCOMPARE(view.statusText(), QLocale().formattedDataSize(QFileInfo(m_bigPath).size()));
    }

    void untrustedCertificateRefused()
    {
        auto uploads = controllerFor(m_client.get(), TransferTrust{}, &m_sent);
        uploads->setCacheDir(m_dir.filePath(u"cache4"_s));
        AttachmentDownload view;
        view.setKind(AttachmentDownload::Image);
        view.setFileName(u"photo.png"_s);
        view.setUrl(m_imageUrl);
        view.setCache(uploads->cache());
        QCOMPARE(settle(uploads->cache(), m_imageUrl), State::Failed);
        QVERIFY2(uploads->cache()->entry(m_imageUrl).error.contains(u"certificate was refused"_s),
                 qPrintable(uploads->cache()->entry(m_imageUrl).error));
        QVERIFY(view.isFailed());
        QVERIFY(view.statusText().startsWith(u"Download failed"_s));
        QVERIFY(!QFileInfo::exists(uploads->cache()->pathFor(m_imageUrl, u"photo.png"_s)));
    }

private:
    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<QXmppClient> m_client;
    QTemporaryDir m_dir;
    QList<Sent> m_sent;
    std::unique_ptr<UploadController> m_uploads;
    QString m_imagePath, m_bigPath;
    QUrl m_imageUrl, m_bigUrl;
};

QTEST_MAIN(TestAttachmentCache)
#include "tst_attachmentcache.moc"
