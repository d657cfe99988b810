// An account's ad-hoc commands (XEP-0050): where a command for a JID goes (which of our
// sessions sends it, to which resource), which entities' commands to list, and the account's
// command history. QML reaches it as `account.commands`; the command views (CommandListModel,
// CommandRunner, CommandHistoryModel) and pinned command tiles work through it.
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace AdHoc {
class CommandClient;
}
class Account;
class CommandHistory;
class Session;

class CommandsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Account::commands")

public:
    explicit CommandsController(Account *account);
    ~CommandsController() override;

    // Where a command for `jid` goes: a full JID as is; a bare JID with online resources (as
    // the account's sessions see its presence): its first online resource; a bare JID without
    // resources, a server or a service: as is. Through the first online session.
    struct Route {
        Session *session = nullptr;
        QString to;
    };
    std::optional<Route> route(const QString &jid) const;  // nullopt: no session online
    AdHoc::CommandClient *client(Session *session) const;
    CommandHistory *history() const { return m_history; }  // this account's history

    // The full JIDs whose commands to list for `jid`: a full JID itself; a bare JID's online
    // resources, else the bare JID (a server, a service, an offline contact).
    Q_INVOKABLE QStringList targets(const QString &jid) const;

Q_SIGNALS:
    // The presence of bareJid changed (its targets may have), or our sessions went online or
    // offline (every target may have: bareJid is empty then).
    void targetsChanged(const QString &bareJid);

private:
    QStringList onlineResources(const QString &bareJid) const;

    Account *m_account;
    CommandHistory *m_history;
};
