// The devices pages (qml/devices) with a real account against the fixture's Prosody, offscreen:
// the discovery tree expands into the server's services and a PubSub service's nodes, a node is
// subscribed from its row and shows up in the feeds list, and no QML warning is printed.
#include "LogCapture.h"
#include "AccountHarness.h"
#include "DeviceSim.h"
#include "LiveTest.h"
#include "devices/DiscoveryModel.h"
#include "devices/FeedsModel.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Linnet_CorePlugin)
Q_IMPORT_QML_PLUGIN(LinnetPlugin)

namespace {
}  // namespace

class TestDevicePages : public QObject
{
    Q_OBJECT

    std::optional<LogCapture> m_qmlWarnings;
    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<DeviceSim> m_device;
    std::unique_ptr<AccountHarness> m_alice;
    QQmlEngine m_engine;
    QQuickWindow m_window;

    QQuickItem *load(const QString &type)
    {
        QQmlComponent component(&m_engine);
        component.loadFromModule("Linnet", type);
        auto *object = component.createWithInitialProperties({{QStringLiteral("account"), QVariant::fromValue(m_alice->account())}});
        if (!object)
            qWarning() << component.errors();
        auto *item = qobject_cast<QQuickItem *>(object);
        if (item) {
            item->setParentItem(m_window.contentItem());
            item->setSize({800, 600});
        }
        return item;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_qmlWarnings.emplace(LogCapture::qmlWarnings());
        ProsodyServer::Options options;
        options.accounts = {{QStringLiteral("alice"), LiveTest::Password, QStringLiteral("Alice")},
                            {QStringLiteral("sensor1"), LiveTest::Password, QStringLiteral("Greenhouse 1")}};
        options.mutualRoster = true;
        m_server = LiveTest::startServer(options);
        QVERIFY(m_server);
        m_device = std::make_unique<DeviceSim>(*m_server, QStringLiteral("sensor1"), QStringLiteral("Greenhouse 1"));
        QVERIFY(m_device->connect());
        QVERIFY(m_device->createNode());
        m_alice = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, QStringLiteral("alice")),
                                                   QStringList{QStringLiteral("desk"), QStringLiteral("lab")});
        m_alice->login(LiveTest::Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->account()->onlineSessions(), 2, 15000);
        m_window.resize(800, 600);
        m_window.show();
    }
    void cleanupTestCase() { m_qmlWarnings.reset(); }

    void discoveryPageBrowsesAndSubscribes()
    {
        std::unique_ptr<QQuickItem> page(load(QStringLiteral("DiscoveryPage")));
        QVERIFY(page);
        std::unique_ptr<QQuickItem> feeds(load(QStringLiteral("FeedsList")));
        QVERIFY(feeds);
        auto *model = m_alice->devices()->discovery();
        QVERIFY(QMetaObject::invokeMethod(page.get(), "expandRow", Q_ARG(int, 0)));
        const auto server = model->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(server) > 0, 10000);
        QModelIndex service;
        QTRY_VERIFY_WITH_TIMEOUT((service = [&] {
            for (int row = 0; row < model->rowCount(server); ++row) {
                const auto index = model->index(row, 0, server);
                if (index.data(DiscoveryModel::KindRole).value<DiscoveryModel::Kind>() == DiscoveryModel::Kind::PubSubService)
                    return index;
            }
            return QModelIndex();
        }()).isValid(), 10000);
        // The tree shows the server's row and its services; expand the PubSub service by its row.
        auto *tree = page->findChild<QQuickItem *>(QStringLiteral("discoveryTree"));
        QVERIFY(tree);
        int viewRow = -1;
        QVERIFY(QMetaObject::invokeMethod(tree, "rowAtIndex", Q_RETURN_ARG(int, viewRow), Q_ARG(QModelIndex, service)));
        QVERIFY(viewRow > 0);
        QVERIFY(QMetaObject::invokeMethod(page.get(), "expandRow", Q_ARG(int, viewRow)));
        QTRY_VERIFY_WITH_TIMEOUT(model->nodeIndex(m_server->pubsubJid(), QStringLiteral("sensor1")).isValid(), 10000);

        // Bound to lab, through the page's session picker choice.
        page->setProperty("boundResource", QStringLiteral("lab"));
        QVERIFY(QMetaObject::invokeMethod(page.get(), "toggle", Q_ARG(QString, m_server->pubsubJid()),
                                          Q_ARG(QString, QStringLiteral("sensor1")), Q_ARG(bool, true)));
        auto *feedsModel = m_alice->devices()->feeds();
        QCOMPARE(feedsModel->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(feedsModel->index(0).data(FeedsModel::StateRole).value<FeedsModel::State>(),
                                  FeedsModel::State::Subscribed, 10000);
        QCOMPARE(feedsModel->index(0).data(FeedsModel::ResourceRole).toString(), QStringLiteral("lab"));
        QCOMPARE(feeds->property("count").toInt(), 1);
        QTest::qWait(200);  // let the views lay out the new rows
        QVERIFY2(m_qmlWarnings->size() == 0, qPrintable(m_qmlWarnings->text()));
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestDevicePages test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_devicepages.moc"
