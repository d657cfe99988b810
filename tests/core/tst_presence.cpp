// Presence mapping between QXmpp and what Linnet shows.
#include "core/Presence.h"

#include <QTest>
#include <QXmppPresence.h>

using Presence::Availability;

class TestPresence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<Availability>("availability");
        QTest::newRow("online") << Availability::Online;
        QTest::newRow("away") << Availability::Away;
        QTest::newRow("dnd") << Availability::DoNotDisturb;
        QTest::newRow("xa") << Availability::ExtendedAway;
    }
    void roundTrip()
    {
        QFETCH(Availability, availability);
        const auto presence = Presence::toXmpp(availability, QStringLiteral("at lunch"));
        QCOMPARE(presence.type(), QXmppPresence::Available);
        QCOMPARE(presence.statusText(), QStringLiteral("at lunch"));
        QCOMPARE(Presence::fromXmpp(presence), availability);
    }

    void unavailableIsOffline()
    {
        QCOMPARE(Presence::fromXmpp(QXmppPresence(QXmppPresence::Unavailable)), Availability::Offline);
        QCOMPARE(Presence::fromXmpp(QXmppPresence(QXmppPresence::Error)), Availability::Offline);
    }

    void chatCountsAsOnline()
    {
        QXmppPresence presence;
        presence.setAvailableStatusType(QXmppPresence::Chat);
        QCOMPARE(Presence::fromXmpp(presence), Availability::Online);
    }

    void labels()
    {
        QCOMPARE(Presence::label(Availability::DoNotDisturb), QStringLiteral("Do not disturb"));
        QCOMPARE(Presence::label(Availability::Offline), QStringLiteral("Offline"));
    }
};

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
