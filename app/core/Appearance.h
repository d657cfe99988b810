// The colour scheme the UI uses: --theme when given, else the one chosen in the settings
// (ThemeSetting), else the platform's. A singleton because QStyleHints::setColorScheme() is
// ignored where the platform has no say (offscreen, plain xcb): the UI follows this instead.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class ThemeSetting;

class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool dark READ isDark NOTIFY darkChanged)

public:
    // forced: "light", "dark", or empty to follow the platform. No default constructor: QML
    // would prefer it to create().
    explicit Appearance(const QString &forced, QObject *parent = nullptr);

    // The engine creates the singleton; what --theme forced travels as an engine property.
    static Appearance *create(QQmlEngine *engine, QJSEngine *);
    static void setForcedScheme(QQmlEngine *engine, const QString &forced);

    bool isDark() const;

Q_SIGNALS:
    void darkChanged();

private:
    QString m_forced;
    ThemeSetting *m_setting = nullptr;  // the profile's choice; not owned
};
