// The commands an entity offers (XEP-0050 disco#items), for a command list: one row per
// command, over every target of the JID (CommandsController::targets: each online resource of
// a bare JID, or the JID itself). Refreshes itself when the account or JID is set and when the
// JID's targets change (its resources come and go). A contact or device without an online
// resource is not asked (its bare JID does not answer for it): the list says it is offline.
#pragma once

#include "adhoc/CommandIq.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class Account;

class CommandListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("account/Account.h")
    Q_PROPERTY(Account *account READ account WRITE setAccount NOTIFY accountChanged)
    Q_PROPERTY(QString jid READ jid WRITE setJid NOTIFY jidChanged)  // full or bare
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    // Why the list could not be had (of the last refresh; "" when every target answered).
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The JID is a contact or device (user@domain) with no resource online (as far as our
    // presence knows): nothing listed until one comes online. Never for a server or service.
    Q_PROPERTY(bool offline READ isOffline NOTIFY offlineChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        NodeRole,
        JidRole,       // full JID the command is run at
        ResourceRole,  // of that JID ("" for a bare JID)
    };
    Q_ENUM(Role)

    explicit CommandListModel(QObject *parent = nullptr);

    Account *account() const { return m_account; }
    void setAccount(Account *account);
    QString jid() const { return m_jid; }
    void setJid(const QString &jid);
    bool isLoading() const { return m_pending > 0; }
    QString errorText() const { return m_errorText; }
    bool isOffline() const { return m_offline; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    QList<AdHoc::CommandInfo> commands() const { return m_commands; }

Q_SIGNALS:
    void accountChanged();
    void jidChanged();
    void loadingChanged();
    void errorTextChanged();
    void countChanged();
    void offlineChanged();

private:
    void targetsChanged(const QString &bareJid);
    void setErrorText(const QString &text);
    void setOffline(bool offline);
    void clear();

    QPointer<Account> m_account;
    QString m_jid;
    QList<AdHoc::CommandInfo> m_commands;
    QString m_errorText;
    bool m_offline = false;
    int m_pending = 0;
    quint64 m_generation = 0;  // answers to an older refresh are dropped
    QMetaObject::Connection m_targetsConnection;
};
