#include "SearchModel.h"
#include "muc/RoomsModel.h"
#include "muc/RoomsController.h"
#include "muc/Room.h"

#include "SearchSnippet.h"
#include "account/Account.h"
#include "account/AccountsModel.h"
#include "chat/ChatController.h"
#include "chat/MessageStore.h"
#include "core/Logging.h"
#include "muc/Room.h"
#include "muc/RoomsController.h"
#include "muc/RoomsModel.h"
#include "roster/RosterModel.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

SearchModel::SearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        m_limit = PageSize;
        search(m_limit);
    });
}

void SearchModel::setAccounts(AccountsModel *accounts)
{
    if (m_accounts == accounts)
        return;
    disconnect(m_storeConnection);
    m_accounts = accounts;
    if (accounts && accounts->messageStore()) {
        m_storeConnection = connect(accounts->messageStore(), &MessageStore::searchFinished, this,
                                    [this](MessageStore::RequestId id, const MessageSearchResult &result) {
                                        if (id == m_request)
                                            answer(id, result);
                                    });
    }
    Q_EMIT accountsChanged();
    if (!m_query.isEmpty())
        searchNow();
}

void SearchModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    m_debounce.start();
    setBusy(true);
}

void SearchModel::setDelay(int ms)
{
    if (ms == m_debounce.interval())
        return;
    m_debounce.setInterval(std::max(0, ms));
    Q_EMIT delayChanged();
}

void SearchModel::searchNow()
{
    m_debounce.stop();
    m_limit = PageSize;
    search(m_limit);
}

void SearchModel::showMore()
{
    if (!m_hasMore || m_request)
        return;
    m_limit = std::min(m_limit * 2, int(MessageStore::MaxLimit));
    search(m_limit);
}

void SearchModel::search(int limit)
{
    auto *store = m_accounts ? m_accounts->messageStore() : nullptr;
    if (!store || SearchSnippet::terms(m_query).isEmpty()) {
        // Nothing to search for: no rows, nothing running.
        m_request = 0;
        answer(0, MessageSearchResult{m_query, {}, false});
        return;
    }
    m_request = store->search(m_query, {}, limit);
    setBusy(true);
}

void SearchModel::answer(quint64, const MessageSearchResult &result)
{
    m_request = 0;
    const QStringList terms = SearchSnippet::terms(result.text);
    QList<Row> rows;
    rows.reserve(result.hits.size());
    for (const auto &hit : result.hits) {
        // Messages of an account no longer in the profile cannot be opened.
        auto *account = m_accounts ? m_accounts->account(hit.account) : nullptr;
        if (!account)
            continue;
        watchNames(account);
        const QString snippet = SearchSnippet::build(hit.body, terms);
        rows << Row{account, hit, snippet, SearchSnippet::plain(snippet)};
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_hasMore = result.hasMore;
    m_searched = result.text;
    endResetModel();
    qCDebug(lcChat) << "Search found" << m_rows.size() << (m_hasMore ? "and more" : "");
    Q_EMIT resultsChanged();
    setBusy(m_debounce.isActive());
}

void SearchModel::setBusy(bool busy)
{
    busy = busy || m_debounce.isActive() || m_request != 0;
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

QString SearchModel::nameOf(const Row &row)
{
    const QString &peer = row.message.peer;
    if (!row.account)
        return peer;
    if (const Room *room = row.account->rooms()->room(peer); room && !room->name().isEmpty())
        return room->name();
    // The roster's name, else the JID's user part.
    const QString name = row.account->roster() ? row.account->roster()->displayName(peer) : QString();
    return name.isEmpty() ? peer : name;
}

void SearchModel::watchNames(Account *account)
{
    if (m_watched.contains(account))
        return;
    m_watched.insert(account);
    connect(account, &QObject::destroyed, this, [this, account] { m_watched.remove(account); });
    const auto refresh = [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole, NameRole, TitleRole});
    };
    for (QAbstractItemModel *names : {static_cast<QAbstractItemModel *>(account->roster()),
                                      static_cast<QAbstractItemModel *>(account->rooms()->model())}) {
        if (!names)
            continue;
        connect(names, &QAbstractItemModel::modelReset, this, refresh);
        connect(names, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(names, &QAbstractItemModel::dataChanged, this, refresh);
    }
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return nameOf(row);
    case AccountRole:
        return QVariant::fromValue(row.account.data());
    case AccountNameRole:
        return row.account ? row.account->displayName() : row.message.account;
    case PeerRole:
        return row.message.peer;
    case TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(row.message.timeMs, QTimeZone::UTC);
    case TimeTextRole:
        return timeText(QDateTime::fromMSecsSinceEpoch(row.message.timeMs).toLocalTime(), QDateTime::currentDateTime());
    case SnippetRole:
        return row.snippet;
    case OutgoingRole:
        return row.message.direction == StoredMessage::Direction::Outgoing;
    case RowIdRole:
        return row.message.rowId;
    case TitleRole:
        return row.message.direction == StoredMessage::Direction::Outgoing ? tr("You → %1").arg(nameOf(row)) : nameOf(row);
    case PlainSnippetRole:
        return row.plainSnippet;
    }
    return {};
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{AccountRole, "account"},   {AccountNameRole, "accountName"}, {PeerRole, "peer"},
            {NameRole, "name"},         {TimestampRole, "timestamp"},     {TimeTextRole, "timeText"},
            {SnippetRole, "snippet"},   {OutgoingRole, "outgoing"},       {RowIdRole, "rowId"},
            {TitleRole, "title"},       {PlainSnippetRole, "plainSnippet"}};
}

Account *SearchModel::open(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).account)
        return nullptr;
    const Row &r = m_rows.at(row);
    Account *account = r.account;
    account->chats()->openChatAt(r.message.peer, r.message.rowId);
    Q_EMIT opened(account, r.message.peer, r.message.rowId);
    return account;
}

QString SearchModel::timeText(const QDateTime &time, const QDateTime &now)
{
    const QLocale locale;
    const qint64 days = time.date().daysTo(now.date());
    if (days == 0) {
        // Some locales' short format has seconds (C's does): a list needs minutes.
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
        return locale.toString(time.time(), format);
    }
    if (days > 0 && days < 7)
        return locale.dayName(time.date().dayOfWeek(), QLocale::ShortFormat);
    if (time.date().year() == now.date().year())
        return locale.toString(time.date(), QStringLiteral("d MMM"));
    return locale.toString(time.date(), QStringLiteral("d MMM yyyy"));
}
