// xmpp: URIs (RFC 5122, XEP-0147), as a browser or the desktop hands them to `linnet %u`, or a
// second start hands them to the running Linnet (SingleInstance): a chat opens, a room is
// joined, a contact is offered for the roster.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class Account;
class AccountsModel;
class QQuickWindow;

// One parsed xmpp: URI. Parsing never touches an account; invalid input gives isValid() false.
struct XmppUri {
    enum class Action {
        Message,  // no query, ?message: open the chat (body: a draft, never sent by itself)
        Join,     // ?join: join the room (password)
        Roster,   // ?roster or ?subscribe: offer to add the contact (name, group)
    };

    Action action = Action::Message;
    QString jid;      // the target: bare JID, lower-cased
    QString account;  // xmpp://ACCOUNT/...: the account meant to act, lower-cased; else empty
    QString body;     // ?message;body=
    QString password; // ?join;password=
    QString name;     // ?roster;name=
    QString group;    // ?roster;group=
    QString queryType;  // as written (e.g. "message", "command"), empty without a query

    bool isValid() const { return !jid.isEmpty(); }
    // Whether text is meant as an xmpp: URI at all (its scheme), valid or not.
    static bool looksLikeUri(const QString &text);
    static XmppUri parse(const QString &text);
};

// Carries URIs out on the window's account: at once if it is online, else once it is (a URI
// given at start waits for the login). Without any account it waits for one to sign in.
class UriHandler : public QObject
{
    Q_OBJECT

public:
    UriHandler(AccountsModel *accounts, QQuickWindow *window, QObject *parent = nullptr);

    // Queues uri and carries it out as soon as it can; returns what it did or will do, in
    // words for the starting instance's terminal (empty uri: only raises the window).
    QString open(const QString &uri);
    // Whether a URI waits (for a login, a roster): screenshots wait for it to be carried out.
    bool isPending() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    // What was done with a URI, for logs and tests: "chat bob@example.org", "join room@...",
    // "offer contact carol@...".
    void handled(const QString &what);

private Q_SLOTS:
    void tryPending();

private:
    Account *actingAccount(const XmppUri &uri) const;
    bool carryOut(Account *account, const XmppUri &uri);
    void raiseWindow();

    AccountsModel *m_accounts;
    QPointer<QQuickWindow> m_window;
    QList<XmppUri> m_pending;
};
