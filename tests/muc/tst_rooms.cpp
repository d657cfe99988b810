// Group chat against the fixture's Prosody (conference.DOMAIN): Linnet accounts (each with its
// own message store file) create, join and leave rooms, talk both ways, see occupants with
// roles, keep rooms as XEP-0402 bookmarks that are joined again at the next login, and get the
// room's history when they join.
#include "RoomsLiveTest.h"
#include "muc/OccupantsModel.h"
#include "muc/BookmarkStore.h"
#include "muc/RoomsModel.h"
#include "chat/ArchiveSync.h"

#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppTask.h>

class TestRooms : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    QTemporaryDir m_dir;

    QString roomJid(const QString &name) const { return name + QLatin1Char('@') + m_server->mucJid(); }

    static bool waitJoined(const RoomsMember &member, const QString &room)
    {
        return QTest::qWaitFor([&] { return member.room(room) && member.room(room)->isJoined(); }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
        QVERIFY(m_dir.isValid());
    }

    // Create, join, talk both ways: every message stored once on each side, our own reflected
    // message merged into the row we stored when sending; occupants with their roles.
    void createJoinAndTalk()
    {
        const QString room = roomJid(QStringLiteral("lobby"));
        auto alice = loginMember(*m_server, m_dir, QStringLiteral("alice"));
        auto bob = loginMember(*m_server, m_dir, QStringLiteral("bob"));
        QVERIFY(alice.harness->account()->mainClient());
        QVERIFY(bob.harness->account()->mainClient());

        QVERIFY(alice.rooms()->create(room, QStringLiteral("Alice")));
        QVERIFY(waitJoined(alice, room));
        Room *aliceRoom = alice.room(room);
        QCOMPARE(aliceRoom->nick(), QStringLiteral("Alice"));
        QCOMPARE(aliceRoom->occupantCount(), 1);
        const auto *self = aliceRoom->occupants()->find(QStringLiteral("Alice"));
        QVERIFY(self);
        QVERIFY(self->self);
        QCOMPARE(self->affiliation, OccupantsModel::Affiliation::Owner);
        QCOMPARE(self->role, OccupantsModel::OccupantRole::Moderator);
        QCOMPARE(alice.rooms()->model()->indexOf(room), 0);

        QVERIFY(bob.rooms()->join(room, QStringLiteral("Bob")));
        QVERIFY(waitJoined(bob, room));
        QTRY_COMPARE_WITH_TIMEOUT(aliceRoom->occupantCount(), 2, 10000);
        Room *bobRoom = bob.room(room);
        QCOMPARE(bobRoom->occupantCount(), 2);
        // Sorted by role: the moderator first.
        QCOMPARE(bobRoom->occupants()->data(bobRoom->occupants()->index(0), OccupantsModel::NickRole).toString(),
                 QStringLiteral("Alice"));
        const auto *bobSeen = aliceRoom->occupants()->find(QStringLiteral("Bob"));
        QVERIFY(bobSeen);
        QCOMPARE(bobSeen->role, OccupantsModel::OccupantRole::Participant);
        QVERIFY(!bobSeen->self);

        // Alice -> room: stored once on her side (queued, then the reflection), once at Bob's.
        QVERIFY(alice.rooms()->sendMessage(room, QStringLiteral("Hello Bob")));
        QVERIFY(alice.waitReflected(room, QStringLiteral("Hello Bob")));
        QCOMPARE(alice.countBody(room, QStringLiteral("Hello Bob")), 1);
        const auto mine = alice.find(room, QStringLiteral("Hello Bob"));
        QCOMPARE(mine->direction, StoredMessage::Direction::Outgoing);
        QCOMPARE(mine->peer, room);
        QCOMPARE(mine->peerResource, QStringLiteral("Alice"));
        QVERIFY(!mine->originId.isEmpty());

        // Bob -> room, after Alice's message: once his is reflected, hers has arrived too.
        QVERIFY(bob.rooms()->sendMessage(room, QStringLiteral("Hi Alice")));
        QVERIFY(bob.waitReflected(room, QStringLiteral("Hi Alice")));
        QCOMPARE(bob.countBody(room, QStringLiteral("Hello Bob")), 1);
        const auto got = bob.find(room, QStringLiteral("Hello Bob"));
        QCOMPARE(got->direction, StoredMessage::Direction::Incoming);
        QCOMPARE(got->peerResource, QStringLiteral("Alice"));
        QCOMPARE(got->originId, mine->originId);
        QCOMPARE(bob.countBody(room, QStringLiteral("Hi Alice")), 1);

        // Alice gets Bob's, once; it names her: a mention, unread while the room is not open.
        QVERIFY(alice.rooms()->sendMessage(room, QStringLiteral("marker 1")));
        QVERIFY(alice.waitReflected(room, QStringLiteral("marker 1")));
        QCOMPARE(alice.countBody(room, QStringLiteral("Hi Alice")), 1);
        QCOMPARE(alice.find(room, QStringLiteral("Hi Alice"))->direction, StoredMessage::Direction::Incoming);
        QCOMPARE(aliceRoom->unread(), 1);
        QVERIFY(aliceRoom->isMentioned());
        alice.rooms()->openRoom(room);
        QCOMPARE(aliceRoom->unread(), 0);
        QCOMPARE(alice.rooms()->currentRoom(), aliceRoom);

        // Leaving: Bob is gone from Alice's occupants, his room is no longer joined.
        bob.rooms()->leave(room);
        QVERIFY(!bobRoom->isJoined());
        QTRY_COMPARE_WITH_TIMEOUT(aliceRoom->occupantCount(), 1, 10000);
        QVERIFY(!aliceRoom->occupants()->find(QStringLiteral("Bob")));
        // A message after leaving does not reach Bob.
        QVERIFY(alice.rooms()->sendMessage(room, QStringLiteral("Bob left")));
        QVERIFY(alice.waitReflected(room, QStringLiteral("Bob left")));
        QCOMPARE(bob.countBody(room, QStringLiteral("Bob left")), 0);
    }

    // A reserved room is configured with its name before anyone else sees it.
    void createReservedWithName()
    {
        const QString room = roomJid(QStringLiteral("team"));
        auto alice = loginMember(*m_server, m_dir, QStringLiteral("alice"));
        QVERIFY(alice.rooms()->create(room, QStringLiteral("Alice"), QStringLiteral("Team Room"), true));
        QVERIFY(waitJoined(alice, room));
        QCOMPARE(alice.room(room)->name(), QStringLiteral("Team Room"));

        // Another account sees the name the room got (disco#info), not the one in Alice's bookmark.
        auto carol = loginMember(*m_server, m_dir, QStringLiteral("carol"));
        auto *disco = carol.harness->client()->findExtension<QXmppDiscoveryManager>();
        QString name;
        bool done = false;
        disco->requestDiscoInfo(room).then(this, [&](QXmppDiscoveryManager::InfoResult &&result) {
            if (const auto *info = std::get_if<QXmppDiscoveryIq>(&result)) {
                for (const auto &identity : info->identities())
                    name = identity.name();
            }
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QCOMPARE(name, QStringLiteral("Team Room"));
        QVERIFY(carol.rooms()->join(room, QStringLiteral("Carol"), {}, false));
        QVERIFY(waitJoined(carol, room));
        QTRY_COMPARE_WITH_TIMEOUT(carol.room(room)->name(), QStringLiteral("Team Room"), 10000);
        QVERIFY(!carol.room(room)->isBookmarked());
    }

    // A joined room is bookmarked (XEP-0402) and joined again at the next login, with its
    // nick; after leaving it stays bookmarked but is not joined at login.
    void bookmarkAutojoin()
    {
        const QString room = roomJid(QStringLiteral("bookmarked"));
        {
            auto bob = loginMember(*m_server, m_dir, QStringLiteral("bob"));
            QVERIFY(bob.rooms()->join(room, QStringLiteral("Bobby")));
            QVERIFY(waitJoined(bob, room));
            QVERIFY(bob.room(room)->isBookmarked());
            QVERIFY(bob.room(room)->autojoin());
            // The bookmark is on the server: a fresh load sees it (the next login's does).
        }
        {
            auto bob = loginMember(*m_server, m_dir, QStringLiteral("bob"));
            QTRY_VERIFY_WITH_TIMEOUT(bob.rooms()->bookmarksLoaded(), 10000);
            QVERIFY(bob.room(room));
            QVERIFY(bob.room(room)->autojoin());
            QVERIFY(waitJoined(bob, room));
            QCOMPARE(bob.room(room)->nick(), QStringLiteral("Bobby"));
            bob.rooms()->leave(room);
            QVERIFY(!bob.room(room)->autojoin());
            QVERIFY(bob.room(room)->isBookmarked());
            // The autojoin=false reaches the server before we log out: a round trip after it.
            bool loaded = false;
            bool autojoin = true;
            BookmarkStore::load(bob.harness->account()->mainClient(), this, [&](const QList<RoomBookmark> &list, const QString &) {
                for (const auto &b : list) {
                    if (b.jid == room)
                        autojoin = b.autojoin;
                }
                loaded = true;
            });
            QVERIFY(QTest::qWaitFor([&] { return loaded; }, 10000));
            QVERIFY(!autojoin);
        }
        {
            auto bob = loginMember(*m_server, m_dir, QStringLiteral("bob"));
            QTRY_VERIFY_WITH_TIMEOUT(bob.rooms()->bookmarksLoaded(), 10000);
            QVERIFY(bob.room(room));  // listed
            QCOMPARE(bob.room(room)->state(), Room::State::NotJoined);
            // Forgetting removes the bookmark and the room from the list.
            bob.rooms()->leave(room, true);
            QVERIFY(!bob.room(room));
            QCOMPARE(bob.rooms()->model()->indexOf(room), -1);
        }
        {
            auto bob = loginMember(*m_server, m_dir, QStringLiteral("bob"));
            QTRY_VERIFY_WITH_TIMEOUT(bob.rooms()->bookmarksLoaded(), 10000);
            QVERIFY(!bob.room(room));
        }
    }

    // Joining a room with messages in it brings them (MUC history), stored once; joining again
    // does not store them twice.
    void historyOnJoin()
    {
        const QString room = roomJid(QStringLiteral("history"));
        auto alice = loginMember(*m_server, m_dir, QStringLiteral("alice"));
        QVERIFY(alice.rooms()->create(room, QStringLiteral("Alice")));
        QVERIFY(waitJoined(alice, room));
        // Persistent, so the room and its history outlive Alice's presence? It stays while she is in.
        for (int i = 1; i <= 3; ++i)
            QVERIFY(alice.rooms()->sendMessage(room, QStringLiteral("Earlier %1").arg(i)));
        QVERIFY(alice.waitReflected(room, QStringLiteral("Earlier 3")));

        auto carol = loginMember(*m_server, m_dir, QStringLiteral("carol"));
        QVERIFY(carol.rooms()->join(room, QStringLiteral("Carol"), {}, false));
        QVERIFY(waitJoined(carol, room));
        QVERIFY(carol.rooms()->sendMessage(room, QStringLiteral("Carol is here")));
        QVERIFY(carol.waitReflected(room, QStringLiteral("Carol is here")));
        for (int i = 1; i <= 3; ++i) {
            const QString body = QStringLiteral("Earlier %1").arg(i);
            QCOMPARE(carol.countBody(room, body), 1);
            const auto m = carol.find(room, body);
            QCOMPARE(m->direction, StoredMessage::Direction::Incoming);
            QCOMPARE(m->peerResource, QStringLiteral("Alice"));
        }
        // History is not news: nothing unread from it.
        QCOMPARE(carol.room(room)->unread(), 0);

        // Leave and join again: the history comes again (or not), stored once either way.
        carol.rooms()->leave(room);
        QVERIFY(carol.rooms()->join(room, QStringLiteral("Carol"), {}, false));
        QVERIFY(waitJoined(carol, room));
        QVERIFY(carol.rooms()->sendMessage(room, QStringLiteral("Carol again")));
        QVERIFY(carol.waitReflected(room, QStringLiteral("Carol again")));
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(carol.countBody(room, QStringLiteral("Earlier %1").arg(i)), 1);
        QCOMPARE(carol.countBody(room, QStringLiteral("Carol is here")), 1);
    }

    // The fixture's rooms archive (mod_muc_mam). Coming back to a room, what was said while we
    // were away comes from the room's archive, after the newest stored message: more than the
    // join history holds (Prosody keeps 20), each once, with the room's stanza-ids.
    void historyFromArchiveAfterRejoin()
    {
        const QString room = roomJid(QStringLiteral("archived"));
        auto alice = loginMember(*m_server, m_dir, QStringLiteral("alice"));
        QVERIFY(alice.rooms()->create(room, QStringLiteral("Alice")));
        QVERIFY(waitJoined(alice, room));
        {
            auto bob = loginMember(*m_server, m_dir, QStringLiteral("bob"));
            QVERIFY(bob.rooms()->join(room, QStringLiteral("Bobby2"), {}, false));
            QVERIFY(waitJoined(bob, room));
            QVERIFY(alice.rooms()->sendMessage(room, QStringLiteral("Before")));
            QVERIFY(bob.rooms()->sendMessage(room, QStringLiteral("Bob was here")));
            QVERIFY(bob.waitReflected(room, QStringLiteral("Bob was here")));
            const auto before = bob.find(room, QStringLiteral("Before"));
            QVERIFY(before);
            QVERIFY2(!before->stanzaId.isEmpty(), "the room stamps its messages with its stanza-id");
            bob.harness->quit();  // offline: out of the room
        }
        QTRY_COMPARE_WITH_TIMEOUT(alice.room(room)->occupantCount(), 1, 10000);
        constexpr int Away = 30;
        for (int i = 1; i <= Away; ++i)
            QVERIFY(alice.rooms()->sendMessage(room, QStringLiteral("Away %1").arg(i)));
        QVERIFY(alice.waitReflected(room, QStringLiteral("Away %1").arg(Away)));

        auto bob = loginMember(*m_server, m_dir, QStringLiteral("bob"));
        QSignalSpy caughtUp(bob.harness->chats()->archive(), &ArchiveSync::roomCaughtUp);
        QVERIFY(bob.rooms()->join(room, QStringLiteral("Bobby2"), {}, false));
        QVERIFY(waitJoined(bob, room));
        // Everything said while away (the join history alone would bring the last 20).
        const auto awayStored = [&] {
            int n = 0;
            for (const auto &m : bob.stored(room))
                n += m.body.startsWith(u"Away ") ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(awayStored(), Away, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 15000);
        QCOMPARE(caughtUp.at(0).at(0).toString(), room);
        QCOMPARE(caughtUp.at(0).at(2).toString(), QString());  // no error
        QCOMPARE(caughtUp.at(0).at(1).toInt(), Away);
        const auto stored = bob.stored(room);
        for (int i = 1; i <= Away; ++i) {
            const QString body = QStringLiteral("Away %1").arg(i);
            QCOMPARE(bob.countBody(room, body), 1);
            const auto m = bob.find(room, body);
            QCOMPARE(m->direction, StoredMessage::Direction::Incoming);
            QCOMPARE(m->peerResource, QStringLiteral("Alice"));
            QVERIFY(!m->stanzaId.isEmpty());
        }
        QCOMPARE(bob.countBody(room, QStringLiteral("Before")), 1);
        QCOMPARE(bob.countBody(room, QStringLiteral("Bob was here")), 1);
        // In the order they were said: "Away 1" .. "Away 30" after "Before".
        QStringList order;
        for (const auto &m : stored) {
            if (m.body.startsWith(u"Away ") || m.body == u"Before")
                order << m.body;
        }
        QCOMPARE(order.size(), Away + 1);
        QCOMPARE(order.first(), QStringLiteral("Before"));
        QCOMPARE(order.last(), QStringLiteral("Away %1").arg(Away));
        // History is not news.
        QCOMPARE(bob.room(room)->unread(), 0);
    }

    // A room that refuses us says why.
    void joinRefused()
    {
        const QString room = roomJid(QStringLiteral("nicktaken"));
        auto alice = loginMember(*m_server, m_dir, QStringLiteral("alice"));
        auto bob = loginMember(*m_server, m_dir, QStringLiteral("bob"));
        QVERIFY(alice.rooms()->create(room, QStringLiteral("Same")));
        QVERIFY(waitJoined(alice, room));
        QSignalSpy errors(bob.rooms(), &RoomsController::errorOccurred);
        QVERIFY(bob.rooms()->join(room, QStringLiteral("Same"), {}, false));
        QTRY_COMPARE_WITH_TIMEOUT(bob.room(room)->state(), Room::State::Failed, 10000);
        QVERIFY(!bob.room(room)->error().isEmpty());
        QCOMPARE(errors.size(), 1);
    }
};

QTEST_MAIN(TestRooms)
#include "tst_rooms.moc"
