// The accounts of this profile. Today one session; the list is the seam for several accounts
// and resources. Settings (never passwords) persist in the profile.
#pragma once

#include "ConnectionSettings.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class Account;
class QQmlEngine;
class QJSEngine;

class AccountManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_MOC_INCLUDE("account/Account.h")
    Q_PROPERTY(Account *current READ current NOTIFY currentChanged)
    Q_PROPERTY(bool loggedIn READ isLoggedIn NOTIFY loggedInChanged)
    Q_PROPERTY(QString savedJid READ savedJid NOTIFY savedChanged)
    Q_PROPERTY(QString savedHost READ savedHost NOTIFY savedChanged)
    Q_PROPERTY(int savedPort READ savedPort NOTIFY savedChanged)

public:
    explicit AccountManager(const QString &settingsFile, QObject *parent = nullptr);
    ~AccountManager() override;

    // QML gets the instance the application created (QML_SINGLETON with a factory).
    static AccountManager *create(QQmlEngine *, QJSEngine *);
    static void setInstance(AccountManager *instance);

    Account *current() const { return m_current; }
    bool isLoggedIn() const { return m_loggedIn; }
    QString savedJid() const { return m_saved.jid; }
    QString savedHost() const { return m_saved.host; }
    int savedPort() const { return m_saved.port; }
    const ConnectionSettings &savedSettings() const { return m_saved; }

    // Starts a login; progress and errors show on current()->connection().
    Q_INVOKABLE void login(const QString &jid, const QString &password, const QString &host, int port);
    void login(const ConnectionSettings &settings, const QString &password);
    Q_INVOKABLE void logout();

Q_SIGNALS:
    void currentChanged();
    void loggedInChanged();
    void savedChanged();

private:
    void load();
    void save(const ConnectionSettings &settings);
    void setLoggedIn(bool loggedIn);

    QString m_settingsFile;
    ConnectionSettings m_saved;
    Account *m_current = nullptr;
    bool m_loggedIn = false;
};
