#include "CommandHistoryModel.h"

#include "CommandsController.h"
#include "account/Account.h"

#include <QDateTime>

CommandHistoryModel::CommandHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CommandHistoryModel::setAccount(Account *account)
{
    if (m_account == account)
        return;
    if (m_history)
        m_history->disconnect(this);
    m_account = account;
    m_history = account ? account->commands()->history() : nullptr;
    if (m_history) {
        connect(m_history, &CommandHistory::entriesLoaded, this, &CommandHistoryModel::loaded);
        connect(m_history, &CommandHistory::recorded, this, &CommandHistoryModel::recorded);
    }
    Q_EMIT accountChanged();
    reload();
}

void CommandHistoryModel::setDevice(const QString &device)
{
    if (m_device == device)
        return;
    m_device = device;
    Q_EMIT deviceChanged();
    reload();
}

void CommandHistoryModel::reload()
{
    const bool hadRows = !m_entries.isEmpty();
    beginResetModel();
    m_entries.clear();
    m_early.clear();
    endResetModel();
    if (hadRows)
        Q_EMIT countChanged();
    const bool loading = m_history && !m_device.isEmpty();
    if (loading)
        m_history->load(m_device.toLower(), Limit);
    if (std::exchange(m_loading, loading) != loading)
        Q_EMIT loadingChanged();
}

void CommandHistoryModel::loaded(const QString &device, const QList<CommandHistoryEntry> &entries)
{
    // Another model's load (the history is the account's), or an older one of ours.
    if (!m_loading || device != m_device.toLower())
        return;
    beginResetModel();
    m_entries = entries;
    // Recorded after the load was asked for, and possibly in it already.
    for (const auto &entry : std::as_const(m_early)) {
        if (!m_entries.contains(entry))
            m_entries.prepend(entry);
    }
    m_early.clear();
    endResetModel();
    m_loading = false;
    Q_EMIT loadingChanged();
    Q_EMIT countChanged();
}

void CommandHistoryModel::recorded(const CommandHistoryEntry &entry)
{
    if (m_device.isEmpty() || entry.device.compare(m_device, Qt::CaseInsensitive) != 0)
        return;
    if (m_loading) {
        m_early << entry;
        return;
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    Q_EMIT countChanged();
}

int CommandHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CommandHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &entry = m_entries.at(index.row());
    switch (role) {
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(entry.timeMs).toLocalTime();
    case ResourceRole:
        return entry.resource;
    case Qt::DisplayRole:
    case CommandRole:
        return entry.command;
    case ValuesRole:
        return entry.values;
    case OutcomeRole:
        return CommandHistory::outcomeName(entry.outcome);
    case ResultRole:
        return entry.result;
    case RoundTripMsRole:
        return entry.roundTripMs;
    case ToRole:
        return entry.to;
    case NodeRole:
        return entry.node;
    default:
        return {};
    }
}

QHash<int, QByteArray> CommandHistoryModel::roleNames() const
{
    return {{TimeRole, "time"},           {ResourceRole, "resource"}, {CommandRole, "command"},
            {ValuesRole, "values"},       {OutcomeRole, "outcome"},   {ResultRole, "result"},
            {RoundTripMsRole, "roundTripMs"}, {ToRole, "to"},         {NodeRole, "node"}};
}
