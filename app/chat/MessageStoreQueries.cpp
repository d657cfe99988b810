// MessageStoreWriter: the reading side (pages, the MAM catch-up point, the outbox, search,
// the integrity check).
#include "MessageStoreStatements_p.h"
#include "MessageStoreWriter.h"

#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>

using State = StoredMessage::State;
using Direction = StoredMessage::Direction;

namespace {
// The newest matches (by row) a search sorts by time; see search().
constexpr int SearchWindow = 2000;
}  // namespace

StoredMessage MessageStoreWriter::fromRow(const QSqlQuery &q)
{
    StoredMessage m;
    m.rowId = q.value(0).toLongLong();
    m.account = q.value(1).toString();
    m.peer = q.value(2).toString();
    m.peerResource = q.value(3).toString();
    m.ownResource = q.value(4).toString();
    m.direction = q.value(5).toInt() == int(Direction::Outgoing) ? Direction::Outgoing : Direction::Incoming;
    m.body = q.value(6).toString();
    m.messageId = q.value(7).toString();
    m.originId = q.value(8).toString();
    m.stanzaId = q.value(9).toString();
    m.timeMs = q.value(10).toLongLong();
    m.state = State(std::clamp(q.value(11).toInt(), int(State::Queued), int(State::Received)));
    m.correctionOf = q.value(12).toString();
    m.replyTo = q.value(13).toString();
    return m;
}

MessagePage MessageStoreWriter::fetchNewest(const QString &account, const QString &peer, int limit)
{
    MessagePage page{account.toLower(), peer.toLower(), {}, false, false};
    if (!m_open)
        return page;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(Statements::select() + QStringLiteral("WHERE account = ? AND peer = ? ORDER BY time_ms DESC, id DESC LIMIT ?"));
    q.addBindValue(page.account);
    q.addBindValue(page.peer);
    q.addBindValue(limit + 1);  // one more: are there older ones?
    if (!q.exec()) {
        fail(QStringLiteral("read"), q.lastError());
        return page;
    }
    while (q.next())
        page.messages.prepend(fromRow(q));
    if (page.messages.size() > limit) {
        page.messages.removeFirst();
        page.hasOlder = true;
    }
    return page;
}

QList<StoredMessage> MessageStoreWriter::neighbours(const StoredMessage &anchor, bool older, int limit)
{
    QList<StoredMessage> rows;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    // (time_ms, id) before / after the anchor's; the first condition is the index's range.
    q.prepare(Statements::select()
              + (older ? QStringLiteral("WHERE account = ? AND peer = ? AND time_ms <= ? AND (time_ms < ? OR id < ?)"
                                        " ORDER BY time_ms DESC, id DESC LIMIT ?")
                       : QStringLiteral("WHERE account = ? AND peer = ? AND time_ms >= ? AND (time_ms > ? OR id > ?)"
                                        " ORDER BY time_ms, id LIMIT ?")));
    q.addBindValue(anchor.account);
    q.addBindValue(anchor.peer);
    q.addBindValue(anchor.timeMs);
    q.addBindValue(anchor.timeMs);
    q.addBindValue(anchor.rowId);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(QStringLiteral("read"), q.lastError());
        return rows;
    }
    while (q.next())
        rows << fromRow(q);
    return rows;
}

MessagePage MessageStoreWriter::fetchBefore(const QString &account, const QString &peer, qint64 rowId, int limit)
{
    return pageAt(account, peer, rowId, limit, false, 0);
}

MessagePage MessageStoreWriter::fetchAfter(const QString &account, const QString &peer, qint64 rowId, int limit)
{
    return pageAt(account, peer, rowId, 0, false, limit);
}

MessagePage MessageStoreWriter::fetchAround(const QString &account, const QString &peer, qint64 rowId, int limit)
{
    return pageAt(account, peer, rowId, limit / 2, true, limit - 1 - limit / 2);
}

MessagePage MessageStoreWriter::pageAt(const QString &account, const QString &peer, qint64 rowId, int before,
                                       bool withAnchor, int after)
{
    MessagePage page{account.toLower(), peer.toLower(), {}, false, false};
    if (!m_open)
        return page;
    const auto anchor = row(rowId);
    if (!anchor || anchor->account != page.account || anchor->peer != page.peer)
        return page;  // not a row of this conversation (any more)
    if (before > 0 || withAnchor) {
        auto older = neighbours(*anchor, true, before + 1);  // one more: are there older ones?
        page.hasOlder = older.size() > before;
        older.resize(std::min<qsizetype>(older.size(), before));
        std::reverse(older.begin(), older.end());
        page.messages = older;
    } else {
        page.hasOlder = true;  // the anchor, at least
    }
    if (withAnchor)
        page.messages << *anchor;
    if (after > 0 || withAnchor) {
        auto newer = neighbours(*anchor, false, after + 1);
        page.hasNewer = newer.size() > after;
        newer.resize(std::min<qsizetype>(newer.size(), after));
        page.messages << newer;
    } else {
        page.hasNewer = true;
    }
    return page;
}

QString MessageStoreWriter::lastStanzaId(const QString &account)
{
    if (!m_open)
        return {};
    QSqlQuery q = query();
    q.prepare(QStringLiteral(
        "SELECT stanza_id FROM messages WHERE account = ? AND stanza_id <> ''"
        " AND peer NOT IN (SELECT peer FROM conversations WHERE account = ? AND room = 1)"
        " ORDER BY time_ms DESC, id DESC LIMIT 1"));
    q.addBindValue(account.toLower());
    q.addBindValue(account.toLower());
    if (!q.exec()) {
        fail(QStringLiteral("read"), q.lastError());
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

QList<StoredMessage> MessageStoreWriter::outbox(const QString &account)
{
    QList<StoredMessage> messages;
    if (!m_open)
        return messages;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    // The same condition as the messages_outbox index's.
    q.prepare(Statements::select() + QStringLiteral("WHERE account = ? AND direction = 1 AND state IN (0, 1) ORDER BY time_ms, id"));
    q.addBindValue(account.toLower());
    if (!q.exec()) {
        fail(QStringLiteral("read"), q.lastError());
        return messages;
    }
    while (q.next())
        messages << fromRow(q);
    return messages;
}

QString MessageStoreWriter::ftsQuery(const QString &text)
{
    QStringList terms;
    for (QString word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        // A word of punctuation alone tokenizes to nothing, which FTS5 refuses.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

MessageSearchResult MessageStoreWriter::search(const QString &text, const QString &account, int limit)
{
    MessageSearchResult result{text, {}, false};
    const QString match = ftsQuery(text);
    if (!m_open || match.isEmpty())
        return result;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    // Sorting every match by time is slow for a common word in a big store (hundreds of
    // thousands of rows to read). Rows are inserted roughly in time order, so the newest
    // matches are among the highest row ids: the index hands those out first, and only that
    // window is sorted by time. (An archive page inserted late may have high ids and old
    // times: it sorts below newer rows of the window, as it should.)
    const int window = std::max(SearchWindow, (limit + 1) * 20);
    q.prepare(Statements::select()
              + QStringLiteral("WHERE id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?)")
              + (account.isEmpty() ? QString() : QStringLiteral(" AND account = ?"))
              + QStringLiteral(" ORDER BY time_ms DESC, id DESC LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(window);
    if (!account.isEmpty())
        q.addBindValue(account.toLower());
    q.addBindValue(limit + 1);
    if (!q.exec()) {
        fail(QStringLiteral("search"), q.lastError());
        return result;
    }
    while (q.next())
        result.hits << fromRow(q);
    if (result.hits.size() > limit) {
        result.hits.removeLast();
        result.hasMore = true;
    }
    return result;
}

bool MessageStoreWriter::checkIntegrity(QString *report)
{
    if (!m_open) {
        *report = QStringLiteral("not open");
        return false;
    }
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        *report = q.lastError().text();
        return false;
    }
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    q.finish();
    const bool fileOk = lines == QStringList{QStringLiteral("ok")};
    // rank 1: also compare the index with the messages table it indexes.
    const bool ftsOk = q.exec(QStringLiteral(
        "INSERT INTO messages_fts(messages_fts, rank) VALUES('integrity-check', 1)"));
    if (!ftsOk)
        lines << QStringLiteral("full-text index: ") + q.lastError().text();
    *report = lines.join(QLatin1Char('\n'));
    return fileOk && ftsOk;
}
