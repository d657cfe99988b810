// The real app binary started unattended, as a wall-mounted dashboard would be:
// --account JID/RESOURCE --host --port --ca-file --password-stdin, no sign-in page. It logs in
// as that resource (a buddy sees it), keeps the account in the profile without the password,
// and a second start of the same profile picks the account up again.
#include "LiveTest.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmppPresence.h>

class TestUnattended : public QObject
{
    Q_OBJECT

    std::unique_ptr<XmppTestServer> m_server;
    QTemporaryDir m_dir;

    // Runs the app until its screenshot is taken (the UI has settled: logged in, roster loaded).
    bool run(const QStringList &args, const QString &password, QString *output)
    {
        QProcess app;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));  // no keychain: nothing to remember
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(LINNET_BINARY),
                  QStringList{QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile")), QStringLiteral("--screenshot"),
                              m_dir.filePath(QStringLiteral("shot.png"))} + args);
        app.write(password.toUtf8() + '\n');
        app.closeWriteChannel();
        // The event loop runs meanwhile: the buddy in this process sees what the app does.
        const bool finished = QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, 60000);
        *output = QString::fromLocal8Bit(app.readAll());
        return finished && app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startXmppServer();
        QVERIFY(m_server);
    }

    void startsAsTheGivenResource()
    {
        auto bob = LiveTest::connectPeer(*m_server, QStringLiteral("bob"));
        QVERIFY(bob);
        const QString alice = m_server->jid(QStringLiteral("alice"));
        bool sawLab = false;
        QObject watching;  // goes before `sawLab`
        connect(bob.get(), &QXmppClient::presenceReceived, &watching, [&](const QXmppPresence &presence) {
            sawLab = sawLab || (presence.from() == alice + QStringLiteral("/lab") && presence.type() == QXmppPresence::Available);
        });

        QString output;
        const bool ok = run({QStringLiteral("--account"), alice + QStringLiteral("/lab"), QStringLiteral("--host"), m_server->host(),
                             QStringLiteral("--port"), QString::number(m_server->c2sPort()), QStringLiteral("--ca-file"),
                             m_server->caCertificateFile(), QStringLiteral("--password-stdin")},
                            LiveTest::Password, &output);
        QVERIFY2(ok, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Logged in as \"%1/lab\"").arg(alice)), qPrintable(output));
        QTRY_VERIFY_WITH_TIMEOUT(sawLab, 5000);

        // The profile keeps the account and its one session, never the password.
        QSettings settings(m_dir.filePath(QStringLiteral("profile/linnet.ini")), QSettings::IniFormat);
        QCOMPARE(settings.beginReadArray(QStringLiteral("accounts")), 1);
        settings.setArrayIndex(0);
        QCOMPARE(settings.value(QStringLiteral("jid")).toString(), alice);
        QCOMPARE(settings.beginReadArray(QStringLiteral("sessions")), 1);
        settings.setArrayIndex(0);
        QCOMPARE(settings.value(QStringLiteral("resource")).toString(), QStringLiteral("lab"));
        QDirIterator files(m_dir.filePath(QStringLiteral("profile")), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(LiveTest::Password.toUtf8()), qPrintable(file.fileName()));
        }
    }

    // The profile's only account, with just --password-stdin (as before accounts had sessions).
    void theOnlyAccountWithJustAPassword()
    {
        QString output;
        QVERIFY2(run({QStringLiteral("--password-stdin")}, LiveTest::Password, &output), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("/lab\"")) && output.contains(QStringLiteral("Logged in")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestUnattended)
#include "tst_unattended.moc"
