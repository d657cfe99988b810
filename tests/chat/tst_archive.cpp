// ArchiveSync against the fixture's Prosody (mod_mam on, file storage) and a real store file.
// Alice is the account whose archive is read, through a plain QXmppClient (ArchiveSync only
// needs a connected client); Bob and Carol send while she is offline. Pages are made small
// so a few dozen messages span several of them.
#include "LiveTest.h"
#include "chat/ArchiveSync.h"
#include "chat/MessageConversion.h"
#include "chat/MessageStore.h"

#include <QDomElement>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmppMessage.h>
#include <QXmppPingIq.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

class TestArchive : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<QXmppClient> m_bob;
    std::unique_ptr<QXmppClient> m_carol;
    std::unique_ptr<QXmppClient> m_dave;
    QTemporaryDir m_dir;
    QString m_alice;
    int m_file = 0;

    // A fresh store file for each test: every test starts with nothing stored.
    std::unique_ptr<MessageStore> newStore()
    {
        auto store = std::make_unique<MessageStore>();
        store->open(m_dir.filePath(QStringLiteral("messages-%1.sqlite").arg(++m_file)));
        return store;
    }

    // Sends bodies from `from` to Alice's bare JID, then waits for a ping round trip: Prosody
    // handles one session's stanzas in order and archives synchronously, so after the pong
    // every message is in Alice's archive.
    // spaced: each archived before the next is sent, a few milliseconds apart, so the archive
    // times (kept to the millisecond in the store) differ and order the messages by themselves.
    static bool send(QXmppClient *from, const QString &to, const QStringList &bodies, bool spaced = false)
    {
        for (const QString &body : bodies) {
            QXmppMessage message(QString(), to, body);
            message.setType(QXmppMessage::Chat);
            from->sendPacket(message);
            if (spaced) {
                if (!settle(from))
                    return false;
                QTest::qWait(3);
            }
        }
        return settle(from);
    }
    static bool settle(QXmppClient *client)
    {
        QXmppPingIq ping;
        ping.setTo(client->configuration().domain());
        bool done = false;
        client->sendIq(std::move(ping)).then(client, [&done](auto &&) { done = true; });
        return QTest::qWaitFor([&] { return done; }, 10000);
    }
    static QStringList numbered(const QString &prefix, int from, int to)
    {
        QStringList list;
        for (int i = from; i <= to; ++i)
            list << QStringLiteral("%1 %2").arg(prefix).arg(i);
        return list;
    }

    std::unique_ptr<QXmppClient> connectAlice(const QString &resource = QStringLiteral("desk"))
    {
        auto client = std::make_unique<QXmppClient>();
        client->connectToServer(m_server->clientConfiguration(QStringLiteral("alice"), LiveTest::Password, resource));
        // After the round trip the server has her initial presence: messages to her bare JID
        // reach this session.
        if (!QTest::qWaitFor([&] { return client->isConnected(); }, 15000) || !settle(client.get()))
            return nullptr;
        return client;
    }

    // The whole stored conversation, oldest first.
    static QList<StoredMessage> conversation(MessageStore &store, const QString &account, const QString &peer)
    {
        QList<StoredMessage> rows;
        QSignalSpy pages(&store, &MessageStore::pageLoaded);
        const auto id = store.fetchNewest(account, peer, MessageStore::MaxLimit);
        if (!QTest::qWaitFor([&] { return !pages.isEmpty(); }, 10000))
            return rows;
        const auto page = pages.first().at(1).value<MessagePage>();
        Q_ASSERT(pages.first().at(0).value<MessageStore::RequestId>() == id);
        return page.messages;
    }
    static QStringList bodies(const QList<StoredMessage> &rows)
    {
        QStringList list;
        for (const auto &m : rows)
            list << m.body;
        return list;
    }

    // Runs a catch-up to its end; the inserted count, or -1 if it failed or hung.
    static int catchUp(ArchiveSync &sync, QXmppClient *client, QString *error = nullptr)
    {
        QSignalSpy done(&sync, &ArchiveSync::caughtUp);
        QSignalSpy failed(&sync, &ArchiveSync::failed);
        sync.catchUp(client);
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000))
            return -1;
        if (!failed.isEmpty()) {
            if (error)
                *error = failed.first().first().toString();
            return -1;
        }
        return done.first().first().toInt();
    }

    struct Older {
        int inserted = -1;
        bool complete = false;
        QString conversation;
    };
    static Older fetchOlder(ArchiveSync &sync, QXmppClient *client, const QString &archive, const QString &with,
                            const QString &beforeId, qint64 beforeMs)
    {
        QSignalSpy done(&sync, &ArchiveSync::olderFetched);
        sync.fetchOlder(client, archive, with, beforeId, beforeMs);
        if (!QTest::qWaitFor([&] { return !done.isEmpty(); }, 30000))
            return {};
        return {done.first().at(1).toInt(), done.first().at(2).toBool(), done.first().at(0).toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ProsodyServer::Options options;
        for (const char *user : {"alice", "bob", "carol", "dave"})
            options.accounts.append({QString::fromLatin1(user), LiveTest::Password, QString::fromLatin1(user)});
        options.mutualRoster = true;
        m_server = LiveTest::startServer(options);
        QVERIFY(m_server);
        m_alice = m_server->jid(QStringLiteral("alice"));
        m_bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        m_carol = LiveTest::connectPeer(*m_server, QStringLiteral("carol"));
        m_dave = LiveTest::connectPeer(*m_server, QStringLiteral("dave"));
        QVERIFY(m_bob && m_carol && m_dave);
    }

    // Offline messages from two contacts and a send from another resource of Alice's, all
    // stored once, in order, with stanza-ids; a second catch-up finds nothing new. Each test
    // works on messages sent after the previous one, from a new store, except where said.
    void catchUpStoresEverythingOnce();
    void catchUpPagesForwardFromTheLastStanzaId();
    void liveAndArchiveCopiesAreOneMessage();
    void fetchOlderPagesBackToTheStart();
    void blockedContactsAreSkipped();
    void refusedArchiveFails();
    void notConnectedFails();
};

void TestArchive::catchUpStoresEverythingOnce()
{
    const QString bob = m_server->jid(QStringLiteral("bob"));
    const QString carol = m_server->jid(QStringLiteral("carol"));
    QVERIFY(send(m_bob.get(), m_alice, numbered(QStringLiteral("bob"), 1, 7)));
    QVERIFY(send(m_carol.get(), m_alice, numbered(QStringLiteral("carol"), 1, 3)));
    {
        // Alice's phone (another client) writes to Bob: her archive keeps it as outgoing.
        auto phone = connectAlice(QStringLiteral("phone"));
        QVERIFY(phone);
        QVERIFY(send(phone.get(), bob, {QStringLiteral("alice from her phone")}));
    }

    auto store = newStore();
    ArchiveSync sync(m_alice, store.get());
    sync.setPageSize(4);  // 11 messages: three pages back from the newest, stored oldest first
    auto alice = connectAlice();
    QVERIFY(alice);
    QSignalSpy storedSpy(&sync, &ArchiveSync::stored);
    QString error;
    QCOMPARE(catchUp(sync, alice.get(), &error), 11);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!sync.isBusy());
    QCOMPARE(sync.fetched(), 11);
    QCOMPARE(storedSpy.size(), 1);

    const auto withBob = conversation(*store, m_alice, bob);
    QCOMPARE(bodies(withBob), numbered(QStringLiteral("bob"), 1, 7) << QStringLiteral("alice from her phone"));
    QSet<QString> ids;
    for (const auto &m : withBob) {
        QVERIFY2(!m.stanzaId.isEmpty(), qPrintable(m.body));
        ids.insert(m.stanzaId);
    }
    QCOMPARE(ids.size(), withBob.size());
    QCOMPARE(withBob.first().direction, StoredMessage::Direction::Incoming);
    QCOMPARE(withBob.last().direction, StoredMessage::Direction::Outgoing);
    QCOMPARE(withBob.last().ownResource, QStringLiteral("phone"));
    QCOMPARE(withBob.last().state, StoredMessage::State::Acknowledged);
    QCOMPARE(bodies(conversation(*store, m_alice, carol)), numbered(QStringLiteral("carol"), 1, 3));

    // Nothing new: nothing stored again.
    QCOMPARE(catchUp(sync, alice.get()), 0);
    QCOMPARE(conversation(*store, m_alice, bob).size(), withBob.size());
}

void TestArchive::catchUpPagesForwardFromTheLastStanzaId()
{
    const QString bob = m_server->jid(QStringLiteral("bob"));
    auto store = newStore();
    ArchiveSync sync(m_alice, store.get());
    sync.setPageSize(5);
    auto alice = connectAlice();
    QVERIFY(alice);
    QVERIFY(catchUp(sync, alice.get()) >= 0);  // whatever earlier tests left: the starting point
    const int before = conversation(*store, m_alice, bob).size();
    alice.reset();  // offline

    QVERIFY(send(m_bob.get(), m_alice, numbered(QStringLiteral("later"), 1, 23)));
    alice = connectAlice();
    QVERIFY(alice);
    QSignalSpy storedSpy(&sync, &ArchiveSync::stored);
    QCOMPARE(catchUp(sync, alice.get()), 23);
    QCOMPARE(storedSpy.size(), 5);  // 5 + 5 + 5 + 5 + 3
    const auto rows = conversation(*store, m_alice, bob);
    QCOMPARE(rows.size(), before + 23);
    QCOMPARE(bodies(rows.mid(before)), numbered(QStringLiteral("later"), 1, 23));
    // Forward from the newest stored stanza-id: nothing older was fetched again.
    QCOMPARE(sync.fetched(), 23);
    QCOMPARE(catchUp(sync, alice.get()), 0);
    QCOMPARE(sync.fetched(), 0);
}

void TestArchive::liveAndArchiveCopiesAreOneMessage()
{
    const QString bob = m_server->jid(QStringLiteral("bob"));
    auto store = newStore();
    ArchiveSync sync(m_alice, store.get());
    auto alice = connectAlice();
    QVERIFY(alice);
    // The live path as ChatController takes it: received, converted, stored.
    QList<StoredMessage> live;
    connect(alice.get(), &QXmppClient::messageReceived, this, [&](const QXmppMessage &m) {
        if (!m.body().isEmpty())
            live << MessageConversion::fromStanza(m, {m_alice, QStringLiteral("desk"), {}});
    });
    QVERIFY(send(m_bob.get(), m_alice, {QStringLiteral("live and archived")}));
    QVERIFY(QTest::qWaitFor([&] { return !live.isEmpty(); }, 10000));
    QVERIFY(!live.first().stanzaId.isEmpty());
    QSignalSpy storedLive(store.get(), &MessageStore::stored);
    store->store(live);
    QVERIFY(QTest::qWaitFor([&] { return !storedLive.isEmpty(); }, 10000));
    QVERIFY(storedLive.first().at(1).value<QList<StoreResult>>().first().inserted);

    // The archive's copy of the newest message of the conversation is the same message.
    QSignalSpy storedSpy(&sync, &ArchiveSync::stored);
    const Older older = fetchOlder(sync, alice.get(), m_alice, bob, QString(), QDateTime::currentMSecsSinceEpoch() + 60000);
    QVERIFY(older.inserted >= 0);
    QVERIFY(!storedSpy.isEmpty());
    bool seen = false;
    for (const auto &args : storedSpy) {
        for (const StoreResult &r : args.first().value<QList<StoreResult>>()) {
            if (r.message.stanzaId == live.first().stanzaId) {
                seen = true;
                QVERIFY(!r.inserted);
            }
        }
    }
    QVERIFY(seen);
    const auto rows = conversation(*store, m_alice, bob);
    QCOMPARE(bodies(rows).count(QStringLiteral("live and archived")), 1);
}

void TestArchive::fetchOlderPagesBackToTheStart()
{
    // Dave's whole conversation, fetched back page by page from an empty store, with Bob's
    // and Carol's messages in the same archive (before, between and after) left alone.
    const QString dave = m_server->jid(QStringLiteral("dave"));
    const QString bob = m_server->jid(QStringLiteral("bob"));
    const QString carol = m_server->jid(QStringLiteral("carol"));
    QVERIFY(send(m_dave.get(), m_alice, numbered(QStringLiteral("dave"), 1, 10), true));
    QVERIFY(send(m_carol.get(), m_alice, {QStringLiteral("carol, not asked for")}));
    QVERIFY(send(m_dave.get(), m_alice, numbered(QStringLiteral("dave"), 11, 20), true));
    QVERIFY(send(m_bob.get(), m_alice, {QStringLiteral("bob, not asked for")}));
    auto store = newStore();
    ArchiveSync sync(m_alice, store.get());
    sync.setPageSize(6);
    auto alice = connectAlice();
    QVERIFY(alice);

    QString beforeId;
    qint64 beforeMs = QDateTime::currentMSecsSinceEpoch() + 60000;
    int pages = 0;
    int total = 0;
    Older older;
    do {
        older = fetchOlder(sync, alice.get(), m_alice, dave, beforeId, beforeMs);
        QVERIFY2(older.inserted >= 0, "fetchOlder did not answer");
        QCOMPARE(older.conversation, dave);
        total += older.inserted;
        const auto rows = conversation(*store, m_alice, dave);
        QVERIFY(!rows.isEmpty());
        beforeId = rows.first().stanzaId;
        beforeMs = rows.first().timeMs;
        QVERIFY(++pages < 20);
    } while (!older.complete);

    const auto rows = conversation(*store, m_alice, dave);
    QCOMPARE(total, rows.size());
    QCOMPARE(bodies(rows), numbered(QStringLiteral("dave"), 1, 20));
    QCOMPARE(pages, 4);  // 6 + 6 + 6 + 2, the last one short and complete
    QVERIFY(conversation(*store, m_alice, carol).isEmpty());
    QVERIFY(conversation(*store, m_alice, bob).isEmpty());
    QVERIFY(!sync.isBusy());
}

void TestArchive::blockedContactsAreSkipped()
{
    const QString bob = m_server->jid(QStringLiteral("bob"));
    const QString carol = m_server->jid(QStringLiteral("carol"));
    auto store = newStore();
    ArchiveSync sync(m_alice, store.get());
    auto alice = connectAlice();
    QVERIFY(alice);
    QVERIFY(catchUp(sync, alice.get()) >= 0);
    alice.reset();

    QVERIFY(send(m_carol.get(), m_alice, {QStringLiteral("from a blocked contact")}));
    QVERIFY(send(m_bob.get(), m_alice, {QStringLiteral("from bob, not blocked")}));
    sync.isBlocked = [carol](const QString &jid) { return jid == carol; };
    alice = connectAlice();
    QVERIFY(alice);
    QCOMPARE(catchUp(sync, alice.get()), 1);
    QVERIFY(!bodies(conversation(*store, m_alice, carol)).contains(QStringLiteral("from a blocked contact")));
    QCOMPARE(conversation(*store, m_alice, bob).constLast().body, QStringLiteral("from bob, not blocked"));
}

void TestArchive::refusedArchiveFails()
{
    // Bob's archive is not Alice's to read.
    auto store = newStore();
    ArchiveSync sync(m_alice, store.get());
    auto alice = connectAlice();
    QVERIFY(alice);
    QSignalSpy failed(&sync, &ArchiveSync::failed);
    const Older older = fetchOlder(sync, alice.get(), m_server->jid(QStringLiteral("bob")), QString(), QString(), 0);
    QCOMPARE(older.inserted, 0);
    QVERIFY(!older.complete);
    QCOMPARE(failed.size(), 1);
    const QString error = failed.first().first().toString();
    QVERIFY2(error.contains(m_server->jid(QStringLiteral("bob"))) && error.contains(QStringLiteral("refused")), qPrintable(error));
    QCOMPARE(sync.error(), error);
    QVERIFY(!sync.isBusy());
}

void TestArchive::notConnectedFails()
{
    auto store = newStore();
    ArchiveSync sync(m_alice, store.get());
    QXmppClient offline;
    QString error;
    QCOMPARE(catchUp(sync, &offline, &error), -1);
    QVERIFY2(error.contains(QStringLiteral("not connected")), qPrintable(error));
    QVERIFY(!sync.isBusy());
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
