// The room page (qml/muc/RoomPage.qml) on a live room: Alice and Bob in a room of the
// fixture's Prosody, rendered offscreen with the real Linnet modules. Checks what the page
// shows (name, state, occupants, the conversation, the composer sending to the room);
// LINNET_ROOM_SHOTS=DIR saves room-light.png and room-dark.png there to look at.
#include "RoomsLiveTest.h"
#include "core/Appearance.h"
#include "muc/OccupantsModel.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Linnet_CorePlugin)
Q_IMPORT_QML_PLUGIN(LinnetPlugin)

class TestRoomPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    QTemporaryDir m_dir;

    // The page for room in a window of its own, in the given colour scheme.
    std::unique_ptr<QQuickWindow> show(QQmlEngine &engine, Account *account, const QString &room)
    {
        auto window = std::make_unique<QQuickWindow>();
        window->resize(1000, 620);
        QQmlComponent component(&engine);
        component.loadFromModule("Linnet", "RoomPage");
        if (component.isError()) {
            qWarning() << component.errors();
            return nullptr;
        }
        QObject *object = component.createWithInitialProperties(
            {{QStringLiteral("account"), QVariant::fromValue(account)}, {QStringLiteral("roomJid"), room}});
        auto *item = qobject_cast<QQuickItem *>(object);
        if (!item)
            return nullptr;
        item->setParent(window.get());
        item->setParentItem(window->contentItem());
        item->setSize(window->size());
        window->show();
        return window;
    }

    static QString textOf(QQuickWindow *window, const char *name)
    {
        auto *item = window->findChild<QObject *>(QLatin1String(name));
        return item ? item->property("text").toString() : QStringLiteral("<missing>");
    }

    static void save(QQuickWindow *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("LINNET_ROOM_SHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(200);  // let the list lay out its delegates (a picture only, nothing checked)
        window->grabWindow().save(QDir(dir).filePath(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
    }

    void showsRoom()
    {
        const QString room = QStringLiteral("garden@") + m_server->mucJid();
        auto alice = loginMember(*m_server, m_dir, QStringLiteral("alice"));
        auto bob = loginMember(*m_server, m_dir, QStringLiteral("bob"));
        QVERIFY(alice.rooms()->create(room, QStringLiteral("Alice"), QStringLiteral("Garden club"), true));
        QTRY_VERIFY_WITH_TIMEOUT(alice.room(room) && alice.room(room)->isJoined(), 15000);
        QVERIFY(bob.rooms()->join(room, QStringLiteral("Bob")));
        QTRY_VERIFY_WITH_TIMEOUT(bob.room(room) && bob.room(room)->isJoined(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(alice.room(room)->occupantCount(), 2, 10000);
        QVERIFY(bob.rooms()->sendMessage(room, QStringLiteral("The tomatoes are ripe, Alice")));
        QVERIFY(bob.waitReflected(room, QStringLiteral("The tomatoes are ripe, Alice")));
        QVERIFY(alice.rooms()->sendMessage(room, QStringLiteral("I'll bring a basket")));
        QVERIFY(alice.waitReflected(room, QStringLiteral("I'll bring a basket")));

        QQmlEngine engine;
        auto window = show(engine, alice.harness->account(), room);
        QVERIFY(window);
        QCOMPARE(textOf(window.get(), "roomTitle"), QStringLiteral("Garden club"));
        QCOMPARE(textOf(window.get(), "roomSubtitle"), QStringLiteral("2 people"));
        auto *occupants = window->findChild<QObject *>(QStringLiteral("occupantList"));
        QVERIFY(occupants);
        QTRY_COMPARE(occupants->property("count").toInt(), 2);
        // The room is in view: nothing unread.
        QCOMPARE(alice.rooms()->currentRoom(), alice.room(room));
        QCOMPARE(alice.room(room)->unread(), 0);
        auto *composer = window->findChild<QObject *>(QStringLiteral("roomComposer"));
        QVERIFY(composer);
        QVERIFY(composer->property("enabled").toBool());
        // The composer sends to the room.
        QMetaObject::invokeMethod(composer, "sendRequested", Q_ARG(QString, QStringLiteral("On my way")));
        QVERIFY(alice.waitReflected(room, QStringLiteral("On my way")));
        QTRY_COMPARE_WITH_TIMEOUT(bob.countBody(room, QStringLiteral("On my way")), 1, 10000);
        save(window.get(), QStringLiteral("room-light.png"));

        // After leaving: the page says so and the composer is off.
        alice.rooms()->leave(room);
        QVERIFY(!composer->property("enabled").toBool());
        auto *banner = window->findChild<QObject *>(QStringLiteral("roomNotJoinedBanner"));
        QVERIFY(banner);
        QVERIFY(banner->property("visible").toBool());
        window.reset();

        QQmlEngine dark;
        Appearance::setForcedScheme(&dark, QStringLiteral("dark"));
        QVERIFY(alice.rooms()->join(room));
        QTRY_VERIFY_WITH_TIMEOUT(alice.room(room)->isJoined(), 15000);
        auto darkWindow = show(dark, alice.harness->account(), room);
        QVERIFY(darkWindow);
        save(darkWindow.get(), QStringLiteral("room-dark.png"));
    }
};

QTEST_MAIN(TestRoomPage)
#include "tst_roompage.moc"
