#include "StartupActions.h"

#include "account/Account.h"
#include "account/AccountsModel.h"
#include "account/ConnectionController.h"
#include "account/Session.h"
#include "chat/ChatController.h"
#include "chat/ChatModel.h"
#include "muc/Room.h"
#include "muc/RoomsController.h"
#include "core/Logging.h"
#include "inspector/ProtocolTrace.h"
#include "core/ScreenshotTaker.h"
#include "core/UriHandler.h"
#include "dashboards/Dashboard.h"
#include "dashboards/DashboardsModel.h"
#include "devices/DeviceController.h"
#include "devices/ReadingStore.h"
#include "roster/RosterModel.h"

#include <QDateTime>
#include <QFile>
#include <QQuickWindow>
#include <QXmppUtils.h>

StartupActions::StartupActions(const AppOptions &options, AccountsModel *accounts, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_accounts(accounts)
{
}

bool StartupActions::readPassword(QString *error)
{
    if (!m_options.passwordFromStdin)
        return true;
    if (m_options.account.isEmpty() && m_accounts->rowCount() != 1) {
        *error = QStringLiteral("--password-stdin needs --account JID, or a profile with exactly one account");
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

// --account JID[/RESOURCE]: that account (created if new, its host/port/CA updated if given),
// with that resource among its sessions; else the profile's only account.
Account *StartupActions::unattendedAccount() const
{
    if (m_options.account.isEmpty())
        return m_accounts->at(0);
    const QString bare = QXmppUtils::jidToBareJid(m_options.account);
    const QString resource = QXmppUtils::jidToResource(m_options.account);
    AccountConfig config;
    if (auto *existing = m_accounts->account(bare))
        config = existing->config();
    else
        config.sessions = {{resource.isEmpty() ? QStringLiteral("linnet") : resource, true}};
    config.jid = bare;
    if (!m_options.host.isEmpty())
        config.host = m_options.host;
    if (m_options.port)
        config.port = quint16(m_options.port);
    if (!m_options.caFile.isEmpty())
        config.caCertificatesFile = m_options.caFile;
    auto *account = m_accounts->addAccount(config, {});
    if (!resource.isEmpty() && !account->session(resource))
        account->addSession(resource);
    return account;
}

// --import-dashboard FILE (C5): into the first account (the --account one if given), unless it
// has a dashboard of that name; the import subscribes to the nodes its tiles use.
bool StartupActions::importDashboard(QString *error)
{
    if (m_options.importDashboard.isEmpty())
        return true;
    if (m_options.account.isEmpty() && m_accounts->rowCount() == 0) {
        *error = QStringLiteral("--import-dashboard needs an account in the profile (or --account)");
        return false;
    }
    auto *account = m_options.account.isEmpty() ? m_accounts->at(0) : unattendedAccount();
    QString why;
    if (auto *imported = account->dashboards()->importFile(m_options.importDashboard, DashboardsModel::NameClash::Skip, &why))
        qCInfo(lcApp).noquote() << "Imported dashboard" << imported->name() << "into" << account->jid();
    else if (!why.isEmpty())
        qCWarning(lcApp).noquote() << "Could not import" << m_options.importDashboard << ":" << why;
    else
        qCInfo(lcApp).noquote() << "Dashboard of" << m_options.importDashboard << "already there: not imported again";
    return true;
}

void StartupActions::start(QQuickWindow *window)
{
    m_started.start();
    m_window = window;
    if (!m_password.isEmpty()) {
        auto *account = unattendedAccount();
        connect(account, &Account::onlineSessionsChanged, this, [this, account] { afterLogin(account); });
        const QString resource = QXmppUtils::jidToResource(m_options.account);
        account->setPassword(m_password);
        m_password.clear();
        if (auto *session = account->session(resource))
            account->connectSession(session);
        else
            account->connectAll();
    }
    // The inspector shown at start records from the first frame: the logins are in its trace.
    if (m_options.show == QLatin1String("inspector"))
        m_accounts->trace()->setRecording(true);
    connect(m_accounts, &AccountsModel::passwordNeeded, this,
            [this](Account *account) { m_passwordAsked.insert(account->jid()); });
    m_accounts->connectAtStart();  // the other accounts, as they were
    if ((!m_options.openChat.isEmpty() || !startRoom().isEmpty()) && m_accounts->rowCount() > 0) {
        auto *first = m_accounts->at(0);
        connect(first, &Account::onlineSessionsChanged, this, [this, first] { afterLogin(first); });
    }
    if (m_options.show == QLatin1String("accounts"))
        window->setProperty("accountsPageOpen", true);
    else if (!m_options.show.isEmpty())
        window->setProperty("startView", m_options.show);  // "dashboard", "devices", "inspector", "room:JID", "search:TEXT"
    if (!m_options.commandJid.isEmpty()) {
        // Main.qml opens the command view on the first account and runs the command there.
        window->setProperty("startCommandValues", m_options.commandValues);
        window->setProperty("startCommandNode", m_options.commandNode);
        window->setProperty("startCommandJid", m_options.commandJid);
    }
    if (!m_options.screenshotFile.isEmpty()) {
        auto *taker = new ScreenshotTaker(window, m_options.screenshotFile, this);
        taker->takeWhenSettled([this] { return settled(); });
    }
}

QString StartupActions::startRoom() const
{
    return m_options.show.startsWith(u"room:") ? m_options.show.mid(5) : QString();
}

void StartupActions::afterLogin(Account *account)
{
    // --show room:JID: join it (it is bookmarked then, so the next start joins by itself).
    if (const QString room = startRoom(); !room.isEmpty() && account->onlineSessions() > 0) {
        const Room *joined = account->rooms()->room(room);
        if (!joined || joined->state() == Room::State::NotJoined)
            account->rooms()->join(room);
    }
    if (account->onlineSessions() == 0 || m_options.openChat.isEmpty() || m_sent)
        return;
    account->chats()->openChat(m_options.openChat);
    if (!m_options.sendText.isEmpty()) {
        m_sentAtMs = QDateTime::currentMSecsSinceEpoch();
        m_sent = account->chats()->sendMessage(m_options.sendText);
    }
}

bool StartupActions::settled() const
{
    if (m_uris && m_uris->isPending() && m_started.elapsed() < 20000)
        return false;
    for (auto *account : m_accounts->accounts()) {
        // Every session still on its way (a failed one is a state worth a screenshot too).
        bool started = false;
        for (auto *session : account->sessions()) {
            const auto state = session->connection()->state();
            if (state == ConnectionController::State::Connecting)
                return false;
            started = started || state != ConnectionController::State::Disconnected
                || session->connection()->error() != ConnectionError::Kind::None;
        }
        // Meant to be online but not started yet: its password is still on its way from the
        // keychain (unless the user was asked for it: the prompt is worth a screenshot too).
        if (account->isEnabled() && account->isActive() && !started && !m_passwordAsked.contains(account->jid()))
            return false;
        if (account->onlineSessions() > 0 && !account->roster()->isLoaded())
            return false;
    }
    // A dashboard shows its history once restored from disk and its feeds once subscribed and
    // backfilled (not waited for past 10 s: a profile may keep none, a server may be slow).
    if (m_options.show == QLatin1String("dashboard") && m_started.elapsed() < 10000) {
        for (auto *account : m_accounts->accounts()) {
            if (account->isEnabled() && account->isActive()
                && (!account->readings()->historyLoaded() || account->devices()->isBusy()))
                return false;
        }
    }
    // --command: the command has answered (and the values were submitted and answered), not
    // waited for past 20 s from the start (a login, a listing and two round trips).
    if (!m_options.commandJid.isEmpty() && m_window && m_started.elapsed() < 20000
        && !m_window->property("startCommandDone").toBool())
        return false;
    // Search results name rooms by their names: bookmarks (and so the rooms) are in first.
    if (m_options.show.startsWith(u"search:") && m_started.elapsed() < 10000) {
        for (auto *account : m_accounts->accounts()) {
            if (account->isEnabled() && account->onlineSessions() > 0 && !account->rooms()->bookmarksLoaded())
                return false;
        }
    }
    // A room shows once joined with its history in (a room without history settles too).
    if (const QString room = startRoom(); !room.isEmpty() && m_started.elapsed() < 20000) {
        auto *rooms = m_accounts->at(0)->rooms();
        const Room *joined = rooms->room(room);
        if (!joined || !joined->isJoined() || rooms->conversation(room)->rowCount() == 0)
            return false;
    }
    if (m_sent) {
        // Settled once the buddy has answered: an incoming message newer than ours (history
        // caught up from the archive meanwhile is older).
        const auto *chat = m_accounts->at(0)->chats()->currentChat();
        for (int row = chat->rowCount() - 1; row >= 0; --row) {
            const StoredMessage &message = chat->message(row);
            if (message.timeMs < m_sentAtMs)
                break;
            if (message.direction == StoredMessage::Direction::Incoming)
                return true;
        }
        return false;
    }
    return true;
}
