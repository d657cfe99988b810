// Runs the QML tests in this folder against the real Linnet modules, offscreen. The window's
// required AccountsModel comes from here: TestAccounts (module LinnetTest) with an empty
// profile, and SampleAccounts with two accounts that never connect by themselves (their
// sessions are saved offline and no password is known), for the pages that show accounts.
//
// TestChats puts messages where QML cannot: one "received" by an account's session (the path a
// server's message takes), or one appended to a conversation as the model keeps it.
//
// LINNET_TEST_THEME=dark|light forces the colour scheme; LINNET_QML_SHOTS=DIR lets tests that
// grab their item save PNGs there (TestShots.dir), for looking at dialogs the demo cannot reach.
#include "account/Account.h"
#include "account/AccountConfig.h"
#include "account/AccountsModel.h"
#include "account/Session.h"
#include "chat/ChatModel.h"
#include "core/Appearance.h"
#include "net/NetworkThread.h"
#include "security/CredentialStore.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <QXmppClient.h>
#include <QXmppMessage.h>

Q_IMPORT_QML_PLUGIN(Linnet_CorePlugin)
Q_IMPORT_QML_PLUGIN(LinnetPlugin)

// Where tests may save screenshots of what they show (empty: nowhere).
class TestShots : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString dir READ dir CONSTANT)

public:
    using QObject::QObject;
    QString dir() const { return qEnvironmentVariable("LINNET_QML_SHOTS"); }
};

// Messages for the chat tests, which have no server to send them.
class TestChats : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // A chat message from `from` (full JID) to the account, as the account's main session
    // receives it from the server; id may be empty (an old client).
    Q_INVOKABLE void receive(Account *account, const QString &from, const QString &body, const QString &id = {})
    {
        if (!account || !account->mainSession())
            return;
        QXmppMessage message(from, account->jid() + QLatin1Char('/') + account->mainSession()->resource(), body);
        message.setType(QXmppMessage::Chat);
        message.setId(id);
        Q_EMIT account->mainSession()->client()->messageReceived(message);
    }

    // A message as the model keeps it (an outgoing one that failed, say), minutes ago (0: now).
    Q_INVOKABLE bool append(ChatModel *chat, const QString &body, bool outgoing, int delivery,
                            int minutesAgo = 0)
    {
        if (!chat)
            return false;
        return chat->append({QUuid::createUuid().toString(QUuid::WithoutBraces), body,
                             QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo), outgoing,
                             ChatModel::Delivery(delivery),
                             outgoing ? QStringLiteral("desk") : QStringLiteral("phone")});
    }
};

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        Appearance::setForcedScheme(engine, qEnvironmentVariable("LINNET_TEST_THEME"));
        if (!m_accounts) {
            // Created here, not in the constructor: quick_test_main makes the application after
            // this object, and the receive thread's event loop needs it.
            m_network = std::make_unique<NetworkThread>();
            m_credentials = std::make_unique<CredentialStore>();
            m_accounts = std::make_unique<AccountsModel>(m_profile.filePath(QStringLiteral("linnet.ini")), m_network.get(),
                                                         m_credentials.get());
            const QString sampleFile = m_sampleProfile.filePath(QStringLiteral("linnet.ini"));
            writeSampleProfile(sampleFile);
            m_sample = std::make_unique<AccountsModel>(sampleFile, m_network.get(), m_credentials.get());
            // Test scaffolding only: the app passes the model to Main as a required property.
            qmlRegisterSingletonInstance("LinnetTest", 1, 0, "TestAccounts", m_accounts.get());
            qmlRegisterSingletonInstance("LinnetTest", 1, 0, "SampleAccounts", m_sample.get());
            qmlRegisterSingletonInstance("LinnetTest", 1, 0, "TestShots", &m_shots);
            qmlRegisterSingletonInstance("LinnetTest", 1, 0, "TestChats", &m_chats);
        }
    }
    void cleanupTestCase()
    {
        // The accounts (their sessions say goodbye) before the thread they use.
        m_sample.reset();
        m_accounts.reset();
        m_credentials.reset();
        m_network.reset();
    }

private:
    // alice@example.org with the resources desk and lab, sensors@example.org with one, turned
    // off. Nothing is online: the model connects only when told to (and then, without a
    // password, asks for one). Their server is a closed local port, should a test connect.
    static void writeSampleProfile(const QString &file)
    {
        AccountConfig alice;
        alice.jid = QStringLiteral("alice@example.org");
        alice.displayName = QStringLiteral("Alice Liddell");
        alice.host = QStringLiteral("127.0.0.1");
        alice.port = 9;
        alice.rememberPassword = false;
        alice.sessions = {{QStringLiteral("desk"), false}, {QStringLiteral("lab"), false}};
        AccountConfig sensors;
        sensors.jid = QStringLiteral("sensors@example.org");
        sensors.host = QStringLiteral("127.0.0.1");
        sensors.port = 9;
        sensors.enabled = false;
        sensors.rememberPassword = false;
        sensors.sessions = {{QStringLiteral("dashboard"), false}};
        QSettings settings(file, QSettings::IniFormat);
        AccountConfig::saveAll(settings, {alice, sensors});
    }

    QTemporaryDir m_profile;
    QTemporaryDir m_sampleProfile;
    TestShots m_shots;
    TestChats m_chats;
    std::unique_ptr<NetworkThread> m_network;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountsModel> m_accounts;
    std::unique_ptr<AccountsModel> m_sample;
};

QUICK_TEST_MAIN_WITH_SETUP(qml, Setup)
#include "tst_qml.moc"
