#include "AppOptions.h"

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
                                           QCoreApplication::translate("main", "Log in to the saved account with a password read from standard input."));
    const QCommandLineOption openChatOpt(QStringLiteral("open-chat"),
                                         QCoreApplication::translate("main", "Open the chat with <jid> after login."),
                                         QStringLiteral("jid"));
    const QCommandLineOption sendOpt(QStringLiteral("send"),
                                  QCoreApplication::translate("main", "Send <text> in the chat opened by --open-chat."),
                                  QStringLiteral("text"));
    parser.addOptions({profileOpt, screenshotOpt, themeOpt, sizeOpt, passwordStdin, openChatOpt, sendOpt});
    parser.process(app);  // exits by itself for --help and --version

    profileDir = parser.value(profileOpt);
    screenshotFile = parser.value(screenshotOpt);
    theme = parser.value(themeOpt) == QLatin1String("system") ? QString() : parser.value(themeOpt);
    openChat = parser.value(openChatOpt);
    sendText = parser.value(sendOpt);
    passwordFromStdin = parser.isSet(passwordStdin);
    const auto wh = parser.value(sizeOpt).split(QLatin1Char('x'));
    if (wh.size() == 2) {
        width = wh[0].toInt();
        height = wh[1].toInt();
    }
    if (width < 320 || height < 240 || (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        || (!sendText.isEmpty() && openChat.isEmpty())) {
        fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Invalid options; see --help.")));
        *exitCode = 2;
        return false;
    }
    return true;
}
