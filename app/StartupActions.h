// What the command line asks for after start: connect the accounts (restoring the sessions
// that were online, or one account given with --account and a password from stdin), open a
// chat, send a message, import a dashboard, open a page, run a command, and take a screenshot
// once everything asked for has happened.
#pragma once

#include "core/AppOptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

class Account;
class AccountsModel;
class QQuickWindow;
class UriHandler;

class StartupActions : public QObject
{
    Q_OBJECT

public:
    StartupActions(const AppOptions &options, AccountsModel *accounts, QObject *parent = nullptr);

    // Reads the password (if asked to) before the event loop runs; false on a usage error.
    bool readPassword(QString *error);
    // --import-dashboard: before the window loads (so it shows the dashboard); false on a usage
    // error. A file that cannot be read is logged, not fatal.
    bool importDashboard(QString *error);
    void start(QQuickWindow *window);
    // A screenshot waits for the xmpp: URI given at start to be carried out (UriHandler).
    void watch(const UriHandler *uris) { m_uris = uris; }

private:
    Account *unattendedAccount() const;
    void afterLogin(Account *account);
    QString startRoom() const;  // the room of --show room:JID, or empty
    bool settled() const;

    AppOptions m_options;
    AccountsModel *m_accounts;
    QString m_password;
    bool m_sent = false;
    qint64 m_sentAtMs = 0;  // when --send went out
    QElapsedTimer m_started;
    QPointer<QQuickWindow> m_window;
    const UriHandler *m_uris = nullptr;
    QSet<QString> m_passwordAsked;  // accounts waiting for the user's password (a prompt shows)
};
