// The unread total over the accounts of a profile, for a badge that stands for several
// accounts (the account switcher: what waits in the accounts not shown). Follows accounts
// coming and going and each account's UnreadTracker::total.
#pragma once

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class Account;
class AccountsModel;

class UnreadSummary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("account/Account.h")
    Q_MOC_INCLUDE("account/AccountsModel.h")
    Q_PROPERTY(AccountsModel *accounts READ accounts WRITE setAccounts NOTIFY accountsChanged)
    // Left out of the total (the account on screen), or null for none.
    Q_PROPERTY(Account *except READ except WRITE setExcept NOTIFY exceptChanged)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)

public:
    explicit UnreadSummary(QObject *parent = nullptr);

    AccountsModel *accounts() const { return m_accounts; }
    void setAccounts(AccountsModel *accounts);
    Account *except() const { return m_except; }
    void setExcept(Account *account);
    int total() const { return m_total; }

Q_SIGNALS:
    void accountsChanged();
    void exceptChanged();
    void totalChanged();

private:
    void rewire();
    void update();

    QPointer<AccountsModel> m_accounts;
    QPointer<Account> m_except;
    QList<QMetaObject::Connection> m_connections;
    int m_total = 0;
};
