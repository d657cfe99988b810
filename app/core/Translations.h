// The language of the UI: the catalogues in :/i18n (translations/*.ts, compiled by the build)
// installed as QTranslators for the system locale, the user's choice (profile setting
// "language") or --language, and switched at run time without a restart.
#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;
class QTranslator;

class Translations : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // What the user chose: "" follows the system, else "en", "de" or "es".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The catalogue in use: "en", "de" or "es".
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    // [{code, name}] of every UI language, each named in itself ("Deutsch").
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    // settingsFile: the profile's INI file that keeps "language"; empty keeps nothing.
    // No default constructor: QML would prefer it to create().
    explicit Translations(const QString &settingsFile, QObject *parent = nullptr);
    ~Translations() override;

    // The engine's singleton is the application's instance when main() registered one
    // (setInstance), else a fresh one the engine owns (QML tests).
    static Translations *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(QQmlEngine *engine, Translations *translations);

    static QStringList codes();  // "en", "de", "es"
    static bool isValidCode(const QString &code);  // a code, or "" / "system"
    // The catalogue for a choice: the code itself, or for "" the first of the system's UI
    // languages that Linnet has, else English.
    static QString resolve(const QString &code, const QLocale &system = QLocale::system());

    // At start: installs the catalogue for override (--language) if given, else for the saved
    // choice. Does not save override. False with a message for an unknown code.
    bool start(const QString &override, QString *error);

    QString language() const { return m_language; }
    void setLanguage(const QString &code);  // saves, installs, retranslates the engine
    QString effectiveLanguage() const { return m_effective; }
    QVariantList languages() const;

Q_SIGNALS:
    void languageChanged();

private:
    void install(const QString &effective);
    void removeTranslators();

    QString m_settingsFile;
    QString m_language;
    QString m_effective;
    QList<QTranslator *> m_installed;
    QPointer<QQmlEngine> m_engine;
};
