// Runs the QML tests in this folder against the real Linnet modules, offscreen. The window's
// required AccountsModel comes from here: TestAccounts (module LinnetTest) with an empty
// profile, and SampleAccounts with two accounts that never connect by themselves (their
// sessions are saved offline and no password is known), for the pages that show accounts.
//
// TestChats puts messages where QML cannot: one "received" by an account's session (the path a
// server's message takes), or one appended to a conversation as the model keeps it.
//
// TestReadings puts readings into an account's ReadingStore as the receive path does, for the
// dashboard tests (tiles, gauges, alerts). The dashboards draw with Qt Charts, which needs a
// QApplication: main() makes one before quick_test_main would make a QGuiApplication.
//
// TestSessions sets what a session's link runs over, as the bridge reports it.
//
// TestForms makes a DataFormModel from a raw XEP-0004 form, as a command's answer fills one,
// for the form renderer's tests (no device needed).
//
// LINNET_TEST_THEME=dark|light forces the colour scheme; LINNET_QML_SHOTS=DIR lets tests that
// grab their item save PNGs there (TestShots.dir), for looking at dialogs the demo cannot reach.
#include "account/Account.h"
#include "account/AccountConfig.h"
#include "account/AccountsModel.h"
#include "account/ConnectionController.h"
#include "account/Session.h"
#include "adhoc/DataForm.h"
#include "commands/DataFormModel.h"
#include "chat/ChatModel.h"
#include "core/Appearance.h"
#include "devices/DeviceController.h"
#include "devices/FeedHealth.h"
#include "devices/ReadingStore.h"
#include "net/NetworkThread.h"
#include "security/CredentialStore.h"

#include <QApplication>
#include <QDateTime>
#include <QDomDocument>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStyleHints>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <cmath>

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

// What the bridge reports of a session's link, for the accounts page's tests (no server).
class TestSessions : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    Q_INVOKABLE void setTransportName(Session *session, const QString &name)
    {
        if (session)
            session->connection()->setTransportName(name);
    }
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

// Data forms for the form renderer's tests.
class TestForms : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // <x xmlns='jabber:x:data' type='form'>...</x> as a model (null if it is not a form). The
    // model lives as long as this object (the test run).
    Q_INVOKABLE DataFormModel *fromXml(const QString &xml)
    {
        QDomDocument document;
        if (!document.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing))
            return nullptr;
        const auto form = AdHoc::DataForm::parse(document.documentElement());
        if (!form)
            return nullptr;
        auto *model = new DataFormModel(this);
        model->setForm(*form);
        return model;
    }

    // The value of the field `var` as the form would submit it (string list).
    Q_INVOKABLE QStringList submitted(DataFormModel *model, const QString &var) const
    {
        if (!model)
            return {};
        const auto submit = model->toSubmit();
        const auto *field = submit.field(var);
        return field ? field->values : QStringList();
    }

    // Which controls Tab visits by the platform's rule (Qt::TabFocusBehavior: all controls
    // here, only text fields on macOS unless "keyboard navigation" is on), for the form's own
    // tab order; returns the previous one.
    Q_INVOKABLE int setTabFocusBehavior(int behavior)
    {
        const int was = QGuiApplication::styleHints()->tabFocusBehavior();
        QGuiApplication::styleHints()->setTabFocusBehavior(Qt::TabFocusBehavior(behavior));
        return was;
    }
};

// Readings for the dashboard tests, stored as the receive path stores them.
class TestReadings : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // One reading of series name (unit) on service/node, ageMs before now.
    Q_INVOKABLE void append(Account *account, const QString &service, const QString &node, const QString &name,
                            const QString &unit, double value, qint64 ageMs = 0)
    {
        if (!account)
            return;
        Reading reading;
        reading.series = name;
        reading.unit = unit;
        reading.value = value;
        reading.timeMs = QDateTime::currentMSecsSinceEpoch() - ageMs;
        account->readings()->append(service, node, {reading});
    }

    // count readings, one every stepMs up to endAgoMs before now, a slow wave around base (for
    // screenshots).
    Q_INVOKABLE void wave(Account *account, const QString &service, const QString &node, const QString &name,
                          const QString &unit, int count, qint64 stepMs, double base, double amplitude,
                          qint64 endAgoMs = 0)
    {
        if (!account)
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch() - endAgoMs;
        QList<Reading> batch;
        for (int i = 0; i < count; ++i) {
            const double phase = double(i) / std::max(1, count - 1) * 6.2832;
            const double noise = amplitude * 0.08 * std::sin(i * 12.9898);
            batch << Reading{name, unit, base + amplitude * std::sin(phase) + noise, now - (count - 1 - i) * stepMs};
        }
        account->readings()->append(service, node, batch);
    }

    // count readings of the node refused as bad input (NaN), as the receive path reports them:
    // the node's feed shows FeedHealth's warning.
    Q_INVOKABLE void badInput(Account *account, const QString &service, const QString &node, int count = 3)
    {
        if (account)
            account->devices()->health()->report(service, node, FeedHealth::Problem::NonFinite, quint64(count));
    }

    // A span the account was disconnected from the node, fromAgoMs to toAgoMs before now.
    Q_INVOKABLE void gap(Account *account, const QString &service, const QString &node, qint64 fromAgoMs, qint64 toAgoMs)
    {
        if (!account)
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        account->readings()->addGap(service, node, now - fromAgoMs, now - toAgoMs);
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
            qmlRegisterSingletonInstance("LinnetTest", 1, 0, "TestReadings", &m_readings);
            qmlRegisterSingletonInstance("LinnetTest", 1, 0, "TestForms", &m_forms);
            qmlRegisterSingletonInstance("LinnetTest", 1, 0, "TestSessions", &m_sessions);
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
    TestReadings m_readings;
    TestForms m_forms;
    TestSessions m_sessions;
    std::unique_ptr<NetworkThread> m_network;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountsModel> m_accounts;
    std::unique_ptr<AccountsModel> m_sample;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);  // Qt Charts: a QGuiApplication would crash
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "qml", QUICK_TEST_SOURCE_DIR, &setup);
}
#include "tst_qml.moc"
