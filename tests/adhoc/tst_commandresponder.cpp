// CommandResponder on its own, against the fixture's Prosody: requesters send literal XML and
// check the literal replies (lists, disco#info, every step and every error of XEP-0050).
#include "AdHocLive.h"
#include "CommandResponder.h"

#include <QTest>

using namespace AdHoc;
using namespace AdHocLive;
using namespace Qt::StringLiterals;

namespace {

const QString Ns = u"http://jabber.org/protocol/commands"_s;

QString command(const QString &node, const QString &attributes = {}, const QString &children = {})
{
    return u"<command xmlns='http://jabber.org/protocol/commands' node='%1' %2>%3</command>"_s.arg(node, attributes, children);
}

QDomElement commandOf(const QDomElement &iq)
{
    return iq.firstChildElement(u"command"_s);
}

// "stanza-condition" or "stanza-condition/commands-condition" of an error reply.
QString errorOf(const QDomElement &iq)
{
    if (iq.attribute(u"type"_s) != u"error")
        return u"(no error: %1)"_s.arg(iq.attribute(u"type"_s));
    const QDomElement error = iq.firstChildElement(u"error"_s);
    QString stanza, ours;
    for (auto child = error.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() == u"urn:ietf:params:xml:ns:xmpp-stanzas" && child.tagName() != u"text")
            stanza = child.tagName();
        else if (child.namespaceURI() == Ns)
            ours = child.tagName();
    }
    return ours.isEmpty() ? stanza : stanza + u'/' + ours;
}

QStringList actionsOf(const QDomElement &iq)
{
    QStringList actions;
    const QDomElement element = commandOf(iq).firstChildElement(u"actions"_s);
    for (auto child = element.firstChildElement(); !child.isNull(); child = child.nextSiblingElement())
        actions.append(child.tagName());
    if (element.hasAttribute(u"execute"_s))
        actions.prepend(u"default=" + element.attribute(u"execute"_s));
    return actions;
}

QString submit(const QString &var, const QString &value)
{
    return u"<x xmlns='jabber:x:data' type='submit'><field var='%1'><value>%2</value></field></x>"_s.arg(var, value);
}

}  // namespace

class TestCommandResponder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = startServer();
        QVERIFY(m_server);
        m_responder = new CommandResponder;
        m_responder->addCommand(wizard());
        m_responder->addCommand(simpleCommand(u"ping"_s, u"Ping"_s, [](const CommandRequest &request) {
            return CommandResponse::completed({{Note::Type::Info, u"pong for " + request.from}});
        }));
        m_responder->addCommand(simpleCommand(u"secret"_s, u"Secret"_s, [](const CommandRequest &) {
            return CommandResponse::completed();
        }));
        m_responder->addCommand(simpleCommand(u"broken"_s, u"Broken"_s, [](const CommandRequest &) {
            return CommandResponse::failure(QXmppStanza::Error::Modify, QXmppStanza::Error::BadRequest,
                                            u"Cannot read that"_s, CommandCondition::BadPayload);
        }));
        // alice: everything; bob: all but secret; carol and others: nothing.
        m_responder->setAuthorizer([this](const QString &from, const QString &node) {
            const QString bare = from.section(u'/', 0, 0);
            return bare == m_server->jid(u"alice"_s) || (bare == m_server->jid(u"bob"_s) && node != u"secret");
        });
        m_device.insertExtension(0, m_responder);
        QVERIFY(login(m_device, *m_server, u"alice"_s, u"device"_s));
        m_deviceJid = m_server->jid(u"alice"_s) + u"/device";

        m_bob.insertExtension(0, m_bobRaw = new RawRequester);
        QVERIFY(login(m_bob, *m_server, u"bob"_s, u"desk"_s));
        m_carol.insertExtension(0, m_carolRaw = new RawRequester);
        QVERIFY(login(m_carol, *m_server, u"carol"_s, u"desk"_s));
    }

    void listFilteredByAuthorizer()
    {
        const QString query = u"<query xmlns='http://jabber.org/protocol/disco#items' node='%1'/>"_s.arg(Ns);
        const QDomElement bobs = m_bobRaw->request(m_deviceJid, query, QXmppIq::Get);
        QCOMPARE(bobs.attribute(u"type"_s), u"result"_s);
        const QDomElement list = bobs.firstChildElement(u"query"_s);
        QCOMPARE(list.attribute(u"node"_s), Ns);
        QStringList nodes;
        for (auto item = list.firstChildElement(u"item"_s); !item.isNull(); item = item.nextSiblingElement(u"item"_s)) {
            QCOMPARE(item.attribute(u"jid"_s), m_deviceJid);
            nodes.append(item.attribute(u"node"_s) + u'=' + item.attribute(u"name"_s));
        }
        QCOMPARE(nodes, (QStringList {u"wizard=Configure a service"_s, u"ping=Ping"_s, u"broken=Broken"_s}));

        const QDomElement carols = m_carolRaw->request(m_deviceJid, query, QXmppIq::Get);
        QCOMPARE(carols.attribute(u"type"_s), u"result"_s);
        QVERIFY(carols.firstChildElement(u"query"_s).firstChildElement(u"item"_s).isNull());
    }

    void defaultAuthorizerIsOwnAccount()
    {
        QXmppClient other;
        auto *responder = new CommandResponder;
        responder->addCommand(simpleCommand(u"ping"_s, u"Ping"_s, [](const CommandRequest &) { return CommandResponse::completed(); }));
        other.insertExtension(0, responder);
        QVERIFY(login(other, *m_server, u"bob"_s, u"device"_s));
        const QString jid = m_server->jid(u"bob"_s) + u"/device";
        const QString query = u"<query xmlns='http://jabber.org/protocol/disco#items' node='%1'/>"_s.arg(Ns);
        // bob/desk is the same account: listed and allowed; carol is not.
        QCOMPARE(m_bobRaw->request(jid, query, QXmppIq::Get).firstChildElement(u"query"_s).elementsByTagName(u"item"_s).size(), 1);
        QCOMPARE(m_carolRaw->request(jid, query, QXmppIq::Get).firstChildElement(u"query"_s).elementsByTagName(u"item"_s).size(), 0);
        QCOMPARE(commandOf(m_bobRaw->request(jid, command(u"ping"_s, u"action='execute'"_s))).attribute(u"status"_s), u"completed"_s);
        QCOMPARE(errorOf(m_carolRaw->request(jid, command(u"ping"_s, u"action='execute'"_s))), u"forbidden"_s);
    }

    void discoInfo()
    {
        const QDomElement info = m_bobRaw->request(
            m_deviceJid, u"<query xmlns='http://jabber.org/protocol/disco#info' node='wizard'/>"_s, QXmppIq::Get);
        QCOMPARE(info.attribute(u"type"_s), u"result"_s);
        const QDomElement query = info.firstChildElement(u"query"_s);
        QCOMPARE(query.attribute(u"node"_s), u"wizard"_s);
        const QDomElement identity = query.firstChildElement(u"identity"_s);
        QCOMPARE(identity.attribute(u"category"_s), u"automation"_s);
        QCOMPARE(identity.attribute(u"type"_s), u"command-node"_s);
        QCOMPARE(identity.attribute(u"name"_s), u"Configure a service"_s);
        QStringList features;
        for (auto f = query.firstChildElement(u"feature"_s); !f.isNull(); f = f.nextSiblingElement(u"feature"_s))
            features.append(f.attribute(u"var"_s));
        QVERIFY(features.contains(Ns));
        QVERIFY(features.contains(u"jabber:x:data"_s));

        // A stranger is refused; an unknown node is QXmppDiscoveryManager's item-not-found.
        QCOMPARE(errorOf(m_carolRaw->request(m_deviceJid, u"<query xmlns='http://jabber.org/protocol/disco#info' node='wizard'/>"_s,
                                             QXmppIq::Get)), u"forbidden");
        QCOMPARE(errorOf(m_bobRaw->request(m_deviceJid, u"<query xmlns='http://jabber.org/protocol/disco#info' node='nope'/>"_s,
                                           QXmppIq::Get)), u"item-not-found");

        // The entity itself announces the commands feature.
        const QDomElement root = m_carolRaw->request(m_deviceJid, u"<query xmlns='http://jabber.org/protocol/disco#info'/>"_s, QXmppIq::Get);
        QCOMPARE(root.attribute(u"type"_s), u"result"_s);
        QStringList rootFeatures;
        const QDomElement rootQuery = root.firstChildElement(u"query"_s);
        for (auto f = rootQuery.firstChildElement(u"feature"_s); !f.isNull(); f = f.nextSiblingElement(u"feature"_s))
            rootFeatures.append(f.attribute(u"var"_s));
        QVERIFY(rootFeatures.contains(Ns));
    }

    void executeNextPrevComplete()
    {
        const QDomElement first = m_bobRaw->request(m_deviceJid, command(u"wizard"_s, u"action='execute'"_s));
        QCOMPARE(first.attribute(u"type"_s), u"result"_s);
        const QDomElement c1 = commandOf(first);
        QCOMPARE(c1.namespaceURI(), Ns);
        QCOMPARE(c1.attribute(u"node"_s), u"wizard"_s);
        QCOMPARE(c1.attribute(u"status"_s), u"executing"_s);
        const QString session = c1.attribute(u"sessionid"_s);
        QVERIFY(!session.isEmpty());
        QCOMPARE(actionsOf(first), (QStringList {u"default=next"_s, u"next"_s}));
        const QDomElement x = c1.firstChildElement(u"x"_s);
        QCOMPARE(x.namespaceURI(), u"jabber:x:data"_s);
        QCOMPARE(x.attribute(u"type"_s), u"form"_s);
        QCOMPARE(x.firstChildElement(u"field"_s).attribute(u"type"_s), u"list-single"_s);
        QVERIFY(!x.firstChildElement(u"field"_s).firstChildElement(u"required"_s).isNull());
        QCOMPARE(m_responder->activeSessions(), 1);

        const QString sid = u"sessionid='%1'"_s.arg(session);
        const QDomElement second = m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='next'"_s, submit(u"service"_s, u"httpd"_s)));
        QCOMPARE(commandOf(second).attribute(u"status"_s), u"executing"_s);
        QCOMPARE(commandOf(second).attribute(u"sessionid"_s), session);
        QCOMPARE(actionsOf(second), (QStringList {u"default=complete"_s, u"prev"_s, u"complete"_s}));
        QCOMPARE(commandOf(second).firstChildElement(u"x"_s).firstChildElement(u"title"_s).text(), u"Mode for httpd"_s);

        // prev: step 1 again, the earlier choice kept.
        const QDomElement back = m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='prev'"_s));
        QCOMPARE(actionsOf(back), (QStringList {u"default=next"_s, u"next"_s}));
        const QDomElement field = commandOf(back).firstChildElement(u"x"_s).firstChildElement(u"field"_s);
        QCOMPARE(field.firstChildElement(u"value"_s).text(), u"httpd"_s);

        // execute on a running session is its default action (next here).
        const QDomElement again = m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='execute'"_s, submit(u"service"_s, u"jabberd"_s)));
        QCOMPARE(actionsOf(again), (QStringList {u"default=complete"_s, u"prev"_s, u"complete"_s}));

        const QDomElement done = m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='complete'"_s, submit(u"mode"_s, u"fast"_s)));
        QCOMPARE(commandOf(done).attribute(u"status"_s), u"completed"_s);
        QCOMPARE(commandOf(done).attribute(u"sessionid"_s), session);
        const QDomElement note = commandOf(done).firstChildElement(u"note"_s);
        QCOMPARE(note.attribute(u"type"_s), u"info"_s);
        QCOMPARE(note.text(), u"jabberd set to fast"_s);
        QCOMPARE(m_responder->activeSessions(), 0);
        // Over: the id is no longer known.
        QCOMPARE(errorOf(m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='next'"_s))), u"bad-request/bad-sessionid"_s);
    }

    void actionNotAllowed()
    {
        const QDomElement first = m_bobRaw->request(m_deviceJid, command(u"wizard"_s));  // no action: execute
        const QString sid = u"sessionid='%1'"_s.arg(commandOf(first).attribute(u"sessionid"_s));
        QCOMPARE(commandOf(first).attribute(u"status"_s), u"executing"_s);
        // Step 1 offers next only.
        const QDomElement complete = m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='complete'"_s));
        QCOMPARE(errorOf(complete), u"bad-request/bad-action"_s);
        QCOMPARE(complete.firstChildElement(u"error"_s).attribute(u"type"_s), u"modify"_s);
        const QDomElement prev = m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='prev'"_s));
        QCOMPARE(errorOf(prev), u"bad-request/bad-action"_s);
        // The session survives a refused action.
        const QDomElement next = m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='next'"_s, submit(u"service"_s, u"httpd"_s)));
        QCOMPARE(commandOf(next).attribute(u"status"_s), u"executing"_s);
        m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='cancel'"_s));
    }

    void malformedRequests()
    {
        QCOMPARE(errorOf(m_bobRaw->request(m_deviceJid, command(u"wizard"_s, u"action='explode'"_s))), u"bad-request/bad-action"_s);
        QCOMPARE(errorOf(m_bobRaw->request(m_deviceJid, u"<command xmlns='http://jabber.org/protocol/commands' action='execute'/>"_s)),
                 u"bad-request");
        QCOMPARE(errorOf(m_bobRaw->request(m_deviceJid, command(u"nope"_s))), u"item-not-found"_s);
        QCOMPARE(errorOf(m_bobRaw->request(m_deviceJid, command(u"wizard"_s, u"action='next'"_s))), u"bad-request/bad-sessionid"_s);
        QCOMPARE(errorOf(m_bobRaw->request(m_deviceJid, command(u"wizard"_s, u"sessionid='made-up' action='next'"_s))),
                 u"bad-request/bad-sessionid");
        // The responder still works.
        QCOMPARE(commandOf(m_bobRaw->request(m_deviceJid, command(u"ping"_s))).attribute(u"status"_s), u"completed"_s);
        QCOMPARE(m_responder->activeSessions(), 0);
    }

    void strangers()
    {
        QCOMPARE(errorOf(m_carolRaw->request(m_deviceJid, command(u"ping"_s))), u"forbidden"_s);
        QCOMPARE(m_carolRaw->request(m_deviceJid, command(u"ping"_s)).firstChildElement(u"error"_s).attribute(u"type"_s), u"auth"_s);
        QCOMPARE(errorOf(m_bobRaw->request(m_deviceJid, command(u"secret"_s))), u"forbidden"_s);
        // Someone else's session id is not theirs to use.
        const QDomElement first = m_bobRaw->request(m_deviceJid, command(u"wizard"_s));
        const QString sid = u"sessionid='%1'"_s.arg(commandOf(first).attribute(u"sessionid"_s));
        QCOMPARE(errorOf(m_carolRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='next'"_s))), u"forbidden"_s);
        m_responder->setAuthorizer({});
        m_responder->setAuthorizer([this](const QString &from, const QString &) { return !from.startsWith(m_server->jid(u"alice"_s)); });
        QCOMPARE(errorOf(m_carolRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='next'"_s))), u"bad-request/bad-sessionid"_s);
        restoreAuthorizer();
        m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='cancel'"_s));
    }

    void handlerError()
    {
        const QDomElement reply = m_bobRaw->request(m_deviceJid, command(u"broken"_s));
        QCOMPARE(errorOf(reply), u"bad-request/bad-payload"_s);
        QCOMPARE(reply.firstChildElement(u"error"_s).firstChildElement(u"text"_s).text(), u"Cannot read that"_s);
        QCOMPARE(m_responder->activeSessions(), 0);
    }

    void cancel()
    {
        const QDomElement first = m_bobRaw->request(m_deviceJid, command(u"wizard"_s));
        const QString session = commandOf(first).attribute(u"sessionid"_s);
        const QString sid = u"sessionid='%1'"_s.arg(session);
        QCOMPARE(m_responder->activeSessions(), 1);
        const QDomElement canceled = m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='cancel'"_s));
        QCOMPARE(canceled.attribute(u"type"_s), u"result"_s);
        QCOMPARE(commandOf(canceled).attribute(u"status"_s), u"canceled"_s);
        QCOMPARE(commandOf(canceled).attribute(u"sessionid"_s), session);
        QCOMPARE(m_responder->activeSessions(), 0);
        QCOMPARE(errorOf(m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='next'"_s))), u"bad-request/bad-sessionid"_s);
    }

    void sessionExpiry()
    {
        m_responder->setSessionTimeout(std::chrono::milliseconds(300));
        const QDomElement first = m_bobRaw->request(m_deviceJid, command(u"wizard"_s));
        const QString sid = u"sessionid='%1'"_s.arg(commandOf(first).attribute(u"sessionid"_s));
        QCOMPARE(m_responder->activeSessions(), 1);
        QVERIFY(QTest::qWaitFor([&] { return m_responder->activeSessions() == 0; }, 10000));
        const QDomElement late = m_bobRaw->request(m_deviceJid, command(u"wizard"_s, sid + u" action='next'"_s, submit(u"service"_s, u"httpd"_s)));
        QCOMPARE(errorOf(late), u"not-allowed/session-expired"_s);
        QCOMPARE(late.firstChildElement(u"error"_s).attribute(u"type"_s), u"cancel"_s);
        m_responder->setSessionTimeout(std::chrono::minutes(10));
    }

    void sessionsPerRequesterCapped()
    {
        QString firstSid;
        for (int i = 0; i < 33; ++i) {
            const QDomElement reply = m_bobRaw->request(m_deviceJid, command(u"wizard"_s));
            if (i == 0)
                firstSid = commandOf(reply).attribute(u"sessionid"_s);
        }
        QCOMPARE(m_responder->activeSessions(), 32);
        // The oldest went to make room; it counts as expired.
        QCOMPARE(errorOf(m_bobRaw->request(m_deviceJid, command(u"wizard"_s, u"sessionid='%1' action='next'"_s.arg(firstSid)))),
                 u"not-allowed/session-expired");
        m_responder->removeCommand(u"wizard"_s);
        QCOMPARE(m_responder->activeSessions(), 0);
        QVERIFY(!m_responder->commandNodes().contains(u"wizard"_s));
        m_responder->addCommand(wizard());
    }

private:
    void restoreAuthorizer()
    {
        m_responder->setAuthorizer([this](const QString &from, const QString &node) {
            const QString bare = from.section(u'/', 0, 0);
            return bare == m_server->jid(u"alice"_s) || (bare == m_server->jid(u"bob"_s) && node != u"secret");
        });
    }

    std::unique_ptr<ProsodyServer> m_server;
    QXmppClient m_device;
    QXmppClient m_bob;
    QXmppClient m_carol;
    CommandResponder *m_responder = nullptr;
    RawRequester *m_bobRaw = nullptr;
    RawRequester *m_carolRaw = nullptr;
    QString m_deviceJid;
};

QTEST_GUILESS_MAIN(TestCommandResponder)
#include "tst_commandresponder.moc"
