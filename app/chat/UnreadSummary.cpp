#include "UnreadSummary.h"

#include "UnreadTracker.h"
#include "account/Account.h"
#include "account/AccountsModel.h"

UnreadSummary::UnreadSummary(QObject *parent)
    : QObject(parent)
{
}

void UnreadSummary::setAccounts(AccountsModel *accounts)
{
    if (m_accounts == accounts)
        return;
    if (m_accounts)
        disconnect(m_accounts, nullptr, this, nullptr);
    m_accounts = accounts;
    if (accounts) {
        connect(accounts, &QAbstractItemModel::rowsInserted, this, &UnreadSummary::rewire);
        connect(accounts, &QAbstractItemModel::rowsRemoved, this, &UnreadSummary::rewire);
        connect(accounts, &QAbstractItemModel::modelReset, this, &UnreadSummary::rewire);
    }
    rewire();
    Q_EMIT accountsChanged();
}

void UnreadSummary::setExcept(Account *account)
{
    if (m_except == account)
        return;
    m_except = account;
    update();
    Q_EMIT exceptChanged();
}

void UnreadSummary::rewire()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_accounts) {
        for (auto *account : m_accounts->accounts())
            m_connections << connect(account->unread(), &UnreadTracker::totalChanged, this, &UnreadSummary::update);
    }
    update();
}

void UnreadSummary::update()
{
    int total = 0;
    if (m_accounts) {
        for (auto *account : m_accounts->accounts()) {
            if (account != m_except)
                total += account->unread()->total();
        }
    }
    if (total != m_total) {
        m_total = total;
        Q_EMIT totalChanged();
    }
}
