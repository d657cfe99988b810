// Roster versioning (XEP-0237) against the fixture's Prosody, whose mod_roster answers a request
// with the current 'ver' by an empty result. Each login is a fresh Account on one profile cache
// folder, as after an app restart. What the server sends is counted on the wire (QXmpp's logger
// sees every byte the bridge hands it), not taken from RosterVersion's own report.
#include "AccountHarness.h"
#include "LiveTest.h"
#include "roster/RosterModel.h"
#include "roster/RosterVersion.h"
#include "roster/RosterVersionCache.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmppLogger.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>

namespace {
// What the roster model shows of one contact: a row's jid, name and groups.
using Row = std::tuple<QString, QString, QStringList>;

QList<Row> rowsOf(const RosterModel &roster)
{
    QList<Row> rows;
    for (int i = 0; i < roster.rowCount(); ++i) {
        const auto index = roster.index(i);
        rows.append({index.data(RosterModel::JidRole).toString(), index.data(RosterModel::NameRole).toString(),
                     index.data(RosterModel::GroupsRole).toStringList()});
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

// Roster items in what the server sent: <item/>s inside jabber:iq:roster queries.
int rosterItemsIn(const QString &received)
{
    int items = 0;
    for (qsizetype at = received.indexOf(u"jabber:iq:roster"); at >= 0; at = received.indexOf(u"jabber:iq:roster", at + 1)) {
        const qsizetype end = received.indexOf(u"</query>", at);
        const QStringView query = QStringView(received).mid(at, end < 0 ? -1 : end - at);
        items += int(query.count(u"<item "));
    }
    return items;
}
}  // namespace

class TestRosterVersion : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    QTemporaryDir m_profile;
    QString m_jid;
    QString m_received;  // everything the current login's client received
    QList<Row> m_firstRows;

    QString cacheDir() const { return m_profile.filePath(QStringLiteral("cache")); }
    QString cacheFile() const { return RosterVersionCache::fileFor(cacheDir(), m_jid); }
    RosterVersionCache::Snapshot cached() const
    {
        QFile file(cacheFile());
        return file.open(QIODevice::ReadOnly) ? RosterVersionCache::parse(file.readAll(), m_jid) : RosterVersionCache::Snapshot{};
    }
    static RosterVersion *versionOf(AccountHarness &account) { return account.client()->findExtension<RosterVersion>(); }

    // Alice as the app starts her: the profile's cache folder, then login; waits for the roster.
    std::unique_ptr<AccountHarness> login()
    {
        auto alice = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, QStringLiteral("alice")));
        alice->roster()->setStorage(m_jid, {}, cacheDir());
        m_received.clear();
        auto *logger = new QXmppLogger(alice->client());
        logger->setLoggingType(QXmppLogger::SignalLogging);
        logger->setMessageTypes(QXmppLogger::ReceivedMessage);
        connect(logger, &QXmppLogger::message, this, [this](QXmppLogger::MessageType, const QString &text) { m_received += text; });
        alice->client()->setLogger(logger);
        alice->login(LiveTest::Password);
        if (!QTest::qWaitFor([&] { return alice->roster()->isLoaded(); }, 15000))
            qWarning("alice's roster did not load");
        return alice;
    }

    // Alice's roster changed by another client of hers while the app is not running.
    template<typename Change>
    void changeFromOtherClient(Change change)
    {
        auto other = LiveTest::connectPeer(*m_server, QStringLiteral("alice"));
        QVERIFY(other);
        auto *roster = other->findExtension<QXmppRosterManager>();
        QTRY_VERIFY_WITH_TIMEOUT(roster->isRosterReceived(), 10000);
        change(roster);
        other->disconnectFromServer();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        m_server = LiveTest::startServer();  // alice, bob and carol in each other's rosters
        QVERIFY(m_server);
        m_jid = m_server->jid(QStringLiteral("alice"));
    }

    // No cache yet: the whole roster comes, and is kept with its version.
    void firstLoginKeepsTheRoster()
    {
        auto alice = login();
        QVERIFY(alice->roster()->isLoaded());
        auto *version = versionOf(*alice);
        QVERIFY(version);
        QCOMPARE(version->lastAnswer(), RosterVersion::Answer::Full);
        QCOMPARE(version->itemsReceived(), 2);
        QCOMPARE(rosterItemsIn(m_received), 2);
        m_firstRows = rowsOf(*alice->roster());
        QCOMPARE(m_firstRows.size(), 2);
        QCOMPARE(std::get<1>(m_firstRows.first()), QStringLiteral("Bob"));
        QTRY_VERIFY_WITH_TIMEOUT(cached().valid, 10000);
        QVERIFY(!cached().version.isEmpty());
        QCOMPARE(cached().version, version->version());
        QCOMPARE(cached().items.size(), 2);
    }

    // Unchanged on the server: nothing comes over the wire and the same contacts show.
    void secondLoginGetsNoItems()
    {
        auto alice = login();
        QVERIFY(alice->roster()->isLoaded());
        QCOMPARE(versionOf(*alice)->lastAnswer(), RosterVersion::Answer::Unchanged);
        QCOMPARE(rosterItemsIn(m_received), 0);
        QVERIFY(m_received.contains(u"<iq"));  // the logger saw the login
        QCOMPARE(rowsOf(*alice->roster()), m_firstRows);
        // The roster manager holds them too (the rest of the app asks it).
        auto *manager = alice->client()->findExtension<QXmppRosterManager>();
        QCOMPARE(manager->getRosterEntry(m_server->jid(QStringLiteral("bob"))).subscriptionType(), QXmppRosterIq::Item::Both);
        // Presence still reaches the rows of cached contacts.
        auto bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(bob);
        QTRY_COMPARE_WITH_TIMEOUT(alice->roster()->item(m_server->jid(QStringLiteral("bob")))->availability,
                                  Presence::Availability::Online, 10000);
    }

    // Changed by another client while the app was closed: the change arrives at the next login.
    void offlineChangeArrives()
    {
        const QString oldVersion = cached().version;
        const QString dave = QStringLiteral("dave@%1").arg(m_server->domain());
        const QString bob = m_server->jid(QStringLiteral("bob"));
        const QString carol = m_server->jid(QStringLiteral("carol"));
        changeFromOtherClient([&](QXmppRosterManager *roster) {
            bool added = false, renamed = false, removed = false;
            roster->addRosterItem(dave, QStringLiteral("Dave"), {QStringLiteral("Garden")}).then(this, [&](auto &&) { added = true; });
            roster->renameRosterItem(carol, QStringLiteral("Caroline")).then(this, [&](auto &&) { renamed = true; });
            roster->removeRosterItem(bob).then(this, [&](auto &&) { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(added && renamed && removed, 10000);
        });

        auto alice = login();
        QVERIFY(alice->roster()->isLoaded());
        QCOMPARE(versionOf(*alice)->lastAnswer(), RosterVersion::Answer::Full);
        const QList<Row> expected{{carol, QStringLiteral("Caroline"), {}}, {dave, QStringLiteral("Dave"), {QStringLiteral("Garden")}}};
        QCOMPARE(rowsOf(*alice->roster()), expected);
        QTRY_VERIFY_WITH_TIMEOUT(cached().version != oldVersion, 10000);
        QCOMPARE(cached().items.size(), 2);
    }

    // A push while online updates the cache and its version: the next login gets nothing again.
    void pushWhileOnlineUpdatesTheCache()
    {
        const QString erin = QStringLiteral("erin@%1").arg(m_server->domain());
        QString versionAfterPush;
        {
            auto alice = login();
            QCOMPARE(versionOf(*alice)->lastAnswer(), RosterVersion::Answer::Unchanged);
            const QString before = cached().version;
            changeFromOtherClient([&](QXmppRosterManager *roster) {
                bool added = false;
                roster->addRosterItem(erin, QStringLiteral("Erin"), {}).then(this, [&](auto &&) { added = true; });
                QTRY_VERIFY_WITH_TIMEOUT(added, 10000);
            });
            QTRY_VERIFY_WITH_TIMEOUT(alice->roster()->item(erin), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(cached().version != before, 10000);
            versionAfterPush = cached().version;
            QCOMPARE(versionAfterPush, versionOf(*alice)->version());
            const auto items = cached().items;
            QVERIFY(std::any_of(items.begin(), items.end(), [&](const auto &item) { return item.bareJid() == erin && item.name() == u"Erin"; }));
        }
        auto alice = login();
        QCOMPARE(versionOf(*alice)->lastAnswer(), RosterVersion::Answer::Unchanged);
        QCOMPARE(rosterItemsIn(m_received), 0);
        QVERIFY(alice->roster()->item(erin));
        QCOMPARE(alice->roster()->item(erin)->name, QStringLiteral("Erin"));
        QCOMPARE(alice->roster()->rowCount(), 3);
    }

    // The server dies and comes back: the stream cannot be resumed, so the new one asks again
    // (unchanged) and the old stream's presences are gone, as QXmpp's own request dropped them.
    void newStreamAfterServerRestart()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Could not drop")));
        const QString carolJid = m_server->jid(QStringLiteral("carol"));  // still in alice's roster
        auto alice = login();
        auto *version = versionOf(*alice);
        QCOMPARE(version->lastAnswer(), RosterVersion::Answer::Unchanged);
        QVERIFY(alice->roster()->item(carolJid));
        auto carol = LiveTest::connectPeer(*m_server, QStringLiteral("carol"));
        QVERIFY(carol);
        QTRY_COMPARE_WITH_TIMEOUT(alice->roster()->item(carolJid)->availability, Presence::Availability::Online, 10000);

        QSignalSpy answers(version, &RosterVersion::answered);
        m_server->kill();
        carol.reset();  // carol does not come back
        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(answers.size() >= 1, 30000);
        QCOMPARE(version->lastAnswer(), RosterVersion::Answer::Unchanged);
        QCOMPARE(alice->roster()->rowCount(), 3);
        QVERIFY(alice->roster()->item(carolJid));
        QCOMPARE(alice->roster()->item(carolJid)->availability, Presence::Availability::Offline);
        QVERIFY(alice->client()->findExtension<QXmppRosterManager>()->getAllPresencesForBareJid(carolJid).isEmpty());
    }

    // A damaged file is not trusted: the whole roster comes and the file is whole again.
    void damagedCacheIsIgnored()
    {
        const int rows = cached().items.size();
        QFile file(cacheFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("<roster-cache xmlns='urn:linnet:roster-cache:1' account='");
        file.close();
        auto alice = login();
        QCOMPARE(versionOf(*alice)->lastAnswer(), RosterVersion::Answer::Full);
        QCOMPARE(rosterItemsIn(m_received), rows);
        QCOMPARE(alice->roster()->rowCount(), rows);
        QTRY_VERIFY_WITH_TIMEOUT(cached().valid, 10000);
        QCOMPARE(cached().items.size(), rows);
    }

    // The account's local data removed: the file goes, and a late save does not bring it back.
    void removedWithLocalData()
    {
        QVERIFY(QFile::exists(cacheFile()));
        RosterVersion::removeCache(cacheDir(), m_jid);
        // Queued after the removal (one thread, in order): refused.
        auto late = RosterVersionCache::save(cacheFile(), m_jid, {true, QStringLiteral("99"), {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(late.isFinished(), 10000);
        QCOMPARE(late.result(), false);
        QVERIFY(!QFile::exists(cacheFile()));
    }
};

QTEST_GUILESS_MAIN(TestRosterVersion)
#include "tst_rosterversion.moc"
