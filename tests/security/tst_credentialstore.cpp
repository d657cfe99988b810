// CredentialStore against a real Secret Service (a private D-Bus with gnome-keyring, see
// tests/support/SecretService.h) and without one. The "no secret store" cases run this binary
// again as a child process (LINNET_CREDENTIALSTORE_CHILD set): libsecret and QtKeychain pick
// their bus and backend once per process, so each situation needs a fresh process. The child
// gets a temporary HOME, XDG dirs and TMPDIR, and every file there is searched for the password.
#include "LogCapture.h"
#include "security/CredentialStore.h"

#include "SecretService.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using Status = CredentialStore::Status;
using Result = CredentialStore::Result;
using Start = std::function<void(QObject *context, CredentialStore::Callback done)>;

namespace {

constexpr int kTimeoutMs = 20000;
const char kChildVariable[] = "LINNET_CREDENTIALSTORE_CHILD";  // its value: the password the child stores
const QString kChildJid = QStringLiteral("carol@linnet.test");

QString statusName(Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(status)));
}

QString describe(const Result &result)
{
    return result.error.isEmpty() ? statusName(result.status)
                                  : statusName(result.status) + QStringLiteral(": ") + result.error;
}

// Starts one operation and waits for its result. The callback is bound to a context that dies
// here, so a result arriving after a timeout can never write into this stack frame.
std::optional<Result> await(const Start &start)
{
    std::optional<Result> result;
    QEventLoop loop;
    QObject context;
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    start(&context, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

// The password in every encoding it could plausibly be written in.
QList<QByteArray> encodingsOf(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(password.utf16()), password.size() * 2);
    return {utf8, utf16, utf8.toBase64(QByteArray::OmitTrailingEquals),
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), utf8.toHex()};
}

// Files under dir (hidden ones too, not following links) holding the password in any encoding.
QStringList filesContaining(const QString &dir, const QString &password, int *filesSeen)
{
    QStringList hits;
    const QList<QByteArray> needles = encodingsOf(password);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++*filesSeen;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;  // sockets, fifos
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

// The child: one remove, write and read for kChildJid, one line each on stdout
// ("op<TAB>status<TAB>error<TAB>password-matches"). Never prints the password itself.
int runChild(const QString &password)
{
    QLoggingCategory::setFilterRules(QStringLiteral("linnet.*.debug=true"));
    CredentialStore store;
    QTextStream out(stdout);
    const auto report = [&](const char *op, const std::optional<Result> &result) {
        out << op << '\t' << (result ? statusName(result->status) : QStringLiteral("Timeout")) << '\t'
            << (result ? QString(result->error).replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')) : QString())
            << '\t' << (result && !result->password.isEmpty() && result->password == password ? "match" : "-") << '\n';
        out.flush();
    };
    // remove first: a write that did land somewhere stays there for the parent to find.
    report("remove", await([&](QObject *c, CredentialStore::Callback d) { store.remove(kChildJid, c, d); }));
    report("write", await([&](QObject *c, CredentialStore::Callback d) { store.write(kChildJid, password, c, d); }));
    report("read", await([&](QObject *c, CredentialStore::Callback d) { store.read(kChildJid, c, d); }));
    return 0;
}

}  // namespace

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
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString home = root.filePath(QStringLiteral("home"));
        const QString runtime = root.filePath(QStringLiteral("run"));
        const QString tmp = root.filePath(QStringLiteral("tmp"));
        for (const QString &dir : {home, runtime, tmp})
            QVERIFY(QDir().mkpath(dir));

        SecretService emptyBus(SecretService::Options{.keyring = false, .exportAddress = false});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("XDG_")) || name.startsWith(QLatin1String("KDE_"))
                || name.startsWith(QLatin1String("GNOME_")) || name == QLatin1String("DESKTOP_SESSION")
                || name == QLatin1String("DISPLAY") || name == QLatin1String("WAYLAND_DISPLAY")
                || name == QLatin1String("DBUS_SESSION_BUS_ADDRESS")
                || name == QLatin1String("QTKEYCHAIN_BACKEND"))
                env.remove(name);
        }
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("TMPDIR"), tmp);
        if (bus == QLatin1String("nothing")) {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + root.filePath(QStringLiteral("no-bus-here")));
        } else if (bus == QLatin1String("empty")) {
            QString error;
            QVERIFY2(emptyBus.start(&error), qPrintable(error));
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), emptyBus.busAddress());
        }
        if (kwallet) {
            env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("KDE"));
            env.insert(QStringLiteral("KDE_SESSION_VERSION"), QStringLiteral("4"));
        }
        const QString pw = password(QStringLiteral("nostore"));
        env.insert(QString::fromLatin1(kChildVariable), pw);

        QProcess child;
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(home);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForFinished(4 * kTimeoutMs), "the child did not finish");
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(err));

        QMap<QString, QStringList> results;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() == 4)
                results.insert(fields[0], fields);
        }
        for (const QString &op : {QStringLiteral("write"), QStringLiteral("read"), QStringLiteral("remove")}) {
            QVERIFY2(results.contains(op), qPrintable(op + QStringLiteral(" gave no result; output:\n") + out + err));
            const QStringList r = results.value(op);
            // Said clearly: not "not found" (the app would offer to save the password), not Ok.
            QVERIFY2(r[1] == QLatin1String("NoSecretStore"), qPrintable(op + QStringLiteral(": ") + r[1] + QStringLiteral(" ") + r[2]));
            QVERIFY2(!r[2].trimmed().isEmpty(), qPrintable(op + QStringLiteral(": no error text")));
            QCOMPARE(r[3], QStringLiteral("-"));  // the read found nothing
        }
        qInfo().noquote() << "no secret store:" << results.value(QStringLiteral("write")).value(2);

        // Nothing was written anywhere it could reach: no file under its home, XDG dirs or
        // TMPDIR, no log line (its linnet.* debug output was on) holds the password.
        int filesSeen = 0;
        const QStringList hits = filesContaining(root.path(), pw, &filesSeen);
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("the password is in ") + hits.join(QStringLiteral(", "))));
        for (const QByteArray &needle : encodingsOf(pw))
            QVERIFY2(!out.toUtf8().contains(needle) && !err.toUtf8().contains(needle), "the child printed the password");
        QVERIFY2(err.contains(QLatin1String("no secret store")), qPrintable(QStringLiteral("no warning in the log:\n") + err));
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
