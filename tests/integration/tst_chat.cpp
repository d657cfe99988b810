// 1:1 messages against a real server, both directions, with unread counts and plain-text bodies.
#include "LiveTest.h"
#include "AccountHarness.h"
#include "account/ConnectionController.h"
#include "chat/ChatController.h"
#include "chat/ChatModel.h"
#include "roster/RosterModel.h"

#include <QSignalSpy>
#include <QXmppMessage.h>

class TestChat : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<AccountHarness> m_alice;
    std::unique_ptr<QXmppClient> m_bob;
    QString m_aliceJid;
    QString m_bobJid;

    void bobSays(const QString &body)
    {
        QXmppMessage message(QString(), m_aliceJid, body);
        message.setType(QXmppMessage::Chat);
        m_bob->sendPacket(message);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
        m_aliceJid = m_server->jid(QStringLiteral("alice"));
        m_bobJid = m_server->jid(QStringLiteral("bob"));
        m_alice = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, QStringLiteral("alice")));
        m_alice->login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->connection()->state(), ConnectionController::State::Connected, 15000);
        QTRY_VERIFY(m_alice->roster()->isLoaded());
        m_bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(m_bob);
    }

    void incomingMessageCountsAsUnreadUntilOpened()
    {
        auto *chat = m_alice->chats()->conversation(m_bobJid);
        bobSays(QStringLiteral("Hello Alice, are the sensors up?"));
        QTRY_COMPARE_WITH_TIMEOUT(chat->rowCount(), 1, 10000);
        QCOMPARE(chat->message(0).body, QStringLiteral("Hello Alice, are the sensors up?"));
        QVERIFY(!chat->message(0).outgoing);
        QTRY_COMPARE(m_alice->roster()->item(m_bobJid)->unreadCount, 1);

        m_alice->chats()->openChat(m_bobJid);
        QCOMPARE(m_alice->chats()->currentChat(), chat);
        QTRY_COMPARE(m_alice->roster()->item(m_bobJid)->unreadCount, 0);

        // While the chat is open, new messages are read at once.
        bobSays(QStringLiteral("Still there?"));
        QTRY_COMPARE_WITH_TIMEOUT(chat->rowCount(), 2, 10000);
        QCOMPARE(m_alice->chats()->unreadCount(m_bobJid), 0);
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

        auto *chat = m_alice->chats()->currentChat();
        const int last = chat->rowCount() - 1;
        QVERIFY(chat->message(last).outgoing);
        QTRY_COMPARE(chat->message(last).delivery, ChatModel::Delivery::Sent);
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
