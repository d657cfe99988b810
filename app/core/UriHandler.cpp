#include "UriHandler.h"

#include "account/Account.h"
#include "account/AccountsModel.h"
#include "chat/ChatController.h"
#include "muc/RoomsController.h"
#include "roster/RosterModel.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickWindow>

Q_LOGGING_CATEGORY(lcUri, "linnet.uri", QtInfoMsg)

namespace {
QString describe(const XmppUri &uri)
{
    switch (uri.action) {
    case XmppUri::Action::Join:
        return QStringLiteral("join ") + uri.jid;
    case XmppUri::Action::Roster:
        return QStringLiteral("offer contact ") + uri.jid;
    case XmppUri::Action::Message:
        break;
    }
    return QStringLiteral("chat ") + uri.jid;
}
}  // namespace

UriHandler::UriHandler(AccountsModel *accounts, QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_window(window)
{
    // Whatever may let a waiting URI go ahead: a login, a roster, the window's account.
    const auto watch = [this](Account *account) {
        connect(account, &Account::onlineSessionsChanged, this, &UriHandler::tryPending);
        connect(account->roster(), &RosterModel::loadedChanged, this, &UriHandler::tryPending);
    };
    for (auto *account : m_accounts->accounts())
        watch(account);
    connect(m_accounts, &QAbstractItemModel::rowsInserted, this, [this, watch](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            watch(m_accounts->at(row));
    });
    if (window)
        connect(window, SIGNAL(accountChanged()), this, SLOT(tryPending()));  // a QML property
}

QString UriHandler::open(const QString &text)
{
    raiseWindow();
    if (text.isEmpty())
        return QStringLiteral("raised");
    const XmppUri uri = XmppUri::parse(text);
    if (!uri.isValid()) {
        qCWarning(lcUri).noquote() << "Not an xmpp: address Linnet can open:" << text;
        return QStringLiteral("invalid ") + text;
    }
    m_pending.append(uri);
    tryPending();
    // Still there: it waits for a login (or a roster).
    for (const XmppUri &waiting : std::as_const(m_pending)) {
        if (waiting.jid == uri.jid && waiting.action == uri.action)
            return QStringLiteral("waiting ") + describe(uri);
    }
    return describe(uri);
}

// The account the URI names (xmpp://ACCOUNT/...), else the one the window shows.
Account *UriHandler::actingAccount(const XmppUri &uri) const
{
    if (!uri.account.isEmpty()) {
        if (auto *named = m_accounts->account(uri.account))
            return named;
        qCWarning(lcUri).noquote() << "No account" << uri.account << "in this profile: using the one shown";
    }
    if (!m_window)
        return nullptr;
    return qobject_cast<Account *>(m_window->property("account").value<QObject *>());
}

void UriHandler::tryPending()
{
    for (qsizetype i = 0; i < m_pending.size();) {
        const XmppUri uri = m_pending.at(i);
        Account *account = actingAccount(uri);
        if (account && carryOut(account, uri)) {
            m_pending.removeAt(i);
            qCInfo(lcUri).noquote() << "xmpp: URI carried out:" << describe(uri) << "as" << account->jid();
            Q_EMIT handled(describe(uri));
        } else {
            ++i;
        }
    }
}

// False while the account cannot act yet (offline, roster not in).
bool UriHandler::carryOut(Account *account, const XmppUri &uri)
{
    switch (uri.action) {
    case XmppUri::Action::Message:
        // The conversation is local: it opens offline too (sending waits in the outbox).
        account->chats()->openChat(uri.jid);
        return true;
    case XmppUri::Action::Join:
        if (account->onlineSessions() == 0)
            return false;
        if (!account->rooms()->join(uri.jid, {}, uri.password))
            return true;  // refused as invalid: nothing to wait for
        if (m_window)
            m_window->setProperty("startView", QString(QStringLiteral("room:") + uri.jid));
        return true;
    case XmppUri::Action::Roster:
        if (account->onlineSessions() == 0 || !account->roster()->isLoaded())
            return false;
        account->chats()->openChat(uri.jid);
        // A contact already: its chat is the answer. Otherwise the window offers to add it
        // (Main.qml's offerContact: "jid\nname\ngroup"; the user confirms, nothing is sent before).
        if (!account->roster()->item(uri.jid) && m_window)
            m_window->setProperty("offerContact", QStringList{uri.jid, uri.name, uri.group}.join(QLatin1Char('\n')));
        return true;
    }
    return true;
}

void UriHandler::raiseWindow()
{
    // Offscreen (screenshots, tests) has nothing to raise, and says so on every call.
    if (!m_window || QGuiApplication::platformName() == u"offscreen")
        return;
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}
