// Runs the QML tests in tests/files/qml (AttachmentView, UploadStrip) against the real Linnet
// modules, offscreen. TestFiles (module LinnetFilesTest) makes what QML cannot: an
// UploadController without a server (its uploads fail "Not connected", a real failed row) and
// a cached attachment (a PNG put where the cache keeps that URL, so the preview loads from disk
// with no network).
#include "files/AttachmentCache.h"
#include "files/UploadController.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Linnet_CorePlugin)
Q_IMPORT_QML_PLUGIN(LinnetPlugin)

class TestFiles : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // An upload controller whose account is never online, with the cache in a temp dir.
    Q_INVOKABLE UploadController *makeUploads()
    {
        UploadController::Context context{[] { return nullptr; }, [] { return TransferTrust{}; },
                                          [](const QString &, const QUrl &) { return false; }};
        auto *uploads = new UploadController(std::move(context), this);
        uploads->setCacheDir(m_dir.filePath(QStringLiteral("cache")));
        return uploads;
    }

    // Starts uploading a file of `size` bytes named `name` to peer: it fails at once (offline).
    Q_INVOKABLE int failUpload(UploadController *uploads, const QString &peer, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray(1500, 'x'));
        file.close();
        return uploads->upload(peer, QUrl::fromLocalFile(path));
    }

    // Puts a w x h PNG where the cache keeps url, as if it had been downloaded before.
    Q_INVOKABLE void cacheImage(UploadController *uploads, const QUrl &url, const QString &name, int w, int h)
    {
        const QString path = uploads->cache()->pathFor(url, name);
        QDir().mkpath(QFileInfo(path).path());
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        image.save(path);
    }

    // LINNET_QML_SHOTS=DIR: where tests save what they grabbed (empty: nowhere).
    Q_INVOKABLE QString shots() const { return qEnvironmentVariable("LINNET_QML_SHOTS"); }

private:
    QTemporaryDir m_dir;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *)
    {
        qmlRegisterSingletonInstance("LinnetFilesTest", 1, 0, "TestFiles", &m_files);
    }

private:
    TestFiles m_files;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "files_qml", QUICK_TEST_SOURCE_DIR, &setup);
}
#include "tst_filesqml.moc"
