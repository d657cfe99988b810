// 1:1 messages against a real server, both directions, with unread counts and plain-text bodies,
// delivery receipts (XEP-0184) both ways and chat states (XEP-0085) both ways. Alice is Linnet
// with two sessions (desk, lab); Bob is a plain QXmppClient that answers receipts the way
// QXmpp's receipt manager does.
#include "LiveTest.h"
#include "AccountHarness.h"
#include "account/ConnectionController.h"
#include "chat/ChatController.h"
#include "chat/ChatModel.h"
#include "chat/MessageStore.h"
#include "chat/UnreadTracker.h"
#include "roster/RosterModel.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmppLogger.h>
#include <QXmppMessage.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppUtils.h>

using namespace std::chrono_literals;

class TestChat : public QObject
{
    Q_OBJECT

    std::unique_ptr<XmppTestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<MessageStore> m_store;  // Alice's messages, on a real file
    std::unique_ptr<AccountHarness> m_alice;
    std::unique_ptr<QXmppClient> m_bob;
    QXmppMessageReceiptManager *m_bobReceipts = nullptr;
    QString m_aliceJid;
    QString m_bobJid;

    void bobSays(const QString &body)
    {
        QXmppMessage message(QString(), m_aliceJid, body);
        message.setType(QXmppMessage::Chat);
        m_bob->sendPacket(message);
    }

    // A message from Bob asking for a receipt, to Alice's bare JID or one of her resources.
    void bobAsks(const QString &id, const QString &resource = {}, QXmppMessage::Type type = QXmppMessage::Chat)
    {
        QXmppMessage message(QString(), resource.isEmpty() ? m_aliceJid : m_aliceJid + QLatin1Char('/') + resource,
                             QStringLiteral("Message ") + id);
        message.setType(type);
        message.setId(id);
        message.setReceiptRequested(true);
        m_bob->sendPacket(message);
    }

    void bobState(QXmppMessage::State state)
    {
        QXmppMessage message(QString(), m_aliceJid);
        message.setType(QXmppMessage::Chat);
        message.setState(state);
        m_bob->sendPacket(message);
    }

    // Receipts Bob got so far: ids answered, by whom.
    static QList<std::pair<QString, QString>> receipts(const QSignalSpy &spy)
    {
        QList<std::pair<QString, QString>> result;
        for (const auto &args : spy)
            result.append({args.at(1).toString(), args.at(0).toString()});
        return result;
    }
    static qsizetype answersFor(const QSignalSpy &spy, const QString &id)
    {
        const auto all = receipts(spy);
        return std::count_if(all.begin(), all.end(), [&](const auto &r) { return r.first == id; });
    }

    // Probes both of Alice's sessions and waits for both receipts: each session answers in the
    // order it received, so every receipt either would send for what came before has arrived.
    bool drainReceipts(QSignalSpy &spy, const QString &tag)
    {
        bobAsks(tag + QStringLiteral("-desk"), QStringLiteral("desk"));
        bobAsks(tag + QStringLiteral("-lab"), QStringLiteral("lab"));
        return QTest::qWaitFor([&] {
            return answersFor(spy, tag + QStringLiteral("-desk")) > 0 && answersFor(spy, tag + QStringLiteral("-lab")) > 0;
        }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startXmppServer();
        QVERIFY(m_server);
        m_aliceJid = m_server->jid(QStringLiteral("alice"));
        m_bobJid = m_server->jid(QStringLiteral("bob"));
        m_alice = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, QStringLiteral("alice")),
                                                   QStringList{QStringLiteral("desk"), QStringLiteral("lab")});
        m_store = std::make_unique<MessageStore>();
        m_store->open(m_dir.filePath(MessageStore::FileName));
        m_alice->chats()->setStore(m_store.get());
        m_alice->account()->unread()->setStore(m_store.get());
        m_alice->account()->unread()->setViewActive(true);  // as the chat page in an active window
        m_alice->login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->account()->onlineSessions(), 2, 15000);
        QTRY_VERIFY(m_alice->roster()->isLoaded());
        m_bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(m_bob);
        m_bobReceipts = m_bob->addNewExtension<QXmppMessageReceiptManager>();
    }

    void incomingMessageCountsAsUnreadUntilOpened()
    {
        auto *chat = m_alice->chats()->conversation(m_bobJid);
        bobSays(QStringLiteral("Hello Alice, are the sensors up?"));
        QTRY_COMPARE_WITH_TIMEOUT(chat->rowCount(), 1, 10000);
        QCOMPARE(chat->message(0).body, QStringLiteral("Hello Alice, are the sensors up?"));
        QCOMPARE(chat->message(0).direction, StoredMessage::Direction::Incoming);
        QTRY_COMPARE(m_alice->roster()->item(m_bobJid)->unreadCount, 1);

        m_alice->chats()->openChat(m_bobJid);
        QCOMPARE(m_alice->chats()->currentChat(), chat);
        QTRY_COMPARE(m_alice->roster()->item(m_bobJid)->unreadCount, 0);

        // While the chat is open, new messages are read at once.
        bobSays(QStringLiteral("Still there?"));
        QTRY_COMPARE_WITH_TIMEOUT(chat->rowCount(), 2, 10000);
        QCOMPARE(m_alice->account()->unread()->count(m_bobJid), 0);
    }

    void outgoingMessageArrivesAndIsMarkedSent()
    {
        QSignalSpy received(m_bob.get(), &QXmppClient::messageReceived);
        m_alice->chats()->openChat(m_bobJid);
        QVERIFY(m_alice->chats()->sendMessage(QStringLiteral("  Yes, all twelve are publishing.  ")));
        QVERIFY(!m_alice->chats()->sendMessage(QStringLiteral("   ")));  // nothing to send

        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 10000);
        const auto message = received.first().first().value<QXmppMessage>();
        QCOMPARE(message.body(), QStringLiteral("Yes, all twelve are publishing."));
        QCOMPARE(message.type(), QXmppMessage::Chat);
        QCOMPARE(message.from().section(QLatin1Char('/'), 0, 0), m_aliceJid);
        QVERIFY(message.isReceiptRequested());

        auto *chat = m_alice->chats()->currentChat();
        const int last = chat->rowCount() - 1;
        QCOMPARE(chat->message(last).direction, StoredMessage::Direction::Outgoing);
        const auto delivery = [&] { return chat->index(last).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(); };
        QTRY_VERIFY(delivery() == ChatModel::Delivery::Sent || delivery() == ChatModel::Delivery::Delivered);
    }

    // Bob's client answers the request: the message turns delivered, with its label.
    void receiptTurnsTheMessageDelivered()
    {
        m_alice->chats()->openChat(m_bobJid);
        auto *chat = m_alice->chats()->currentChat();
        QVERIFY(m_alice->chats()->sendMessage(QStringLiteral("Did the relay switch?")));
        // Stored first (queued), then shown and sent.
        QTRY_COMPARE(chat->message(chat->rowCount() - 1).body, QStringLiteral("Did the relay switch?"));
        const int row = chat->rowCount() - 1;
        QTRY_COMPARE_WITH_TIMEOUT(chat->index(row).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(),
                                  ChatModel::Delivery::Delivered, 10000);
        QCOMPARE(chat->index(row).data(ChatModel::DeliveryLabelRole).toString(), QStringLiteral("delivered"));
    }

    // Linnet answers once per message, from a session the server delivered it to.
    void answersReceiptRequestsOnce()
    {
        QSignalSpy delivered(m_bobReceipts, &QXmppMessageReceiptManager::messageDelivered);
        bobAsks(QStringLiteral("ask-bare"));  // the server gives it to both sessions
        QVERIFY(drainReceipts(delivered, QStringLiteral("probe-1")));
        QCOMPARE(answersFor(delivered, QStringLiteral("ask-bare")), 1);
        QCOMPARE(answersFor(delivered, QStringLiteral("probe-1-desk")), 1);
        for (const auto &[id, jid] : receipts(delivered))
            QVERIFY2(jid.startsWith(m_aliceJid + QLatin1Char('/')), qPrintable(jid));
    }

    // A receipt to a resource Alice sees online goes without the <store/> hint: with it, the
    // server archives every receipt of a burst in both archives.
    void receiptToAnOnlineSenderIsNotArchived()
    {
        // What Bob's socket received, as QXmpp logs it (its receipt manager takes the message).
        QStringList wire;
        auto *logger = new QXmppLogger(m_bob.get());
        logger->setLoggingType(QXmppLogger::SignalLogging);
        logger->setMessageTypes(QXmppLogger::ReceivedMessage);
        connect(logger, &QXmppLogger::message, this, [&wire](QXmppLogger::MessageType, const QString &text) { wire << text; });
        QXmppLogger *before = m_bob->logger();
        m_bob->setLogger(logger);
        const auto restore = qScopeGuard([&] { m_bob->setLogger(before); });
        bobAsks(QStringLiteral("online-sender"), QStringLiteral("desk"));
        const auto receipt = [&] {
            for (const QString &text : std::as_const(wire)) {
                if (text.contains(QStringLiteral("urn:xmpp:receipts")) && text.contains(QStringLiteral("online-sender")))
                    return text;
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!receipt().isEmpty(), 10000);
        QVERIFY2(!receipt().contains(QStringLiteral("urn:xmpp:hints")), qPrintable(receipt()));
    }

    // No receipt without a request, for a group chat or error message, or for a carbon (the
    // resource the message was for answers it, the other one sees a copy).
    void noReceiptUnlessItIsOurs()
    {
        QSignalSpy delivered(m_bobReceipts, &QXmppMessageReceiptManager::messageDelivered);
        QSignalSpy labReceived(m_alice->session(1)->client(), &QXmppClient::messageReceived);

        QXmppMessage plain(QString(), m_aliceJid, QStringLiteral("No receipt, please"));
        plain.setType(QXmppMessage::Chat);
        plain.setId(QStringLiteral("no-request"));
        m_bob->sendPacket(plain);
        bobAsks(QStringLiteral("groupchat"), QStringLiteral("desk"), QXmppMessage::GroupChat);
        bobAsks(QStringLiteral("error"), QStringLiteral("desk"), QXmppMessage::Error);
        bobAsks(QStringLiteral("for-desk"), QStringLiteral("desk"));
        QVERIFY(drainReceipts(delivered, QStringLiteral("probe-2")));

        // lab saw for-desk as a carbon, and did not answer it.
        const bool labGotCarbon = std::any_of(labReceived.begin(), labReceived.end(), [](const QList<QVariant> &args) {
            const auto message = args.first().value<QXmppMessage>();
            return message.id() == QStringLiteral("for-desk") && message.isCarbonForwarded();
        });
        QVERIFY2(labGotCarbon, "the carbon reached the other session");
        QCOMPARE(answersFor(delivered, QStringLiteral("for-desk")), 1);
        const auto all = receipts(delivered);
        const auto forDesk = std::find_if(all.begin(), all.end(), [](const auto &r) { return r.first == QStringLiteral("for-desk"); });
        QCOMPARE(forDesk->second, m_aliceJid + QStringLiteral("/desk"));
        QCOMPARE(answersFor(delivered, QStringLiteral("no-request")), 0);
        QCOMPARE(answersFor(delivered, QStringLiteral("groupchat")), 0);
        QCOMPARE(answersFor(delivered, QStringLiteral("error")), 0);
    }

    // Bob's states show as typing in his conversation: composing until paused, a message, or
    // the expiry.
    void contactTypingShows()
    {
        auto *chat = m_alice->chats()->conversation(m_bobJid);
        QSignalSpy typing(chat, &ChatModel::peerTypingChanged);
        QVERIFY(!chat->peerTyping());
        bobState(QXmppMessage::Composing);
        QTRY_VERIFY_WITH_TIMEOUT(chat->peerTyping(), 10000);
        QCOMPARE(chat->peerActivity(), QStringLiteral("typing…"));
        bobState(QXmppMessage::Paused);
        QTRY_VERIFY_WITH_TIMEOUT(!chat->peerTyping(), 10000);
        bobState(QXmppMessage::Composing);
        QTRY_VERIFY_WITH_TIMEOUT(chat->peerTyping(), 10000);
        bobSays(QStringLiteral("Here it is."));
        QTRY_VERIFY_WITH_TIMEOUT(!chat->peerTyping(), 10000);
        QCOMPARE(chat->message(chat->rowCount() - 1).body, QStringLiteral("Here it is."));

        // A composing whose end never comes.
        m_alice->chats()->setChatStateTimeouts(60s, 200ms);
        bobState(QXmppMessage::Composing);
        QTRY_COMPARE_WITH_TIMEOUT(typing.count(), 6, 10000);
        QCOMPARE(typing.at(4).first().toBool(), true);
        QCOMPARE(typing.at(5).first().toBool(), false);
        m_alice->chats()->setChatStateTimeouts(60s, 30s);
    }

    // Alice's composer: composing once, paused after the pause, active with the message, when
    // the text goes and when she leaves the chat. Not to a contact whose client sends none.
    void ownStatesReachTheContact()
    {
        // What Bob receives from Alice: "state" or "state: body".
        QStringList got;
        QObject context;
        connect(m_bob.get(), &QXmppClient::messageReceived, &context, [&](const QXmppMessage &message) {
            if (QXmppUtils::jidToBareJid(message.from()) != m_aliceJid)
                return;
            static const char *const names[] = {"none", "active", "inactive", "gone", "composing", "paused"};
            const QString state = QString::fromLatin1(names[int(message.state())]);
            got.append(message.body().isEmpty() ? state : state + QStringLiteral(": ") + message.body());
        });
        auto *chats = m_alice->chats();
        chats->setChatStateTimeouts(60s, 30s);
        chats->openChat(m_bobJid);

        // Bob's last message came without a chat state: no standalone ones for him.
        bobSays(QStringLiteral("My client knows no chat states."));
        QTRY_COMPARE_WITH_TIMEOUT(chats->currentChat()->message(chats->currentChat()->rowCount() - 1).body,
                                  QStringLiteral("My client knows no chat states."), 10000);
        chats->setComposing(true);
        QVERIFY(chats->sendMessage(QStringLiteral("no states for you")));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 10000);
        QCOMPARE(got.at(0), QStringLiteral("active: no states for you"));

        // Now Bob's client shows it does them.
        bobState(QXmppMessage::Active);
        bobState(QXmppMessage::Composing);
        QTRY_VERIFY_WITH_TIMEOUT(chats->currentChat()->peerTyping(), 10000);
        bobState(QXmppMessage::Active);
        QTRY_VERIFY_WITH_TIMEOUT(!chats->currentChat()->peerTyping(), 10000);

        chats->setComposing(true);
        chats->setComposing(true);
        chats->setComposing(true);  // typing on: still one "composing"
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 2, 10000);
        chats->setChatStateTimeouts(100ms, 30s);
        chats->setComposing(true);  // the pause counts from the last key
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 3, 10000);
        chats->setChatStateTimeouts(60s, 30s);
        chats->setComposing(true);
        QVERIFY(chats->sendMessage(QStringLiteral("with states")));
        chats->setComposing(true);
        chats->setComposing(false);  // the text was deleted
        chats->setComposing(true);
        chats->closeChat();          // left while writing
        chats->openChat(m_bobJid);
        QVERIFY(chats->sendMessage(QStringLiteral("the end")));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 10, 10000);
        const QStringList expected{
            QStringLiteral("active: no states for you"),
            QStringLiteral("composing"),
            QStringLiteral("paused"),
            QStringLiteral("composing"),
            QStringLiteral("active: with states"),
            QStringLiteral("composing"),
            QStringLiteral("active"),
            QStringLiteral("composing"),
            QStringLiteral("active"),
            QStringLiteral("active: the end"),
        };
        QCOMPARE(got, expected);
    }

    void markupStaysPlainText()
    {
        const QString markup = QStringLiteral("<b>x</b><img src=\"http://127.0.0.1/x.png\">");
        auto *chat = m_alice->chats()->conversation(m_bobJid);
        const int before = chat->rowCount();
        bobSays(markup);
        QTRY_COMPARE_WITH_TIMEOUT(chat->rowCount(), before + 1, 10000);
        QCOMPARE(chat->message(before).body, markup);
        QCOMPARE(chat->index(before).data(ChatModel::BodyRole).toString(), markup);
    }
};

QTEST_GUILESS_MAIN(TestChat)
#include "tst_chat.moc"
