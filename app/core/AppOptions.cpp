#include "AppOptions.h"

#include "UriHandler.h"

#include <QCommandLineParser>
#include <QCoreApplication>

bool AppOptions::parse(const QCoreApplication &app, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Linnet: chat and devices over XMPP"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                     QCoreApplication::translate("main", "Keep settings, history and caches in <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save the window as PNG <file> once the UI has settled, then exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption themeOpt(QStringLiteral("theme"),
                                   QCoreApplication::translate("main", "Colour scheme: light, dark or system."),
                                   QStringLiteral("scheme"), QStringLiteral("system"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Window size, e.g. 1280x800."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QCoreApplication::translate("main", "Log in with a password read from standard input: the --account, or the profile's only account."));
    const QCommandLineOption accountOpt(QStringLiteral("account"),
                                        QCoreApplication::translate("main", "Create or select the account <jid> (with /resource: that session) and connect it without the login page."),
                                        QStringLiteral("jid"));
    const QCommandLineOption hostOpt(QStringLiteral("host"),
                                     QCoreApplication::translate("main", "With --account: connect to <host> instead of looking the server up."),
                                     QStringLiteral("host"));
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QCoreApplication::translate("main", "With --account: the server's port."), QStringLiteral("port"));
    const QCommandLineOption caFileOpt(QStringLiteral("ca-file"),
                                       QCoreApplication::translate("main", "With --account: also trust the CA certificates in PEM <file> for this account."),
                                       QStringLiteral("file"));
    const QCommandLineOption openChatOpt(QStringLiteral("open-chat"),
                                         QCoreApplication::translate("main", "Open the chat with <jid> after login."),
                                         QStringLiteral("jid"));
    const QCommandLineOption sendOpt(QStringLiteral("send"),
                                  QCoreApplication::translate("main", "Send <text> in the chat opened by --open-chat."),
                                  QStringLiteral("text"));
    const QCommandLineOption showOpt(QStringLiteral("show"),
                                     QCoreApplication::translate("main", "Open <page> at start: accounts, dashboard (the first one), devices, inspector (recording from the start), room:JID (joined if need be) or search:TEXT (message search)."),
                                     QStringLiteral("page"));
    const QCommandLineOption importDashboardOpt(QStringLiteral("import-dashboard"),
                                                QCoreApplication::translate("main", "Import the dashboard in JSON <file> into the first account (unless it has one of that name) and subscribe to its feeds."),
                                                QStringLiteral("file"));
    const QCommandLineOption commandOpt(QStringLiteral("command"),
                                        QCoreApplication::translate("main", "Open the ad-hoc commands of <jid> in the first account and run the command NODE (the next argument): --command JID NODE."),
                                        QStringLiteral("jid"));
    const QCommandLineOption commandValuesOpt(QStringLiteral("command-values"),
                                              QCoreApplication::translate("main", "With --command: fill its first form with <values> (\"var=value;var=value\") and submit it once."),
                                              QStringLiteral("values"));
    parser.addOptions({profileOpt, screenshotOpt, themeOpt, sizeOpt, passwordStdin, accountOpt, hostOpt, portOpt,
                       caFileOpt, openChatOpt, sendOpt, showOpt, importDashboardOpt, commandOpt, commandValuesOpt});
    const QCommandLineOption languageOpt(QStringLiteral("language"),
                                         QCoreApplication::translate("main", "UI language for this run: en, de, es or system."),
                                         QStringLiteral("code"));
    parser.addOption(languageOpt);
    parser.addPositionalArgument(QStringLiteral("uri"),
                                 QCoreApplication::translate("main", "An xmpp: address to open: xmpp:JID (a chat), xmpp:ROOM?join, xmpp:JID?roster. "
                                                                     "Handed to the Linnet already running on the profile, if any."),
                                 QStringLiteral("[xmpp:URI]"));
    parser.addPositionalArgument(QStringLiteral("node"), QCoreApplication::translate("main", "With --command: the command's node."),
                                 QStringLiteral("[NODE]"));
    parser.process(app);  // exits by itself for --help and --version

    profileDir = parser.value(profileOpt);
    screenshotFile = parser.value(screenshotOpt);
    theme = parser.value(themeOpt) == QLatin1String("system") ? QString() : parser.value(themeOpt);
    openChat = parser.value(openChatOpt);
    sendText = parser.value(sendOpt);
    show = parser.value(showOpt);
    importDashboard = parser.value(importDashboardOpt);
    passwordFromStdin = parser.isSet(passwordStdin);
    account = parser.value(accountOpt);
    host = parser.value(hostOpt);
    port = parser.value(portOpt).toInt();
    caFile = parser.value(caFileOpt);
    language = parser.value(languageOpt);  // checked by Translations::start()
    commandJid = parser.value(commandOpt);
    commandValues = parser.value(commandValuesOpt);
    QStringList positional = parser.positionalArguments();
    // An xmpp: URI (as a desktop's `linnet %u` passes it) may come with any other option.
    for (qsizetype i = 0; i < positional.size(); ++i) {
        if (XmppUri::looksLikeUri(positional.at(i)) && uri.isEmpty()) {
            uri = positional.takeAt(i);
            break;
        }
    }
    if (!uri.isEmpty() && !XmppUri::parse(uri).isValid()) {
        fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Not an xmpp: address Linnet can open: %1").arg(uri)));
        *exitCode = 2;
        return false;
    }
    if (!commandJid.isEmpty() && positional.size() == 1)
        commandNode = positional.constFirst();
    const auto wh = parser.value(sizeOpt).split(QLatin1Char('x'));
    if (wh.size() == 2) {
        width = wh[0].toInt();
        height = wh[1].toInt();
    }
    if (width < 320 || height < 240 || (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        || (!sendText.isEmpty() && openChat.isEmpty()) || port < 0 || port > 65535
        || (!show.isEmpty() && !QStringList{QStringLiteral("accounts"), QStringLiteral("dashboard"), QStringLiteral("devices"), QStringLiteral("inspector")}.contains(show)
            && !show.startsWith(u"room:") && !show.startsWith(u"search:"))
        || (account.isEmpty() && (!host.isEmpty() || port != 0 || !caFile.isEmpty()))
        || (!commandJid.isEmpty() && commandNode.isEmpty()) || positional.size() > (commandJid.isEmpty() ? 0 : 1)
        || (!commandValues.isEmpty() && commandJid.isEmpty())) {
        fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Invalid options; see --help.")));
        *exitCode = 2;
        return false;
    }
    return true;
}
