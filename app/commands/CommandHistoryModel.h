// One device's command history for a list view: newest first, loaded asynchronously from the
// account's CommandHistory and kept live (new entries appear at the top as they are recorded).
#pragma once

#include "CommandHistory.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class Account;

class CommandHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("account/Account.h")
    Q_PROPERTY(Account *account READ account WRITE setAccount NOTIFY accountChanged)
    Q_PROPERTY(QString device READ device WRITE setDevice NOTIFY deviceChanged)  // bare JID
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        TimeRole = Qt::UserRole + 1,  // QDateTime (local)
        ResourceRole,
        CommandRole,
        ValuesRole,
        OutcomeRole,  // "completed" | "executing" | "canceled" | "error"
        ResultRole,
        RoundTripMsRole,
        ToRole,
        NodeRole,
    };
    Q_ENUM(Role)

    explicit CommandHistoryModel(QObject *parent = nullptr);

    Account *account() const { return m_account; }
    void setAccount(Account *account);
    QString device() const { return m_device; }
    void setDevice(const QString &device);
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QList<CommandHistoryEntry> entries() const { return m_entries; }

    // How many entries are loaded at most.
    static constexpr int Limit = 200;

Q_SIGNALS:
    void accountChanged();
    void deviceChanged();
    void countChanged();
    void loadingChanged();

private:
    void reload();
    void loaded(const QString &device, const QList<CommandHistoryEntry> &entries);
    void recorded(const CommandHistoryEntry &entry);

    QPointer<Account> m_account;
    QPointer<CommandHistory> m_history;
    QString m_device;
    QList<CommandHistoryEntry> m_entries;
    QList<CommandHistoryEntry> m_early;  // recorded while loading
    bool m_loading = false;
};
