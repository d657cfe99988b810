#include "StartupActions.h"

#include "Logging.h"
#include "ScreenshotTaker.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "account/ConnectionController.h"
#include "chat/ChatController.h"
#include "chat/ChatModel.h"
#include "roster/RosterModel.h"

#include <QFile>
#include <QQuickWindow>

StartupActions::StartupActions(const AppOptions &options, AccountManager *accounts, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_accounts(accounts)
{
}

bool StartupActions::readPassword(QString *error)
{
    if (!m_options.passwordFromStdin)
        return true;
    if (m_accounts->savedJid().isEmpty()) {
        *error = QStringLiteral("--password-stdin needs a saved account in the profile");
        return false;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read standard input");
        return false;
    }
    m_password = QString::fromUtf8(in.readLine()).trimmed();
    if (m_password.isEmpty()) {
        *error = QStringLiteral("no password on standard input");
        return false;
    }
    return true;
}

void StartupActions::start(QQuickWindow *window)
{
    if (!m_password.isEmpty()) {
        m_loginStarted = true;
        connect(m_accounts, &AccountManager::loggedInChanged, this, &StartupActions::afterLogin);
        m_accounts->login(m_accounts->savedSettings(), m_password);
        m_password.clear();
    }
    if (!m_options.screenshotFile.isEmpty()) {
        auto *taker = new ScreenshotTaker(window, m_options.screenshotFile, this);
        taker->takeWhenSettled([this] { return settled(); });
    }
}

void StartupActions::afterLogin()
{
    auto *account = m_accounts->current();
    if (!m_accounts->isLoggedIn() || !account || m_options.openChat.isEmpty())
        return;
    account->chats()->openChat(m_options.openChat);
    if (!m_options.sendText.isEmpty() && !m_sent) {
        auto *chat = account->chats()->currentChat();
        m_messagesAtSend = chat->rowCount();
        m_sent = account->chats()->sendMessage(m_options.sendText);
    }
}

bool StartupActions::settled() const
{
    if (!m_loginStarted)
        return true;
    auto *account = m_accounts->current();
    if (!account)
        return true;
    // A failed login is a state worth a screenshot too.
    if (!m_accounts->isLoggedIn())
        return account->connection()->state() == ConnectionController::State::Disconnected;
    if (!account->roster()->isLoaded())
        return false;
    if (m_sent) {
        // Settled once the buddy has answered: an incoming message after ours.
        const auto *chat = account->chats()->currentChat();
        for (int row = chat->rowCount() - 1; row > m_messagesAtSend; --row) {
            if (!chat->message(row).outgoing)
                return true;
        }
        return false;
    }
    return true;
}
