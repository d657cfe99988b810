// The inspector page offscreen at 1280x800 in light and dark, over a trace with XMPP and AMQP
// events: it loads without a QML warning, lists the events, the keyboard selects one (the
// detail pane shows it), Ctrl+F reaches the filter, Space pauses, and the empty state shows
// before anything is recorded. With LINNET_SCREENSHOT_DIR set it saves inspector-THEME.png.
#include "LogCapture.h"
#include "core/Appearance.h"
#include "inspector/ProtocolTrace.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStyleHints>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Linnet_CorePlugin)
Q_IMPORT_QML_PLUGIN(LinnetPlugin)

namespace {
void fill(ProtocolTrace &trace)
{
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    int n = 0;
    auto add = [&](TraceEvent::Protocol p, TraceEvent::Direction d, const QString &connection, const QString &kind,
                   const QString &summary, const QString &detail, int channel = -1, qint64 handle = -1,
                   qint64 delivery = -1, qint64 credit = -1) {
        TraceEvent e;
        e.protocol = p;
        e.direction = d;
        e.timeMs = t0 + 37 * n++;
        e.connection = connection;
        e.kind = kind;
        e.summary = summary;
        e.detail = detail;
        e.channel = channel;
        e.handle = handle;
        e.deliveryId = delivery;
        e.credit = credit;
        trace.record(e);
    };
    using P = TraceEvent::Protocol;
    using D = TraceEvent::Direction;
    const QString desk = QStringLiteral("alice@linnet.test/desk");
    const QString plant = QStringLiteral("plant-broker");
    add(P::Xmpp, D::Sent, desk, QStringLiteral("stream"), QStringLiteral("stream:stream to linnet.test"),
        QStringLiteral("<stream:stream to='linnet.test' version='1.0' xmlns='jabber:client'>"));
    add(P::Xmpp, D::Received, desk, QStringLiteral("stream"), QStringLiteral("stream:features"),
        QStringLiteral("<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls></stream:features>"));
    add(P::Amqp, D::Sent, plant, QStringLiteral("open"), QStringLiteral("open container-id linnet-7f3a"),
        QStringLiteral("@open(16) [container-id=\"linnet-7f3a\", hostname=\"localhost\", max-frame-size=131072, channel-max=255]"), 0);
    add(P::Amqp, D::Received, plant, QStringLiteral("open"), QStringLiteral("open container-id rabbit@linnet"),
        QStringLiteral("@open(16) [container-id=\"rabbit@linnet\", max-frame-size=131072, channel-max=2047]"), 0);
    add(P::Amqp, D::Sent, plant, QStringLiteral("attach"), QStringLiteral("attach /queues/sensors role receiver"),
        QStringLiteral("@attach(18) [name=\"sensors\", handle=0, role=true, source=@source(40) [address=\"/queues/sensors\"]]"), 0, 0);
    add(P::Amqp, D::Sent, plant, QStringLiteral("flow"), QStringLiteral("flow credit 100"),
        QStringLiteral("@flow(19) [next-incoming-id=0, incoming-window=2147483647, handle=0, delivery-count=0, link-credit=100]"), 0, 0, -1, 100);
    for (int i = 0; i < 12; ++i) {
        add(P::Amqp, D::Received, plant, QStringLiteral("transfer"), QStringLiteral("transfer delivery %1 press-1").arg(i),
            QStringLiteral("@transfer(20) [handle=0, delivery-id=%1, delivery-tag=b\"\\x00\\x%2\", message-format=0]").arg(i).arg(i, 2, 10, QLatin1Char('0')), 0, 0, i);
        add(P::Amqp, D::Sent, plant, QStringLiteral("disposition"), QStringLiteral("disposition accepted %1").arg(i),
            QStringLiteral("@disposition(21) [role=true, first=%1, settled=true, state=@accepted(36) []]").arg(i), 0, -1, i);
    }
    add(P::Xmpp, D::Sent, desk, QStringLiteral("presence"), QStringLiteral("presence"),
        QStringLiteral("<presence><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://linnet.example.org'/></presence>"));
    add(P::Xmpp, D::Received, desk, QStringLiteral("message"), QStringLiteral("message chat from bob@linnet.test/peer id m1"),
        QStringLiteral("<message type='chat' from='bob@linnet.test/peer' to='alice@linnet.test/desk' id='m1'><body>[2 characters hidden]</body></message>"));
    add(P::Xmpp, D::Sent, desk, QStringLiteral("iq"), QStringLiteral("iq get to pubsub.linnet.test id d1"),
        QStringLiteral("<iq type='get' to='pubsub.linnet.test' id='d1'><query xmlns='http://jabber.org/protocol/disco#items'/></iq>"));
}
}  // namespace

class TestInspectorPage : public QObject
{
    Q_OBJECT

    std::optional<LogCapture> m_qmlWarnings;

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_qmlWarnings.emplace(LogCapture::qmlWarnings());
    }
    void cleanupTestCase() { m_qmlWarnings.reset(); }

    void page_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }
    void page()
    {
        QFETCH(QString, theme);
        QGuiApplication::styleHints()->setColorScheme(theme == QLatin1String("dark") ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
        QQmlEngine engine;
        Appearance::setForcedScheme(&engine, theme);
        ProtocolTrace trace(1000);
        QQuickWindow window;
        window.resize(1280, 800);
        // The page as Main.qml places it: the Material theme and accent follow Linnet's theme.
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport QtQuick.Controls.Material\nimport Linnet\n"
                          "Item { property alias page: page\n"
                          "  Material.theme: Theme.dark ? Material.Dark : Material.Light\n"
                          "  Material.accent: Theme.accent\n"
                          "  InspectorPage { id: page; anchors.fill: parent } }",
                          QUrl(QStringLiteral("qrc:/tst_inspectorpage/Host.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *host = qobject_cast<QQuickItem *>(object.get());
        host->setParentItem(window.contentItem());
        host->setSize({1280, 800});
        auto *page = host->property("page").value<QQuickItem *>();
        QVERIFY(page);
        page->setProperty("trace", QVariant::fromValue(&trace));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Empty: the page says what to do.
        auto *list = page->findChild<QQuickItem *>(QStringLiteral("inspectorList"));
        QVERIFY(list);
        QCOMPARE(list->property("count").toInt(), 0);
        const auto screenshotDir = qEnvironmentVariable("LINNET_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty())
            QVERIFY(window.grabWindow().save(screenshotDir + QStringLiteral("/inspector-empty-%1.png").arg(theme)));

        trace.setRecording(true);
        fill(trace);
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 33, 5000);

        // The keyboard: the list takes focus, Down selects, the detail pane shows the event.
        list->forceActiveFocus();
        QTest::keyClick(&window, Qt::Key_Down);
        QTest::keyClick(&window, Qt::Key_Down);
        QTest::keyClick(&window, Qt::Key_Down);
        QCOMPARE(list->property("currentIndex").toInt(), 2);
        auto *detail = page->findChild<QQuickItem *>(QStringLiteral("detailText"));
        QVERIFY(detail);
        QTRY_VERIFY(detail->property("text").toString().startsWith(QStringLiteral("@open(16) [container-id=\"linnet-7f3a\"")));

        // Space pauses and resumes.
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!trace.isRecording());
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(trace.isRecording());

        QTest::qWait(200);  // let the view lay out
        if (!screenshotDir.isEmpty())
            QVERIFY(window.grabWindow().save(screenshotDir + QStringLiteral("/inspector-%1.png").arg(theme)));

        // Ctrl+F reaches the filter; typing filters the list.
        auto *field = page->findChild<QQuickItem *>(QStringLiteral("filterField"));
        QVERIFY(field);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->hasActiveFocus());
        for (const char c : QByteArrayView("pubsub"))
            QTest::keyClick(&window, c);
        QTRY_COMPARE(list->property("count").toInt(), 1);
        for (const char c : QByteArrayView("zzz"))
            QTest::keyClick(&window, c);
        QTRY_COMPARE(list->property("count").toInt(), 0);

        QTest::qWait(100);
        QVERIFY2(m_qmlWarnings->size() == 0, qPrintable(m_qmlWarnings->text()));
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestInspectorPage test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_inspectorpage.moc"
