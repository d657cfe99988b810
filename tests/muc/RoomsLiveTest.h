// Helpers of the live group chat tests: a Linnet account with its own message store file,
// logged in to the fixture's Prosody, and synchronous looks into that store.
#pragma once

#include "AccountHarness.h"
#include "LiveTest.h"
#include "chat/MessageStore.h"
#include "muc/Room.h"
#include "muc/RoomsController.h"

#include <QSignalSpy>
#include <QTemporaryDir>

struct RoomsMember {
    std::unique_ptr<MessageStore> store;
    std::unique_ptr<AccountHarness> harness;
    QString jid;

    RoomsController *rooms() const { return harness->account()->rooms(); }
    Room *room(const QString &roomJid) const { return rooms()->room(roomJid); }

    // The conversation with peer as the store has it now (everything queued before is done).
    QList<StoredMessage> stored(const QString &peer) const
    {
        QSignalSpy spy(store.get(), &MessageStore::pageLoaded);
        const auto id = store->fetchNewest(jid, peer, MessageStore::MaxLimit);
        QList<StoredMessage> messages;
        const bool answered = QTest::qWaitFor([&] {
            for (const auto &args : std::as_const(spy)) {
                if (args.at(0).value<MessageStore::RequestId>() == id) {
                    messages = args.at(1).value<MessagePage>().messages;
                    return true;
                }
            }
            return false;
        }, 10000);
        if (!answered)
            qWarning("the store did not answer");
        return messages;
    }
    qsizetype countBody(const QString &peer, const QString &body) const
    {
        const auto all = stored(peer);
        return std::count_if(all.cbegin(), all.cend(), [&](const StoredMessage &m) { return m.body == body; });
    }
    std::optional<StoredMessage> find(const QString &peer, const QString &body) const
    {
        for (const auto &m : stored(peer)) {
            if (m.body == body)
                return m;
        }
        return std::nullopt;
    }
    // Waits until our own message is back from the room (its reflection made it Acknowledged):
    // everything the room sent us before it has arrived and been stored.
    bool waitReflected(const QString &room, const QString &body) const
    {
        return QTest::qWaitFor([&] {
            const auto m = find(room, body);
            return m && m->state == StoredMessage::State::Acknowledged;
        }, 15000);
    }
};

// user logs in as Linnet with a store at dir/user.sqlite (the same file again for a second run).
inline RoomsMember loginMember(const ProsodyServer &server, const QTemporaryDir &dir, const QString &user)
{
    RoomsMember member;
    member.jid = server.jid(user);
    member.store = std::make_unique<MessageStore>();
    member.store->open(dir.filePath(user + QStringLiteral(".sqlite")));
    member.harness = std::make_unique<AccountHarness>(LiveTest::settingsFor(server, user));
    // As AccountsModel does: the chats get the store, the rooms take the same one.
    member.harness->chats()->setStore(member.store.get());
    member.harness->login(LiveTest::Password);
    if (!QTest::qWaitFor([&] { return member.harness->account()->mainClient() != nullptr; }, 15000))
        qWarning() << user << "did not log in";
    return member;
}
