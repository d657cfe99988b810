// One account with several resources online at once against a real server: both sessions are
// seen by a buddy and by each other, a message reaches the account once however many sessions
// receive it, messages between one's own resources are kept, a server crash brings both
// sessions back, and an account torn down while its sessions still connect leaves nothing.
#include "AccountHarness.h"
#include "LiveTest.h"
#include "account/OwnResourcesModel.h"
#include "chat/ChatModel.h"
#include "chat/MessageStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmppMessage.h>
#include <QXmppRosterManager.h>

using State = ConnectionController::State;

class TestSessions : public QObject
{
    Q_OBJECT

    std::unique_ptr<XmppTestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<MessageStore> m_store;  // declared before the account: outlives it
    std::unique_ptr<AccountHarness> m_alice;
    QString m_aliceJid;

    bool bothOnline() const
    {
        return m_alice->session(0)->isOnline() && m_alice->session(1)->isOnline();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startXmppServer();
        QVERIFY(m_server);
        m_aliceJid = m_server->jid(QStringLiteral("alice"));
        m_alice = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, QStringLiteral("alice")),
                                                   QStringList{QStringLiteral("desk"), QStringLiteral("lab")});
        m_store = std::make_unique<MessageStore>();
        m_store->open(m_dir.filePath(MessageStore::FileName));
        m_alice->chats()->setStore(m_store.get());
        m_alice->login(LiveTest::Password);
        QTRY_VERIFY_WITH_TIMEOUT(bothOnline(), 15000);
        QCOMPARE(m_alice->account()->onlineSessions(), 2);
    }

    void aBuddySeesBothResources()
    {
        auto bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(bob);
        auto *roster = bob->findExtension<QXmppRosterManager>();
        QTRY_COMPARE_WITH_TIMEOUT(roster->getResources(m_aliceJid).size(), 2, 10000);
        QVERIFY(roster->getResources(m_aliceJid).contains(QStringLiteral("desk")));
        QVERIFY(roster->getResources(m_aliceJid).contains(QStringLiteral("lab")));
        // Each session has its own presence: away on the lab, available at the desk.
        m_alice->session(1)->presence()->setPresence(Presence::Availability::Away, QStringLiteral("in the lab"));
        QTRY_COMPARE(roster->getPresence(m_aliceJid, QStringLiteral("lab")).availableStatusType(), QXmppPresence::Away);
        QCOMPARE(roster->getPresence(m_aliceJid, QStringLiteral("desk")).availableStatusType(), QXmppPresence::Online);
        m_alice->session(1)->presence()->setPresence(Presence::Availability::Online, {});
    }

    // The account's own resources: this app's sessions and any other client of the account.
    void ownResourcesAreListed()
    {
        auto *own = m_alice->account()->ownResources();
        auto phone = std::make_unique<QXmppClient>();
        phone->connectToServer(LiveTest::peerConfiguration(*m_server, QStringLiteral("alice"), QStringLiteral("phone")));
        const auto rowOf = [own](const QString &resource) {
            for (int row = 0; row < own->rowCount(); ++row) {
                if (own->index(row).data(OwnResourcesModel::ResourceRole).toString() == resource)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("phone")) >= 0, 10000);
        QTRY_VERIFY(rowOf(QStringLiteral("desk")) >= 0 && rowOf(QStringLiteral("lab")) >= 0);
        QVERIFY(!own->index(rowOf(QStringLiteral("phone"))).data(OwnResourcesModel::ThisAppRole).toBool());
        QVERIFY(own->index(rowOf(QStringLiteral("lab"))).data(OwnResourcesModel::ThisAppRole).toBool());
        phone->disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(QStringLiteral("phone")), -1, 10000);
    }

    // A message to the bare JID reaches both sessions (same priority): shown once. Before, a
    // message from one's own other resource was dropped; it is kept in the own conversation.
    void messagesAreShownOnceAndOwnResourcesAreHeard()
    {
        auto bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(bob);
        QXmppMessage hello(QString(), m_aliceJid, QStringLiteral("one message, two sessions"));
        hello.setType(QXmppMessage::Chat);
        hello.setId(QStringLiteral("bob-1"));
        bob->sendPacket(hello);
        auto *chat = m_alice->chats()->conversation(m_server->jid(QStringLiteral("bob")));
        QTRY_COMPARE_WITH_TIMEOUT(chat->rowCount(), 1, 10000);
        QTest::qWait(300);  // the second session's copy has arrived by now
        QCOMPARE(chat->rowCount(), 1);

        auto phone = std::make_unique<QXmppClient>();
        phone->connectToServer(LiveTest::peerConfiguration(*m_server, QStringLiteral("alice"), QStringLiteral("phone")));
        QVERIFY(QTest::qWaitFor([&] { return phone->isConnected(); }, 10000));
        QXmppMessage note(QString(), m_aliceJid + QStringLiteral("/lab"), QStringLiteral("from my phone"));
        note.setType(QXmppMessage::Chat);
        phone->sendPacket(note);  // without an id, as old clients do
        auto *own = m_alice->chats()->conversation(m_aliceJid);
        QTRY_COMPARE_WITH_TIMEOUT(own->rowCount(), 1, 10000);
        QTest::qWait(300);  // carbons of it have arrived at the other session by now: one row
        QCOMPARE(own->rowCount(), 1);
        QCOMPARE(own->message(0).body, QStringLiteral("from my phone"));
        // Our own other resource wrote it: outgoing, from the phone.
        QCOMPARE(own->message(0).direction, StoredMessage::Direction::Outgoing);
        QCOMPARE(own->message(0).ownResource, QStringLiteral("phone"));
        phone->disconnectFromServer();
    }

    // A chat can go to one resource of a contact instead of the bare JID.
    void sendingToOneResource()
    {
        auto bobDesk = std::make_unique<QXmppClient>();
        bobDesk->connectToServer(LiveTest::peerConfiguration(*m_server, QStringLiteral("bob"), QStringLiteral("desk")));
        auto bobPhone = std::make_unique<QXmppClient>();
        bobPhone->connectToServer(LiveTest::peerConfiguration(*m_server, QStringLiteral("bob"), QStringLiteral("phone")));
        QVERIFY(QTest::qWaitFor([&] { return bobDesk->isConnected() && bobPhone->isConnected(); }, 10000));
        const QString bobJid = m_server->jid(QStringLiteral("bob"));
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->account()->contactResources(bobJid).contains(QStringLiteral("phone")), 10000);
        QSignalSpy atDesk(bobDesk.get(), &QXmppClient::messageReceived);
        QSignalSpy atPhone(bobPhone.get(), &QXmppClient::messageReceived);
        QVERIFY(m_alice->chats()->sendMessage(bobJid, QStringLiteral("only to your phone"), QStringLiteral("phone")));
        QTRY_COMPARE_WITH_TIMEOUT(atPhone.count(), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(atDesk.count(), 0);
    }

    // Both sessions come back after the server crashes and restarts.
    void bothSessionsSurviveAServerCrash()
    {
        m_server->kill();
        QTRY_VERIFY_WITH_TIMEOUT(!m_alice->session(0)->isOnline() && !m_alice->session(1)->isOnline(), 10000);
        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        QElapsedTimer sinceUp;
        sinceUp.start();
        QTRY_VERIFY_WITH_TIMEOUT(bothOnline(), 10000);
        qInfo("both sessions online %lld ms after the server was up", sinceUp.elapsed());
        QVERIFY2(sinceUp.elapsed() < 3000, qPrintable(QString::number(sinceUp.elapsed())));
    }

    // The presence chosen before login is the first a buddy sees: no "available" flicker.
    void loginAnnouncesTheChosenPresence()
    {
        auto bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(bob);
        QList<QXmppPresence::AvailableStatusType> seen;
        QObject watching;  // goes before `seen`
        connect(bob.get(), &QXmppClient::presenceReceived, &watching, [&](const QXmppPresence &presence) {
            if (presence.from() == m_aliceJid + QStringLiteral("/porch") && presence.type() == QXmppPresence::Available)
                seen << presence.availableStatusType();
        });
        auto *porch = m_alice->account()->addSession(QStringLiteral("porch"));
        QVERIFY(porch);
        porch->presence()->setPresence(Presence::Availability::DoNotDisturb, QStringLiteral("filming"));
        QTRY_VERIFY_WITH_TIMEOUT(porch->isOnline(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 10000);
        QTest::qWait(300);
        QCOMPARE(seen.first(), QXmppPresence::DND);
        QCOMPARE(seen.size(), 1);
        QVERIFY(m_alice->account()->removeSession(porch));
    }

    // Sessions added and removed while the app runs.
    void addAndRemoveASession()
    {
        auto *account = m_alice->account();
        auto *kitchen = account->addSession(QStringLiteral("kitchen"));
        QVERIFY(kitchen);
        QCOMPARE(account->addSession(QStringLiteral("kitchen")), nullptr);  // taken
        QCOMPARE(account->addSession(QStringLiteral("a/b")), nullptr);     // not a resource
        QTRY_VERIFY_WITH_TIMEOUT(kitchen->isOnline(), 10000);
        QCOMPARE(account->onlineSessions(), 3);
        QVERIFY(!account->removeSession(account->sessions().constFirst()));  // the first keeps the roster
        QVERIFY(account->removeSession(kitchen));
        QCOMPARE(account->sessions().size(), 2);
        QCOMPARE(account->onlineSessions(), 2);
    }

    // Destroyed while its sessions still connect: no crash, and every bridge is gone soon after.
    void teardownWhileConnecting()
    {
        NetworkThread network;
        AccountConfig config;
        config.jid = m_server->jid(QStringLiteral("carol"));
        config.host = m_server->host();
        config.port = m_server->c2sPort();
        config.caCertificatesFile = m_server->caCertificateFile();
        for (const auto *resource : {"a", "b", "c", "d"})
            config.sessions << SessionConfig{QString::fromLatin1(resource), true};
        auto account = std::make_unique<Account>(config, &network);
        account->setPassword(LiveTest::Password);
        account->connectAll();
        QCOMPARE(network.liveBridges(), 4);
        QTest::qWait(5);  // some mid-handshake
        account.reset();
        QTRY_COMPARE_WITH_TIMEOUT(network.liveBridges(), 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
