#include "Appearance.h"

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
    return new Appearance(engine->property(ForcedProperty).toString());
}

bool Appearance::isDark() const
{
    if (!m_forced.isEmpty())
        return m_forced == QLatin1String("dark");
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
}
