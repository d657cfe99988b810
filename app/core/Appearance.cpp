#include "Appearance.h"

#include <QGuiApplication>
#include <QJSEngine>
#include <QStyleHints>

namespace {
Appearance *s_instance = nullptr;
}

Appearance::Appearance(const QString &forced, QObject *parent)
    : QObject(parent)
    , m_forced(forced)
{
    s_instance = this;
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &Appearance::darkChanged);
}

Appearance *Appearance::create(QQmlEngine *, QJSEngine *)
{
    // Tests and tools that did not set one up get the platform's scheme.
    if (!s_instance)
        s_instance = new Appearance(QString());
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool Appearance::isDark() const
{
    if (!m_forced.isEmpty())
        return m_forced == QLatin1String("dark");
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
}
