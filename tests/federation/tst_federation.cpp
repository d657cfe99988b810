// Federation: two Prosody servers on one.linnet.test and two.linnet.test federating over
// loopback (s2s with TLS, certificates checked against the fixture CA; FederatedServers).
// Alice is Linnet on one; Bob (a plain QXmppClient) and a simulated device (linnet-devicesim
// --fleet 1) live on two. Chat both ways with receipts, the device's PubSub feed reaching
// Alice's reading store from pubsub.two, an ad-hoc command to the device, and two servers
// whose certificates do not chain to a shared CA refusing to federate.
#include "AccountHarness.h"
#include "FederatedServers.h"
#include "FleetProcess.h"
#include "account/ConnectionController.h"
#include "chat/ChatController.h"
#include "chat/ChatModel.h"
#include "chat/MessageStore.h"
#include "chat/UnreadTracker.h"
#include "commands/CommandRunner.h"
#include "commands/CommandsController.h"
#include "commands/DataFormModel.h"
#include "commands/NotesModel.h"
#include "devices/DeviceController.h"
#include "devices/ReadingStore.h"
#include "roster/RosterModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppUtils.h>

#include <algorithm>
#include <memory>

namespace {
const QString Password = QStringLiteral("correct horse battery staple");
const QString DevicePassword = QStringLiteral("device-secret");
const QString Device = QStringLiteral("greenhouse-1");  // linnet-devicesim --fleet 1
constexpr int WaitMs = 20000;

ConnectionSettings settingsFor(const ProsodyServer &server, const QString &user)
{
    ConnectionSettings settings;
    settings.jid = server.jid(user);
    settings.host = server.host();
    settings.port = server.c2sPort();
    settings.caCertificatesFile = server.caCertificateFile();
    return settings;
}

std::unique_ptr<QXmppClient> connectClient(const ProsodyServer &server, const QString &user)
{
    auto client = std::make_unique<QXmppClient>();
    client->connectToServer(server.clientConfiguration(user, Password, QStringLiteral("peer")));
    if (!QTest::qWaitFor([&] { return client->isConnected(); }, WaitMs))
        return nullptr;
    return client;
}

int rowOf(const DataFormModel *model, const QString &var)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(DataFormModel::VarRole).toString() == var)
            return row;
    }
    return -1;
}
}  // namespace

class TestFederation : public QObject
{
    Q_OBJECT

    std::unique_ptr<FederatedServers> m_servers;
    std::unique_ptr<FleetProcess> m_fleet;
    QTemporaryDir m_dir;
    std::unique_ptr<MessageStore> m_store;  // Alice's messages, on a real file
    std::unique_ptr<AccountHarness> m_alice;
    std::unique_ptr<QXmppClient> m_bob;
    QXmppMessageReceiptManager *m_bobReceipts = nullptr;
    QString m_aliceJid;
    QString m_bobJid;
    QString m_deviceJid;

    bool waitForRunner(const CommandRunner &runner) { return QTest::qWaitFor([&] { return !runner.isBusy(); }, WaitMs); }

private Q_SLOTS:
    void initTestCase()
    {
        FederatedServers::Options options;
        options.one.accounts = {{QStringLiteral("alice"), Password, QStringLiteral("Alice")}};
        options.two.accounts = {{QStringLiteral("bob"), Password, QStringLiteral("Bob")},
                                {Device, DevicePassword, QStringLiteral("Greenhouse 1")}};
        m_servers = std::make_unique<FederatedServers>(options);
        const ProsodyServer &one = m_servers->one();
        const ProsodyServer &two = m_servers->two();
        m_aliceJid = one.jid(QStringLiteral("alice"));
        m_bobJid = two.jid(QStringLiteral("bob"));
        m_deviceJid = two.jid(Device);
        // Presence across the domains, as after a subscription both ways.
        m_servers->befriend(m_aliceJid, QStringLiteral("Alice"), m_bobJid, QStringLiteral("Bob"));
        m_servers->befriend(m_aliceJid, QStringLiteral("Alice"), m_deviceJid, QStringLiteral("Greenhouse 1"),
                            QStringLiteral("Devices"));
        QString error;
        QVERIFY2(m_servers->start(&error), qPrintable(error));

        // The device on two, taking commands from Alice on one.
        m_fleet = std::make_unique<FleetProcess>();
        m_fleet->process.start(QStringLiteral(LINNET_DEVICESIM),
                               {QStringLiteral("--fleet"), QStringLiteral("1"), QStringLiteral("--domain"), two.domain(),
                                QStringLiteral("--host"), two.host(), QStringLiteral("--port"), QString::number(two.c2sPort()),
                                QStringLiteral("--ca"), two.caCertificateFile(), QStringLiteral("--password"), DevicePassword,
                                QStringLiteral("--allow"), m_aliceJid, QStringLiteral("--rate"), QStringLiteral("2")});
        QVERIFY(QTest::qWaitFor([&] {
            return !m_fleet->last(QStringLiteral("ready")).isEmpty() || m_fleet->process.state() == QProcess::NotRunning;
        }, 30000));
        QVERIFY2(!m_fleet->last(QStringLiteral("ready")).isEmpty(), qPrintable(m_fleet->stderrText()));

        auto settings = settingsFor(one, QStringLiteral("alice"));
        settings.resource = QStringLiteral("desk");
        m_alice = std::make_unique<AccountHarness>(settings);
        m_store = std::make_unique<MessageStore>();
        m_store->open(m_dir.filePath(MessageStore::FileName));
        m_alice->chats()->setStore(m_store.get());
        m_alice->account()->unread()->setStore(m_store.get());
        m_alice->login(Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->connection()->state(), ConnectionController::State::Connected, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->roster()->isLoaded(), WaitMs);
        m_bob = connectClient(two, QStringLiteral("bob"));
        QVERIFY(m_bob);
        m_bobReceipts = m_bob->addNewExtension<QXmppMessageReceiptManager>();
    }

    void cleanupTestCase()
    {
        m_alice.reset();
        m_bob.reset();
        if (m_fleet && m_fleet->process.state() == QProcess::Running) {
            m_fleet->process.write("stop\n");
            m_fleet->process.waitForFinished(10000);
        }
        m_fleet.reset();
        m_servers.reset();
    }

    // The remote contacts are in Alice's roster, and their presence crossed the s2s link.
    void rosterAndPresenceCrossTheDomains()
    {
        QVERIFY(m_alice->roster()->item(m_bobJid));
        QCOMPARE(m_alice->roster()->item(m_bobJid)->name, QStringLiteral("Bob"));
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->account()->commands()->targets(m_deviceJid).contains(m_deviceJid + QStringLiteral("/sensor")),
                                 WaitMs);
    }

    // Alice (one) writes to Bob (two): it arrives over s2s, and Bob's receipt turns it delivered.
    void aliceToBobIsDelivered()
    {
        QSignalSpy received(m_bob.get(), &QXmppClient::messageReceived);
        m_alice->chats()->openChat(m_bobJid);
        auto *chat = m_alice->chats()->currentChat();
        QVERIFY(m_alice->chats()->sendMessage(QStringLiteral("Hello from one.linnet.test")));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(received.cbegin(), received.cend(), [](const QList<QVariant> &args) {
            return args.first().value<QXmppMessage>().body() == QStringLiteral("Hello from one.linnet.test");
        }), WaitMs);
        const auto message = std::find_if(received.cbegin(), received.cend(), [](const QList<QVariant> &args) {
            return !args.first().value<QXmppMessage>().body().isEmpty();
        })->first().value<QXmppMessage>();
        QCOMPARE(QXmppUtils::jidToBareJid(message.from()), m_aliceJid);
        QVERIFY(message.isReceiptRequested());

        const int row = chat->rowCount() - 1;
        QCOMPARE(chat->message(row).body, QStringLiteral("Hello from one.linnet.test"));
        QTRY_COMPARE_WITH_TIMEOUT(chat->index(row).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(),
                                  ChatModel::Delivery::Delivered, WaitMs);
    }

    // Bob (two) writes to Alice (one) asking for a receipt: Linnet shows it and answers once.
    void bobToAliceIsAnsweredWithAReceipt()
    {
        QSignalSpy delivered(m_bobReceipts, &QXmppMessageReceiptManager::messageDelivered);
        auto *chat = m_alice->chats()->conversation(m_bobJid);
        const int before = chat->rowCount();
        QXmppMessage message(QString(), m_aliceJid, QStringLiteral("Hello from two.linnet.test"));
        message.setType(QXmppMessage::Chat);
        message.setId(QStringLiteral("from-two"));
        message.setReceiptRequested(true);
        QVERIFY(m_bob->sendPacket(message));
        QTRY_COMPARE_WITH_TIMEOUT(chat->rowCount(), before + 1, WaitMs);
        QCOMPARE(chat->message(before).body, QStringLiteral("Hello from two.linnet.test"));
        QCOMPARE(chat->message(before).direction, StoredMessage::Direction::Incoming);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, WaitMs);
        QCOMPARE(delivered.first().at(1).toString(), QStringLiteral("from-two"));
        QCOMPARE(QXmppUtils::jidToBareJid(delivered.first().at(0).toString()), m_aliceJid);
    }

    // Alice subscribes to the device's node on pubsub.two; its readings reach her store.
    void pubsubFeedFromTheOtherDomain()
    {
        const QString service = m_servers->two().pubsubJid();
        QSignalSpy subscribed(m_alice->devices(), &DeviceController::subscribed);
        m_alice->devices()->subscribe(service, Device);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, WaitMs);
        QCOMPARE(subscribed.first().at(0).toString(), service);
        auto *store = m_alice->readings();
        // Live items (the device publishes twice a second), not only the fetched recent ones.
        const quint64 after = store->totalStored();
        QTRY_VERIFY_WITH_TIMEOUT(store->totalStored() > after, WaitMs);
        const QStringList series = store->series(service, Device);
        QVERIFY2(!series.isEmpty(), "no series from the remote node");
        QVERIFY(series.first().startsWith(Device + QLatin1Char(':')));
        QCOMPARE(store->latest(service, Device, series.first(), 1).size(), 1);
    }

    // A two-step exchange with the device on two: its relay switched from Alice's account on one.
    void adHocCommandToTheOtherDomain()
    {
        CommandRunner runner;
        runner.setAccount(m_alice->account());
        runner.setJid(m_deviceJid);
        runner.setNode(QStringLiteral("relay"));
        runner.setName(QStringLiteral("Switch relay"));
        QVERIFY(runner.start());
        QVERIFY(waitForRunner(runner));
        QCOMPARE(runner.errorKind(), QString());
        QCOMPARE(runner.state(), CommandRunner::State::Input);
        const int row = rowOf(runner.form(), QStringLiteral("on"));
        QVERIFY(row >= 0);
        const bool was = runner.form()->index(row).data(DataFormModel::CheckedRole).toBool();
        runner.form()->setValue(row, !was);
        QVERIFY(runner.submit());
        QVERIFY(waitForRunner(runner));
        QCOMPARE(runner.state(), CommandRunner::State::Completed);
        QCOMPARE(runner.notes()->text(), was ? QStringLiteral("Relay is off") : QStringLiteral("Relay is on"));
    }

    // Certificates from CAs the other side does not trust: no s2s link. The message comes back
    // as an error and never reaches Bob; Alice's own server says why.
    void untrustedCertificatesDoNotFederate()
    {
        FederatedServers::Options options;
        options.one.accounts = {{QStringLiteral("alice"), Password, QStringLiteral("Alice")}};
        options.two.accounts = {{QStringLiteral("bob"), Password, QStringLiteral("Bob")}};
        options.sharedCa = false;
        FederatedServers servers(options);
        QString error;
        QVERIFY2(servers.start(&error), qPrintable(error));
        auto alice = connectClient(servers.one(), QStringLiteral("alice"));
        QVERIFY(alice);
        auto bob = connectClient(servers.two(), QStringLiteral("bob"));
        QVERIFY(bob);
        QSignalSpy aliceGot(alice.get(), &QXmppClient::messageReceived);
        QSignalSpy bobGot(bob.get(), &QXmppClient::messageReceived);
        QXmppMessage message(QString(), servers.two().jid(QStringLiteral("bob")), QStringLiteral("Do you trust me?"));
        message.setType(QXmppMessage::Chat);
        message.setId(QStringLiteral("untrusted"));
        QVERIFY(alice->sendPacket(message));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(aliceGot.cbegin(), aliceGot.cend(), [](const QList<QVariant> &args) {
            const auto m = args.first().value<QXmppMessage>();
            return m.type() == QXmppMessage::Error && m.id() == QStringLiteral("untrusted");
        }), WaitMs);
        QVERIFY(std::none_of(bobGot.cbegin(), bobGot.cend(), [](const QList<QVariant> &args) {
            return args.first().value<QXmppMessage>().body() == QStringLiteral("Do you trust me?");
        }));
        // Prosody: "Forbidding insecure connection to/from two.linnet.test because its certificate is not trusted".
        QVERIFY2(servers.one().logTail(200).contains(QStringLiteral("certificate is not trusted")),
                 qPrintable(servers.one().logTail(40)));
    }
};

QTEST_GUILESS_MAIN(TestFederation)
#include "tst_federation.moc"
