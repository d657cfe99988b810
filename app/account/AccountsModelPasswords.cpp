// AccountsModel: passwords. The keychain (CredentialStore) keeps the remembered ones; without
// one, or without a secret store, the window asks (passwordNeeded) and the password stays in
// memory only.
#include "AccountsModel.h"

#include "Account.h"
#include "core/Logging.h"
#include "security/CredentialStore.h"

void AccountsModel::providePassword(Account *account, const QString &password, bool remember)
{
    if (!m_accounts.contains(account) || password.isEmpty())
        return;
    auto config = account->config();
    if (config.rememberPassword != remember) {
        config.rememberPassword = remember;
        account->setConfig(config);
    }
    if (remember)
        storePassword(account, password);
    account->setPassword(password);
    account->connectAll();
}

void AccountsModel::storePassword(Account *account, const QString &password)
{
    const QString jid = account->jid();
    m_credentials->write(jid, password, this, [this, jid](const CredentialStore::Result &result) {
        if (result.status == CredentialStore::Status::Ok) {
            setKeychainProblem({});
            return;
        }
        qCWarning(lcAccount) << "The password of" << jid << "could not be stored:" << result.error;
        setKeychainProblem(tr("Passwords cannot be remembered: the system's secret store is not available (%1). "
                              "Linnet will ask for them at each start.")
                               .arg(result.error));
    });
}

void AccountsModel::connectAtStart()
{
    for (auto *account : std::as_const(m_accounts)) {
        if (account->isEnabled() && account->isActive() && !account->hasPassword())
            loadPasswordAndConnect(account);
    }
}

void AccountsModel::loadPasswordAndConnect(Account *account)
{
    if (!account->rememberPassword()) {
        Q_EMIT passwordNeeded(account);
        return;
    }
    // The account is the context: a removed account's answer is dropped.
    m_credentials->read(account->jid(), account, [this, account](const CredentialStore::Result &result) {
        switch (result.status) {
        case CredentialStore::Status::Ok:
            account->setPassword(result.password);
            account->connectAll();
            return;
        case CredentialStore::Status::NotFound:
            break;
        case CredentialStore::Status::NoSecretStore:
        case CredentialStore::Status::Failed:
            setKeychainProblem(tr("The system's secret store is not available (%1): enter your password to connect.")
                                   .arg(result.error));
            break;
        }
        Q_EMIT passwordNeeded(account);
    });
}

void AccountsModel::setKeychainProblem(const QString &problem)
{
    if (m_keychainProblem == problem)
        return;
    m_keychainProblem = problem;
    Q_EMIT keychainProblemChanged();
}
