// The command line of the app.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

struct AppOptions {
    QString profileDir;      // every setting, database and cache lives here
    QString screenshotFile;  // render once settled, save a PNG, exit
    QString theme;           // "light", "dark" or empty (follow the system)
    QString openChat;        // bare JID to open after login
    QString sendText;        // sent to openChat after login (scripted demos)
    QString show;            // a page to open at start (screenshots): "accounts", "dashboard", "devices", or empty
    QString importDashboard; // a dashboard file (JSON) to import into the first account at start
    QString commandJid;      // --command JID NODE: open that entity's commands and run NODE (screenshots)
    QString commandNode;
    QString commandValues;   // --command-values "var=value;var=value": fill the first form, submit once
    bool passwordFromStdin = false;  // log in with a password read from stdin (unattended start)
    QString account;         // JID[/RESOURCE] to create or select and connect without the login UI
    QString host;            // with account: where to connect
    int port = 0;
    QString caFile;          // with account: extra trusted CA (PEM)
    QString uri;             // an xmpp: URI to open (XEP-0147), the one positional argument (linnet %u)
    QString language;        // --language: "en", "de", "es", "system" or empty (the saved choice)
    int width = 1280;
    int height = 800;

    // Parses argv; on --help/--version/errors prints and returns false with exitCode set.
    bool parse(const QCoreApplication &app, int *exitCode);
};
