#include "CommandsController.h"

#include "CommandHistory.h"
#include "account/Account.h"
#include "account/Session.h"

#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>
#include <QXmppUtils.h>

namespace {
Session *firstOnline(const Account *account)
{
    const auto sessions = account->sessions();
    auto it = std::find_if(sessions.cbegin(), sessions.cend(), [](Session *s) { return s->isOnline(); });
    return it == sessions.cend() ? nullptr : *it;
}
}  // namespace

CommandsController::CommandsController(Account *account)
    : QObject(account)
    , m_account(account)
    , m_history(new CommandHistory(account->jid(), this))
{
    connect(account, &Account::contactResourcesChanged, this, &CommandsController::targetsChanged);
    // Which session routes (and what it sees) changes with the sessions.
    connect(account, &Account::onlineSessionsChanged, this, [this] { Q_EMIT targetsChanged({}); });
    connect(account, &Account::sessionsChanged, this, [this] { Q_EMIT targetsChanged({}); });
}

CommandsController::~CommandsController() = default;

QStringList CommandsController::onlineResources(const QString &bareJid) const
{
    auto *session = firstOnline(m_account);
    if (!session)
        return {};
    auto *roster = session->client()->findExtension<QXmppRosterManager>();
    QStringList resources;
    const auto presences = roster->getAllPresencesForBareJid(bareJid);
    for (auto it = presences.cbegin(); it != presences.cend(); ++it) {
        if (it->type() != QXmppPresence::Available || it.key().isEmpty())
            continue;
        // Our own account: not the session that would send the request.
        if (bareJid.compare(m_account->jid(), Qt::CaseInsensitive) == 0 && it.key() == session->resource())
            continue;
        resources << it.key();
    }
    resources.sort();
    return resources;
}

std::optional<CommandsController::Route> CommandsController::route(const QString &jid) const
{
    auto *session = firstOnline(m_account);
    if (!session || jid.isEmpty())
        return std::nullopt;
    Route route{session, jid};
    if (QXmppUtils::jidToResource(jid).isEmpty()) {
        const QStringList resources = onlineResources(jid);
        if (!resources.isEmpty())
            route.to = jid + QLatin1Char('/') + resources.constFirst();
    }
    return route;
}

AdHoc::CommandClient *CommandsController::client(Session *session) const
{
    return session ? session->commands() : nullptr;
}

QStringList CommandsController::targets(const QString &jid) const
{
    if (jid.isEmpty())
        return {};
    if (!QXmppUtils::jidToResource(jid).isEmpty())
        return {jid};
    QStringList targets;
    for (const auto &resource : onlineResources(jid))
        targets << jid + QLatin1Char('/') + resource;
    if (targets.isEmpty())
        targets << jid;
    return targets;
}
