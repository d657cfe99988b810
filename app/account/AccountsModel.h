// The accounts of this profile, for QML (one row per account) and for start-up: what the
// profile keeps of them (AccountConfig in linnet.ini; passwords only in the keychain through
// CredentialStore), which sessions were online, and bringing those back at start.
#pragma once

#include "AccountConfig.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

class Account;
class CredentialStore;
class MessageStore;
class NetworkThread;
class ProtocolTrace;

class AccountsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates it and passes it to the window")
    Q_MOC_INCLUDE("account/Account.h")
    Q_MOC_INCLUDE("inspector/ProtocolTrace.h")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The secret store could not be reached: passwords are asked for at each connect.
    Q_PROPERTY(QString keychainProblem READ keychainProblem NOTIFY keychainProblemChanged)
    // Why the last addAccount() or registerAccount() was refused (an invalid address, say), else
    // empty.
    Q_PROPERTY(QString addError READ addError NOTIFY addErrorChanged)
    // Why the last updateAccount() was refused, else empty.
    Q_PROPERTY(QString editError READ editError NOTIFY editErrorChanged)
    // The protocol inspector's trace: every account's AMQP frames and XMPP stanzas (issue 13).
    Q_PROPERTY(ProtocolTrace *trace READ trace CONSTANT)

public:
    enum Role {
        AccountRole = Qt::UserRole + 1,
        JidRole,
        DisplayNameRole,
        EnabledRole,
        OnlineSessionsRole,
        SessionCountRole,
    };
    Q_ENUM(Role)

    AccountsModel(const QString &settingsFile, NetworkThread *network, CredentialStore *credentials,
                  QObject *parent = nullptr);
    ~AccountsModel() override;

    // The profile's message store (profile/messages.sqlite), shared by its accounts' chats and
    // by search; opened with the model.
    MessageStore *messageStore() const { return m_messages.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QList<Account *> accounts() const { return m_accounts; }
    Q_INVOKABLE Account *account(const QString &jid) const;
    Q_INVOKABLE Account *at(int row) const { return m_accounts.value(row); }
    // The first account with a session meant to be online, or null.
    Q_INVOKABLE Account *firstActive() const;
    QString keychainProblem() const { return m_keychainProblem; }
    QString addError() const { return m_addError; }
    QString editError() const { return m_editError; }
    ProtocolTrace *trace() const { return m_trace; }

    // Adds an account (or, for a JID already here, updates where it connects) and logs its
    // sessions in with this password; remember: keep the password in the keychain. jid may
    // name the first resource (alice@example.org/desk). Null for an invalid address (addError).
    Q_INVOKABLE Account *addAccount(const QString &jid, const QString &password, const QString &host, int port,
                                    bool remember = true);
    Account *addAccount(const AccountConfig &config, const QString &password);
    // Creates the account on its server (in-band registration, XEP-0077) and logs its first
    // session in with it; the account's registration() tells how it goes, its first session's
    // connection error why it failed. remember: the password goes to the keychain once the
    // server has created the account. Null, with addError, for an invalid address or password,
    // or an account Linnet has already.
    Q_INVOKABLE Account *registerAccount(const QString &jid, const QString &password, const QString &host, int port,
                                         bool remember = true);
    Account *registerAccount(const AccountConfig &config, const QString &password);
    // What the user may change of an account: its display name (empty: the JID's user part),
    // where it connects (empty host: from the JID; port 0: the default), an extra CA file and
    // whether the keychain keeps its password. Sessions online stay connected; a session
    // connects with the new host and port from its next connect (one waiting to reconnect tries
    // them at once). "remember" off deletes the stored password; on stores the one this run
    // knows, if any. False, with editError, for values that cannot work.
    Q_INVOKABLE bool updateAccount(Account *account, const QString &displayName, const QString &host, int port,
                                   bool remember, const QString &caCertificatesFile);
    // Removes the account and its stored password; its local data too when asked.
    Q_INVOKABLE void removeAccount(Account *account, bool removeLocalData = false);
    // Gives a password to an account that asked for one (not remembered, or no keychain).
    Q_INVOKABLE void providePassword(Account *account, const QString &password, bool remember);

    // At start: every enabled account connects the sessions that were online, with its
    // password from the keychain (or asks for it).
    void connectAtStart();

Q_SIGNALS:
    void countChanged();
    void keychainProblemChanged();
    void addErrorChanged();
    void editErrorChanged();
    // An account needs a password from the user (the window shows a prompt).
    void passwordNeeded(Account *account);

private:
    Account *insert(const AccountConfig &config);
    void save() const;
    void storePassword(Account *account, const QString &password);
    void loadPasswordAndConnect(Account *account);
    void setKeychainProblem(const QString &problem);
    void rowChanged(Account *account);
    void setAddError(const QString &error);
    void setEditError(const QString &error);
    // Whether the profile keeps this account (not while its server has yet to create it).
    static bool isKept(const Account *account);

    QString m_settingsFile;
    // Every account's messages, in the profile beside the settings; deleted after the accounts.
    std::unique_ptr<MessageStore> m_messages;
    NetworkThread *m_network;
    CredentialStore *m_credentials;
    ProtocolTrace *m_trace;  // before the accounts, which record into it
    QList<Account *> m_accounts;
    QString m_keychainProblem;
    QString m_addError;
    QString m_editError;
};
