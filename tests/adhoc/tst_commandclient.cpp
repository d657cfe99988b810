// CommandClient and CommandSession against a CommandResponder over Prosody: the steps of a
// multi-step command, errors that keep or end a session, timeouts and late answers.
#include "AdHocLive.h"
#include "CommandClient.h"
#include "CommandResponder.h"

#include <QSignalSpy>
#include <QTest>

using namespace AdHoc;
using namespace AdHocLive;
using namespace Qt::StringLiterals;

namespace {

// A responder under the test's control: answers execute with a one-field form (next or
// complete) and anything else with completed, or, while holding, keeps the requests unanswered
// for the test to answer later.
class HeldResponder : public QXmppClientExtension
{
public:
    bool hold = false;
    QList<QDomElement> held;

    bool handleStanza(const QDomElement &element) override
    {
        if (element.attribute(u"type"_s) != u"set" || !CommandIq::isCommandIq(element))
            return false;
        if (hold)
            held.append(element);
        else
            answer(element, Status::Completed);
        return true;
    }

    void answer(const QDomElement &request, Status status)
    {
        CommandIq in;
        in.parse(request);
        CommandIq out;
        out.setType(QXmppIq::Result);
        out.setId(in.id());
        out.setTo(in.from());
        out.setNode(in.node());
        out.setSessionId(u"held-1"_s);
        if (in.action() == Action::Execute && in.sessionId().isEmpty() && status == Status::Completed)
            status = Status::Executing;
        out.setStatus(status);
        if (status == Status::Executing) {
            DataForm form(DataForm::Type::Form);
            FormField f;
            f.var = u"x"_s;
            f.setValue(u"kept"_s);
            form.setFields({f});
            out.setForm(form);
            out.setAllowedActions({Action::Next, Action::Complete});
        }
        client()->sendPacket(out);
    }
};

}  // namespace

class TestCommandClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = startServer();
        QVERIFY(m_server);
        m_responder = new CommandResponder;
        m_responder->addCommand(wizard());
        m_responder->setAuthorizer([this](const QString &from, const QString &) {
            return from.startsWith(m_server->jid(u"bob"_s) + u'/');
        });
        m_device.insertExtension(0, m_responder);
        QVERIFY(login(m_device, *m_server, u"alice"_s, u"device"_s));
        m_deviceJid = m_server->jid(u"alice"_s) + u"/device";

        m_held = new HeldResponder;
        m_mute.insertExtension(0, m_held);
        QVERIFY(login(m_mute, *m_server, u"alice"_s, u"mute"_s));
        m_muteJid = m_server->jid(u"alice"_s) + u"/mute";

        m_bob.addExtension(m_client = new CommandClient);  // as C1 says: appended
        QVERIFY(login(m_bob, *m_server, u"bob"_s, u"desk"_s));
        m_carol.addExtension(m_carolClient = new CommandClient);
        QVERIFY(login(m_carol, *m_server, u"carol"_s, u"desk"_s));
    }

    void list()
    {
        auto task = m_client->listCommands(m_deviceJid);
        QVERIFY(QTest::qWaitFor([&] { return task.isFinished(); }, 10000));
        const auto commands = std::get<QList<CommandInfo>>(task.result());
        QCOMPARE(commands, (QList {CommandInfo {m_deviceJid, u"wizard"_s, u"Configure a service"_s}}));
        auto carols = m_carolClient->listCommands(m_deviceJid);
        QVERIFY(QTest::qWaitFor([&] { return carols.isFinished(); }, 10000));
        QVERIFY(std::get<QList<CommandInfo>>(carols.result()).isEmpty());
        // An account's bare JID is the server's to answer: Prosody has no commands for it.
        auto bare = m_client->listCommands(m_server->jid(u"carol"_s));
        QVERIFY(QTest::qWaitFor([&] { return bare.isFinished(); }, 10000));
        QVERIFY(bare.result().index() == 0 || std::get<CommandError>(bare.result()).kind == CommandError::Kind::Stanza);
    }

    void multiStep()
    {
        CommandSession session(m_client, m_deviceJid, u"wizard"_s);
        QSignalSpy states(&session, &CommandSession::stateChanged);
        QVERIFY(session.start());
        QVERIFY(!session.start());
        QCOMPARE(session.state(), CommandSession::State::Waiting);
        QVERIFY(session.isBusy());
        QVERIFY(QTest::qWaitFor([&] { return session.state() == CommandSession::State::Executing; }, 10000));
        QVERIFY(!session.sessionId().isEmpty());
        QCOMPARE(session.steps(), 1);
        QCOMPARE(session.allowedActions(), (QList {Action::Next, Action::Cancel}));
        QCOMPARE(session.defaultAction(), Action::Next);
        QVERIFY(!session.canPerform(Action::Complete));
        QVERIFY(!session.perform(Action::Complete));

        DataForm form = session.form().value();
        form.field(u"service")->setValue(u"httpd"_s);
        QVERIFY(session.perform(Action::Next, form.toSubmit()));
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
        QCOMPARE(session.state(), CommandSession::State::Executing);
        QCOMPARE(session.form()->title(), u"Mode for httpd"_s);
        QCOMPARE(session.allowedActions(), (QList {Action::Prev, Action::Complete, Action::Cancel}));
        QCOMPARE(session.defaultAction(), Action::Complete);

        QVERIFY(session.perform(Action::Prev));
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
        QCOMPARE(session.form()->field(u"service")->value(), u"httpd"_s);
        form = session.form().value();
        form.field(u"service")->setValue(u"jabberd"_s);
        QVERIFY(session.perform(Action::Next, form.toSubmit()));
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
        form = session.form().value();
        form.field(u"mode")->setValue(u"fast"_s);
        QVERIFY(session.perform(Action::Execute, form.toSubmit()));  // the default: complete
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
        QCOMPARE(session.state(), CommandSession::State::Completed);
        QCOMPARE(session.notes(), (QList {Note {Note::Type::Info, u"jabberd set to fast"_s}}));
        QCOMPARE(session.steps(), 5);
        QVERIFY(session.allowedActions().isEmpty());
        QVERIFY(!session.perform(Action::Cancel));
        QVERIFY(!session.lastError());
        QCOMPARE(states.last().at(0).value<CommandSession::State>(), CommandSession::State::Completed);
        QCOMPARE(m_responder->activeSessions(), 0);
    }

    void cancel()
    {
        CommandSession session(m_client, m_deviceJid, u"wizard"_s);
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.state() == CommandSession::State::Executing; }, 10000));
        QVERIFY(session.perform(Action::Cancel));
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
        QCOMPARE(session.state(), CommandSession::State::Canceled);
    }

    void errorsThatEndTheSession()
    {
        // A stranger: forbidden.
        CommandSession stranger(m_carolClient, m_deviceJid, u"wizard"_s);
        QSignalSpy failed(&stranger, &CommandSession::failed);
        stranger.start();
        QVERIFY(QTest::qWaitFor([&] { return !stranger.isBusy(); }, 10000));
        QCOMPARE(stranger.state(), CommandSession::State::Failed);
        QCOMPARE(stranger.lastError()->kind, CommandError::Kind::Stanza);
        QCOMPARE(stranger.lastError()->stanzaError.condition(), QXmppStanza::Error::Forbidden);
        QVERIFY(!stranger.lastError()->text.isEmpty());
        QCOMPARE(failed.size(), 1);

        // An unknown node: item-not-found.
        CommandSession unknown(m_client, m_deviceJid, u"nope"_s);
        unknown.start();
        QVERIFY(QTest::qWaitFor([&] { return !unknown.isBusy(); }, 10000));
        QCOMPARE(unknown.state(), CommandSession::State::Failed);

        // The responder forgot the session: session-expired, with its condition intact.
        m_responder->setSessionTimeout(std::chrono::milliseconds(200));
        CommandSession expired(m_client, m_deviceJid, u"wizard"_s);
        expired.start();
        QVERIFY(QTest::qWaitFor([&] { return expired.state() == CommandSession::State::Executing; }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return m_responder->activeSessions() == 0; }, 10000));
        QVERIFY(expired.perform(Action::Next, expired.form()->toSubmit()));
        QVERIFY(QTest::qWaitFor([&] { return !expired.isBusy(); }, 10000));
        QCOMPARE(expired.state(), CommandSession::State::Failed);
        QCOMPARE(expired.lastError()->commandCondition, CommandCondition::SessionExpired);
        QVERIFY(expired.lastError()->endsSession());
        m_responder->setSessionTimeout(std::chrono::minutes(10));
    }

    void errorsKeepTheSession()
    {
        // A refused action (sent past CommandSession's own check) comes back with bad-action.
        CommandSession session(m_client, m_deviceJid, u"wizard"_s);
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.state() == CommandSession::State::Executing; }, 10000));
        CommandIq wrong;
        wrong.setNode(u"wizard"_s);
        wrong.setSessionId(session.sessionId());
        wrong.setAction(Action::Complete);
        auto task = m_client->send(m_deviceJid, wrong);
        QVERIFY(QTest::qWaitFor([&] { return task.isFinished(); }, 10000));
        const CommandError error = std::get<CommandError>(task.result());
        QCOMPARE(error.kind, CommandError::Kind::Stanza);
        QCOMPARE(error.stanzaError.condition(), QXmppStanza::Error::BadRequest);
        QCOMPARE(error.commandCondition, CommandCondition::BadAction);
        QVERIFY(!error.endsSession());

        // A client that does not do commands: feature-not-implemented; the session was never
        // started and may start again.
        CommandSession nobody(m_client, m_server->jid(u"carol"_s) + u"/desk", u"wizard"_s);
        nobody.start();
        QVERIFY(QTest::qWaitFor([&] { return !nobody.isBusy(); }, 10000));
        QCOMPARE(nobody.state(), CommandSession::State::Idle);
        QCOMPARE(nobody.lastError()->stanzaError.condition(), QXmppStanza::Error::FeatureNotImplemented);
        QVERIFY(nobody.start());
        QVERIFY(QTest::qWaitFor([&] { return !nobody.isBusy(); }, 10000));
        session.perform(Action::Cancel);
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
    }

    void timeoutAndLateAnswer()
    {
        m_client->setTimeout(std::chrono::milliseconds(300));
        m_held->hold = false;
        CommandSession session(m_client, m_muteJid, u"anything"_s);
        QSignalSpy answered(&session, &CommandSession::answered);
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.state() == CommandSession::State::Executing; }, 10000));
        QCOMPARE(answered.size(), 1);

        // The responder swallows the next request: timeout, and the session stays as it was.
        m_held->hold = true;
        DataForm form = session.form().value();
        form.field(u"x")->setValue(u"changed"_s);
        QVERIFY(session.perform(Action::Next, form.toSubmit()));
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
        QCOMPARE(session.state(), CommandSession::State::Executing);
        QCOMPARE(session.lastError()->kind, CommandError::Kind::Timeout);
        QVERIFY(!session.lastError()->endsSession());
        QCOMPARE(session.form()->field(u"x")->value(), u"kept"_s);
        QCOMPARE(m_held->held.size(), 1);

        // Its answer comes after all: ignored.
        m_held->answer(m_held->held.takeFirst(), Status::Completed);
        QSignalSpy states(&session, &CommandSession::stateChanged);
        // A round trip to the same sender: its reply comes after the late answer.
        auto probe = m_client->listCommands(m_muteJid);
        QVERIFY(QTest::qWaitFor([&] { return probe.isFinished(); }, 10000));
        QCOMPARE(answered.size(), 1);
        QCOMPARE(states.size(), 0);
        QCOMPARE(session.state(), CommandSession::State::Executing);

        // And the session goes on.
        m_held->hold = false;
        QVERIFY(session.perform(Action::Complete, form.toSubmit()));
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
        QCOMPARE(session.state(), CommandSession::State::Completed);
        m_client->setTimeout(std::chrono::seconds(30));
    }

    void streamEndsWhileWaiting()
    {
        m_held->hold = true;
        QXmppClient dave;
        auto *client = new CommandClient;
        dave.addExtension(client);
        QVERIFY(login(dave, *m_server, u"bob"_s, u"dave"_s));
        CommandSession session(client, m_muteJid, u"anything"_s);
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return m_held->held.size() == 1; }, 10000));
        dave.disconnectFromServer();
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
        QCOMPARE(session.lastError()->kind, CommandError::Kind::NotSent);  // not the 30 s timeout
        QCOMPARE(session.state(), CommandSession::State::Idle);
        // Not connected: fails at once.
        QVERIFY(session.start());
        QCOMPARE(session.lastError()->kind, CommandError::Kind::NotSent);
        m_held->held.clear();
        m_held->hold = false;
    }

private:
    std::unique_ptr<ProsodyServer> m_server;
    QXmppClient m_device, m_mute, m_bob, m_carol;
    CommandResponder *m_responder = nullptr;
    HeldResponder *m_held = nullptr;
    CommandClient *m_client = nullptr;
    CommandClient *m_carolClient = nullptr;
    QString m_deviceJid, m_muteJid;
};

QTEST_GUILESS_MAIN(TestCommandClient)
#include "tst_commandclient.moc"
