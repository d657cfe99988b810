// The roster as the sidebar lists it (RosterListModel): requests first, groups as collapsible
// sections, contacts in several groups in each, search inside collapsed groups, and the
// navigation helpers QML uses. Fed by roster pushes and presences handed to QXmpp's roster
// manager, no server (tst_roster does the same against Prosody).
#include "roster/RosterListModel.h"
#include "roster/RosterModel.h"

#include <QAbstractItemModelTester>
#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmppBlockingManager.h>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>

using Kind = RosterListModel::Kind;
using namespace Qt::StringLiterals;

class TestRosterListModel : public QObject
{
    Q_OBJECT

    // A roster push with groups and, for a request we sent, ask='subscribe'.
    static void push(QXmppRosterManager *manager, const QString &jid, const QString &name,
                     const QStringList &groups = {}, bool asked = false)
    {
        QString groupXml;
        for (const auto &group : groups)
            groupXml += u"<group>%1</group>"_s.arg(group);
        const QString xml = u"<iq type='set' id='push'><query xmlns='jabber:iq:roster'>"
                            u"<item jid='%1' name='%2' subscription='%3'%4>%5</item></query></iq>"_s
                                .arg(jid, name, asked ? u"none"_s : u"both"_s,
                                     asked ? u" ask='subscribe'"_s : QString(), groupXml);
        QDomDocument doc;
        QVERIFY(doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing));
        QVERIFY(manager->handleStanza(doc.documentElement()));
    }

    static void presence(QXmppClient &client, const QString &from, QXmppPresence::Type type = QXmppPresence::Available)
    {
        QXmppPresence presence(type);
        presence.setFrom(from);
        Q_EMIT client.presenceReceived(presence);
    }

    // "H:label", "C:jid@group", "R:jid", one per row.
    static QStringList rows(RosterListModel &model)
    {
        model.rebuild();
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto index = model.index(row);
            switch (Kind(index.data(RosterListModel::KindRole).toInt())) {
            case Kind::Header:
                result << u"H:"_s + index.data(RosterListModel::HeaderLabelRole).toString();
                break;
            case Kind::Contact:
                result << u"C:%1@%2"_s.arg(index.data(RosterModel::NameRole).toString(),
                                           index.data(RosterListModel::GroupRole).toString());
                break;
            case Kind::Request:
                result << u"R:"_s + index.data(RosterModel::JidRole).toString();
                break;
            case Kind::Blocked:
                result << u"B:"_s + index.data(RosterModel::JidRole).toString();
                break;
            }
        }
        return result;
    }

private Q_SLOTS:
    void plainListWithoutGroups()
    {
        QXmppClient client;
        auto *manager = client.findExtension<QXmppRosterManager>();
        RosterModel roster(manager);
        // The roster put the block-list manager on its client.
        QVERIFY(client.findExtension<QXmppBlockingManager>());
        RosterListModel model;
        QAbstractItemModelTester tester(&model);
        model.setRoster(&roster);
        push(manager, u"zoe@x"_s, u"Zoe"_s);
        push(manager, u"anna@x"_s, u"Anna"_s);
        QCOMPARE(rows(model), (QStringList{u"C:Anna@"_s, u"C:Zoe@"_s}));
        QCOMPARE(model.contactCount(), 2);
    }

    void groupsAsSections()
    {
        QXmppClient client;
        auto *manager = client.findExtension<QXmppRosterManager>();
        RosterModel roster(manager);
        RosterListModel model;
        QAbstractItemModelTester tester(&model);
        model.setRoster(&roster);
        push(manager, u"zoe@x"_s, u"Zoe"_s, {u"Work"_s});
        push(manager, u"anna@x"_s, u"Anna"_s, {u"Family"_s, u"Work"_s});
        push(manager, u"bert@x"_s, u"Bert"_s);
        push(manager, u"carl@x"_s, u"Carl"_s, {u"work 2"_s});
        // Ungrouped first, then groups by name (numbers counted); Anna in both of hers.
        QCOMPARE(rows(model), (QStringList{u"H:Contacts"_s, u"C:Bert@"_s, u"H:Family"_s, u"C:Anna@Family"_s,
                                           u"H:Work"_s, u"C:Anna@Work"_s, u"C:Zoe@Work"_s, u"H:work 2"_s,
                                           u"C:Carl@work 2"_s}));
        QCOMPARE(roster.groups(), (QStringList{u"Family"_s, u"Work"_s, u"work 2"_s}));

        // Someone coming online moves to the top of each of their groups; headers count them.
        presence(client, u"zoe@x/phone"_s);
        QTRY_COMPARE(rows(model).mid(4, 3), (QStringList{u"H:Work"_s, u"C:Zoe@Work"_s, u"C:Anna@Work"_s}));
        const int work = model.rowOf(u"zoe@x"_s) - 1;
        QCOMPARE(model.index(work).data(RosterListModel::MemberCountRole).toInt(), 2);
        QCOMPARE(model.index(work).data(RosterListModel::OnlineCountRole).toInt(), 1);
        QCOMPARE(model.index(work).data(RosterListModel::CountLabelRole).toString(), u"1/2"_s);
        QVERIFY(model.index(work).data(RosterListModel::AccessibleTextRole).toString().contains(u"1 of 2 online"_s));

        // Collapsing keeps the header; the search looks inside collapsed groups.
        model.toggleSection(u"g:Work"_s);
        QVERIFY(model.isCollapsed(u"g:Work"_s));
        QCOMPARE(rows(model), (QStringList{u"H:Contacts"_s, u"C:Bert@"_s, u"H:Family"_s, u"C:Anna@Family"_s,
                                           u"H:Work"_s, u"H:work 2"_s, u"C:Carl@work 2"_s}));
        QVERIFY(model.index(4).data(RosterListModel::CollapsedRole).toBool());
        QVERIFY(!model.index(2).data(RosterListModel::CollapsedRole).toBool());
        model.setFilterText(u"zo"_s);
        QCOMPARE(rows(model), (QStringList{u"H:Work"_s, u"C:Zoe@Work"_s}));
        model.setFilterText(u"nobody"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText({});
        model.toggleSection(u"g:Work"_s);
        QCOMPARE(model.rowCount(), 9);

        // Moving Bert into a group: the ungrouped section goes.
        push(manager, u"bert@x"_s, u"Bert"_s, {u"Family"_s});
        QTRY_COMPARE(rows(model).mid(0, 3), (QStringList{u"H:Family"_s, u"C:Anna@Family"_s, u"C:Bert@Family"_s}));
        QVERIFY(!rows(model).contains(u"H:Contacts"_s));
    }

    void requestsOnTopAndPendingMarked()
    {
        QXmppClient client;
        auto *manager = client.findExtension<QXmppRosterManager>();
        RosterModel roster(manager);
        RosterListModel model;
        model.setRoster(&roster);
        push(manager, u"anna@x"_s, u"Anna"_s);
        push(manager, u"otto@x"_s, u"Otto"_s, {}, true);

        QSignalSpy requests(&roster, &RosterModel::requestsChanged);
        presence(client, u"stranger@y"_s, QXmppPresence::Subscribe);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(roster.requests(), QStringList{u"stranger@y"_s});
        QCOMPARE(rows(model), (QStringList{u"R:stranger@y"_s, u"C:Anna@"_s, u"C:Otto@"_s}));
        QCOMPARE(model.index(0).data(RosterListModel::AccessibleTextRole).toString(),
                 u"Contact request from stranger@y"_s);

        // Our own request, unanswered, says so on the contact's row.
        const auto otto = model.index(model.rowOf(u"otto@x"_s));
        QVERIFY(otto.data(RosterModel::PendingRole).toBool());
        QCOMPARE(otto.data(RosterModel::StatusLineRole).toString(), u"Request sent, waiting for approval"_s);
        QVERIFY(!model.index(model.rowOf(u"anna@x"_s)).data(RosterModel::PendingRole).toBool());

        // Answered from another client: the roster push (subscription from/both) takes it away.
        push(manager, u"stranger@y"_s, QString());
        QCOMPARE(roster.requests(), QStringList());
        QCOMPARE(rows(model), (QStringList{u"C:Anna@"_s, u"C:Otto@"_s, u"C:stranger@"_s}));
        QCOMPARE(model.kindAt(0), Kind::Contact);
    }

    void navigationSkipsHeaders()
    {
        QXmppClient client;
        auto *manager = client.findExtension<QXmppRosterManager>();
        RosterModel roster(manager);
        RosterListModel model;
        model.setRoster(&roster);
        push(manager, u"anna@x"_s, u"Anna"_s, {u"A"_s});
        push(manager, u"bert@x"_s, u"Bert"_s, {u"B"_s});
        QCOMPARE(rows(model), (QStringList{u"H:A"_s, u"C:Anna@A"_s, u"H:B"_s, u"C:Bert@B"_s}));
        QCOMPARE(model.contactRowFrom(-1, 1), 1);
        QCOMPARE(model.contactRowFrom(1, 1), 3);
        QCOMPARE(model.contactRowFrom(3, 1), 1);   // wraps
        QCOMPARE(model.contactRowFrom(1, -1), 3);  // wraps back
        QCOMPARE(model.contactRowFrom(-1, -1), 3);
        QCOMPARE(model.jidAt(3), u"bert@x"_s);
        QCOMPARE(model.groupAt(3), u"B"_s);
        QCOMPARE(model.sectionAt(0), u"g:A"_s);
        QCOMPARE(model.rowOf(u"nobody@x"_s), -1);
    }

    void addressesAreChecked()
    {
        QCOMPARE(RosterModel::normalizedJid(u" Bob@Example.org "_s), u"bob@example.org"_s);
        QCOMPARE(RosterModel::normalizedJid(u"example.org"_s), u"example.org"_s);
        QCOMPARE(RosterModel::normalizedJid(u"bob@example.org/phone"_s), QString());
        QCOMPARE(RosterModel::normalizedJid(u"bob@"_s), QString());
        QCOMPARE(RosterModel::normalizedJid(u"bob"_s), QString());  // no server
        QCOMPARE(RosterModel::normalizedJid(u"bob@localhost"_s), u"bob@localhost"_s);
        QCOMPARE(RosterModel::normalizedJid(u"b ob@example.org"_s), QString());
        QCOMPARE(RosterModel::normalizedJid(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestRosterListModel)
#include "tst_rosterlistmodel.moc"
