// CredentialStore without a secret store, for tst_credentialstore: this binary again as a child
// process (libsecret and QtKeychain pick their bus and backend once per process, so each
// situation needs a fresh one) with a temporary HOME, XDG dirs and TMPDIR; every file there is
// searched for the password afterwards.
#include "CredentialStoreTestSupport.h"
#include "SecretService.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace CredentialStoreTest {
namespace {
const QString kChildJid = QStringLiteral("carol@linnet.test");

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
}  // namespace

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

void checkNoSecretStore(const QString &bus, bool kwallet, const QString &pw)
{
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
}  // namespace CredentialStoreTest
