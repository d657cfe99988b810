// The real app binary and xmpp: URIs against the fixture's Prosody: a URI given at start is
// carried out once logged in, and a second start on the same profile hands its URI to the
// running Linnet and ends; a buddy in a room sees the running instance join it.
#include "LiveTest.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QXmppDataForm.h>
#include <QXmppMucManager.h>

using namespace Qt::StringLiterals;

class TestUriLive : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    QTemporaryDir m_dir;

    static QProcessEnvironment environment()
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);  // no keychain: nothing to remember
        return env;
    }

    // alice/RESOURCE on the fixture, unattended (the password follows on stdin).
    QStringList login(const QString &resource) const
    {
        return {u"--account"_s, m_server->jid(u"alice"_s) + u'/' + resource, u"--host"_s, m_server->host(), u"--port"_s,
                QString::number(m_server->c2sPort()), u"--ca-file"_s, m_server->caCertificateFile(), u"--password-stdin"_s};
    }

    // Runs a start to its end; false if it did not end by itself.
    bool runToEnd(const QStringList &args, const QString &password, QString *output, int *exitCode)
    {
        QProcess app;
        app.setProcessEnvironment(environment());
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(LINNET_BINARY), args);
        if (!password.isEmpty())
            app.write(password.toUtf8() + '\n');
        app.closeWriteChannel();
        // The event loop runs meanwhile: the buddy in this process sees what the app does.
        const bool finished = QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, 60000);
        *output = QString::fromLocal8Bit(app.readAll());
        *exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
        return finished;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
    }

    // `linnet xmpp:bob@...?message` with nothing running: the chat opens once logged in, and
    // the screenshot waits for it.
    void openedAtStart()
    {
        QString output;
        int exitCode = 0;
        const QString bob = m_server->jid(u"bob"_s);
        QVERIFY(runToEnd(QStringList{u"--profile"_s, m_dir.filePath(u"first"_s), u"--screenshot"_s, m_dir.filePath(u"first.png"_s)}
                             + login(u"desk"_s) + QStringList{u"xmpp:"_s + bob + u"?message"_s},
                         LiveTest::Password, &output, &exitCode));
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY2(output.contains(u"xmpp: URI carried out: chat "_s + bob + u" as "_s + m_server->jid(u"alice"_s)), qPrintable(output));
        QVERIFY(QFile::exists(m_dir.filePath(u"first.png"_s)));
        // LINNET_URI_SHOTS=DIR keeps the screenshot (bob's chat open) to look at.
        if (const QString shots = qEnvironmentVariable("LINNET_URI_SHOTS"); !shots.isEmpty()) {
            QFile::remove(shots + u"/uri-chat.png"_s);
            QVERIFY(QFile::copy(m_dir.filePath(u"first.png"_s), shots + u"/uri-chat.png"_s));
        }
    }

    // A browser's link while Linnet runs: the second start hands the URI over and ends; the
    // running one joins the room (bob, in it, sees alice come in), offers a contact, comes to
    // the front. A screenshot cannot be handed over: that start fails.
    void secondStartHandsOver()
    {
        auto bob = LiveTest::connectPeer(*m_server, u"bob"_s);
        QVERIFY(bob);
        auto *muc = new QXmppMucManager;
        bob->addExtension(muc);
        const QString roomJid = u"garden@"_s + m_server->mucJid();
        QXmppMucRoom *room = muc->addRoom(roomJid);
        room->setNickName(u"bob"_s);
        QVERIFY(room->join());
        QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 10000);
        room->setConfiguration(QXmppDataForm(QXmppDataForm::Submit));  // instant room: unlocked
        QStringList arrived;  // real JIDs (bob owns the room, so he sees them)
        connect(room, &QXmppMucRoom::participantAdded, this,
                [&](const QString &jid) { arrived.append(room->participantFullJid(jid)); });

        const QString profile = m_dir.filePath(u"running"_s);
        QProcess running;
        QString runningOutput;
        running.setProcessEnvironment(environment());
        running.setProcessChannelMode(QProcess::MergedChannels);
        connect(&running, &QProcess::readyRead, this, [&] { runningOutput += QString::fromLocal8Bit(running.readAll()); });
        running.start(QStringLiteral(LINNET_BINARY), QStringList{u"--profile"_s, profile} + login(u"lab"_s));
        running.write(LiveTest::Password.toUtf8() + '\n');
        running.closeWriteChannel();
        const auto stop = qScopeGuard([&running] {
            running.kill();
            running.waitForFinished();
        });
        QTRY_VERIFY2_WITH_TIMEOUT(runningOutput.contains(u"Logged in as"_s), qPrintable(runningOutput), 30000);

        QString output;
        int exitCode = 0;
        QVERIFY(runToEnd({u"--profile"_s, profile, u"xmpp:"_s + roomJid + u"?join"_s}, {}, &output, &exitCode));
        QVERIFY2(exitCode == 0 && output.contains(u"handed over: join "_s + roomJid), qPrintable(output));
        QTRY_VERIFY2_WITH_TIMEOUT(arrived.contains(m_server->jid(u"alice"_s) + u"/lab"_s), qPrintable(arrived.join(u", "_s)), 15000);
        QVERIFY(runningOutput.contains(u"xmpp: URI carried out: join "_s + roomJid));

        const QString carol = m_server->jid(u"carol"_s);
        QVERIFY(runToEnd({u"--profile"_s, profile, u"xmpp:"_s + carol + u"?roster;name=Carol"_s}, {}, &output, &exitCode));
        QVERIFY2(exitCode == 0 && output.contains(u"handed over: offer contact "_s + carol), qPrintable(output));

        QVERIFY(runToEnd({u"--profile"_s, profile}, {}, &output, &exitCode));
        QVERIFY2(exitCode == 0 && output.contains(u"handed over: raised"_s), qPrintable(output));

        QVERIFY(runToEnd({u"--profile"_s, profile, u"--screenshot"_s, m_dir.filePath(u"no.png"_s)}, {}, &output, &exitCode));
        QVERIFY2(exitCode == 1, qPrintable(output));
        QVERIFY(!QFile::exists(m_dir.filePath(u"no.png"_s)));
        QCOMPARE(running.state(), QProcess::Running);  // the first start lives on
    }

    void invalidUriIsAUsageError()
    {
        QString output;
        int exitCode = 0;
        QVERIFY(runToEnd({u"--profile"_s, m_dir.filePath(u"invalid"_s), u"xmpp:@nowhere"_s}, {}, &output, &exitCode));
        QCOMPARE(exitCode, 2);
        QVERIFY2(output.contains(u"Not an xmpp: address"_s), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestUriLive)
#include "tst_urilive.moc"
