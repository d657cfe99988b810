// The app's command side live against a server: Prosody's own mod_admin_adhoc ("Add User",
// run as an admin through CommandRunner: the new user can log in; adding them again completes
// with an error note, an error in the history), and a peer that answers once and then never
// again (the timeout keeps the entered values).
#include "RunnerTestSupport.h"
#include "adhoc/CommandIq.h"
#include "commands/CommandHistory.h"
#include "commands/CommandListModel.h"

#include <QDomElement>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppClientExtension.h>

using namespace Qt::StringLiterals;
using namespace LiveTest;
using namespace RunnerTest;
using State = CommandRunner::State;

namespace {
// Answers the first execute with a one-field form, then never again: what a device that hangs
// mid-command looks like.
class MuteResponder : public QXmppClientExtension
{
public:
    int swallowed = 0;

    bool handleStanza(const QDomElement &element) override
    {
        if (!AdHoc::CommandIq::isCommandIq(element) || element.attribute(QStringLiteral("type")) != u"set")
            return false;
        AdHoc::CommandIq request;
        request.parse(element);
        if (!request.sessionId().isEmpty()) {
            ++swallowed;
            return true;
        }
        AdHoc::CommandIq answer;
        answer.setType(QXmppIq::Result);
        answer.setId(request.id());
        answer.setTo(request.from());
        answer.setNode(request.node());
        answer.setSessionId(QStringLiteral("mute-1"));
        answer.setStatus(AdHoc::Status::Executing);
        answer.setAllowedActions({AdHoc::Action::Complete});
        AdHoc::DataForm form(AdHoc::DataForm::Type::Form);
        AdHoc::FormField field;
        field.var = QStringLiteral("x");
        field.label = QStringLiteral("X");
        form.setFields({field});
        answer.setForm(form);
        client()->sendPacket(answer);
        return true;
    }
};

const QString AddUserNode = QStringLiteral("http://jabber.org/protocol/admin#add-user");

// Runs Prosody's Add User for accountJid through its single form and waits for the answer.
bool addUser(CommandRunner &runner, AccountHarness &admin, const QString &domain, const QString &accountJid,
             const QString &password)
{
    return startRunner(runner, admin, domain, AddUserNode, QStringLiteral("Add User")) && runner.state() == State::Input
        && setField(runner, QStringLiteral("accountjid"), accountJid) && setField(runner, QStringLiteral("password"), password)
        && setField(runner, QStringLiteral("password-verify"), password) && runner.submit() && settle(runner);
}
}  // namespace

class TestServerCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<AccountHarness> m_alice;  // a server admin

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void timeoutKeepsValues();
    void prosodyAddUserAsAdmin();
    void prosodyAddExistingUserIsAnError();
};

void TestServerCommands::initTestCase()
{
    ProsodyServer::Options options;
    options.accounts = {{QStringLiteral("alice"), Password, QStringLiteral("Alice")},
                        {QStringLiteral("carol"), Password, QStringLiteral("Carol")}};
    options.admins = {QStringLiteral("alice")};
    m_server = startServer(options);
    QVERIFY(m_server);
    m_alice = login(*m_server, QStringLiteral("alice"), QStringLiteral("desk"));
    QVERIFY(m_alice);
}

void TestServerCommands::cleanupTestCase()
{
    m_alice.reset();
}

void TestServerCommands::timeoutKeepsValues()
{
    // carol's sessions wait 1.5 s for an answer; her other resource answers once, then hangs.
    qputenv("LINNET_COMMAND_TIMEOUT_MS", "1500");
    auto carol = login(*m_server, QStringLiteral("carol"), QStringLiteral("desk"));
    qunsetenv("LINNET_COMMAND_TIMEOUT_MS");
    QVERIFY(carol);
    QXmppClient mute;
    auto *responder = new MuteResponder;
    mute.insertExtension(0, responder);
    mute.connectToServer(m_server->clientConfiguration(QStringLiteral("carol"), Password, QStringLiteral("mute")));
    QTRY_VERIFY_WITH_TIMEOUT(mute.isConnected(), 15000);

    const QString target = m_server->jid(QStringLiteral("carol")) + QStringLiteral("/mute");
    CommandRunner runner;
    QVERIFY(startRunner(runner, *carol, target, QStringLiteral("hang"), QStringLiteral("Hang")));
    QCOMPARE(runner.state(), State::Input);
    QVERIFY(setField(runner, QStringLiteral("x"), QStringLiteral("kept")));
    QVERIFY(runner.complete());
    QVERIFY(settle(runner, 20000));
    QCOMPARE(responder->swallowed, 1);
    QCOMPARE(runner.errorKind(), QStringLiteral("timeout"));
    QVERIFY(!runner.errorText().isEmpty());
    QCOMPARE(roleOf(runner.form(), QStringLiteral("x"), DataFormModel::ValueRole).toString(), QStringLiteral("kept"));
    const auto entries = history(*carol, m_server->jid(QStringLiteral("carol")));
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().outcome, CommandHistoryEntry::Outcome::Error);
    QCOMPARE(entries.first().to, target);
    QCOMPARE(entries.first().values, QStringLiteral("X: kept"));
}

void TestServerCommands::prosodyAddUserAsAdmin()
{
    const QString node = AddUserNode;
    // The server lists its admin commands to an admin.
    CommandListModel list;
    list.setAccount(m_alice->account());
    list.setJid(m_server->domain());
    QVERIFY(!list.isOffline());  // a server is asked at its bare JID
    QTRY_VERIFY_WITH_TIMEOUT(!list.isLoading(), 15000);
    QStringList nodes;
    for (int row = 0; row < list.rowCount(); ++row)
        nodes << list.index(row).data(CommandListModel::NodeRole).toString();
    QVERIFY2(nodes.contains(node), qPrintable(nodes.join(u' ')));

    CommandRunner runner;
    QVERIFY(startRunner(runner, *m_alice, m_server->domain(), node, QStringLiteral("Add User")));
    QCOMPARE(runner.state(), State::Input);
    QCOMPARE(runner.to(), m_server->domain());
    QCOMPARE(roleOf(runner.form(), QStringLiteral("accountjid"), DataFormModel::FieldTypeRole).toString(), QStringLiteral("jid-single"));
    QCOMPARE(roleOf(runner.form(), QStringLiteral("password"), DataFormModel::FieldTypeRole).toString(), QStringLiteral("text-private"));
    const QString newUser = QStringLiteral("dora");
    const QString newPassword = QStringLiteral("Dora's s3cret pass");
    QVERIFY(setField(runner, QStringLiteral("accountjid"), m_server->jid(newUser)));
    QVERIFY(setField(runner, QStringLiteral("password"), newPassword));
    QVERIFY(setField(runner, QStringLiteral("password-verify"), newPassword));
    QVERIFY(runner.submit());
    QVERIFY(settle(runner));
    QCOMPARE(runner.state(), State::Completed);
    QCOMPARE(runner.errorKind(), QString());
    QVERIFY2(notesText(runner).contains(QStringLiteral("successfully created")), qPrintable(notesText(runner)));

    // The new account works.
    QXmppClient dora;
    dora.connectToServer(m_server->clientConfiguration(newUser, newPassword));
    QTRY_VERIFY_WITH_TIMEOUT(dora.isConnected(), 15000);

    // The history has the run, the passwords masked.
    const auto entries = history(*m_alice, m_server->domain());
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().outcome, CommandHistoryEntry::Outcome::Completed);
    QVERIFY2(!entries.first().values.contains(newPassword), qPrintable(entries.first().values));
    QVERIFY2(entries.first().values.contains(CommandHistory::Mask), qPrintable(entries.first().values));
    QVERIFY2(entries.first().values.contains(m_server->jid(newUser)), qPrintable(entries.first().values));
}

void TestServerCommands::prosodyAddExistingUserIsAnError()
{
    const QString jid = m_server->jid(QStringLiteral("erin"));
    const QString password = QStringLiteral("Erin's pass 1");
    CommandRunner first;
    QVERIFY(addUser(first, *m_alice, m_server->domain(), jid, password));
    QCOMPARE(first.state(), State::Completed);
    QVERIFY(!first.completedWithError());

    // Prosody completes the second run too, with <note type='error'>: the run is over but
    // failed, and the history says so with the note.
    CommandRunner second;
    QVERIFY(addUser(second, *m_alice, m_server->domain(), jid, password));
    QCOMPARE(second.state(), State::Completed);
    QCOMPARE(second.errorKind(), QString());
    QVERIFY(second.completedWithError());
    QCOMPARE(second.notes()->index(0).data(NotesModel::TypeRole).toString(), QStringLiteral("error"));
    QVERIFY2(notesText(second).contains(QStringLiteral("already exists")), qPrintable(notesText(second)));

    const auto entries = history(*m_alice, m_server->domain());
    QVERIFY(entries.size() >= 4);  // each run: the form, then the answer to it
    QCOMPARE(entries.at(0).outcome, CommandHistoryEntry::Outcome::Error);
    QCOMPARE(entries.at(0).result, notesText(second));
    QCOMPARE(entries.at(2).outcome, CommandHistoryEntry::Outcome::Completed);
    QVERIFY2(entries.at(2).result.contains(QStringLiteral("successfully created")), qPrintable(entries.at(2).result));
}

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
