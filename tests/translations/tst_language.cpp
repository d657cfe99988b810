// The UI language: which catalogue a choice and the system locale give, the choice kept in the
// profile, --language's check, plurals in English, and the real Settings and About dialogs in
// German, switched to English and back at run time (QQmlEngine::retranslate, no restart).
#include "core/Appearance.h"
#include "core/ThemeSetting.h"
#include "core/Translations.h"

#include <QApplication>
#include <QFont>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Linnet_CorePlugin)
Q_IMPORT_QML_PLUGIN(LinnetPlugin)

namespace {
// The dialogs as the sidebar has them, in a window like the app's.
constexpr char WindowQml[] = R"(
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Linnet
ApplicationWindow {
    width: 1000; height: 700; visible: true; color: Theme.background
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.background: Theme.background
    Material.foreground: Theme.textPrimary
    SettingsBar { objectName: "bar"; anchors.bottom: parent.bottom; width: parent.width }
}
)";

// Items a Repeater made have no QObject parent in the tree: walk the visual children.
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (!item || item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

QString text(QObject *root, const char *name)
{
    auto *item = root->findChild<QObject *>(QLatin1String(name));
    return item ? item->property("text").toString() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}
}  // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void rejectsUnknownCodes();
    void choiceKeptInProfile();
    void catalogues();
    void dialogsSwitchWithoutRestart();
    void shots_data();
    void shots();
};

void TestLanguage::resolve_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system de_AT") << QString() << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("system es_MX") << QString() << QStringLiteral("es_MX") << QStringLiteral("es");
    QTest::newRow("system fr_FR: English") << QString() << QStringLiteral("fr_FR") << QStringLiteral("en");
    QTest::newRow("choice wins") << QStringLiteral("es") << QStringLiteral("de_DE") << QStringLiteral("es");
    QTest::newRow("en on a German system") << QStringLiteral("en") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("unknown choice: system") << QStringLiteral("fr") << QStringLiteral("de_CH") << QStringLiteral("de");
}

void TestLanguage::resolve()
{
    QFETCH(QString, choice);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Translations::resolve(choice, QLocale(system)), expected);
}

void TestLanguage::rejectsUnknownCodes()
{
    Translations translations{QString()};
    QString error;
    QVERIFY(!translations.start(QStringLiteral("klingon"), &error));
    QVERIFY(error.contains(QLatin1String("klingon")));
    QVERIFY(translations.start(QStringLiteral("system"), &error));
    QVERIFY(translations.start(QStringLiteral("de"), &error));
    QCOMPARE(translations.effectiveLanguage(), QStringLiteral("de"));
}

void TestLanguage::choiceKeptInProfile()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        Translations translations(ini);
        QCOMPARE(translations.language(), QString());
        QSignalSpy changed(&translations, &Translations::languageChanged);
        translations.setLanguage(QStringLiteral("es"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(translations.effectiveLanguage(), QStringLiteral("es"));
    }
    QCOMPARE(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("language")).toString(), QStringLiteral("es"));
    Translations again(ini);
    QCOMPARE(again.language(), QStringLiteral("es"));
    QString error;
    // --language de for one run: used, not saved.
    QVERIFY(again.start(QStringLiteral("de"), &error));
    QCOMPARE(again.effectiveLanguage(), QStringLiteral("de"));
    QCOMPARE(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("language")).toString(), QStringLiteral("es"));
    again.setLanguage(QString());  // back to the system's: the key goes
    QVERIFY(!QSettings(ini, QSettings::IniFormat).contains(QStringLiteral("language")));

    ThemeSetting theme(ini);
    theme.setScheme(QStringLiteral("dark"));
    QCOMPARE(ThemeSetting(ini).scheme(), QStringLiteral("dark"));
    theme.setScheme(QStringLiteral("purple"));  // not a scheme: the system's
    QCOMPARE(ThemeSetting(ini).scheme(), QString());
}

void TestLanguage::catalogues()
{
    Translations translations{QString()};
    QString error;
    QVERIFY(translations.start(QStringLiteral("de"), &error));
    QCOMPARE(QCoreApplication::translate("LoginCard", "Welcome to Linnet"), QStringLiteral("Willkommen bei Linnet"));
    QCOMPARE(QCoreApplication::translate("AccountSwitcher", "%n unread message(s)", nullptr, 1), QStringLiteral("1 ungelesene Nachricht"));
    QCOMPARE(QCoreApplication::translate("AccountSwitcher", "%n unread message(s)", nullptr, 3), QStringLiteral("3 ungelesene Nachrichten"));
    // Strings C++ makes through helpers, in the contexts lupdate files them under.
    QCOMPARE(QCoreApplication::translate("Presence", "Do not disturb"), QStringLiteral("Nicht stören"));
    QCOMPARE(QCoreApplication::translate("AdHoc::CommandClient", "The command failed."), QStringLiteral("Der Befehl ist fehlgeschlagen."));
    QCOMPARE(QCoreApplication::translate("AdHoc", "Enter a whole number."), QStringLiteral("Geben Sie eine ganze Zahl ein."));
    QCOMPARE(QCoreApplication::translate("FeedHealth", "%n oversized item(s) ignored.", nullptr, 2), QStringLiteral("2 übergroße Einträge ignoriert."));

    translations.setLanguage(QStringLiteral("en"));
    // English plurals come from their own small catalogue.
    QCOMPARE(QCoreApplication::translate("AccountSwitcher", "%n unread message(s)", nullptr, 1), QStringLiteral("1 unread message"));
    QCOMPARE(QCoreApplication::translate("AccountSwitcher", "%n unread message(s)", nullptr, 2), QStringLiteral("2 unread messages"));
    QCOMPARE(QCoreApplication::translate("LoginCard", "Welcome to Linnet"), QStringLiteral("Welcome to Linnet"));

    translations.setLanguage(QStringLiteral("es"));
    QVERIFY(QCoreApplication::translate("LoginCard", "Welcome to Linnet") != QLatin1String("Welcome to Linnet"));
}

void TestLanguage::dialogsSwitchWithoutRestart()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    Translations translations(ini);
    ThemeSetting theme(ini);
    QString error;
    QVERIFY(translations.start(QStringLiteral("de"), &error));

    QQmlApplicationEngine engine;
    Translations::setInstance(&engine, &translations);
    ThemeSetting::setInstance(&engine, &theme);
    engine.loadData(WindowQml);
    QCOMPARE(engine.rootObjects().size(), 1);
    QObject *root = engine.rootObjects().constFirst();
    QObject *bar = root->findChild<QObject *>(QStringLiteral("bar"));
    QVERIFY(bar);
    QCOMPARE(engine.singletonInstance<Translations *>("Linnet.Core", "Translations"), &translations);

    QMetaObject::invokeMethod(bar, "openSettings");
    auto *settings = root->findChild<QObject *>(QStringLiteral("settingsDialog"));
    QVERIFY(settings);
    QTRY_VERIFY(settings->property("opened").toBool());
    QCOMPARE(settings->property("title").toString(), QStringLiteral("Einstellungen"));
    QCOMPARE(text(settings, "settingsClose"), QStringLiteral("Schließen"));
    auto *languageBox = settings->findChild<QObject *>(QStringLiteral("languageBox"));
    QVERIFY(languageBox);
    QCOMPARE(languageBox->property("displayText").toString(), QStringLiteral("Systemsprache"));

    // Picking English in the box: the open dialog is in English at once, and it is saved.
    const int english = [&] {
        int index = -1;
        QMetaObject::invokeMethod(languageBox, "indexOfValue", Q_RETURN_ARG(int, index), Q_ARG(QVariant, QStringLiteral("en")));
        return index;
    }();
    QVERIFY(english > 0);
    languageBox->setProperty("currentIndex", english);
    QMetaObject::invokeMethod(languageBox, "activated", Q_ARG(int, english));
    QCOMPARE(translations.language(), QStringLiteral("en"));
    QTRY_COMPARE(settings->property("title").toString(), QStringLiteral("Settings"));
    QCOMPARE(text(settings, "settingsClose"), QStringLiteral("Close"));
    QCOMPARE(languageBox->property("displayText").toString(), QStringLiteral("English"));
    QCOMPARE(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("language")).toString(), QStringLiteral("en"));

    // The scheme buttons set the saved scheme.
    QQuickItem *dark = findItem(settings->property("contentItem").value<QQuickItem *>(), QStringLiteral("scheme_dark"));
    QVERIFY(dark);
    QMetaObject::invokeMethod(dark, "click");
    QCOMPARE(theme.scheme(), QStringLiteral("dark"));
    QCOMPARE(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));

    // Back to German from C++ (as a second window would): the About dialog follows too.
    translations.setLanguage(QStringLiteral("de"));
    QTRY_COMPARE(settings->property("title").toString(), QStringLiteral("Einstellungen"));
    QMetaObject::invokeMethod(settings, "close");
    QMetaObject::invokeMethod(bar, "openAbout");
    auto *about = root->findChild<QObject *>(QStringLiteral("aboutDialog"));
    QVERIFY(about);
    QTRY_VERIFY(about->property("opened").toBool());
    QCOMPARE(about->property("title").toString(), QStringLiteral("Über Linnet"));
    QCOMPARE(text(about, "aboutVersion"), QStringLiteral(LINNET_VERSION));
}

void TestLanguage::shots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("scheme");
    for (const char *language : {"de", "es", "en"}) {
        for (const char *scheme : {"light", "dark"})
            QTest::addRow("%s-%s", language, scheme) << QString::fromLatin1(language) << QString::fromLatin1(scheme);
    }
}

// LINNET_QML_SHOTS=DIR: both dialogs as PNGs per language and scheme, to look at (cut-off text).
void TestLanguage::shots()
{
    const QString dir = qEnvironmentVariable("LINNET_QML_SHOTS");
    if (dir.isEmpty())
        QSKIP("LINNET_QML_SHOTS is not set");
    QFETCH(QString, language);
    QFETCH(QString, scheme);
    Translations translations{QString()};
    QString error;
    QVERIFY(translations.start(language, &error));
    QQmlApplicationEngine engine;
    Appearance::setForcedScheme(&engine, scheme);
    Translations::setInstance(&engine, &translations);
    engine.loadData(WindowQml);
    QCOMPARE(engine.rootObjects().size(), 1);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(window);
    QObject *bar = window->findChild<QObject *>(QStringLiteral("bar"));
    for (const char *which : {"Settings", "About"}) {
        QMetaObject::invokeMethod(bar, QByteArray(QByteArray("open") + which).constData());
        auto *dialog = window->findChild<QObject *>(QLatin1String(which == QByteArray("About") ? "aboutDialog" : "settingsDialog"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        const QString file = QStringLiteral("%1/%2-%3-%4.png").arg(dir, QString::fromLatin1(which).toLower(), language, scheme);
        QVERIFY2(window->grabWindow().save(file), qPrintable(file));
        QMetaObject::invokeMethod(dialog, "close");
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }
}

int main(int argc, char *argv[])
{
    // As main.cpp has it. The Linnet module draws charts elsewhere; Qt Charts needs a QApplication.
    qputenv("QT_QUICK_CONTROLS_MATERIAL_VARIANT", "Dense");
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QFont font(QStringLiteral("Inter"));
    font.setPointSizeF(10);
    QGuiApplication::setFont(font);
    TestLanguage test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_language.moc"
