// XEP-0050 and XEP-0004 examples (the specs' own stanzas, literally) read field by field and
// written back to the same XML; malformed input read without crashing.
#include "CommandIq.h"
#include "DataForm.h"
#include "XmlTestUtil.h"

#include <QTest>

using namespace AdHoc;
using namespace XmlTestUtil;
using namespace Qt::StringLiterals;

namespace {

// XEP-0050 example 6: a completed command with a result table.
const QString ListResult = QStringLiteral(R"(
<iq type='result' from='responder@domain' to='requester@domain' id='exec1'>
  <command xmlns='http://jabber.org/protocol/commands' sessionid='list:20020923T213616Z-700' node='list' status='completed'>
    <x xmlns='jabber:x:data' type='result'>
      <title>Available Services</title>
      <reported>
        <field var='service' label='Service'/>
        <field var='runlevel-1' label='Single-User mode'/>
        <field var='runlevel-2' label='Non-Networked Multi-User mode'/>
        <field var='runlevel-3' label='Full Multi-User mode'/>
        <field var='runlevel-5' label='X-Window mode'/>
      </reported>
      <item>
        <field var='service'><value>httpd</value></field>
        <field var='runlevel-1'><value>off</value></field>
        <field var='runlevel-2'><value>off</value></field>
        <field var='runlevel-3'><value>on</value></field>
        <field var='runlevel-5'><value>on</value></field>
      </item>
      <item>
        <field var='service'><value>postgresql</value></field>
        <field var='runlevel-1'><value>off</value></field>
        <field var='runlevel-2'><value>off</value></field>
        <field var='runlevel-3'><value>on</value></field>
        <field var='runlevel-5'><value>on</value></field>
      </item>
      <item>
        <field var='service'><value>jabberd</value></field>
        <field var='runlevel-1'><value>off</value></field>
        <field var='runlevel-2'><value>off</value></field>
        <field var='runlevel-3'><value>on</value></field>
        <field var='runlevel-5'><value>on</value></field>
      </item>
    </x>
  </command>
</iq>)");

// XEP-0050 example 9: the second stage of a multi-stage command.
const QString ConfigStage2 = QStringLiteral(R"(
<iq type='result' from='responder@domain' to='requester@domain' id='config2'>
  <command xmlns='http://jabber.org/protocol/commands' sessionid='config:20020923T213616Z-700' node='config' status='executing'>
    <actions execute='complete'>
      <prev/>
      <complete/>
    </actions>
    <x xmlns='jabber:x:data' type='form'>
      <title>Configure Service</title>
      <instructions>Please select the run modes and state for 'httpd'.</instructions>
      <field var='runlevel' label='Run Modes' type='list-multi'>
        <value>3</value>
        <value>5</value>
        <option label='Single-User'><value>1</value></option>
        <option label='Non-Networked Multi-User'><value>2</value></option>
        <option label='Full Multi-User'><value>3</value></option>
        <option label='X-Window'><value>5</value></option>
      </field>
      <field var='state' label='Run State' type='list-single'>
        <value>off</value>
        <option label='Active'><value>off</value></option>
        <option label='Inactive'><value>on</value></option>
      </field>
    </x>
  </command>
</iq>)");

// XEP-0050 example 8: the requester submits the first stage.
const QString ConfigSubmit = QStringLiteral(R"(
<iq type='set' to='responder@domain' id='config2'>
  <command xmlns='http://jabber.org/protocol/commands' sessionid='config:20020923T213616Z-700' node='config' action='next'>
    <x xmlns='jabber:x:data' type='submit'>
      <field var='service'><value>httpd</value></field>
    </x>
  </command>
</iq>)");

// XEP-0050 example 12: completed with a note.
const QString ConfigCompleted = QStringLiteral(R"(
<iq type='result' from='responder@domain' to='requester@domain' id='config3'>
  <command xmlns='http://jabber.org/protocol/commands' sessionid='config:20020923T213616Z-700' node='config' status='completed'>
    <note type='info'>Service 'httpd' has been configured.</note>
  </command>
</iq>)");

// XEP-0050 §4.6: errors with a commands-namespace condition.
const QString BadAction = QStringLiteral(R"(
<iq type='error' from='responder@domain' to='requester@domain/resource' id='exec1'>
  <error type='modify'>
    <bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
    <bad-action xmlns='http://jabber.org/protocol/commands'/>
  </error>
</iq>)");
const QString SessionExpired = QStringLiteral(R"(
<iq type='error' from='responder@domain' to='requester@domain/resource' id='exec1'>
  <error type='cancel'>
    <not-allowed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
    <session-expired xmlns='http://jabber.org/protocol/commands'/>
  </error>
</iq>)");

CommandIq parsed(const QString &xml)
{
    CommandIq iq;
    iq.parse(dom(xml));
    return iq;
}

}  // namespace

class TestAdHocStanzas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void executeRequest()
    {
        const auto xml = QStringLiteral("<iq type='set' to='responder@domain' id='exec1'>"
                                        "<command xmlns='http://jabber.org/protocol/commands' node='list' action='execute'/></iq>");
        QVERIFY(CommandIq::isCommandIq(dom(xml)));
        const CommandIq iq = parsed(xml);
        QCOMPARE(iq.type(), QXmppIq::Set);
        QCOMPARE(iq.node(), u"list"_s);
        QVERIFY(iq.sessionId().isEmpty());
        QCOMPARE(iq.action(), Action::Execute);
        QVERIFY(!iq.status());
        QVERIFY(!iq.form());
        QCOMPARE(canonical(written(iq)), canonical(xml));
    }

    void resultTable()
    {
        const CommandIq iq = parsed(ListResult);
        QCOMPARE(iq.type(), QXmppIq::Result);
        QCOMPARE(iq.sessionId(), u"list:20020923T213616Z-700"_s);
        QCOMPARE(iq.status(), Status::Completed);
        QVERIFY(iq.allowedActions().isEmpty());
        const DataForm form = iq.form().value();
        QCOMPARE(form.type(), DataForm::Type::Result);
        QCOMPARE(form.title(), u"Available Services"_s);
        QVERIFY(form.fields().isEmpty());
        QCOMPARE(form.reported().size(), 5);
        QCOMPARE(form.reported().at(0).var, u"service"_s);
        QCOMPARE(form.reported().at(4).label, u"X-Window mode"_s);
        QCOMPARE(form.reported().at(4).type, FormField::Type::TextSingle);
        QCOMPARE(form.items().size(), 3);
        QCOMPARE(form.items().at(1).at(0).value(), u"postgresql"_s);
        QCOMPARE(form.items().at(2).at(3).var, u"runlevel-3"_s);
        QCOMPARE(form.items().at(2).at(3).value(), u"on"_s);
        QCOMPARE(canonical(written(iq)), canonical(ListResult));
    }

    void multiStage()
    {
        const CommandIq iq = parsed(ConfigStage2);
        QCOMPARE(iq.status(), Status::Executing);
        QCOMPARE(iq.allowedActions(), (QList {Action::Prev, Action::Complete}));
        QCOMPARE(iq.defaultAction(), Action::Complete);
        const DataForm form = iq.form().value();
        QCOMPARE(form.type(), DataForm::Type::Form);
        QCOMPARE(form.instructions(), QStringList {u"Please select the run modes and state for 'httpd'."_s});
        const FormField *runlevel = form.field(u"runlevel");
        QVERIFY(runlevel);
        QCOMPARE(runlevel->type, FormField::Type::ListMulti);
        QCOMPARE(runlevel->label, u"Run Modes"_s);
        QCOMPARE(runlevel->values, (QStringList {u"3"_s, u"5"_s}));
        QCOMPARE(runlevel->options.size(), 4);
        QCOMPARE(runlevel->options.at(1), (FieldOption {u"Non-Networked Multi-User"_s, u"2"_s}));
        QVERIFY(runlevel->isMultiValued());
        QCOMPARE(form.field(u"state"_s)->value(), u"off"_s);
        QVERIFY(!form.field(u"nope"));
        QCOMPARE(canonical(written(iq)), canonical(ConfigStage2));

        const CommandIq submit = parsed(ConfigSubmit);
        QCOMPARE(submit.action(), Action::Next);
        QCOMPARE(submit.form()->type(), DataForm::Type::Submit);
        QCOMPARE(submit.form()->field(u"service"_s)->value(), u"httpd"_s);
        QCOMPARE(canonical(written(submit)), canonical(ConfigSubmit));

        const CommandIq done = parsed(ConfigCompleted);
        QCOMPARE(done.status(), Status::Completed);
        QCOMPARE(done.notes(), (QList {Note {Note::Type::Info, u"Service 'httpd' has been configured."_s}}));
        QCOMPARE(canonical(written(done)), canonical(ConfigCompleted));
    }

    void commandErrors()
    {
        const CommandIq badAction = parsed(BadAction);
        QCOMPARE(badAction.type(), QXmppIq::Error);
        QCOMPARE(badAction.error().condition(), QXmppStanza::Error::BadRequest);
        QCOMPARE(badAction.error().type(), QXmppStanza::Error::Modify);
        QCOMPARE(badAction.commandCondition(), CommandCondition::BadAction);
        QVERIFY(badAction.node().isEmpty());
        QCOMPARE(canonical(written(badAction)), canonical(BadAction));

        const CommandIq expired = parsed(SessionExpired);
        QCOMPARE(expired.error().condition(), QXmppStanza::Error::NotAllowed);
        QCOMPARE(expired.commandCondition(), CommandCondition::SessionExpired);
        QCOMPARE(canonical(written(expired)), canonical(SessionExpired));

        // Built from scratch, each condition lands inside <error/> next to the stanza condition.
        for (auto condition : {CommandCondition::BadLocale, CommandCondition::BadPayload, CommandCondition::BadSessionId}) {
            CommandIq iq;
            iq.setType(QXmppIq::Error);
            iq.setId(u"e1"_s);
            iq.setTo(u"requester@domain/r"_s);
            iq.setError(QXmppStanza::Error(QXmppStanza::Error::Modify, QXmppStanza::Error::BadRequest, u"Nope"_s));
            iq.setCommandCondition(condition);
            const QDomElement element = dom(written(iq));
            const QDomElement error = element.firstChildElement(u"error"_s);
            QCOMPARE(error.attribute(u"type"_s), u"modify"_s);
            QCOMPARE(error.firstChildElement(u"bad-request"_s).namespaceURI(), u"urn:ietf:params:xml:ns:xmpp-stanzas"_s);
            QCOMPARE(error.firstChildElement(u"text"_s).text(), u"Nope"_s);
            CommandIq back;
            back.parse(element);
            QCOMPARE(back.commandCondition(), condition);
            QCOMPARE(back.error().text(), u"Nope"_s);
        }
    }

    void names()
    {
        for (auto action : {Action::Execute, Action::Next, Action::Prev, Action::Complete, Action::Cancel})
            QCOMPARE(actionFromName(actionName(action)), action);
        for (auto status : {Status::Executing, Status::Completed, Status::Canceled})
            QCOMPARE(statusFromName(statusName(status)), status);
        QCOMPARE(actionName(Action::Prev), u"prev"_s);
        QCOMPARE(statusName(Status::Canceled), u"canceled"_s);
        QVERIFY(!actionFromName(u"explode"));
        QVERIFY(!statusFromName(u""));
    }

    void malformed()
    {
        // No node, a garbage action, a status nobody knows, notes without type, an empty form.
        const CommandIq iq = parsed(QStringLiteral(
            "<iq type='set' id='m1'><command xmlns='http://jabber.org/protocol/commands' action='explode' status='weird'>"
            "<actions execute='fly'><jump/><next/></actions><note>plain</note><x xmlns='jabber:x:data'/></command></iq>"));
        QVERIFY(iq.node().isEmpty());
        QCOMPARE(iq.action(), Action::Execute);
        QVERIFY(!iq.status());
        QVERIFY(!iq.defaultAction());
        QCOMPARE(iq.allowedActions(), QList {Action::Next});
        QCOMPARE(iq.notes(), (QList {Note {Note::Type::Info, u"plain"_s}}));
        QVERIFY(iq.form());
        QVERIFY(iq.form()->fields().isEmpty());
        // Not a command at all: command in another namespace, no payload, not an iq.
        QVERIFY(!CommandIq::isCommandIq(dom(u"<iq type='set'><command xmlns='urn:other'/></iq>"_s)));
        QVERIFY(!CommandIq::isCommandIq(dom(u"<iq type='set'/>"_s)));
        QVERIFY(!CommandIq::isCommandIq(dom(u"<message><command xmlns='http://jabber.org/protocol/commands'/></message>"_s)));
        CommandIq empty;
        empty.parse(dom(u"<iq type='result'/>"_s));
        QVERIFY(!empty.status());
        QVERIFY(!empty.form());
    }
};

QTEST_GUILESS_MAIN(TestAdHocStanzas)
#include "tst_adhocstanzas.moc"
