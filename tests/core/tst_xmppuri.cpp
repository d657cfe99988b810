// xmpp: URIs (RFC 5122 / XEP-0147) as desktops and browsers hand them to `linnet %u`, and the
// local socket a second start hands them over on (SingleInstance), without a server.
#include "core/SingleInstance.h"
#include "core/UriHandler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QSysInfo>
#include <atomic>
#include <functional>
#include <thread>

using Action = XmppUri::Action;
using namespace Qt::StringLiterals;

class TestXmppUri : public QObject
{
    Q_OBJECT

    // A second start on profileDir, blocking like the real one, so on its own thread while this
    // one serves; what the running instance answered, or "(not taken)". beforeWaiting runs on
    // this thread once the other has started.
    static QString startAnother(const QString &profileDir, const QString &uri, const std::function<void()> &beforeWaiting = {})
    {
        std::atomic<bool> done = false;
        bool tookIt = false;
        QString answer;
        std::thread starting([&] {
            SingleInstance instance(profileDir);
            tookIt = instance.handOver(uri, &answer);
            done = true;
        });
        if (beforeWaiting)
            beforeWaiting();
        const bool finished = QTest::qWaitFor([&] { return done.load(); }, 10000);
        starting.join();
        return finished && tookIt ? answer : u"(not taken)"_s;
    }

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("jid");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QStringList>("params");  // body, password, name, group

        QTest::newRow("plain") << u"xmpp:bob@example.org"_s << Action::Message << u"bob@example.org"_s << QString() << QStringList(4);
        QTest::newRow("message, body, case")
            << u"XMPP:Bob@Example.ORG?message;body=Hello%20there%3B%20%C3%BCber%3Dall"_s << Action::Message << u"bob@example.org"_s
            << QString() << QStringList{u"Hello there; über=all"_s, {}, {}, {}};
        QTest::newRow("resource dropped") << u"xmpp:bob@example.org/phone?message"_s << Action::Message << u"bob@example.org"_s
                                          << QString() << QStringList(4);
        QTest::newRow("join") << u"xmpp:garden@conference.example.org?join;password=s%C3%ABcret"_s << Action::Join
                              << u"garden@conference.example.org"_s << QString() << QStringList{{}, u"sëcret"_s, {}, {}};
        QTest::newRow("roster") << u"xmpp:carol@example.org?roster;name=Carol%20C;group=Friends"_s << Action::Roster
                                << u"carol@example.org"_s << QString() << QStringList{{}, {}, u"Carol C"_s, u"Friends"_s};
        QTest::newRow("subscribe") << u"xmpp:carol@example.org?subscribe"_s << Action::Roster << u"carol@example.org"_s << QString()
                                   << QStringList(4);
        QTest::newRow("authority") << u"xmpp://alice@example.org/bob@example.org?message"_s << Action::Message
                                   << u"bob@example.org"_s << u"alice@example.org"_s << QStringList(4);
        QTest::newRow("fragment") << u"xmpp:bob@example.org?message#top"_s << Action::Message << u"bob@example.org"_s << QString()
                                  << QStringList(4);
        QTest::newRow("unknown action opens the chat")
            << u"xmpp:sensor@example.org?command;node=reboot"_s << Action::Message << u"sensor@example.org"_s << QString()
            << QStringList(4);
        QTest::newRow("a server") << u"xmpp:example.org"_s << Action::Message << u"example.org"_s << QString() << QStringList(4);
        QTest::newRow("percent-encoded address") << u"xmpp:b%C3%B6b@example.org"_s << Action::Message << u"böb@example.org"_s
                                                 << QString() << QStringList(4);
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(Action, action);
        QFETCH(QString, jid);
        QFETCH(QString, account);
        QFETCH(QStringList, params);
        QVERIFY(XmppUri::looksLikeUri(text));
        const XmppUri uri = XmppUri::parse(text);
        QVERIFY(uri.isValid());
        QCOMPARE(uri.action, action);
        QCOMPARE(uri.jid, jid);
        QCOMPARE(uri.account, account);
        QCOMPARE(uri.body, params.at(0));
        QCOMPARE(uri.password, params.at(1));
        QCOMPARE(uri.name, params.at(2));
        QCOMPARE(uri.group, params.at(3));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << u"xmpp:"_s;
        QTest::newRow("no node") << u"xmpp:@example.org"_s;
        QTest::newRow("no domain") << u"xmpp:bob@"_s;
        QTest::newRow("two @") << u"xmpp:bob@carol@example.org"_s;
        QTest::newRow("space") << u"xmpp:bob smith@example.org"_s;
        QTest::newRow("dot domain") << u"xmpp:bob@.example.org"_s;
        QTest::newRow("join a service") << u"xmpp:conference.example.org?join"_s;
        QTest::newRow("authority without target") << u"xmpp://alice@example.org"_s;
        QTest::newRow("bad authority") << u"xmpp://@/bob@example.org"_s;
        QTest::newRow("other scheme") << u"mailto:bob@example.org"_s;
    }

    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!XmppUri::parse(text).isValid());
    }

    void notAUriAtAll()
    {
        QVERIFY(!XmppUri::looksLikeUri(u"bob@example.org"_s));
        QVERIFY(!XmppUri::looksLikeUri(u"https://example.org"_s));
        QVERIFY(XmppUri::looksLikeUri(u"Xmpp:x"_s));
    }

    // A second start on the same profile reaches the first, which answers; the answer travels back.
    void handsOverToTheRunningInstance()
    {
        QTemporaryDir profile;
        SingleInstance first(profile.path());
        QVERIFY(first.listen());
        QStringList got;
        connect(&first, &SingleInstance::received, this, [&got](const QString &uri, QString *reply) {
            got.append(uri);
            *reply = uri.isEmpty() ? u"raised"_s : u"chat "_s + XmppUri::parse(uri).jid;
        });

        const auto second = [&profile](const QString &uri) { return startAnother(profile.path(), uri); };
        const QString uri = u"xmpp:bob@example.org?message;body=hi%0Athere"_s;
        QCOMPARE(second(uri), u"chat bob@example.org"_s);
        QCOMPARE(second(QString()), u"raised"_s);  // a plain second start: just to the front
        QCOMPARE(got, (QStringList{uri, QString()}));
    }

    // Nobody runs: the start goes on by itself, and becomes the one later starts reach, also
    // over the socket file a crashed run left behind.
    void noInstanceRunning()
    {
        QTemporaryDir profile;
        SingleInstance alone(profile.path());
        QString answer;
        QVERIFY(!alone.handOver(u"xmpp:bob@example.org"_s, &answer));
        QVERIFY(answer.isEmpty());

        QFile stale(alone.socketName());  // what a killed run leaves: the path taken, nobody there
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QVERIFY(alone.listen());
    }

    // Two starts at nearly the same moment: the first holds the profile's lock but does not
    // listen yet (still loading); the second waits for it instead of becoming a second instance.
    void secondStartWaitsForTheFirstToListen()
    {
        QTemporaryDir profile;
        SingleInstance first(profile.path());
        QString none;
        QVERIFY(!first.handOver({}, &none));  // nobody there: first now holds the lock
        connect(&first, &SingleInstance::received, this, [](const QString &uri, QString *reply) { *reply = u"got "_s + uri; });
        const QString answer = startAnother(profile.path(), u"xmpp:bob@example.org"_s, [&first] {
            QTest::qWait(300);  // the second is knocking by now
            QVERIFY(first.listen());
        });
        QCOMPARE(answer, u"got xmpp:bob@example.org"_s);
    }

    // A killed run leaves its lock file behind: its process is gone, so the next start owns
    // the profile.
    void staleLockIsTakenOver()
    {
        QTemporaryDir profile;
        QFile lock(profile.filePath(u"linnet.lock"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("2147483646\n" + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        SingleInstance next(profile.path());
        QString answer;
        QVERIFY(!next.handOver(u"xmpp:bob@example.org"_s, &answer));
        QVERIFY(next.listen());
    }

    void longProfilePathsStillWork()
    {
        QTemporaryDir base;
        const QString deep = base.filePath(QString(120, QLatin1Char('p')));
        QVERIFY(QDir().mkpath(deep));
        SingleInstance instance(deep);
        QVERIFY(!instance.socketName().startsWith(deep));  // too long for a Unix socket path
        QVERIFY(instance.listen());
    }
};

QTEST_GUILESS_MAIN(TestXmppUri)
#include "tst_xmppuri.moc"
