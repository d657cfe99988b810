#include "CommandListModel.h"

#include "CommandsController.h"
#include "account/Account.h"
#include "adhoc/CommandClient.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QXmppUtils.h>

CommandListModel::CommandListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CommandListModel::setAccount(Account *account)
{
    if (m_account == account)
        return;
    disconnect(m_targetsConnection);
    m_account = account;
    if (account)
        m_targetsConnection = connect(account->commands(), &CommandsController::targetsChanged, this, &CommandListModel::targetsChanged);
    Q_EMIT accountChanged();
    refresh();
}

void CommandListModel::setJid(const QString &jid)
{
    if (m_jid == jid)
        return;
    m_jid = jid;
    Q_EMIT jidChanged();
    refresh();
}

void CommandListModel::targetsChanged(const QString &bareJid)
{
    // Empty: our sessions changed, every target may have.
    if (bareJid.isEmpty() || bareJid.compare(QXmppUtils::jidToBareJid(m_jid), Qt::CaseInsensitive) == 0)
        refresh();
}

int CommandListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commands.size());
}

QVariant CommandListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &command = m_commands.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return command.name.isEmpty() ? command.node : command.name;
    case NodeRole:
        return command.node;
    case JidRole:
        return command.jid;
    case ResourceRole:
        return QXmppUtils::jidToResource(command.jid);
    default:
        return {};
    }
}

QHash<int, QByteArray> CommandListModel::roleNames() const
{
    return {{NameRole, "name"}, {NodeRole, "node"}, {JidRole, "jid"}, {ResourceRole, "resource"}};
}

void CommandListModel::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void CommandListModel::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged();
}

void CommandListModel::clear()
{
    if (m_commands.isEmpty())
        return;
    beginResetModel();
    m_commands.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void CommandListModel::refresh()
{
    const quint64 generation = ++m_generation;
    const bool wasLoading = isLoading();
    m_pending = 0;
    const auto finish = [this, wasLoading] {
        if (wasLoading != isLoading())
            Q_EMIT loadingChanged();
    };
    auto *commands = m_account ? m_account->commands() : nullptr;
    const auto route = commands ? commands->route(m_jid) : std::nullopt;
    if (!route) {
        // Keep what was listed: the list comes back with the session, and an empty JID or
        // account means there is nothing to list.
        if (!m_account || m_jid.isEmpty()) {
            clear();
            setErrorText({});
        } else {
            setErrorText(QCoreApplication::translate("CommandListModel", "Not connected."));
        }
        setOffline(false);
        finish();
        return;
    }
    auto *client = commands->client(route->session);
    const QStringList targets = commands->targets(m_jid);
    setErrorText({});
    // A contact or device answers at its resources only: with none online (or its presence
    // not in yet) disco#items at the bare JID fails. targetsChanged refreshes when one comes.
    const bool offline = !QXmppUtils::jidToUser(m_jid).isEmpty() && targets.size() == 1
        && QXmppUtils::jidToResource(targets.constFirst()).isEmpty();
    if (offline) {
        clear();
        setOffline(true);
        finish();
        return;
    }
    setOffline(false);
    m_pending = int(targets.size());
    finish();
    // The new list replaces the old one as the answers come in (a resource that went away
    // takes its commands with it).
    auto fresh = std::make_shared<QList<AdHoc::CommandInfo>>();
    for (const auto &target : targets) {
        client->listCommands(target).then(this, [this, generation, target, fresh](AdHoc::CommandClient::ListResult &&result) {
            if (generation != m_generation)
                return;
            if (auto *list = std::get_if<QList<AdHoc::CommandInfo>>(&result)) {
                for (auto info : std::as_const(*list)) {
                    if (info.jid.isEmpty())
                        info.jid = target;
                    *fresh << info;
                }
            } else {
                const auto &error = std::get<AdHoc::CommandError>(result);
                qCInfo(lcCommands) << "Could not list the commands of" << target << ":" << error.text;
                setErrorText(error.text);
            }
            if (--m_pending > 0)
                return;
            beginResetModel();
            m_commands = *fresh;
            endResetModel();
            Q_EMIT countChanged();
            Q_EMIT loadingChanged();
        });
    }
}
