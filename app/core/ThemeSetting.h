// The colour scheme the user chose in the settings ("theme" in the profile): "light", "dark"
// or "" for the system's. Asked of the platform through QStyleHints, which follows at once where
// the platform theme supports it; --theme still forces a scheme for one run (Appearance).
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

class ThemeSetting : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString scheme READ scheme WRITE setScheme NOTIFY schemeChanged)

public:
    // No default constructor: QML would prefer it to create().
    explicit ThemeSetting(const QString &settingsFile, QObject *parent = nullptr);

    static ThemeSetting *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(QQmlEngine *engine, ThemeSetting *setting);
    // The app's one (setInstance), or null (QML tests).
    static ThemeSetting *instance(QQmlEngine *engine);

    // Asks the platform for the saved scheme (at start, when --theme did not force one).
    void apply() const;

    QString scheme() const { return m_scheme; }
    void setScheme(const QString &scheme);

Q_SIGNALS:
    void schemeChanged();

private:
    QString m_settingsFile;
    QString m_scheme;
};
