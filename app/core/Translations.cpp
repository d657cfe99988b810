#include "Translations.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>

namespace {
constexpr char InstanceProperty[] = "linnetTranslations";
constexpr char SettingsKey[] = "language";
}  // namespace

Translations::Translations(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
{
    if (!m_settingsFile.isEmpty()) {
        // A few bytes of INI, read once at start like the accounts' settings.
        const QString saved = QSettings(m_settingsFile, QSettings::IniFormat).value(QLatin1String(SettingsKey)).toString();
        m_language = codes().contains(saved) ? saved : QString();
    }
}

Translations::~Translations()
{
    removeTranslators();
}

void Translations::setInstance(QQmlEngine *engine, Translations *translations)
{
    engine->setProperty(InstanceProperty, QVariant::fromValue<QObject *>(translations));
    translations->m_engine = engine;
}

Translations *Translations::create(QQmlEngine *engine, QJSEngine *)
{
    if (auto *shared = qobject_cast<Translations *>(engine->property(InstanceProperty).value<QObject *>())) {
        QJSEngine::setObjectOwnership(shared, QJSEngine::CppOwnership);
        return shared;
    }
    // No application instance (QML tests): one owned by the engine, saving nothing.
    auto *own = new Translations(QString());
    own->m_engine = engine;
    own->m_effective = resolve({});
    return own;
}

QStringList Translations::codes()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

bool Translations::isValidCode(const QString &code)
{
    return code.isEmpty() || code == QLatin1String("system") || codes().contains(code);
}

QString Translations::resolve(const QString &code, const QLocale &system)
{
    if (codes().contains(code))
        return code;
    // uiLanguages() honours LANGUAGE and LANG on Unix: "de-DE", "es-419", "en-US", ...
    const QStringList available = codes();
    for (const QString &ui : system.uiLanguages()) {
        const QString language = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

bool Translations::start(const QString &override, QString *error)
{
    if (!isValidCode(override)) {
        *error = tr("Unknown language “%1”; Linnet speaks %2.").arg(override, codes().join(QLatin1String(", ")));
        return false;
    }
    const QString choice = override.isEmpty() || override == QLatin1String("system") ? m_language : override;
    install(resolve(choice == QLatin1String("system") ? QString() : choice));
    return true;
}

void Translations::setLanguage(const QString &code)
{
    const QString choice = code == QLatin1String("system") || !codes().contains(code) ? QString() : code;
    if (!m_settingsFile.isEmpty()) {
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        if (choice.isEmpty())
            settings.remove(QLatin1String(SettingsKey));
        else
            settings.setValue(QLatin1String(SettingsKey), choice);
    }
    const bool changed = choice != m_language;
    m_language = choice;
    const QString effective = resolve(choice);
    if (effective != m_effective) {
        install(effective);
        // Every qsTr() binding is evaluated again: the switch needs no restart.
        if (m_engine)
            m_engine->retranslate();
        Q_EMIT languageChanged();
    } else if (changed) {
        Q_EMIT languageChanged();
    }
}

QVariantList Translations::languages() const
{
    // Each language named in itself: someone lost in a foreign UI still finds theirs.
    const auto entry = [](const char *code, const char *name) {
        return QVariantMap{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), QString::fromUtf8(name)}};
    };
    return {entry("en", "English"), entry("de", "Deutsch"), entry("es", "Español")};
}

void Translations::install(const QString &effective)
{
    removeTranslators();
    m_effective = effective;
    // Dates and numbers follow the UI language; for the system's own language keep its locale
    // (de_AT stays de_AT).
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.name().section(QLatin1Char('_'), 0, 0) == effective ? system : QLocale(effective));

    // English keeps a catalogue for its plurals only ("1 item", "2 items").
    const QString own = QStringLiteral(":/i18n/linnet_%1.qm").arg(effective);
    auto *app = new QTranslator(this);
    if (app->load(own)) {
        QCoreApplication::installTranslator(app);
        m_installed.append(app);
    } else {
        qCWarning(lcI18n) << "No catalogue" << own;
        delete app;
    }
    // Qt's own strings (standard dialogs, context menus), where the system has them.
    if (effective != QLatin1String("en")) {
        auto *qt = new QTranslator(this);
        if (qt->load(QLocale(effective), QStringLiteral("qt"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            m_installed.append(qt);
        } else {
            delete qt;
        }
    }
    qCInfo(lcI18n) << "UI language" << effective;
}

void Translations::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}
