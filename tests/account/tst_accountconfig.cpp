// What the profile keeps of accounts: written and read back whole, the old one-account
// [account] group still read, and never a password.
#include "account/AccountConfig.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestAccountConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTrip()
    {
        AccountConfig alice;
        alice.jid = QStringLiteral("alice@example.org");
        alice.displayName = QStringLiteral("Alice");
        alice.host = QStringLiteral("xmpp.example.org");
        alice.port = 5223;
        alice.caCertificatesFile = QStringLiteral("/etc/ca.pem");
        alice.pinnedSha256 = {QByteArray(32, '\x7f')};
        alice.rememberPassword = false;
        alice.sessions = {{QStringLiteral("desk"), true}, {QStringLiteral("lab"), false}};
        AccountConfig bob;
        bob.jid = QStringLiteral("bob@example.net");
        bob.enabled = false;
        bob.sessions = {{QStringLiteral("linnet"), true}};

        const QString file = m_dir.filePath(QStringLiteral("roundtrip.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            AccountConfig::saveAll(settings, {alice, bob});
        }
        QSettings settings(file, QSettings::IniFormat);
        const auto loaded = AccountConfig::loadAll(settings);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0), alice);
        QCOMPARE(loaded.at(1), bob);
        QCOMPARE(loaded.at(0).connectionSettings(QStringLiteral("lab")).resource, QStringLiteral("lab"));
        QCOMPARE(loaded.at(0).connectionSettings(QStringLiteral("lab")).pinnedSha256, alice.pinnedSha256);
    }

    // Profiles from before several sessions: one [account] group.
    void oldProfilesAreRead()
    {
        const QString file = m_dir.filePath(QStringLiteral("old.ini"));
        {
            QSettings old(file, QSettings::IniFormat);
            old.beginGroup(QStringLiteral("account"));
            old.setValue(QStringLiteral("jid"), QStringLiteral("alice@demo.linnet"));
            old.setValue(QStringLiteral("resource"), QStringLiteral("linnet"));
            old.setValue(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
            old.setValue(QStringLiteral("port"), 5222);
            old.setValue(QStringLiteral("caCertificatesFile"), QStringLiteral("ca.pem"));
        }
        QSettings settings(file, QSettings::IniFormat);
        auto loaded = AccountConfig::loadAll(settings);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().jid, QStringLiteral("alice@demo.linnet"));
        QCOMPARE(loaded.first().port, quint16(5222));
        QCOMPARE(loaded.first().sessions.size(), 1);
        QCOMPARE(loaded.first().sessions.first().resource, QStringLiteral("linnet"));
        // Saved in the new form, the old group goes.
        AccountConfig::saveAll(settings, loaded);
        QVERIFY(!settings.childGroups().contains(QStringLiteral("account")));
        QCOMPARE(AccountConfig::loadAll(settings), loaded);
    }
};

QTEST_GUILESS_MAIN(TestAccountConfig)
#include "tst_accountconfig.moc"
