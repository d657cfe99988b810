// Unread from the server's archive and muted chats, live against the fixture's Prosody with a real store file:
// a new account's first catch-up brings its recent past, which is shown but not unread (also
// not after a restart); what a known account finds in the archive after being offline is.
// Alice is a Linnet account (AccountHarness, its UnreadTracker on the store); Bob a plain
// QXmppClient writing to her (mostly while she is offline). Muting: the roster's muted role and
// the account's total.
#include "AccountHarness.h"
#include "LiveTest.h"
#include "StoreProbe.h"
#include "chat/ArchiveSync.h"
#include "chat/ChatController.h"
#include "chat/MessageStore.h"
#include "chat/UnreadTracker.h"
#include "roster/RosterModel.h"

#include <QDomElement>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppMessage.h>
#include <QXmppPingIq.h>
#include <QXmppTask.h>

using namespace Qt::StringLiterals;

class TestUnreadArchive : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<QXmppClient> m_bob;
    QTemporaryDir m_dir;
    QString m_alice;
    QString m_bobJid;

    // Alice as the app runs her: chats and unread on the store at file; logged in if asked.
    struct Alice {
        std::unique_ptr<MessageStore> store;
        std::unique_ptr<AccountHarness> harness;
        UnreadTracker *unread() const { return harness->account()->unread(); }
    };
    Alice start(bool login)
    {
        Alice a;
        a.store = StoreProbe::openStore(m_dir.filePath(u"alice.sqlite"_s));
        a.harness = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, u"alice"_s));
        a.harness->chats()->setStore(a.store.get());
        a.harness->account()->unread()->setStore(a.store.get());
        if (login)
            a.harness->login(LiveTest::Password);
        return a;
    }
    // Logs in and waits for the archive catch-up to end; its inserted count (-1: it did not).
    int loginAndCatchUp(Alice &a)
    {
        QSignalSpy caughtUp(a.harness->chats()->archive(), &ArchiveSync::caughtUp);
        QSignalSpy failed(a.harness->chats()->archive(), &ArchiveSync::failed);
        a.harness->login(LiveTest::Password);
        if (!QTest::qWaitFor([&] { return !caughtUp.isEmpty() || !failed.isEmpty(); }, 30000) || !failed.isEmpty())
            return -1;
        return caughtUp.first().first().toInt();
    }

    // Bob writes while Alice is offline; after a ping round trip all is in her archive
    // (Prosody handles one session's stanzas in order and archives synchronously).
    bool bobWrites(const QString &prefix, int count)
    {
        for (int i = 1; i <= count; ++i) {
            QXmppMessage message(QString(), m_alice, u"%1 %2"_s.arg(prefix).arg(i));
            message.setType(QXmppMessage::Chat);
            m_bob->sendPacket(message);
        }
        QXmppPingIq ping;
        ping.setTo(m_bob->configuration().domain());
        bool done = false;
        m_bob->sendIq(std::move(ping)).then(this, [&done](auto &&) { done = true; });
        return QTest::qWaitFor([&] { return done; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
        m_alice = m_server->jid(u"alice"_s);
        m_bobJid = m_server->jid(u"bob"_s);
        m_bob = LiveTest::connectPeer(*m_server, u"bob"_s);
        QVERIFY(m_bob);
    }

    void firstCatchUpIsNotUnreadButLaterOnesAre()
    {
        QVERIFY(bobWrites(u"before Alice ever logged in"_s, 6));
        {
            // A new account (nothing stored): the archive's newest messages, none unread.
            Alice alice = start(false);
            QTRY_VERIFY_WITH_TIMEOUT(alice.unread()->isLoaded(), 10000);
            QCOMPARE(loginAndCatchUp(alice), 6);
            QVERIFY(alice.store->waitForIdle());
            QCOMPARE(alice.unread()->count(m_bobJid), 0);
            QCOMPARE(alice.unread()->total(), 0);
            QCOMPARE(StoreProbe::sql(alice.store->databaseFile(),
                                     u"SELECT count(*) FROM messages WHERE body LIKE 'before Alice%'"_s)
                         .value(0),
                     u"6"_s);
        }
        {
            // Restarted, offline: the counts the store keeps say the same.
            Alice alice = start(false);
            QTRY_VERIFY_WITH_TIMEOUT(alice.unread()->isLoaded(), 10000);
            QCOMPARE(alice.unread()->count(m_bobJid), 0);
            QCOMPARE(alice.unread()->total(), 0);
        }
        QVERIFY(bobWrites(u"while Alice was away"_s, 3));
        {
            // A known account: what came while it was offline is news.
            Alice alice = start(false);
            QTRY_VERIFY_WITH_TIMEOUT(alice.unread()->isLoaded(), 10000);
            QCOMPARE(loginAndCatchUp(alice), 3);
            QTRY_COMPARE_WITH_TIMEOUT(alice.unread()->count(m_bobJid), 3, 10000);
            QCOMPARE(alice.unread()->total(), 3);
        }
        {
            // And stays so after a restart.
            Alice alice = start(false);
            QTRY_VERIFY_WITH_TIMEOUT(alice.unread()->isLoaded(), 10000);
            QCOMPARE(alice.unread()->count(m_bobJid), 3);
        }
    }

    // Muting: the roster row says so (its role, what the delegate marks), its count stays, and
    // the account's total (the badge) leaves it out; after a restart too.
    void mutedChatIsMarkedAndLeftOutOfTheBadge()
    {
        const auto mutedRole = [&](const Alice &a) {
            const int row = a.harness->roster()->indexOf(m_bobJid);
            return row < 0 ? QVariant() : a.harness->roster()->index(row).data(RosterModel::MutedRole);
        };
        {
            Alice alice = start(true);
            QTRY_VERIFY_WITH_TIMEOUT(alice.unread()->isLoaded(), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(alice.harness->roster()->indexOf(m_bobJid) >= 0, 15000);
            QCOMPARE(alice.unread()->count(m_bobJid), 3);  // from the test before
            QCOMPARE(alice.unread()->total(), 3);
            QCOMPARE(mutedRole(alice), QVariant(false));
            alice.unread()->setMuted(m_bobJid, true);
            QCOMPARE(mutedRole(alice), QVariant(true));
            QCOMPARE(alice.unread()->count(m_bobJid), 3);
            QCOMPARE(alice.unread()->total(), 0);
            // Still counted in the row (shown grey), and more arrivals count there only.
            QVERIFY(bobWrites(u"to a muted chat"_s, 2));
            QTRY_COMPARE_WITH_TIMEOUT(alice.unread()->count(m_bobJid), 5, 10000);
            const int row = alice.harness->roster()->indexOf(m_bobJid);
            QTRY_COMPARE_WITH_TIMEOUT(alice.harness->roster()->index(row).data(RosterModel::UnreadCountRole).toInt(), 5, 10000);
            QCOMPARE(alice.unread()->total(), 0);
            QVERIFY(alice.store->waitForIdle());
        }
        {
            Alice alice = start(true);
            QTRY_VERIFY_WITH_TIMEOUT(alice.unread()->isLoaded(), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(alice.harness->roster()->indexOf(m_bobJid) >= 0, 15000);
            QTRY_COMPARE_WITH_TIMEOUT(mutedRole(alice), QVariant(true), 10000);
            QCOMPARE(alice.unread()->count(m_bobJid), 5);
            QCOMPARE(alice.unread()->total(), 0);
            alice.unread()->setMuted(m_bobJid, false);
            QCOMPARE(mutedRole(alice), QVariant(false));
            QCOMPARE(alice.unread()->total(), 5);
        }
    }
};

QTEST_MAIN(TestUnreadArchive)
#include "tst_unread_archive.moc"
