// XEP-0363 uploads against the fixture's Prosody (mod_http_file_share on upload.DOMAIN over
// https with the fixture CA): the URL serves the same bytes, cancel mid-way, too large refused
// before anything is asked of the server, a certificate the account does not trust refused.
#include "UploadsLiveTest.h"

#include "files/UploadsModel.h"

using namespace UploadsLive;
using namespace Qt::StringLiterals;

class TestUploads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
        m_client = LiveTest::connectPeer(*m_server, u"alice"_s);
        QVERIFY(m_client);
        QVERIFY(m_dir.isValid());
    }

    void uploadServesSameBytes()
    {
        QList<Sent> sent;
        auto uploads = controllerFor(m_client.get(), fixtureTrust(*m_server), &sent);
        const QString path = writeRandomFile(m_dir, u"report 1.bin"_s, 300 * 1024 + 7);
        QString error;
        const QUrl url = uploadAndWait(*uploads, m_server->jid(u"bob"_s), path, &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.scheme(), u"https"_s);
        QCOMPARE(url.fileName(QUrl::FullyDecoded), u"report 1.bin"_s);
        // Handed to the chat once, for the conversation it was meant for; the row is gone.
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.constFirst().peer, m_server->jid(u"bob"_s));
        QCOMPARE(sent.constFirst().url, url);
        QCOMPARE(uploads->model()->rowCount(), 0);
        // The server's limit was discovered (Prosody's default: 10 MiB).
        QVERIFY(uploads->maxFileSize() > 0);
        int status = 0;
        QCOMPARE(download(*m_server, url, &status), readFile(path));
        QCOMPARE(status, 200);
    }

    void progressAndCancelMidway()
    {
        QList<Sent> sent;
        auto uploads = controllerFor(m_client.get(), fixtureTrust(*m_server), &sent);
        const QString path = writeRandomFile(m_dir, u"big.bin"_s, 9 * 1024 * 1024);
        QSignalSpy cancelled(uploads.get(), &UploadController::cancelled);
        QSignalSpy uploaded(uploads.get(), &UploadController::uploaded);
        QSignalSpy failed(uploads.get(), &UploadController::failed);
        auto *peerRows = uploads->forPeer(m_server->jid(u"bob"_s));
        const int id = uploads->upload(m_server->jid(u"bob"_s), QUrl::fromLocalFile(path));
        QVERIFY(id > 0);
        QCOMPARE(peerRows->count(), 1);
        QCOMPARE(uploads->forPeer(m_server->jid(u"carol"_s))->count(), 0);
        // Some bytes are out, not all: cancel there.
        qint64 sentBytes = 0;
        QVERIFY(QTest::qWaitFor([&] {
            const auto *row = uploads->model()->find(id);
            sentBytes = row ? row->sent : 0;
            return sentBytes > 0 || !failed.isEmpty() || !uploaded.isEmpty();
        }, 60000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(1).toString()));
        QVERIFY(uploaded.isEmpty());
        const QModelIndex row = peerRows->index(0, 0);
        QCOMPARE(row.data(UploadsModel::ActiveRole).toBool(), true);
        QVERIFY(row.data(UploadsModel::ProgressRole).toDouble() > 0);
        QVERIFY(row.data(UploadsModel::ProgressRole).toDouble() < 1);
        uploads->cancel(id);
        QVERIFY(QTest::qWaitFor([&] { return cancelled.size() + uploaded.size() > 0; }, 30000));
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(uploaded.isEmpty());
        QVERIFY(sent.isEmpty());
        QCOMPARE(peerRows->count(), 0);
    }

    void tooLargeRefusedBeforeUpload()
    {
        QList<Sent> sent;
        auto uploads = controllerFor(m_client.get(), fixtureTrust(*m_server), &sent);
        // Learn the limit with a small upload first, then offer one byte more (a sparse file).
        QVERIFY(uploadAndWait(*uploads, m_server->jid(u"bob"_s), writeRandomFile(m_dir, u"small.bin"_s, 10)).isValid());
        const qint64 limit = uploads->maxFileSize();
        QVERIFY(limit > 0);
        const QString path = m_dir.filePath(u"huge.bin"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(limit + 1));
        }
        QString error;
        QVERIFY(!uploadAndWait(*uploads, m_server->jid(u"bob"_s), path, &error).isValid());
        // Our own check (the server's refusal would read "The server refused the upload").
        QVERIFY2(error.startsWith(u"Too large"_s), qPrintable(error));
        QCOMPARE(sent.size(), 1);  // only the small one
        // The failed row stays, with its reason, until dismissed.
        QCOMPARE(uploads->model()->rowCount(), 1);
        const QModelIndex row = uploads->model()->index(0, 0);
        QCOMPARE(row.data(UploadsModel::FailedRole).toBool(), true);
        QCOMPARE(row.data(UploadsModel::StatusTextRole).toString(), error);
        uploads->dismiss(row.data(UploadsModel::UploadIdRole).toInt());
        QCOMPARE(uploads->model()->rowCount(), 0);
    }

    void certificateTrust_data()
    {
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("no CA, no pin: refused") << false << QString() << false;
        QTest::newRow("another certificate pinned: refused") << false << u"other"_s << false;
        QTest::newRow("this certificate pinned: accepted") << false << u"server"_s << true;
        QTest::newRow("the account's CA: accepted") << true << QString() << true;
    }

    void certificateTrust()
    {
        QFETCH(bool, withCa);
        QFETCH(QString, pin);
        QFETCH(bool, accepted);
        TransferTrust trust;
        if (withCa)
            trust.caCertificatesFile = m_server->caCertificateFile();
        if (pin == u"server")
            trust.pinnedSha256 << httpsCertificateDigest(*m_server);
        else if (pin == u"other")
            trust.pinnedSha256 << QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256);
        if (!pin.isEmpty())
            QVERIFY(!trust.pinnedSha256.constFirst().isEmpty());
        QList<Sent> sent;
        auto uploads = controllerFor(m_client.get(), trust, &sent);
        QString error;
        const QUrl url = uploadAndWait(*uploads, m_server->jid(u"bob"_s), writeRandomFile(m_dir, u"t.bin"_s, 1000), &error);
        QCOMPARE(url.isValid(), accepted);
        if (!accepted) {
            QVERIFY2(error.contains(u"certificate was refused"_s), qPrintable(error));
            QVERIFY(sent.isEmpty());
        }
    }

    void notConnected()
    {
        QList<Sent> sent;
        QXmppClient offline;
        auto uploads = controllerFor(&offline, fixtureTrust(*m_server), &sent);
        QString error;
        QVERIFY(!uploadAndWait(*uploads, m_server->jid(u"bob"_s), writeRandomFile(m_dir, u"o.bin"_s, 10), &error).isValid());
        QVERIFY2(error.startsWith(u"Not connected"_s), qPrintable(error));
        QCOMPARE(uploads->upload(m_server->jid(u"bob"_s), QUrl::fromLocalFile(m_dir.filePath(u"missing"_s))), -1);
    }

private:
    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<QXmppClient> m_client;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestUploads)
#include "tst_uploads.moc"
