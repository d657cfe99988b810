// Linnet: chat and devices over XMPP.
// The composition root: the one place that knows every feature and wires them together.
#include "StartupActions.h"
#include "account/AccountsModel.h"
#include "core/AppOptions.h"
#include "core/Appearance.h"
#include "core/Logging.h"
#include "core/Profile.h"
#include "core/SingleInstance.h"
#include "core/ThemeSetting.h"
#include "core/Translations.h"
#include "core/UriHandler.h"
#include "net/NetworkThread.h"
#include "security/CredentialStore.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStyleHints>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Linnet_CorePlugin)
Q_IMPORT_QML_PLUGIN(LinnetPlugin)

namespace {
bool hasArgument(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (qstrcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}
}  // namespace

int main(int argc, char *argv[])
{
    // --version and --help must work without any display.
    if (hasArgument(argc, argv, {"--version", "-v", "--help", "-h", "--help-all"})) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationVersion(QStringLiteral(LINNET_VERSION));
        AppOptions options;
        int exitCode = 0;
        options.parse(app, &exitCode);
        return exitCode;
    }
    // A screenshot never needs a display.
    if (hasArgument(argc, argv, {"--screenshot"}) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_CONTROLS_MATERIAL_VARIANT", "Dense");
    // Qt Charts (device dashboards) needs a QApplication, not a QGuiApplication.
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Linnet"));
    QApplication::setOrganizationName(QStringLiteral("Linnet"));
    QApplication::setOrganizationDomain(QStringLiteral("linnet.example.org"));
    QApplication::setApplicationVersion(QStringLiteral(LINNET_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.example.linnet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/qt/qml/Linnet/icons/linnet.svg")));

    AppOptions options;
    int exitCode = 0;
    if (!options.parse(app, &exitCode))
        return exitCode;

    const Profile profile(options.profileDir);
    QString error;
    if (!profile.ensureExists(&error)) {
        qCCritical(lcApp).noquote() << error;
        return 1;
    }
    qCInfo(lcApp) << "Profile:" << profile.dir();
    // One Linnet per profile: a later start (a browser's xmpp: link) hands its URI over and ends.
    SingleInstance instance(profile.dir());
    if (QString answer; instance.handOver(options.uri, &answer)) {
        qCInfo(lcApp).noquote() << "Linnet already runs on this profile; handed over:" << answer;
        return options.screenshotFile.isEmpty() ? 0 : 1;  // no screenshot of another process
    }
    instance.listen();
    // Before anything makes user-visible strings.
    Translations translations(profile.settingsFile());
    if (!translations.start(options.language, &error)) {
        qCCritical(lcApp).noquote() << error;
        return 2;
    }

    ThemeSetting themeSetting(profile.settingsFile());
    if (options.theme.isEmpty())
        themeSetting.apply();  // the settings' choice; --theme below wins
    if (options.theme == QLatin1String("dark"))
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Dark);
    else if (options.theme == QLatin1String("light"))
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Light);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QFont font(QStringLiteral("Inter"));
    font.setPointSizeF(10);
    QGuiApplication::setFont(font);

    // Destroyed in reverse order: the accounts (their sessions say goodbye) before the receive
    // thread (which waits a moment for those goodbyes to reach the servers).
    NetworkThread network;
    CredentialStore credentials;
    AccountsModel accounts(profile.settingsFile(), &network, &credentials);
    StartupActions actions(options, &accounts);
    if (!actions.readPassword(&error) || !actions.importDashboard(&error)) {
        qCCritical(lcApp).noquote() << error;
        return 2;
    }

    QQmlApplicationEngine engine;
    Appearance::setForcedScheme(&engine, options.theme);
    Translations::setInstance(&engine, &translations);  // the settings switch languages
    ThemeSetting::setInstance(&engine, &themeSetting);
    engine.setInitialProperties({{QStringLiteral("accounts"), QVariant::fromValue(&accounts)}});
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.loadFromModule("Linnet", "Main");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        qCCritical(lcApp) << "The main QML object is not a window";
        return 1;
    }
    window->resize(options.width, options.height);
    actions.start(window);
    UriHandler uris(&accounts, window);  // xmpp: links: this start's and later starts'
    QObject::connect(&instance, &SingleInstance::received, &uris,
                     [&uris](const QString &uri, QString *reply) { *reply = uris.open(uri); });
    actions.watch(&uris);
    if (!options.uri.isEmpty())
        uris.open(options.uri);
    return app.exec();
}
