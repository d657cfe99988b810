// What the command line asks for after start: connect the accounts (restoring the sessions
// that were online, or one account given with --account and a password from stdin), open a
// chat, send a message, and take a screenshot once everything asked for has happened.
#pragma once

#include "core/AppOptions.h"

#include <QObject>
#include <QSet>

class Account;
class AccountsModel;
class QQuickWindow;

class StartupActions : public QObject
{
    Q_OBJECT

public:
    StartupActions(const AppOptions &options, AccountsModel *accounts, QObject *parent = nullptr);

    // Reads the password (if asked to) before the event loop runs; false on a usage error.
    bool readPassword(QString *error);
    void start(QQuickWindow *window);

private:
    Account *unattendedAccount() const;
    void afterLogin(Account *account);
    bool settled() const;

    AppOptions m_options;
    AccountsModel *m_accounts;
    QString m_password;
    bool m_sent = false;
    int m_messagesAtSend = 0;
    QSet<QString> m_passwordAsked;  // accounts waiting for the user's password (a prompt shows)
};
