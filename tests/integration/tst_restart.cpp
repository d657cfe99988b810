// The app quits and starts again on the same profile (AccountsModel, as main.cpp builds it):
// dashboards, feeds and the readings' history come back before any session is online, and the
// feed carries on once one is. Removing the account with its local data deletes that history.
// Real parts: a server from the fixture (Prosody or ejabberd), a real Secret Service, SQLite in
// a temporary profile.
#include "DeviceSim.h"
#include "LiveTest.h"
#include "SecretService.h"
#include "account/Account.h"
#include "account/AccountsModel.h"
#include "dashboards/Dashboard.h"
#include "dashboards/DashboardsModel.h"
#include "dashboards/TilesModel.h"
#include "devices/DeviceController.h"
#include "devices/ReadingStore.h"
#include "net/NetworkThread.h"
#include "security/CredentialStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
const QString Device = QStringLiteral("probe");
const QString Series = QStringLiteral("probe:temperature");
}  // namespace

class TestRestart : public QObject
{
    Q_OBJECT

    SecretService m_secrets;  // one per process, outliving the tests (see SecretService.h)
    std::unique_ptr<XmppTestServer> m_server;
    std::unique_ptr<DeviceSim> m_device;
    QTemporaryDir m_profile;
    NetworkThread m_network;
    CredentialStore m_credentials;

    std::unique_ptr<AccountsModel> openProfile()
    {
        return std::make_unique<AccountsModel>(m_profile.filePath(QStringLiteral("linnet.ini")), &m_network, &m_credentials);
    }
    QString pubsub() const { return m_server->pubsubJid(); }
    std::vector<Sample> held(Account *account) const
    {
        return account->readings()->samples(pubsub(), Device, Series, 0, std::numeric_limits<qint64>::max());
    }
    // Rows of the history database for the account, read with a connection of our own.
    int storedSeries(const QString &jid) const
    {
        int count = -1;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(m_profile.filePath(QStringLiteral("readings.sqlite")));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("SELECT COUNT(*) FROM series WHERE account = ?"));
                query.addBindValue(jid);
                if (query.exec() && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_secrets.start(&error), qPrintable(error));
        XmppTestServer::Options options;
        options.accounts = {{QStringLiteral("alice"), LiveTest::Password, QStringLiteral("Alice")},
                            {Device, LiveTest::Password, QStringLiteral("Probe")}};
        options.mutualRoster = true;
        m_server = LiveTest::startXmppServer(options);
        QVERIFY(m_server);
        m_device = std::make_unique<DeviceSim>(*m_server, Device, QStringLiteral("Probe"));
        QVERIFY(m_device->connect());
        QVERIFY(m_device->createNode());
    }

    void everythingComesBackAfterARestart()
    {
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60'000;
        QString jid;
        {
            auto accounts = openProfile();
            auto config = LiveTest::accountConfigFor(*m_server, QStringLiteral("alice"));
            auto *account = accounts->addAccount(config, LiveTest::Password);
            QVERIFY(account);
            jid = account->jid();
            QTRY_COMPARE_WITH_TIMEOUT(account->onlineSessions(), 1, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(account->readings()->historyLoaded(), 10000);

            auto *dashboard = account->dashboards()->addDashboard(QStringLiteral("Lab"));
            QVERIFY(dashboard);
            const int tile = dashboard->tiles()->addTile(0, QStringLiteral("Probe temperature"));
            QVERIFY(tile >= 0);
            QVERIFY(dashboard->tiles()->addSeries(tile, pubsub(), Device, Series));
            account->devices()->subscribe(pubsub(), Device);
            QTRY_VERIFY_WITH_TIMEOUT(account->devices()->isSubscribed(pubsub(), Device), 10000);

            for (int i = 0; i < 5; ++i)
                QVERIFY(m_device->publishAt(t0 + i * 1000, 20.0 + i));
            QTRY_COMPARE_WITH_TIMEOUT(held(account).size(), size_t(5), 10000);
            // Disable the account: the next start must show the history with no session online.
            account->setEnabled(false);
        }  // the app quits: profile, dashboards and the pending history are written

        QVERIFY(m_device->publishAt(t0 + 5000, 25.0));  // while the app is closed

        auto accounts = openProfile();
        QCOMPARE(accounts->rowCount(), 1);
        auto *account = accounts->at(0);
        QCOMPARE(account->jid(), jid);
        QCOMPARE(account->onlineSessions(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(account->readings()->historyLoaded(), 10000);
        auto samples = held(account);
        QCOMPARE(samples.size(), size_t(5));
        QCOMPARE(samples.front().timeMs, t0);
        QCOMPARE(samples.back().value, 24.0);
        QCOMPARE(account->dashboards()->rowCount(), 1);
        auto *dashboard = account->dashboards()->dashboard(QStringLiteral("Lab"));
        QVERIFY(dashboard);
        QCOMPARE(dashboard->tiles()->rowCount(), 1);
        QVERIFY(account->devices()->isSubscribed(pubsub(), Device));

        // Online again: the backfill brings what was published meanwhile, live readings follow.
        // Switched on again as the account page does: the password comes from the keychain.
        account->setEnabled(true);
        account->connectAll();
        QTRY_COMPARE_WITH_TIMEOUT(account->onlineSessions(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(held(account).size(), size_t(6), 15000);
        QVERIFY(m_device->publishAt(t0 + 6000, 26.0));
        QTRY_COMPARE_WITH_TIMEOUT(held(account).size(), size_t(7), 10000);
        QVERIFY(account->readings()->waitForHistory());
        QCOMPARE(storedSeries(jid), 1);

        // Removed with its local data: the history goes too.
        accounts->removeAccount(account, true);
        QTRY_COMPARE_WITH_TIMEOUT(storedSeries(jid), 0, 10000);
    }
};

QTEST_MAIN(TestRestart)
#include "tst_restart.moc"
