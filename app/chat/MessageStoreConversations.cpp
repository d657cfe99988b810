// MessageStoreWriter: per conversation, what was read and whether it is muted (the
// conversations table of schema 2; MessageSchema.h says why it looks the way it does).
#include "MessageStoreWriter.h"

#include <QSqlError>

qint64 MessageStoreWriter::markRead(const QString &account, const QString &peer)
{
    if (!m_open)
        return 0;
    const QString a = account.toLower(), p = peer.toLower();
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, time_ms FROM messages WHERE account = ? AND peer = ?"
                             " ORDER BY time_ms DESC, id DESC LIMIT 1"));
    q.addBindValue(a);
    q.addBindValue(p);
    if (!q.exec()) {
        fail(QStringLiteral("read"), q.lastError());
        return 0;
    }
    if (!q.next())
        return 0;  // nothing to read
    const qint64 rowId = q.value(0).toLongLong();
    const qint64 timeMs = q.value(1).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO conversations(account, peer, last_read_id, last_read_ms) VALUES(?, ?, ?, ?)"
                             " ON CONFLICT(account, peer) DO UPDATE SET last_read_id = excluded.last_read_id,"
                             " last_read_ms = excluded.last_read_ms"));
    q.addBindValue(a);
    q.addBindValue(p);
    q.addBindValue(rowId);
    q.addBindValue(timeMs);
    if (!q.exec()) {
        fail(QStringLiteral("write to"), q.lastError());
        return 0;
    }
    return rowId;
}

bool MessageStoreWriter::setMuted(const QString &account, const QString &peer, bool muted)
{
    if (!m_open)
        return false;
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO conversations(account, peer, muted) VALUES(?, ?, ?)"
                             " ON CONFLICT(account, peer) DO UPDATE SET muted = excluded.muted"));
    q.addBindValue(account.toLower());
    q.addBindValue(peer.toLower());
    q.addBindValue(muted ? 1 : 0);
    if (!q.exec())
        return fail(QStringLiteral("write to"), q.lastError());
    return true;
}

bool MessageStoreWriter::markRoom(const QString &account, const QString &room)
{
    if (!m_open)
        return false;
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO conversations(account, peer, room) VALUES(?, ?, 1)"
                             " ON CONFLICT(account, peer) DO UPDATE SET room = 1"));
    q.addBindValue(account.toLower());
    q.addBindValue(room.toLower());
    if (!q.exec())
        return fail(QStringLiteral("write to"), q.lastError());
    return true;
}

QList<ConversationState> MessageStoreWriter::conversations(const QString &account)
{
    QList<ConversationState> out;
    if (!m_open)
        return out;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    // Per conversation a range of the page index from the last-read time on; capped, so a
    // conversation never read costs at most the cap.
    q.prepare(QStringLiteral(
        "SELECT peer, last_read_id, muted, (SELECT COUNT(*) FROM (SELECT 1 FROM messages m"
        "  WHERE m.account = c.account AND m.peer = c.peer AND m.time_ms >= c.last_read_ms"
        "  AND (m.time_ms > c.last_read_ms OR m.id > c.last_read_id) AND m.direction = 0 LIMIT ?))"
        " FROM conversations c WHERE c.account = ?"));
    q.addBindValue(MessageStore::UnreadCountCap);
    q.addBindValue(account.toLower());
    if (!q.exec()) {
        fail(QStringLiteral("read"), q.lastError());
        return out;
    }
    while (q.next()) {
        ConversationState state{q.value(0).toString(), q.value(3).toInt(), q.value(1).toLongLong(), q.value(2).toInt() != 0};
        if (state.unread > 0 || state.muted)
            out << state;
    }
    return out;
}
