#include "ThemeSetting.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QSettings>
#include <QStyleHints>

namespace {
constexpr char InstanceProperty[] = "linnetThemeSetting";
constexpr char SettingsKey[] = "theme";

QString normalized(const QString &scheme)
{
    return scheme == QLatin1String("light") || scheme == QLatin1String("dark") ? scheme : QString();
}
}  // namespace

ThemeSetting::ThemeSetting(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
{
    if (!m_settingsFile.isEmpty())
        m_scheme = normalized(QSettings(m_settingsFile, QSettings::IniFormat).value(QLatin1String(SettingsKey)).toString());
}

void ThemeSetting::setInstance(QQmlEngine *engine, ThemeSetting *setting)
{
    engine->setProperty(InstanceProperty, QVariant::fromValue<QObject *>(setting));
}

ThemeSetting *ThemeSetting::instance(QQmlEngine *engine)
{
    return qobject_cast<ThemeSetting *>(engine->property(InstanceProperty).value<QObject *>());
}

ThemeSetting *ThemeSetting::create(QQmlEngine *engine, QJSEngine *)
{
    if (auto *shared = instance(engine)) {
        QJSEngine::setObjectOwnership(shared, QJSEngine::CppOwnership);
        return shared;
    }
    return new ThemeSetting(QString());  // QML tests: owned by the engine, saving nothing
}

void ThemeSetting::apply() const
{
    QGuiApplication::styleHints()->setColorScheme(m_scheme == QLatin1String("dark")    ? Qt::ColorScheme::Dark
                                                  : m_scheme == QLatin1String("light") ? Qt::ColorScheme::Light
                                                                                       : Qt::ColorScheme::Unknown);
}

void ThemeSetting::setScheme(const QString &scheme)
{
    const QString value = normalized(scheme);
    if (value == m_scheme)
        return;
    m_scheme = value;
    if (!m_settingsFile.isEmpty()) {
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        if (value.isEmpty())
            settings.remove(QLatin1String(SettingsKey));
        else
            settings.setValue(QLatin1String(SettingsKey), value);
    }
    apply();
    Q_EMIT schemeChanged();
}
