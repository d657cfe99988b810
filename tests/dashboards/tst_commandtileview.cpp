// The command tiles' QML offscreen, on a real Account that is not logged in (so every run ends
// at once with "the account is offline"): the grid shows a switch, a slider and a button bound to
// the TilesModel roles, with accessible names, pressed with the keyboard; the outcome line
// follows. PinCommandDialog pins from a command's form; the tile editor edits a command tile.
// AMQP quick actions: the tile's target, its command history from the tile's menu, and
// PinAmqpActionDialog with and without a broker.
#include "LogCapture.h"
#include "AccountHarness.h"
#include "amqp/AmqpConnectionsModel.h"
#include "commands/CommandHistory.h"
#include "commands/CommandsController.h"
#include "commands/DataFormModel.h"
#include "dashboards/Dashboard.h"
#include "dashboards/DashboardsModel.h"
#include "dashboards/TilesModel.h"
#include "devices/ReadingStore.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Linnet_CorePlugin)
Q_IMPORT_QML_PLUGIN(LinnetPlugin)

using namespace Qt::StringLiterals;

namespace {

AdHoc::FormField field(AdHoc::FormField::Type type, const QString &var, const QString &label)
{
    AdHoc::FormField f;
    f.type = type;
    f.var = var;
    f.label = label;
    return f;
}
}  // namespace

class TestCommandTileView : public QObject
{
    Q_OBJECT

    std::optional<LogCapture> m_qmlWarnings;
    std::unique_ptr<AccountHarness> m_alice;
    QQmlEngine m_engine;
    QQuickWindow m_window;

    QQuickItem *load(const QString &type, const QVariantMap &properties)
    {
        auto *item = qobject_cast<QQuickItem *>(create(type, properties));
        if (item) {
            item->setParentItem(m_window.contentItem());
            item->setSize({1000, 700});
        }
        return item;
    }
    // Dialogs are popups: shown over the window's content.
    QObject *loadPopup(const QString &type, QVariantMap properties)
    {
        properties.insert(u"parent"_s, QVariant::fromValue(m_window.contentItem()));
        return create(type, properties);
    }
    QObject *create(const QString &type, const QVariantMap &properties)
    {
        QQmlComponent component(&m_engine);
        component.loadFromModule("Linnet", type);
        QObject *object = component.createWithInitialProperties(properties);
        if (!object)
            qWarning() << component.errors();
        return object;
    }
    // By objectName, through visual children too (Repeater delegates, popups' content).
    static QQuickItem *find(QObject *root, const QString &name)
    {
        QSet<QObject *> seen;
        return find(root, name, seen);
    }
    static QQuickItem *find(QObject *root, const QString &name, QSet<QObject *> &seen)
    {
        if (!root || seen.contains(root))
            return nullptr;
        seen.insert(root);
        if (root->objectName() == name && qobject_cast<QQuickItem *>(root))
            return static_cast<QQuickItem *>(root);
        // Items: their visual children; a popup (a dialog): its content.
        QObjectList children;
        if (auto *item = qobject_cast<QQuickItem *>(root)) {
            for (auto *childItem : item->childItems())
                children << childItem;
        } else if (QObject *content = root->property("contentItem").value<QObject *>()) {
            children << content;
        }
        for (auto *c : std::as_const(children)) {
            if (auto *found = find(c, name, seen))
                return found;
        }
        return nullptr;
    }
    QQuickItem *child(QObject *root, const QString &name, const QString &tileId = {})
    {
        return find(tileId.isEmpty() ? root : find(root, u"tile_"_s + tileId), name);
    }
    static QString accessibleName(QObject *item)
    {
        QQmlExpression expression(qmlContext(item), item, u"Accessible.name"_s);
        return expression.evaluate().toString();
    }

    // An AMQP device has no command view: the tile's menu opens its runs (under the history's
    // AMQP key), live, in a dialog named after the device as the tile names it.
    void commandHistoryFromTheTileMenu(QQuickItem *grid, const QString &tileId)
    {
        auto *frame = find(grid, u"tile_"_s + tileId);
        QSignalSpy asked(frame, SIGNAL(commandHistoryRequested(QString, QString)));
        QVERIFY(QMetaObject::invokeMethod(frame, "openMenu"));
        QQuickItem *item = nullptr;
        QTRY_VERIFY((item = find(m_window.contentItem(), u"commandHistoryItem"_s)) && item->isVisible() && item->height() > 0);
        if (const QString shot = qEnvironmentVariable("LINNET_AMQP_TILE_SHOT"); !shot.isEmpty()) {
            QTest::qWait(400);  // the menu's opening transition
            QVERIFY(m_window.grabWindow().save(QString(shot).replace(u".png"_s, u"-menu.png"_s)));
        }
        for (const QString &name : {u"commandHistoryItem"_s, u"exportPngItem"_s, u"removeTileItem"_s}) {
            const auto *entry = find(m_window.contentItem(), name);
            QVERIFY2(entry && entry->width() >= entry->implicitWidth(), qPrintable(name + u" is cut short"_s));  // the menu fits it
        }
        QTest::mouseClick(&m_window, Qt::LeftButton, {}, item->mapToScene({item->width() / 2, item->height() / 2}).toPoint());
        QTRY_COMPARE(asked.size(), 1);
        const QString device = asked.constFirst().at(0).toString();
        const QString name = asked.constFirst().at(1).toString();
        QCOMPARE(device, u"amqp/plant/press-1"_s);
        QCOMPARE(name, u"press-1 via plant"_s);

        std::unique_ptr<QObject> dialog(loadPopup(u"CommandHistoryDialog"_s, {{u"account"_s, QVariant::fromValue(m_alice->account())}}));
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(dialog.get(), "openFor", Q_ARG(QString, device), Q_ARG(QString, name)));
        QTRY_VERIFY(dialog->property("opened").toBool());
        auto *list = child(dialog.get(), u"commandHistoryDialogList"_s);
        QCOMPARE(accessibleName(list), u"Command history of press-1 via plant"_s);
        QTRY_VERIFY(child(dialog.get(), u"noCommandHistory"_s)->isVisible());  // nothing run yet
        CommandHistoryEntry entry;
        entry.timeMs = QDateTime::currentMSecsSinceEpoch();
        entry.device = device;
        entry.resource = u"plant"_s;
        entry.node = u"relay"_s;
        entry.command = u"Relay"_s;
        entry.values = u"relay: on"_s;
        entry.result = u"Relay on"_s;
        entry.roundTripMs = 12;
        m_alice->account()->commands()->history()->record(entry);
        entry.device = u"amqp/plant/kiln-2"_s;  // another device's run is not listed
        m_alice->account()->commands()->history()->record(entry);
        QTRY_COMPARE(list->property("count").toInt(), 1);
        QTRY_VERIFY(!child(dialog.get(), u"noCommandHistory"_s)->isVisible());  // the view tells at its next polish
        if (const QString shot = qEnvironmentVariable("LINNET_AMQP_TILE_SHOT"); !shot.isEmpty())
            QVERIFY(m_window.grabWindow().save(QString(shot).replace(u".png"_s, u"-history.png"_s)));
        QVERIFY(QMetaObject::invokeMethod(dialog.get(), "close"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_qmlWarnings.emplace(LogCapture::qmlWarnings());
        QQuickStyle::setStyle(u"Material"_s);  // as the app
        ConnectionSettings settings;
        settings.jid = u"alice@example.org"_s;
        settings.resource = u"desk"_s;
        m_alice = std::make_unique<AccountHarness>(settings);
        m_window.resize(1000, 700);
        m_window.show();
    }
    void cleanupTestCase() { m_qmlWarnings.reset(); }

    void cleanup()
    {
        auto *dashboards = m_alice->account()->dashboards();
        while (dashboards->rowCount() > 0)
            dashboards->removeDashboard(0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY2(m_qmlWarnings->size() == 0, qPrintable(m_qmlWarnings->text()));
    }

    void gridShowsCommandTiles()
    {
        auto *dashboard = m_alice->account()->dashboards()->addDashboard(u"Devices"_s);
        const QString device = u"greenhouse-1@example.org"_s;
        const QString relay = dashboard->pinCommand(device, u"relay"_s, u"Switch relay"_s, u"toggle"_s, u"on"_s, {});
        const QString interval = dashboard->pinCommand(device, u"set-interval"_s, u"Set reporting interval"_s,
                                                       u"slider"_s, u"custom"_s, {{u"custom"_s, u"10"_s}}, 1, 60, 1);
        const QString reboot = dashboard->pinCommand(device, u"reboot"_s, u"Reboot"_s, u"button"_s, {}, {});
        std::unique_ptr<QQuickItem> grid(load(u"TileGrid"_s, {{u"dashboard"_s, QVariant::fromValue(dashboard)}}));
        QVERIFY(grid);
        auto *tiles = dashboard->tiles();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        auto *toggle = child(grid.get(), u"commandSwitch"_s, relay);
        auto *slider = child(grid.get(), u"commandSlider"_s, interval);
        auto *button = child(grid.get(), u"commandButton"_s, reboot);
        QVERIFY(toggle && slider && button);
        QVERIFY(toggle->isVisible() && slider->isVisible() && button->isVisible());
        QVERIFY(!child(grid.get(), u"commandSlider"_s, relay)->isVisible());  // one control per tile
        QCOMPARE(accessibleName(toggle), u"Switch relay on greenhouse-1@example.org"_s);
        QCOMPARE(accessibleName(button), u"Run Reboot on greenhouse-1@example.org"_s);
        QCOMPARE(slider->property("value").toDouble(), 10.0);  // the stored value
        QCOMPARE(child(grid.get(), u"tileTitle"_s, relay)->property("text").toString(), u"Switch relay"_s);
        auto *outcome = child(grid.get(), u"commandOutcome"_s, reboot);
        QCOMPARE(outcome->property("text").toString(), u"Not run yet"_s);
        QVERIFY(!child(grid.get(), u"commandOpenButton"_s, reboot)->isVisible());  // only when it needs input

        // Space presses the button: the run ends at once here (not logged in), on the tile.
        button->forceActiveFocus();
        QTest::keyClick(&m_window, Qt::Key_Space);
        QTRY_COMPARE(tiles->data(tiles->index(tiles->indexOf(reboot)), TilesModel::CommandStateRole).toString(), u"failed"_s);
        QTRY_VERIFY(outcome->property("text").toString().startsWith(u"Not sent: the account is offline."_s));

        // Enter on the switch asks for "on"; refused, it stays off.
        toggle->forceActiveFocus();
        QTest::keyClick(&m_window, Qt::Key_Return);
        QTRY_COMPARE(tiles->data(tiles->index(tiles->indexOf(relay)), TilesModel::CommandStateRole).toString(), u"failed"_s);
        QCOMPARE(toggle->property("checked").toBool(), false);

        // Arrows move the slider; once they rest it sends, and a refused value springs back.
        slider->forceActiveFocus();
        QTest::keyClick(&m_window, Qt::Key_Right);
        QTest::keyClick(&m_window, Qt::Key_Right);
        QCOMPARE(slider->property("value").toDouble(), 12.0);
        QTRY_COMPARE(tiles->data(tiles->index(tiles->indexOf(interval)), TilesModel::CommandStateRole).toString(), u"failed"_s);
        QTRY_COMPARE(slider->property("value").toDouble(), 10.0);

        // LINNET_TILE_SHOT=FILE.png: what the tiles look like now, to judge by eye.
        if (const QString shot = qEnvironmentVariable("LINNET_TILE_SHOT"); !shot.isEmpty())
            QVERIFY(m_window.grabWindow().save(shot));
    }

    void pinDialogPinsFromTheForm()
    {
        // A command's form as CommandRunner would hold it: a boolean and two numeric fields.
        AdHoc::DataForm form;
        auto interval = field(AdHoc::FormField::Type::ListSingle, u"interval"_s, u"Interval"_s);
        for (const char *s : {"1", "5", "60"})
            interval.options.append({QString::fromLatin1(s) + u" s"_s, QString::fromLatin1(s)});
        auto custom = field(AdHoc::FormField::Type::TextSingle, u"custom"_s, u"Custom interval (s)"_s);
        AdHoc::FieldValidation range;
        range.datatype = u"xs:integer"_s;
        range.method = AdHoc::FieldValidation::Method::Range;
        range.min = u"2"_s;
        range.max = u"3600"_s;
        custom.validation = range;
        form.setFields({field(AdHoc::FormField::Type::Boolean, u"led"_s, u"Status LED"_s), interval, custom,
                        field(AdHoc::FormField::Type::TextSingle, u"name"_s, u"Name"_s)});
        DataFormModel model;
        model.setForm(form);

        std::unique_ptr<QObject> dialog(loadPopup(u"PinCommandDialog"_s,
            {{u"account"_s, QVariant::fromValue(m_alice->account())}, {u"jid"_s, u"greenhouse-1@example.org"_s},
             {u"node"_s, u"configure"_s}, {u"commandName"_s, u"Device settings"_s},
             {u"values"_s, QVariantMap{{u"name"_s, u"Greenhouse"_s}}}, {u"form"_s, QVariant::fromValue(&model)}}));
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(dialog.get(), "open"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        // A boolean field: a switch is offered first; the numeric fields for a slider.
        QCOMPARE(dialog->property("control").toString(), u"toggle"_s);
        QCOMPARE(dialog->property("booleanFields").toList().size(), 1);
        const auto numeric = dialog->property("numericFields").toList();
        QCOMPARE(numeric.size(), 2);
        QCOMPARE(numeric.at(1).toMap().value(u"min"_s).toDouble(), 2.0);  // from the XEP-0122 hint
        QCOMPARE(numeric.at(1).toMap().value(u"max"_s).toDouble(), 3600.0);
        QVERIFY(QMetaObject::invokeMethod(dialog.get(), "setControl", Q_ARG(QString, u"slider"_s)));
        QCOMPARE(child(dialog.get(), u"pinMaxField"_s)->property("text").toString(), u"60"_s);  // interval's options
        child(dialog.get(), u"pinTitleField"_s)->setProperty("text", u"Interval"_s);
        QVERIFY(QMetaObject::invokeMethod(dialog.get(), "submit"));
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // No dashboard yet: one called "Commands" holds it.
        auto *dashboard = m_alice->account()->dashboards()->dashboard(u"Commands"_s);
        QVERIFY(dashboard);
        const auto tile = dashboard->tiles()->tiles().value(0);
        QCOMPARE(tile.title, u"Interval"_s);
        QCOMPARE(tile.command->control, Dashboards::CommandRef::Control::Slider);
        QCOMPARE(tile.command->field, u"interval"_s);
        QCOMPARE(tile.command->min, 1.0);
        QCOMPARE(tile.command->max, 60.0);
        QCOMPARE(tile.command->values.value(u"name"_s).toString(), u"Greenhouse"_s);
    }

    void editorEditsACommandTile()
    {
        auto *dashboard = m_alice->account()->dashboards()->addDashboard(u"Edit"_s);
        const QString id = dashboard->pinCommand(u"a@example.org"_s, u"relay"_s, u"Switch relay"_s, u"button"_s, {}, {});
        std::unique_ptr<QObject> editor(loadPopup(u"TileEditor"_s, {{u"account"_s, QVariant::fromValue(m_alice->account())},
                                                                  {u"dashboard"_s, QVariant::fromValue(dashboard)}}));
        QVERIFY(editor);
        QVERIFY(QMetaObject::invokeMethod(editor.get(), "openFor", Q_ARG(int, 0)));
        QTRY_VERIFY(editor->property("opened").toBool());
        auto *settings = child(editor.get(), u"commandTileSettings"_s);
        QVERIFY(settings && settings->isVisible());
        QVERIFY(!child(editor.get(), u"seriesFilter"_s)->isVisible());  // no series for a command
        settings->setProperty("control", u"toggle"_s);
        QVERIFY(QMetaObject::invokeMethod(editor.get(), "submit"));
        QVERIFY(editor->property("errorText").toString().contains(u"field"_s));  // a switch needs one
        child(editor.get(), u"commandFieldField"_s)->setProperty("text", u"on"_s);
        QVERIFY(QMetaObject::invokeMethod(editor.get(), "submit"));
        QTRY_VERIFY(!editor->property("visible").toBool());
        const auto tile = *dashboard->tiles()->tile(id);
        QCOMPARE(tile.command->control, Dashboards::CommandRef::Control::Toggle);
        QCOMPARE(tile.command->field, u"on"_s);
        QCOMPARE(tile.title, u"Switch relay"_s);
    }

    // An AMQP quick action's tile says where it goes; the pin dialog (from "Add tile" → "Device
    // action") says what to do without a broker, then offers the broker's devices.
    void amqpActionTiles()
    {
        auto *dashboard = m_alice->account()->dashboards()->addDashboard(u"Plant"_s);
        const QString relay = dashboard->tiles()->pinAmqpAction(u"plant"_s, u"press-1"_s, u"relay"_s, u"Press 1 relay"_s);
        std::unique_ptr<QQuickItem> grid(load(u"TileGrid"_s, {{u"dashboard"_s, QVariant::fromValue(dashboard)}}));
        QVERIFY(grid);
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        auto *target = child(grid.get(), u"commandTarget"_s, relay);
        QVERIFY(target && target->isVisible());
        QCOMPARE(target->property("text").toString(), u"press-1 via plant"_s);
        auto *toggle = child(grid.get(), u"commandSwitch"_s, relay);
        QCOMPARE(accessibleName(toggle), u"Relay on press-1 via plant"_s);
        toggle->forceActiveFocus();
        QTest::keyClick(&m_window, Qt::Key_Return);  // no broker on this account: fails at once
        QTRY_COMPARE(child(grid.get(), u"commandOutcome"_s, relay)->property("text").toString().section(u" · "_s, 0, 0),
                     u"Not sent: this account has no AMQP connection “plant”."_s);
        if (const QString shot = qEnvironmentVariable("LINNET_AMQP_TILE_SHOT"); !shot.isEmpty())
            QVERIFY(m_window.grabWindow().save(shot));
        commandHistoryFromTheTileMenu(grid.get(), relay);
        grid.reset();

        // "Add tile" → "Device action" (keyboard): the editor hands over to the pin dialog.
        std::unique_ptr<QObject> editor(loadPopup(u"TileEditor"_s, {{u"account"_s, QVariant::fromValue(m_alice->account())},
                                                                  {u"dashboard"_s, QVariant::fromValue(dashboard)}}));
        std::unique_ptr<QObject> dialog(loadPopup(u"PinAmqpActionDialog"_s, {{u"account"_s, QVariant::fromValue(m_alice->account())},
                                                                          {u"dashboard"_s, QVariant::fromValue(dashboard)}}));
        QVERIFY(editor && dialog);
        QObject::connect(editor.get(), SIGNAL(amqpActionRequested()), dialog.get(), SLOT(open()));
        QVERIFY(QMetaObject::invokeMethod(editor.get(), "openFor", Q_ARG(int, -1)));
        QTRY_VERIFY(editor->property("opened").toBool());
        auto *chip = child(editor.get(), u"kindAmqpAction"_s);
        QVERIFY(chip && chip->isVisible());
        chip->forceActiveFocus();
        QTest::keyClick(&m_window, Qt::Key_Space);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTRY_VERIFY(!editor->property("visible").toBool());
        // No broker: the empty state, nothing to pin.
        QVERIFY(child(dialog.get(), u"noAmqpBroker"_s)->isVisible());
        QVERIFY(!child(dialog.get(), u"amqpPinConfirm"_s)->isVisible());
        if (const QString shot = qEnvironmentVariable("LINNET_AMQP_TILE_SHOT"); !shot.isEmpty())
            QVERIFY(m_window.grabWindow().save(QString(shot).replace(u".png"_s, u"-empty.png"_s)));
        QVERIFY(QMetaObject::invokeMethod(dialog.get(), "close"));
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // A broker (not reachable: pinning needs no connection) whose readings named a device.
        auto *brokers = m_alice->account()->amqp();
        QVERIFY2(brokers->add(u"plant"_s, u"amqps://127.0.0.1:1"_s, {}, {}, u"/queues/sensors"_s), qPrintable(brokers->addError()));
        m_alice->readings()->append(u"amqp/plant"_s, u"kiln-2"_s, {Reading{u"kiln-2:temp"_s, u"Cel"_s, 800, 1000}});
        QVERIFY(QMetaObject::invokeMethod(dialog.get(), "open"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(!child(dialog.get(), u"noAmqpBroker"_s)->isVisible());
        QCOMPARE(dialog->property("broker").toString(), u"plant"_s);
        if (const QString shot = qEnvironmentVariable("LINNET_AMQP_TILE_SHOT"); !shot.isEmpty())
            QVERIFY(m_window.grabWindow().save(QString(shot).replace(u".png"_s, u"-dialog.png"_s)));
        const auto devices = dialog->property("devices").toList();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.constFirst().toString(), u"kiln-2"_s);
        auto *deviceBox = child(dialog.get(), u"amqpDeviceBox"_s);
        QCOMPARE(deviceBox->property("editText").toString(), u"kiln-2"_s);
        QCOMPARE(accessibleName(child(dialog.get(), u"amqpBrokerBox"_s)), u"AMQP broker"_s);
        deviceBox->setProperty("editText", u"kiln 2"_s);  // typed: not a device name
        QVERIFY(QMetaObject::invokeMethod(dialog.get(), "submit"));
        QVERIFY(dialog->property("errorText").toString().contains(u"device name"_s));
        deviceBox->setProperty("editText", u"kiln-2"_s);
        auto *interval = child(dialog.get(), u"amqpAction_interval"_s);
        interval->forceActiveFocus();
        QTest::keyClick(&m_window, Qt::Key_Space);
        QCOMPARE(dialog->property("action").toString(), u"interval"_s);
        QVERIFY(QMetaObject::invokeMethod(dialog.get(), "submit"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        const auto tile = dashboard->tiles()->tiles().constLast();
        QCOMPARE(tile.title, u"kiln-2: Reporting interval (s)"_s);
        QCOMPARE(tile.command->broker, u"plant"_s);
        QCOMPARE(tile.command->node, u"kiln-2"_s);
        QCOMPARE(tile.command->control, Dashboards::CommandRef::Control::Slider);
        brokers->remove(0);
    }
};

QTEST_MAIN(TestCommandTileView)
#include "tst_commandtileview.moc"
