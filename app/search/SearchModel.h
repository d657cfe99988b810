// Search over every account's messages, for the search page: set `query` as the user types
// (searched after a short pause; at once with searchNow()), read the results as rows, newest
// first. It asks the profile's message store (AccountsModel::messageStore()->search: FTS5,
// every word a prefix, case and diacritics ignored) and only shows what it asked last.
//
// Roles: account (Account*), accountName, peer (bare JID), name (the contact's roster name, or
// the JID), timestamp (QDateTime), timeText ("14:05", "Mon", "3 Mar", "3 Mar 2024"), snippet
// (escaped rich text, matches in bold: SearchSnippet), plainSnippet, title ("You → name" for
// our own messages), outgoing, rowId.
// open(row) opens the result's conversation at its row (ChatController::openChatAt) and returns
// the account, which the page switches to.
#pragma once

#include "chat/StoredMessage.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class Account;
class AccountsModel;

class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("account/Account.h")
    Q_MOC_INCLUDE("account/AccountsModel.h")
    Q_PROPERTY(AccountsModel *accounts READ accounts WRITE setAccounts NOTIFY accountsChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // The query the rows answer ("" before any search); differs from query while one runs.
    Q_PROPERTY(QString searchedText READ searchedText NOTIFY resultsChanged)
    // A search was asked and has not answered yet (or waits for the pause after typing).
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
    // More messages match than are shown: showMore() asks for more.
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY resultsChanged)
    // The pause after the last keystroke before searching, ms.
    Q_PROPERTY(int delay READ delay WRITE setDelay NOTIFY delayChanged)

public:
    enum Role {
        AccountRole = Qt::UserRole + 1,
        AccountNameRole,
        PeerRole,
        NameRole,
        TimestampRole,
        TimeTextRole,
        SnippetRole,
        OutgoingRole,
        RowIdRole,
        TitleRole,         // the name, or "You → name" for our own message
        PlainSnippetRole,  // the snippet's text without markup (accessible names)
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 50;

    explicit SearchModel(QObject *parent = nullptr);

    AccountsModel *accounts() const { return m_accounts; }
    void setAccounts(AccountsModel *accounts);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString searchedText() const { return m_searched; }
    bool isBusy() const { return m_debounce.isActive() || m_request != 0; }
    bool hasMore() const { return m_hasMore; }
    int delay() const { return m_debounce.interval(); }
    void setDelay(int ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Searches for query now (Enter), without waiting for the pause.
    Q_INVOKABLE void searchNow();
    Q_INVOKABLE void showMore();
    // Opens row's conversation at its message; returns its account (null for a bad row).
    Q_INVOKABLE Account *open(int row);

    // "14:05" today, the weekday within a week, "3 Mar" this year, else with the year.
    static QString timeText(const QDateTime &time, const QDateTime &now);

Q_SIGNALS:
    void accountsChanged();
    void queryChanged();
    void busyChanged();
    void resultsChanged();
    void delayChanged();
    // open() opened this account's conversation peer at rowId.
    void opened(Account *account, const QString &peer, qint64 rowId);

private:
    struct Row {
        QPointer<Account> account;
        StoredMessage message;
        QString snippet;
        QString plainSnippet;
    };
    // The conversation's name as the account knows it now (room name, roster name, JID); the
    // names follow the rosters and rooms, which may load after a search (at start).
    static QString nameOf(const Row &row);
    void watchNames(Account *account);
    void search(int limit);
    void answer(quint64 id, const MessageSearchResult &result);
    void setBusy(bool busy);

    QPointer<AccountsModel> m_accounts;
    QString m_query;
    QString m_searched;
    QList<Row> m_rows;
    QSet<Account *> m_watched;  // accounts whose roster and rooms refresh the names
    bool m_hasMore = false;
    int m_limit = PageSize;
    quint64 m_request = 0;  // the search whose answer is awaited (0: none)
    bool m_busy = false;
    QTimer m_debounce;
    QMetaObject::Connection m_storeConnection;
};
