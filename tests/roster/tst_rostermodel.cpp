// The roster's roles: what a delegate shows comes from C++ (initials, colour, presence label),
// fed here by roster pushes and presences handed to QXmpp's roster manager, no server.
#include "roster/RosterFilterModel.h"
#include "roster/RosterModel.h"

#include <QAbstractItemModelTester>
#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>

using Presence::Availability;
using namespace Qt::StringLiterals;

class TestRosterModel : public QObject
{
    Q_OBJECT

    // A roster push, as the server sends it when a buddy is added or renamed.
    static void push(QXmppRosterManager *manager, const QString &jid, const QString &name)
    {
        QDomDocument doc;
        const QString xml = u"<iq type='set' id='push1'><query xmlns='jabber:iq:roster'>"
                            u"<item jid='%1' name='%2' subscription='both'/></query></iq>"_s.arg(jid, name);
        QVERIFY(doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing));
        QVERIFY(manager->handleStanza(doc.documentElement()));
    }

    static void presence(QXmppClient &client, const QString &from, QXmppPresence::AvailableStatusType show)
    {
        QXmppPresence presence;
        presence.setFrom(from);
        presence.setAvailableStatusType(show);
        Q_EMIT client.presenceReceived(presence);
    }

    static QVariant role(const RosterModel &model, const QString &jid, int role)
    {
        return model.index(model.indexOf(jid)).data(role);
    }

private Q_SLOTS:
    void rolesForDelegates()
    {
        QXmppClient client;
        auto *manager = client.findExtension<QXmppRosterManager>();
        QVERIFY(manager);
        RosterModel model(manager);
        QAbstractItemModelTester tester(&model);

        push(manager, u"ada@example.org"_s, u"Ada Lovelace"_s);
        push(manager, u"robin@example.org"_s, QString());
        QCOMPARE(model.rowCount(), 2);

        const auto names = model.roleNames();
        QCOMPARE(names.value(RosterModel::InitialsRole), "initials"_ba);
        QCOMPARE(names.value(RosterModel::ColorRole), "color"_ba);
        QCOMPARE(names.value(RosterModel::PresenceLabelRole), "presenceLabel"_ba);

        QCOMPARE(role(model, u"ada@example.org"_s, RosterModel::InitialsRole).toString(), u"AL"_s);
        QCOMPARE(role(model, u"robin@example.org"_s, RosterModel::InitialsRole).toString(), u"R"_s);
        QCOMPARE(role(model, u"ada@example.org"_s, RosterModel::ColorRole).value<QColor>(),
                 ContactLook::color(u"ada@example.org"_s));
        QCOMPARE(role(model, u"ada@example.org"_s, RosterModel::PresenceLabelRole).toString(),
                 Presence::label(Availability::Offline));

        // A presence changes the label (once per event-loop pass); a rename the initials.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        presence(client, u"ada@example.org/laptop"_s, QXmppPresence::Away);
        QVERIFY(changed.wait());
        QCOMPARE(role(model, u"ada@example.org"_s, RosterModel::PresenceLabelRole).toString(),
                 Presence::label(Availability::Away));
        push(manager, u"ada@example.org"_s, u"Countess of Lovelace"_s);
        QVERIFY(changed.wait());
        QCOMPARE(role(model, u"ada@example.org"_s, RosterModel::InitialsRole).toString(), u"CL"_s);
        // The colour belongs to the address, not the name.
        QCOMPARE(role(model, u"ada@example.org"_s, RosterModel::ColorRole).value<QColor>(),
                 ContactLook::color(u"ada@example.org"_s));
    }

    void filterModelFindsRows()
    {
        QXmppClient client;
        auto *manager = client.findExtension<QXmppRosterManager>();
        RosterModel model(manager);
        push(manager, u"zoe@example.org"_s, u"Zoe"_s);
        push(manager, u"anna@example.org"_s, u"Anna"_s);
        RosterFilterModel proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowOf(u"anna@example.org"_s), 0);
        QCOMPARE(proxy.rowOf(u"zoe@example.org"_s), 1);
        QCOMPARE(proxy.jidAt(1), u"zoe@example.org"_s);
        QCOMPARE(proxy.rowOf(u"nobody@example.org"_s), -1);
        QCOMPARE(proxy.jidAt(5), QString());
        proxy.setFilterText(u"zoe"_s);
        QCOMPARE(proxy.rowOf(u"zoe@example.org"_s), 0);
        QCOMPARE(proxy.rowOf(u"anna@example.org"_s), -1);
    }
};

QTEST_GUILESS_MAIN(TestRosterModel)
#include "tst_rostermodel.moc"
