// CommandHistory on a real SQLite file: kept across reopening, per account and device, newest
// first; text-private values masked (never in the file); an account removed with its local
// data takes its rows along (AccountsModel).
#include "FormSamples.h"
#include "account/Account.h"
#include "account/AccountsModel.h"
#include "commands/CommandHistory.h"
#include "commands/CommandsController.h"
#include "net/NetworkThread.h"
#include "security/CredentialStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AdHoc;
using namespace FormSamples;

namespace {
CommandHistoryEntry entry(const QString &device, qint64 timeMs, const QString &values = {})
{
    CommandHistoryEntry e;
    e.timeMs = timeMs;
    e.device = device;
    e.to = device + QStringLiteral("/sensor");
    e.resource = QStringLiteral("desk");
    e.node = QStringLiteral("relay");
    e.command = QStringLiteral("Switch relay");
    e.values = values;
    e.outcome = CommandHistoryEntry::Outcome::Completed;
    e.result = QStringLiteral("Relay is on");
    e.roundTripMs = 12;
    return e;
}

QList<CommandHistoryEntry> loadAll(CommandHistory &history, const QString &device, int limit = 200)
{
    QSignalSpy loaded(&history, &CommandHistory::entriesLoaded);
    history.load(device, limit);
    if (!loaded.wait(10000))
        return {};
    return loaded.constFirst().at(1).value<QList<CommandHistoryEntry>>();
}
}  // namespace

class TestCommandHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describedValuesMaskPrivate();
    void historyPersists();
    void historyNeverStoresPrivateValues();
    void historyWithoutFile();
    void removingAnAccountRemovesItsHistory();
};

void TestCommandHistory::describedValuesMaskPrivate()
{
    DataForm form = everyType();
    form.field(u"pin")->setValue(QStringLiteral("987654"));
    const QString described = CommandHistory::describeValues(form);
    QVERIFY2(!described.contains(QStringLiteral("987654")), qPrintable(described));
    QVERIFY2(described.contains(QStringLiteral("PIN: ••••")), qPrintable(described));
    QVERIFY2(described.contains(QStringLiteral("Interval: 5 s")), qPrintable(described));  // the option's label
    QVERIFY2(described.contains(QStringLiteral("Status LED: on")), qPrintable(described));
    QVERIFY2(described.contains(QStringLiteral("Name: Cellar")), qPrintable(described));
    QVERIFY2(!described.contains(QStringLiteral("urn:linnet")), qPrintable(described));  // hidden
    QVERIFY2(!described.contains(QStringLiteral("General")), qPrintable(described));     // fixed
    QVERIFY2(!described.contains(QStringLiteral("Owner")), qPrintable(described));       // empty
}

void TestCommandHistory::historyPersists()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("profile/commands.sqlite"));
    const QString cellar = QStringLiteral("cellar@linnet.test");
    {
        CommandHistory history(QStringLiteral("alice@linnet.test"));
        history.attach(file);
        QSignalSpy recorded(&history, &CommandHistory::recorded);
        for (int i = 0; i < 5; ++i)
            history.record(entry(cellar, 1000 + i, QStringLiteral("On: on")));
        history.record(entry(QStringLiteral("office@linnet.test"), 2000));
        QCOMPARE(recorded.size(), 6);
        QVERIFY(history.waitForIdle());
        QCOMPARE(history.error(), QString());
    }
    // Another run of the app: the file has it, newest first, per device and account.
    CommandHistory again(QStringLiteral("alice@linnet.test"));
    again.attach(file);
    auto entries = loadAll(again, QStringLiteral("Cellar@linnet.test"));  // JIDs without case
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.first().timeMs, 1004);
    QCOMPARE(entries.last().timeMs, 1000);
    QCOMPARE(entries.first(), entry(cellar, 1004, QStringLiteral("On: on")));
    QCOMPARE(loadAll(again, cellar, 2).size(), 2);
    QCOMPARE(loadAll(again, QStringLiteral("office@linnet.test")).size(), 1);
    CommandHistory bob(QStringLiteral("bob@linnet.test"));
    bob.attach(file);
    QCOMPARE(loadAll(bob, cellar).size(), 0);  // the same file, another account's rows
    QCOMPARE(bob.error(), QString());
}

void TestCommandHistory::historyNeverStoresPrivateValues()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("commands.sqlite"));
    DataForm form = everyType();
    form.field(u"pin")->setValue(QStringLiteral("24682468"));
    {
        CommandHistory history(QStringLiteral("alice@linnet.test"));
        history.attach(file);
        auto e = entry(QStringLiteral("cellar@linnet.test"), 5000, CommandHistory::describeValues(form));
        history.record(e);
        QVERIFY(history.waitForIdle());
    }
    // Not in any column, nor anywhere in the file's bytes.
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT vals FROM entries")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toString().contains(QStringLiteral("PIN: ••••")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("24682468"), qPrintable(name));
    }
}

void TestCommandHistory::historyWithoutFile()
{
    // Before a profile is attached (tests, a broken file): this run's entries, in memory.
    CommandHistory history(QStringLiteral("alice@linnet.test"));
    history.record(entry(QStringLiteral("cellar@linnet.test"), 1));
    history.record(entry(QStringLiteral("cellar@linnet.test"), 2));
    const auto entries = loadAll(history, QStringLiteral("cellar@linnet.test"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().timeMs, 2);
}

void TestCommandHistory::removingAnAccountRemovesItsHistory()
{
    QTemporaryDir profile;
    NetworkThread network;
    CredentialStore credentials;
    const QString settings = profile.filePath(QStringLiteral("linnet.ini"));
    const QString cellar = QStringLiteral("cellar@linnet.test");
    const auto config = [](const QString &jid) {
        AccountConfig c;
        c.jid = jid;
        c.rememberPassword = false;
        return c;
    };
    {
        AccountsModel accounts(settings, &network, &credentials);
        auto *alice = accounts.addAccount(config(QStringLiteral("alice@linnet.test")), {});
        auto *bob = accounts.addAccount(config(QStringLiteral("bob@linnet.test")), {});
        QVERIFY(alice && bob);
        QCOMPARE(alice->commands()->history()->databaseFile(), profile.filePath(QStringLiteral("commands.sqlite")));
        alice->commands()->history()->record(entry(cellar, 10));
        bob->commands()->history()->record(entry(cellar, 11));
        QVERIFY(alice->commands()->history()->waitForIdle());
        QVERIFY(bob->commands()->history()->waitForIdle());
        QCOMPARE(loadAll(*alice->commands()->history(), cellar).size(), 1);

        QPointer<Account> gone = alice;
        accounts.removeAccount(alice, true);
        QTRY_VERIFY_WITH_TIMEOUT(gone.isNull(), 10000);  // deleted later, its history written out first
    }
    CommandHistory alice(QStringLiteral("alice@linnet.test"));
    alice.attach(profile.filePath(QStringLiteral("commands.sqlite")));
    QCOMPARE(loadAll(alice, cellar).size(), 0);
    CommandHistory bob(QStringLiteral("bob@linnet.test"));
    bob.attach(profile.filePath(QStringLiteral("commands.sqlite")));
    QCOMPARE(loadAll(bob, cellar).size(), 1);
}

QTEST_MAIN(TestCommandHistory)
#include "tst_commandhistory.moc"
