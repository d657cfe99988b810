#include "Appearance.h"
#include "ThemeSetting.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QStyleHints>

namespace {
constexpr char ForcedProperty[] = "linnetForcedColorScheme";
}

Appearance::Appearance(const QString &forced, QObject *parent)
    : QObject(parent)
    , m_forced(forced)
{
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &Appearance::darkChanged);
}

void Appearance::setForcedScheme(QQmlEngine *engine, const QString &forced)
{
    engine->setProperty(ForcedProperty, forced);
}

Appearance *Appearance::create(QQmlEngine *engine, QJSEngine *)
{
    // Owned by the engine (JavaScript ownership): one per engine, no static instance.
    auto *appearance = new Appearance(engine->property(ForcedProperty).toString());
    if ((appearance->m_setting = ThemeSetting::instance(engine)))
        connect(appearance->m_setting, &ThemeSetting::schemeChanged, appearance, &Appearance::darkChanged);
    return appearance;
}

bool Appearance::isDark() const
{
    if (!m_forced.isEmpty())
        return m_forced == QLatin1String("dark");
    if (m_setting && !m_setting->scheme().isEmpty())
        return m_setting->scheme() == QLatin1String("dark");
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
}
