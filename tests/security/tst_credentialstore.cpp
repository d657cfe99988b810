// CredentialStore against a real Secret Service (a private D-Bus with gnome-keyring, see
// tests/support/SecretService.h) and without one: the "no secret store" cases run this binary
// again as a child process (LINNET_CREDENTIALSTORE_CHILD set), tst_credentialstore_nostore.cpp.
#include "CredentialStoreTestSupport.h"
#include "LogCapture.h"
#include "SecretService.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CredentialStoreTest;

// Each check is a macro so a failure names the line of the test, not of a helper.
#define EXPECT_STATUS(call, expected)                                                                      \
    do {                                                                                                   \
        const std::optional<Result> r_ = (call);                                                           \
        QVERIFY2(r_.has_value(), "no result within 20 s: " #call);                                         \
        QVERIFY2(r_->status == (expected), qPrintable(QStringLiteral(#call " gave ") + describe(*r_)));     \
    } while (false)
#define EXPECT_PASSWORD(jid, expected)                                                                     \
    do {                                                                                                   \
        const std::optional<Result> r_ = read(jid);                                                        \
        QVERIFY2(r_.has_value(), "no result within 20 s");                                                 \
        QVERIFY2(r_->status == Status::Ok, qPrintable(QStringLiteral("reading ") + (jid) + QStringLiteral(" gave ") + describe(*r_))); \
        QVERIFY2(r_->password == (expected), qPrintable(QStringLiteral("reading ") + (jid) + QStringLiteral(" gave another password"))); \
        QVERIFY(r_->error.isEmpty());                                                                      \
    } while (false)

class TestCredentialStore : public QObject
{
    Q_OBJECT

    // Destroyed after QTest::qExec returns, when no event loop runs any more (see SecretService.h).
    std::optional<LogCapture> m_log;  // every message from initTestCase on: no password may ever be logged
    SecretService m_secrets;
    QTemporaryDir m_home;
    CredentialStore m_store;
    QStringList m_passwords;  // every password used: none may ever show up in a log message

    QString password(const QString &name)
    {
        const QString pw = QStringLiteral("pw-%1-%2").arg(name).arg(QRandomGenerator::global()->generate64(), 0, 36);
        m_passwords << pw;
        return pw;
    }
    std::optional<Result> write(const QString &jid, const QString &pw)
    {
        return await([&](QObject *c, CredentialStore::Callback d) { m_store.write(jid, pw, c, d); });
    }
    std::optional<Result> read(const QString &jid)
    {
        return await([&](QObject *c, CredentialStore::Callback d) { m_store.read(jid, c, d); });
    }
    std::optional<Result> remove(const QString &jid)
    {
        return await([&](QObject *c, CredentialStore::Callback d) { m_store.remove(jid, c, d); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_log.emplace();
        QLoggingCategory::setFilterRules(QStringLiteral("linnet.*.debug=true"));
        // Should anything in this process write a file it should not, it lands here, not in
        // the real home.
        QVERIFY(m_home.isValid());
        for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(var, QByteArray(m_home.path().toUtf8() + '/' + var));
        QString error;
        QVERIFY2(m_secrets.start(&error), qPrintable(error));
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), m_secrets.busAddress());
    }
    void cleanupTestCase() { m_log.reset(); }

    void writeReadOverwriteRemove()
    {
        const QString jid = QStringLiteral("alice@linnet.test");
        const QString first = password(QStringLiteral("first"));
        const QString second = password(QStringLiteral("second"));

        EXPECT_STATUS(write(jid, first), Status::Ok);
        EXPECT_PASSWORD(jid, first);
        EXPECT_STATUS(write(jid, second), Status::Ok);  // overwrite, not a second entry
        EXPECT_PASSWORD(jid, second);
        EXPECT_STATUS(remove(jid), Status::Ok);

        const std::optional<Result> gone = read(jid);
        QVERIFY(gone);
        QVERIFY2(gone->status == Status::NotFound, qPrintable(describe(*gone)));
        QVERIFY(gone->password.isEmpty());
        QVERIFY(gone->error.isEmpty());
        EXPECT_STATUS(remove(jid), Status::Ok);  // removing what is not there
    }

    void unknownAccountIsNotFoundNotNoStore()
    {
        EXPECT_STATUS(read(QStringLiteral("nobody@linnet.test")), Status::NotFound);
    }

    void passwordsComeBackExactly_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("unicode") << QStringLiteral(" pä$$wörd 🔑 дом");
        QTest::newRow("spaces and quotes") << QStringLiteral("  'a b' \"c\"\t;\\ ");
        QTest::newRow("long") << QString(1000, QLatin1Char('x'));
    }
    void passwordsComeBackExactly()
    {
        QFETCH(QString, suffix);
        const QString jid = QStringLiteral("dave@linnet.test");
        const QString pw = password(QStringLiteral("exact")) + suffix;
        EXPECT_STATUS(write(jid, pw), Status::Ok);
        EXPECT_PASSWORD(jid, pw);
        EXPECT_STATUS(remove(jid), Status::Ok);
    }

    void twoAccountsDoNotMix()
    {
        const QString alice = QStringLiteral("alice@one.test");
        const QString aliceElsewhere = QStringLiteral("alice@two.test");  // same user name, other server
        const QString bob = QStringLiteral("bob@one.test");
        const QString pwAlice = password(QStringLiteral("alice"));
        const QString pwElsewhere = password(QStringLiteral("elsewhere"));
        const QString pwBob = password(QStringLiteral("bob"));

        EXPECT_STATUS(write(alice, pwAlice), Status::Ok);
        EXPECT_STATUS(write(aliceElsewhere, pwElsewhere), Status::Ok);
        EXPECT_STATUS(write(bob, pwBob), Status::Ok);
        EXPECT_PASSWORD(alice, pwAlice);
        EXPECT_PASSWORD(aliceElsewhere, pwElsewhere);
        EXPECT_PASSWORD(bob, pwBob);

        EXPECT_STATUS(remove(alice), Status::Ok);
        EXPECT_STATUS(read(alice), Status::NotFound);
        EXPECT_PASSWORD(aliceElsewhere, pwElsewhere);
        EXPECT_PASSWORD(bob, pwBob);

        EXPECT_STATUS(remove(aliceElsewhere), Status::Ok);
        EXPECT_STATUS(remove(bob), Status::Ok);
        EXPECT_STATUS(read(bob), Status::NotFound);
    }

    void keyIsTheBareJidInLowerCase()
    {
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("Erin@Linnet.TEST/laptop")), QStringLiteral("erin@linnet.test"));
        QCOMPARE(CredentialStore::keyFor(QStringLiteral(" erin@linnet.test ")), QStringLiteral("erin@linnet.test"));
        QCOMPARE(CredentialStore::keyFor(QString()), QString());

        const QString pw = password(QStringLiteral("erin"));
        EXPECT_STATUS(write(QStringLiteral("Erin@Linnet.TEST/laptop"), pw), Status::Ok);
        EXPECT_PASSWORD(QStringLiteral("erin@linnet.test"), pw);
        EXPECT_PASSWORD(QStringLiteral("erin@linnet.test/phone"), pw);
        EXPECT_STATUS(remove(QStringLiteral("ERIN@linnet.test")), Status::Ok);
        EXPECT_STATUS(read(QStringLiteral("erin@linnet.test")), Status::NotFound);
    }

    // The entry is really in the Secret Service, where other tools (and a future Linnet) find
    // it: service "Linnet", key the bare JID (QtKeychain's attributes "server" and "user").
    void storedInTheSecretServiceUnderLinnetAndTheJid()
    {
        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (secretTool.isEmpty())
            QSKIP("secret-tool (libsecret-tools) is not installed");
        // secret-tool inherits DBUS_SESSION_BUS_ADDRESS: the private bus.
        const auto run = [&](const QStringList &command, const QString &jid) {
            QProcess tool;
            tool.start(secretTool, command + QStringList{QStringLiteral("server"), CredentialStore::serviceName(),
                                                         QStringLiteral("user"), jid});
            tool.waitForFinished(kTimeoutMs);
            return tool.readAllStandardOutput();
        };
        const QStringList lookup = {QStringLiteral("lookup")};
        const QStringList searchAll = {QStringLiteral("search"), QStringLiteral("--all")};
        const QString jid = QStringLiteral("frank@linnet.test");
        const QString first = password(QStringLiteral("frank1"));
        const QString second = password(QStringLiteral("frank2"));
        EXPECT_STATUS(write(jid, first), Status::Ok);
        EXPECT_STATUS(write(jid, second), Status::Ok);

        QCOMPARE(run(lookup, jid), second.toUtf8());
        // An overwrite replaces the entry: one item, holding the second password.
        const QByteArray items = run(searchAll, jid);
        QVERIFY2(items.count("secret = ") == 1 && items.contains(QByteArray("secret = " + second.toUtf8())),
                 qPrintable(QStringLiteral("not exactly one entry after an overwrite:\n") + QString::fromUtf8(items)));

        EXPECT_STATUS(remove(jid), Status::Ok);
        QCOMPARE(run(lookup, jid), QByteArray());
        QCOMPARE(run(searchAll, jid), QByteArray());
    }

    void callbackNeverRunsAfterItsContextIsGone()
    {
        bool called = false;
        auto *context = new QObject;
        m_store.read(QStringLiteral("alice@linnet.test"), context, [&](const Result &) { called = true; });
        delete context;
        // Jobs run in order: once this one is answered, the first one was too.
        EXPECT_STATUS(read(QStringLiteral("nobody@linnet.test")), Status::NotFound);
        QVERIFY(!called);
    }

    void addresslessCallsAreRefusedLater()
    {
        bool called = false;
        std::optional<Result> result;
        QObject context;
        m_store.write(QString(), password(QStringLiteral("nojid")), &context, [&](const Result &r) {
            called = true;
            result = r;
        });
        QVERIFY2(!called, "the callback ran inside the call");
        QTRY_VERIFY_WITH_TIMEOUT(called, kTimeoutMs);
        QVERIFY2(result->status == Status::Failed, qPrintable(describe(*result)));
        QVERIFY(!result->error.isEmpty());
        EXPECT_STATUS(read(QStringLiteral("/resource-only")), Status::Failed);
    }

    void noSecretStore_data()
    {
        QTest::addColumn<QString>("bus");  // "nothing" at the address, "unset", or a bus with nothing on it ("empty")
        QTest::addColumn<bool>("kwallet");  // a KDE 4 session: QtKeychain 0.15 then takes its KWallet path
        QTest::newRow("libsecret, nothing at the bus address") << QStringLiteral("nothing") << false;
        QTest::newRow("libsecret, no session bus configured") << QStringLiteral("unset") << false;
        QTest::newRow("libsecret, a bus without a secret service") << QStringLiteral("empty") << false;
        // QtKeychain's plain-text fallback (setInsecureFallback) lives on the KWallet path only.
        QTest::newRow("kwallet, nothing at the bus address") << QStringLiteral("nothing") << true;
        QTest::newRow("kwallet, a bus without kwalletd") << QStringLiteral("empty") << true;
    }
    void noSecretStore()
    {
        QFETCH(QString, bus);
        QFETCH(bool, kwallet);
        checkNoSecretStore(bus, kwallet, password(QStringLiteral("nostore")));
    }

    // Runs last: the debug output of linnet.security was on for every test above.
    void logsNeverShowAPassword()
    {
        const auto entries = m_log->entries();
        QVERIFY2(std::any_of(entries.cbegin(), entries.cend(),
                             [](const LogCapture::Entry &e) { return e.category == "linnet.security"; }),
                 "linnet.security logged nothing: this check would prove nothing");
        QVERIFY(!m_passwords.isEmpty());
        for (const auto &entry : entries) {
            for (const QString &pw : std::as_const(m_passwords))
                QVERIFY2(!entry.message.contains(pw), qPrintable(QStringLiteral("a password was logged, in a message of ")
                                                                 + QString::fromLatin1(entry.category)));
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runChild(qEnvironmentVariable(kChildVariable));
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
