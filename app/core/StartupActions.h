// What the command line asks for after start: log in with a password from stdin, open a chat,
// send a message, and take a screenshot once everything asked for has happened.
#pragma once

#include "AppOptions.h"

#include <QObject>

class AccountManager;
class QQuickWindow;

class StartupActions : public QObject
{
    Q_OBJECT

public:
    StartupActions(const AppOptions &options, AccountManager *accounts, QObject *parent = nullptr);

    // Reads the password (if asked to) before the event loop runs; false on a usage error.
    bool readPassword(QString *error);
    void start(QQuickWindow *window);

private:
    void afterLogin();
    bool settled() const;

    AppOptions m_options;
    AccountManager *m_accounts;
    QString m_password;
    bool m_loginStarted = false;
    bool m_sent = false;
    int m_messagesAtSend = 0;
};
