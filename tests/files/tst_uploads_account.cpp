// The whole path through a real Account (AccountHarness, a MessageStore file): account.uploads
// uploads a file, ChatController::sendAttachment sends its URL, and Bob (a plain QXmppClient)
// gets a message whose body and XEP-0066 oob are that URL, serving the same bytes; the sent
// message is stored. The account's TLS trust is read per transfer: without its CA the upload
// is refused.
#include "AccountHarness.h"
#include "UploadsLiveTest.h"
#include "chat/MessageStore.h"

#include <QXmppMessage.h>
#include <QXmppUtils.h>

using namespace UploadsLive;
using namespace Qt::StringLiterals;

class TestUploadsAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
        m_bob = LiveTest::connectPeer(*m_server, u"bob"_s);
        QVERIFY(m_bob);
        connect(m_bob.get(), &QXmppClient::messageReceived, this, [this](const QXmppMessage &message) {
            if (!message.body().isEmpty())
                m_atBob << message;
        });
    }

    void uploadIsSentAsMessage()
    {
        MessageStore store;
        QSignalSpy opened(&store, &MessageStore::opened);
        store.open(m_dir.filePath(u"messages.sqlite"_s));
        QVERIFY(opened.wait(30000));
        AccountHarness alice(LiveTest::settingsFor(*m_server, u"alice"_s));
        alice.chats()->setStore(&store);
        UploadController *uploads = alice.account()->uploads();
        QVERIFY(uploads);
        uploads->setCacheDir(m_dir.filePath(u"cache"_s));
        alice.login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(alice.account()->onlineSessions(), 1, 15000);

        const QString path = writeRandomFile(m_dir, u"notes.txt"_s, 5000);
        QSignalSpy uploaded(uploads, &UploadController::uploaded);
        QSignalSpy failed(uploads, &UploadController::failed);
        QVERIFY(uploads->upload(m_server->jid(u"bob"_s), QUrl::fromLocalFile(path)) > 0);
        QVERIFY(QTest::qWaitFor([&] { return uploaded.size() + failed.size() > 0; }, 30000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(1).toString()));
        const QUrl url = uploaded.constFirst().at(1).toUrl();
        QCOMPARE(uploaded.constFirst().at(2).toBool(), true);

        QTRY_COMPARE_WITH_TIMEOUT(m_atBob.size(), 1, 15000);
        const QXmppMessage &atBob = m_atBob.constFirst();
        QCOMPARE(QXmppUtils::jidToBareJid(atBob.from()), m_server->jid(u"alice"_s));
        QCOMPARE(atBob.body(), url.toString(QUrl::FullyEncoded));
        QCOMPARE(atBob.outOfBandUrl(), url.toString(QUrl::FullyEncoded));
        QCOMPARE(download(*m_server, QUrl(atBob.body())), readFile(path));

        // Without the account's CA, the same account's next upload is refused.
        AccountConfig config = alice.account()->config();
        config.caCertificatesFile.clear();
        alice.account()->setConfig(config);
        QString error;
        QVERIFY(!uploadAndWait(*uploads, m_server->jid(u"bob"_s), writeRandomFile(m_dir, u"b.txt"_s, 10), &error).isValid());
        QVERIFY2(error.contains(u"certificate was refused"_s), qPrintable(error));
        QCOMPARE(m_atBob.size(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<QXmppClient> m_bob;
    QList<QXmppMessage> m_atBob;
};

QTEST_GUILESS_MAIN(TestUploadsAccount)
#include "tst_uploads_account.moc"
