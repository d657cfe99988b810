// The roster and presence against a real server: items with names, buddies' presence, order,
// and our own presence as another client sees it.
#include "LiveTest.h"
#include "AccountHarness.h"
#include "account/ConnectionController.h"
#include "account/PresenceController.h"
#include "roster/RosterFilterModel.h"
#include "roster/RosterModel.h"

#include <QXmppPresence.h>
#include <QXmppRosterManager.h>

using Presence::Availability;

class TestRoster : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<AccountHarness> m_alice;

    Availability availabilityOf(const QString &user) const
    {
        const auto *item = m_alice->roster()->item(m_server->jid(user));
        return item ? item->availability : Availability::Offline;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
        m_alice = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, QStringLiteral("alice")));
        m_alice->login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->connection()->state(), ConnectionController::State::Connected, 15000);
        QTRY_VERIFY(m_alice->roster()->isLoaded());
    }

    void rosterItemsAppear()
    {
        auto *roster = m_alice->roster();
        QCOMPARE(roster->rowCount(), 2);
        const auto *bob = roster->item(m_server->jid(QStringLiteral("bob")));
        QVERIFY(bob);
        QCOMPARE(bob->name, QStringLiteral("Bob"));
        QCOMPARE(bob->availability, Availability::Offline);
        QVERIFY(roster->item(m_server->jid(QStringLiteral("carol"))));
    }

    void buddyPresenceAndOrder()
    {
        auto carol = LiveTest::connectPeer(*m_server, QStringLiteral("carol"));
        QVERIFY(carol);
        QXmppPresence busy;
        busy.setAvailableStatusType(QXmppPresence::DND);
        busy.setStatusText(QStringLiteral("In a meeting"));
        carol->setClientPresence(busy);
        QTRY_COMPARE_WITH_TIMEOUT(availabilityOf(QStringLiteral("carol")), Availability::DoNotDisturb, 10000);
        QCOMPARE(m_alice->roster()->item(m_server->jid(QStringLiteral("carol")))->statusText, QStringLiteral("In a meeting"));

        // Online first, although "Bob" sorts before "Carol" by name.
        auto *contacts = m_alice->contacts();
        QTRY_COMPARE(contacts->index(0, 0).data(RosterModel::NameRole).toString(), QStringLiteral("Carol"));
        QCOMPARE(contacts->index(1, 0).data(RosterModel::NameRole).toString(), QStringLiteral("Bob"));

        carol->disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(availabilityOf(QStringLiteral("carol")), Availability::Offline, 10000);
        QTRY_COMPARE(contacts->index(0, 0).data(RosterModel::NameRole).toString(), QStringLiteral("Bob"));
    }

    void ownPresenceIsSeenByAnotherClient()
    {
        auto bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(bob);
        auto *bobRoster = bob->findExtension<QXmppRosterManager>();
        const auto aliceJid = m_server->jid(QStringLiteral("alice"));
        auto seenByBob = [&] {
            const auto presences = bobRoster->getAllPresencesForBareJid(aliceJid);
            return presences.isEmpty() ? Availability::Offline : Presence::fromXmpp(presences.first());
        };
        QTRY_COMPARE_WITH_TIMEOUT(seenByBob(), Availability::Online, 10000);

        m_alice->presence()->setPresence(Availability::Away, QStringLiteral("Out for lunch"));
        QTRY_COMPARE_WITH_TIMEOUT(seenByBob(), Availability::Away, 10000);
        QCOMPARE(bobRoster->getAllPresencesForBareJid(aliceJid).first().statusText(), QStringLiteral("Out for lunch"));

        m_alice->presence()->setPresence(Availability::DoNotDisturb, {});
        QTRY_COMPARE_WITH_TIMEOUT(seenByBob(), Availability::DoNotDisturb, 10000);
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
