// ChatController on the MessageStore, against a real Prosody: everything received is stored once
// however many paths bring it (two sessions, carbons, the archive), survives a restart, carries
// corrections and replies, and hostile input neither crashes nor floods the store. Alice is
// Linnet with two sessions (desk, lab) on a real store file; Bob is a plain QXmppClient, and
// "phone" a plain QXmppClient on Alice's own account (another client of hers).
#include "ChatLiveTest.h"

#include "chat/ArchiveSync.h"
#include "chat/MessageConversion.h"

#include <QXmppElement.h>
#include <QXmppUtils.h>

using namespace ChatLive;
using namespace Qt::StringLiterals;
using Direction = StoredMessage::Direction;

class TestChatController : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<AccountHarness> m_alice;
    std::unique_ptr<QXmppClient> m_bob;
    std::unique_ptr<QXmppClient> m_phone;
    QString m_aliceJid;
    QString m_bobJid;
    int m_probes = 0;

    QString file() const { return m_dir.filePath(MessageStore::FileName); }
    ChatController *chats() const { return m_alice->chats(); }

    // Bob writes to both of Alice's sessions and waits until both notes are stored: each
    // session receives in order and the store answers in order, so every copy of what came
    // before (directly, or as a carbon) has been stored by then.
    bool drain()
    {
        const QString tag = u"probe %1"_s.arg(++m_probes);
        m_bob->sendPacket(chat(m_aliceJid + u"/desk"_s, tag + u" desk"_s, QXmppUtils::generateStanzaUuid()));
        m_bob->sendPacket(chat(m_aliceJid + u"/lab"_s, tag + u" lab"_s, QXmppUtils::generateStanzaUuid()));
        return QTest::qWaitFor([&] { return rowsWithBody(file(), tag + u" desk"_s) && rowsWithBody(file(), tag + u" lab"_s); },
                               20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
        m_aliceJid = m_server->jid(u"alice"_s);
        m_bobJid = m_server->jid(u"bob"_s);
        m_store = openStore(file());
        QVERIFY2(m_store->isOpen(), qPrintable(m_store->error()));
        m_alice = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, u"alice"_s), QStringList{u"desk"_s, u"lab"_s});
        chats()->setStore(m_store.get());
        QVERIFY(chats()->archive());
        m_alice->login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->account()->onlineSessions(), 2, 15000);
        m_bob = LiveTest::connectPeer(*m_server, u"bob"_s);
        QVERIFY(m_bob);
        m_phone = std::make_unique<QXmppClient>();
        m_phone->connectToServer(m_server->clientConfiguration(u"alice"_s, LiveTest::Password, u"phone"_s));
        QVERIFY(QTest::qWaitFor([&] { return m_phone->isConnected(); }, 15000));
    }

    void cleanupTestCase()
    {
        m_phone.reset();
        m_bob.reset();
        m_alice.reset();
        m_store.reset();
    }

    // One message to the bare JID reaches both sessions: one row, one arrival, shown.
    void receivedIsStoredOnceAndShown()
    {
        auto *model = chats()->conversation(m_bobJid);
        QTRY_VERIFY(model->isLoaded());
        QSignalSpy arrived(chats(), &ChatController::messagesArrived);
        m_bob->sendPacket(chat(m_aliceJid, u"Hello Alice, are the sensors up?"_s, u"bob-1"_s));
        QVERIFY(drain());
        QCOMPARE(rowsWithBody(file(), u"Hello Alice, are the sensors up?"_s), 1);
        const auto stored = findStored(*m_store, m_aliceJid, m_bobJid, u"Hello Alice, are the sensors up?"_s);
        QCOMPARE(stored.direction, Direction::Incoming);
        QCOMPARE(stored.messageId, u"bob-1"_s);
        QVERIFY2(!stored.stanzaId.isEmpty(), "the server's stanza-id is kept");
        QTRY_VERIFY(model->rowOf(stored.rowId) >= 0);
        QCOMPARE(model->message(model->rowOf(stored.rowId)).body, u"Hello Alice, are the sensors up?"_s);
        // Arrivals come per stored batch: the message and the two probes, each counted once.
        QVERIFY(!arrived.isEmpty());
        int count = 0;
        for (const auto &args : std::as_const(arrived)) {
            QCOMPARE(args.at(0).toString(), m_bobJid);
            QVERIFY(args.at(3).toBool());  // live
            count += args.at(1).toInt();
        }
        QCOMPARE(count, 3);
        QVERIFY(arrived.last().at(2).toString().startsWith(u"probe"_s));
    }

    // What Alice's phone sends and receives reaches Linnet as carbons: each once, in Bob's chat.
    void carbonsOfAnotherClientShowOnce()
    {
        auto *model = chats()->conversation(m_bobJid);
        QXmppMessage sent = chat(m_bobJid, u"Sent from my phone"_s, u"phone-1"_s);
        m_phone->sendPacket(sent);
        m_bob->sendPacket(chat(m_aliceJid + u"/phone"_s, u"Only for your phone"_s, u"bob-2"_s));
        QVERIFY(drain());
        QCOMPARE(rowsWithBody(file(), u"Sent from my phone"_s), 1);
        QCOMPARE(rowsWithBody(file(), u"Only for your phone"_s), 1);
        const auto mine = findStored(*m_store, m_aliceJid, m_bobJid, u"Sent from my phone"_s);
        QCOMPARE(mine.direction, Direction::Outgoing);
        QCOMPARE(mine.ownResource, u"phone"_s);
        QVERIFY(mine.state == StoredMessage::State::Acknowledged || mine.state == StoredMessage::State::Delivered);
        const auto theirs = findStored(*m_store, m_aliceJid, m_bobJid, u"Only for your phone"_s);
        QCOMPARE(theirs.direction, Direction::Incoming);
        QCOMPARE(theirs.ownResource, u"phone"_s);
        QTRY_VERIFY(model->rowOf(mine.rowId) >= 0 && model->rowOf(theirs.rowId) >= 0);
    }

    // Linnet's own send, as a carbon at the other session: the sent row, not a second one.
    void ownSendIsNotDoubledByItsCarbon()
    {
        QSignalSpy atBob(m_bob.get(), &QXmppClient::messageReceived);
        QVERIFY(chats()->sendMessage(m_bobJid, u"From Linnet's desk"_s, {}));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(atBob.cbegin(), atBob.cend(), [](const QList<QVariant> &args) {
            return args.first().value<QXmppMessage>().body() == u"From Linnet's desk"_s;
        }), 10000);
        QVERIFY(drain());
        QCOMPARE(rowsWithBody(file(), u"From Linnet's desk"_s), 1);
        const auto sent = findStored(*m_store, m_aliceJid, m_bobJid, u"From Linnet's desk"_s);
        QCOMPARE(sent.originId, sent.messageId);
        // The server's ack (XEP-0198), or already the receipt.
        QTRY_VERIFY_WITH_TIMEOUT(StoredMessage::rank(findStored(*m_store, m_aliceJid, m_bobJid, u"From Linnet's desk"_s).state)
                                     >= StoredMessage::rank(StoredMessage::State::Acknowledged), 10000);
    }

    // The archive's copies of what came live and as carbons are the same messages.
    void archiveAddsNothingAlreadyStored()
    {
        const int before = rowCount(file());
        QSignalSpy older(chats()->archive(), &ArchiveSync::olderFetched);
        QSignalSpy pages(chats()->archive(), &ArchiveSync::stored);
        chats()->archive()->fetchOlder(m_alice->account()->mainClient(), m_aliceJid, m_bobJid, {}, 0);
        QVERIFY(older.wait(20000));
        QCOMPARE(older.first().at(1).toInt(), 0);  // nothing new
        qsizetype copies = 0;  // the archive did give its copies: all merged into stored rows
        for (const auto &args : std::as_const(pages)) {
            for (const auto &result : args.first().value<QList<StoreResult>>()) {
                QVERIFY(result.stored() && !result.inserted);
                ++copies;
            }
        }
        QVERIFY2(copies >= 4, qPrintable(QString::number(copies)));
        QCOMPARE(rowCount(file()), before);
        for (const auto &body : {u"Hello Alice, are the sensors up?"_s, u"Sent from my phone"_s, u"Only for your phone"_s,
                                 u"From Linnet's desk"_s})
            QCOMPARE(rowsWithBody(file(), body), 1);
    }

    // A new controller on the same file (the app after a restart) shows what was stored.
    void messagesSurviveARestart()
    {
        QVERIFY(m_store->waitForIdle());
        auto store = openStore(file());
        QVERIFY(store->isOpen());
        ChatController restarted(m_aliceJid, [] { return nullptr; });
        restarted.setStore(store.get());
        auto *model = restarted.conversation(m_bobJid);
        QTRY_VERIFY(model->isLoaded());
        QStringList bodies;
        for (int row = 0; row < model->rowCount(); ++row)
            bodies << model->message(row).body;
        QVERIFY2(bodies.contains(u"Hello Alice, are the sensors up?"_s), qPrintable(bodies.join(u" | "_s)));
        QVERIFY(bodies.contains(u"Sent from my phone"_s));
        QVERIFY(bodies.contains(u"From Linnet's desk"_s));
    }

    // XEP-0308 both ways: Alice corrects her last message; Bob's correction is stored as one.
    void correctionsBothWays()
    {
        QSignalSpy atBob(m_bob.get(), &QXmppClient::messageReceived);
        chats()->openChat(m_bobJid);
        QVERIFY(!chats()->correctLast(u"  "_s));
        QVERIFY(chats()->sendMessage(u"The relay is of"_s));
        QTRY_VERIFY(findStored(*m_store, m_aliceJid, m_bobJid, u"The relay is of"_s).rowId);
        QVERIFY(chats()->correctLast(u"The relay is off"_s));
        QTRY_COMPARE_WITH_TIMEOUT(atBob.size(), 2, 10000);
        const auto original = atBob.at(0).first().value<QXmppMessage>();
        const auto correction = atBob.at(1).first().value<QXmppMessage>();
        QCOMPARE(original.body(), u"The relay is of"_s);
        QCOMPARE(correction.body(), u"The relay is off"_s);
        QCOMPARE(correction.replaceId(), original.id());
        QTRY_COMPARE(findStored(*m_store, m_aliceJid, m_bobJid, u"The relay is off"_s).correctionOf, original.id());
        // A second correction names the original too.
        QVERIFY(chats()->correctLast(u"The relay is OFF"_s));
        QTRY_COMPARE_WITH_TIMEOUT(atBob.size(), 3, 10000);
        QCOMPARE(atBob.at(2).first().value<QXmppMessage>().replaceId(), original.id());
        chats()->closeChat();

        m_bob->sendPacket(chat(m_aliceJid, u"Meet at 5"_s, u"bob-meet"_s));
        auto fix = chat(m_aliceJid, u"Meet at 6"_s, u"bob-meet-2"_s);
        fix.setReplaceId(u"bob-meet"_s);
        m_bob->sendPacket(fix);
        auto reply = chat(m_aliceJid, u"(answering your relay note)"_s, u"bob-reply"_s);
        reply.setReply(QXmpp::Reply{m_aliceJid, original.id()});
        m_bob->sendPacket(reply);
        QVERIFY(drain());
        QCOMPARE(findStored(*m_store, m_aliceJid, m_bobJid, u"Meet at 6"_s).correctionOf, u"bob-meet"_s);
        QCOMPARE(findStored(*m_store, m_aliceJid, m_bobJid, u"(answering your relay note)"_s).replyTo, original.id());
    }

    // An uploaded file goes as its URL, in the body and as XEP-0066 out-of-band data.
    void attachmentCarriesOutOfBandUrl()
    {
        QSignalSpy atBob(m_bob.get(), &QXmppClient::messageReceived);
        const QUrl url(u"https://127.0.0.1/upload/abc/photo%20one.jpg"_s);
        QVERIFY(!chats()->sendAttachment(m_bobJid, QUrl(u"file:///etc/passwd"_s)));
        QVERIFY(chats()->sendAttachment(m_bobJid, url));
        QTRY_VERIFY_WITH_TIMEOUT(!atBob.isEmpty(), 10000);
        const auto message = atBob.first().first().value<QXmppMessage>();
        QCOMPARE(message.body(), url.toString(QUrl::FullyEncoded));
        QCOMPARE(message.outOfBandUrl(), url.toString(QUrl::FullyEncoded));
        auto *model = chats()->conversation(m_bobJid);
        QTRY_COMPARE(model->index(model->rowCount() - 1).data(ChatModel::AttachmentUrlRole).toUrl(), url);
    }

    // Search's jump: the conversation opens at that row.
    void openChatAtARow()
    {
        const auto target = findStored(*m_store, m_aliceJid, m_bobJid, u"Hello Alice, are the sensors up?"_s);
        QVERIFY(target.rowId);
        chats()->closeChat();
        chats()->openChatAt(m_bobJid, target.rowId);
        QCOMPARE(chats()->currentJid(), m_bobJid);
        QSignalSpy position(chats()->currentChat(), &ChatModel::positionRequested);
        QVERIFY(position.wait(10000));
        QCOMPARE(chats()->currentChat()->message(position.first().first().toInt()).rowId, target.rowId);
        chats()->closeChat();
    }

    // A blocked contact's carbons are dropped (the server stops its live messages itself).
    void blockedContactIsNotStored()
    {
        QVERIFY(!m_alice->roster()->isBlocked(m_server->jid(u"carol"_s)));
        m_alice->roster()->block(m_server->jid(u"carol"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->roster()->isBlocked(m_server->jid(u"carol"_s)), 10000);
        // As if a carbon of a message Carol sent to the phone arrived (the path the server's
        // block list does not cover: the phone may have got it before the block).
        QXmppMessage fromCarol = chat(m_aliceJid + u"/desk"_s, u"Carol again"_s, u"carol-1"_s);
        fromCarol.setFrom(m_server->jid(u"carol"_s) + u"/x"_s);
        Q_EMIT m_alice->session(0)->client()->messageReceived(fromCarol);
        QVERIFY(drain());
        QCOMPARE(rowsWithBody(file(), u"Carol again"_s), 0);
    }

    // Hostile content from a peer's client: no crash, stored once, bounded.
    void hostileInput()
    {
        // Bigger than the store keeps (Prosody refuses stanzas over 256 KiB: stay under it).
        const QString big(200000, u'x');
        m_bob->sendPacket(chat(m_aliceJid, big, u"bob-big"_s));
        // Odd but valid characters: right-to-left override, zero-width joiner, emoji, CJK.
        const QString odd = u"\u202Eevil\u200D 🐦 鸟 <b>&amp;</b> \uFFFD"_s;
        m_bob->sendPacket(chat(m_aliceJid, odd, u"bob-odd"_s));
        // A 1 MB body (the server would not relay it) handed to the session directly.
        QXmppMessage huge = chat(m_aliceJid + u"/desk"_s, QString(1024 * 1024, u'y'), u"bob-huge"_s);
        huge.setFrom(m_bobJid + u"/peer"_s);
        Q_EMIT m_alice->session(0)->client()->messageReceived(huge);
        QVERIFY(drain());
        const auto bigRows = sql(file(), u"SELECT length(body) FROM messages WHERE message_id = 'bob-big'"_s);
        QCOMPARE(bigRows.size(), 1);
        QCOMPARE(bigRows.first().toInt(), MessageConversion::boundedBody(big).size());
        QVERIFY(sql(file(), u"SELECT body FROM messages WHERE message_id = 'bob-big'"_s)
                    .value(0)
                    .endsWith(MessageConversion::truncationMarker(big.size() - MessageConversion::MaxBodyChars)));
        QCOMPARE(sql(file(), u"SELECT count(*) FROM messages WHERE message_id = 'bob-huge'"_s).value(0).toInt(), 1);
        QVERIFY(sql(file(), u"SELECT length(body) FROM messages WHERE message_id = 'bob-huge'"_s).value(0).toInt()
                < MessageConversion::MaxBodyChars + 100);
        QCOMPARE(rowsWithBody(file(), odd), 1);
    }

    // Deep nesting and unknown namespaces inside a message: its body is stored, nothing breaks.
    // Far deeper nesting is not relayed at all (somewhere past 100 levels, the server or the
    // XML reader drops it): the account stays online and what comes next is stored.
    void deepNestingAndUnknownNamespaces()
    {
        const auto nested = [](const QString &body, const QString &id, int depth) {
            QXmppMessage message = chat({}, body, id);
            QXmppElement inner;
            inner.setTagName(u"deep"_s);
            inner.setValue(u"bottom"_s);
            for (int level = 0; level < depth; ++level) {
                QXmppElement outer;
                outer.setTagName(u"n"_s);
                outer.setAttribute(u"xmlns"_s, u"urn:example:unknown:%1"_s.arg(level));
                outer.appendChild(inner);
                inner = outer;
            }
            message.setExtensions({inner});
            return message;
        };
        auto shallow = nested(u"nested payload"_s, u"bob-nested"_s, 100);
        shallow.setTo(m_aliceJid);
        m_bob->sendPacket(shallow);
        auto deep = nested(u"very deep payload"_s, u"bob-deep"_s, 5000);
        deep.setTo(m_aliceJid);
        m_bob->sendPacket(deep);
        if (!m_bob->isConnected()) {  // the server may close Bob's stream for it
            m_bob = LiveTest::connectPeer(*m_server, u"bob"_s);
            QVERIFY(m_bob);
        }
        QVERIFY(drain());
        QCOMPARE(rowsWithBody(file(), u"nested payload"_s), 1);
        QVERIFY(rowsWithBody(file(), u"very deep payload"_s) <= 1);
        QVERIFY(m_alice->session(0)->isOnline() && m_alice->session(1)->isOnline());
    }

    // 5,000 messages in a burst: every one stored once, the chat still there.
    void burst()
    {
        constexpr int Burst = 5000;
        const int before = rowCount(file());
        for (int i = 0; i < Burst; ++i)
            m_bob->sendPacket(chat(m_aliceJid, u"burst %1"_s.arg(i), u"burst-%1"_s.arg(i)));
        QVERIFY(QTest::qWaitFor([&] { return rowsWithBody(file(), u"burst %1"_s.arg(Burst - 1)) == 1; }, 120000));
        QVERIFY(drain());
        QCOMPARE(sql(file(), u"SELECT count(*) FROM messages WHERE body LIKE 'burst %'"_s).value(0).toInt(), Burst);
        QCOMPARE(sql(file(), u"SELECT count(DISTINCT message_id) FROM messages WHERE body LIKE 'burst %'"_s).value(0).toInt(), Burst);
        QVERIFY(rowCount(file()) >= before + Burst);
        QVERIFY(m_alice->session(0)->isOnline() && m_alice->session(1)->isOnline());
        auto *model = chats()->conversation(m_bobJid);
        QVERIFY(model->rowCount() <= ChatModel::WindowRows + ChatModel::PageRows);
    }
};

QTEST_GUILESS_MAIN(TestChatController)
#include "tst_chatcontroller.moc"
