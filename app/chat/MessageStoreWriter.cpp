// MessageStoreWriter: opening and migrating the file, storing with de-duplication, state
// updates. The reading side is in MessageStoreQueries.cpp.
#include "MessageStoreWriter.h"

#include "MessageSchema.h"
#include "MessageStoreStatements_p.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

using State = StoredMessage::State;
using Direction = StoredMessage::Direction;

MessageStoreWriter::MessageStoreWriter()
    : m_connection(QStringLiteral("linnet-messages-%1").arg(quintptr(this)))
{
}

MessageStoreWriter::~MessageStoreWriter()
{
    close();
}

QSqlQuery MessageStoreWriter::query() const
{
    return QSqlQuery(QSqlDatabase::database(m_connection, false));
}

bool MessageStoreWriter::fail(const QString &what, const QSqlError &error)
{
    m_error = QStringLiteral("Could not %1 the message store: %2").arg(what, error.text());
    return false;
}

void MessageStoreWriter::close()
{
    m_statements.reset();  // prepared statements go before their connection
    m_open = false;
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        auto db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool MessageStoreWriter::open(const QString &file)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(file);
        // Another Linnet on the same profile may hold the write lock for a moment.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            fail(QStringLiteral("open"), db.lastError());
            close();
            return false;
        }
    }
    if (!migrate() || !setUp()) {
        close();
        return false;
    }
    m_open = true;
    return true;
}

bool MessageStoreWriter::migrate()
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(QStringLiteral("read the schema version of"), q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > MessageSchema::Version) {
        m_error = QStringLiteral("The message store was written by a newer Linnet (schema %1, this one knows %2)")
                      .arg(version)
                      .arg(MessageSchema::Version);
        return false;
    }
    // Only once the file is known to be ours: WAL changes its header. synchronous=NORMAL in WAL
    // loses nothing when the app is killed, only on a power cut.
    for (const auto *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
        // Switching to WAL while another connection opens the same file can find it locked
        // without SQLite's busy handler waiting: try again for a moment (this thread's own;
        // the GUI never waits for it).
        bool ok = q.exec(QString::fromLatin1(pragma));
        for (int attempt = 0; !ok && attempt < 100 && q.lastError().text().contains(QLatin1String("locked")); ++attempt) {
            QThread::msleep(20);
            ok = q.exec(QString::fromLatin1(pragma));
        }
        if (!ok)
            return fail(QStringLiteral("set up"), q.lastError());
        q.finish();
    }
    if (version == MessageSchema::Version)
        return true;
    // Another connection may migrate the same file at this moment: take the write lock first
    // (waits up to the busy timeout), then look again at what is left to do.
    const auto rollback = [&](int to, const QSqlError &error) {
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(QStringLiteral("migrate (to schema %1)").arg(to), error);
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return rollback(version + 1, q.lastError());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return rollback(version + 1, q.lastError());
    const int current = q.value(0).toInt();
    q.finish();
    for (int v = current; v < MessageSchema::Version; ++v) {
        for (const auto statement : MessageSchema::Migrations[size_t(v)]) {
            if (!q.exec(QString::fromLatin1(statement.data(), qsizetype(statement.size()))))
                return rollback(v + 1, q.lastError());
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1)))
            return rollback(v + 1, q.lastError());
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollback(MessageSchema::Version, q.lastError());
    if (current < MessageSchema::Version)
        qCInfo(lcChat) << "Message store migrated from schema" << current << "to" << MessageSchema::Version;
    return true;
}

bool MessageStoreWriter::setUp()
{
    m_statements = std::make_unique<Statements>();
    const auto db = QSqlDatabase::database(m_connection, false);
    const auto prepare = [&](QSqlQuery &q, const QString &sql) {
        q = QSqlQuery(db);
        q.setForwardOnly(true);
        return q.prepare(sql) || fail(QStringLiteral("prepare a statement for"), q.lastError());
    };
    // Each repeats its partial index's condition (id <> ''): SQLite only uses a partial index
    // when the query's WHERE implies the index's, and a bound value says nothing about that.
    const QString select = Statements::select() + QStringLiteral("WHERE ");
    return prepare(m_statements->insert,
                   QStringLiteral("INSERT INTO messages(account, peer, peer_resource, own_resource, direction, body,"
                                  " message_id, origin_id, stanza_id, time_ms, state, correction_of, reply_to)"
                                  " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        && prepare(m_statements->merge,
                   QStringLiteral("UPDATE messages SET peer_resource = ?, own_resource = ?, message_id = ?,"
                                  " origin_id = ?, stanza_id = ?, state = ? WHERE id = ?"))
        && prepare(m_statements->byStanzaId, select + QStringLiteral("account = ? AND stanza_id = ? AND stanza_id <> '' LIMIT 1"))
        && prepare(m_statements->byOriginId,
                   select + QStringLiteral("account = ? AND peer = ? AND direction = ? AND origin_id = ? AND origin_id <> '' LIMIT 1"))
        && prepare(m_statements->byMessageId,
                   select + QStringLiteral("account = ? AND message_id = ? AND message_id <> '' AND peer = ? AND direction = ?"))
        && prepare(m_statements->byRow, select + QStringLiteral("id = ?"));
}

std::optional<StoredMessage> MessageStoreWriter::row(qint64 rowId)
{
    QSqlQuery &q = m_statements->byRow;
    q.bindValue(0, rowId);
    std::optional<StoredMessage> found;
    if (!q.exec()) {
        fail(QStringLiteral("read"), q.lastError());
        return found;
    }
    if (q.next())
        found = fromRow(q);
    q.finish();
    return found;
}

StoredMessage MessageStoreWriter::findDuplicate(const StoredMessage &m)
{
    const auto first = [this](QSqlQuery &q) {
        StoredMessage found;
        if (!q.exec()) {
            fail(QStringLiteral("read"), q.lastError());
            return found;
        }
        if (q.next())
            found = fromRow(q);
        q.finish();
        return found;
    };
    // 1. The account's server gave both the same archive id.
    if (!m.stanzaId.isEmpty()) {
        QSqlQuery &q = m_statements->byStanzaId;
        q.bindValue(0, m.account);
        q.bindValue(1, m.stanzaId);
        if (const auto found = first(q); found.rowId)
            return found;
    }
    // 2. The sending client gave both the same origin-id (a resend archived twice included).
    if (!m.originId.isEmpty()) {
        QSqlQuery &q = m_statements->byOriginId;
        q.bindValue(0, m.account);
        q.bindValue(1, m.peer);
        q.bindValue(2, int(m.direction));
        q.bindValue(3, m.originId);
        if (const auto found = first(q); found.rowId)
            return found;
    }
    // 3. Only the message id is left to compare, unless the stronger ids tell them apart.
    if (!m.messageId.isEmpty()) {
        QSqlQuery &q = m_statements->byMessageId;
        q.bindValue(0, m.account);
        q.bindValue(1, m.messageId);
        q.bindValue(2, m.peer);
        q.bindValue(3, int(m.direction));
        if (!q.exec()) {
            fail(QStringLiteral("read"), q.lastError());
            return {};
        }
        StoredMessage found;
        while (q.next()) {
            const auto candidate = fromRow(q);
            const bool bothStanza = !candidate.stanzaId.isEmpty() && !m.stanzaId.isEmpty();
            const bool bothOrigin = !candidate.originId.isEmpty() && !m.originId.isEmpty();
            if (!bothStanza && !bothOrigin) {
                found = candidate;
                break;
            }
        }
        q.finish();
        return found;
    }
    return {};
}

namespace {
// SQLite's NOT NULL: a null QString binds as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void normalize(StoredMessage &m)
{
    m.rowId = 0;
    m.account = m.account.toLower();
    m.peer = m.peer.toLower();
    if (m.timeMs == 0)
        m.timeMs = QDateTime::currentMSecsSinceEpoch();
    if (m.direction == Direction::Incoming)
        m.state = State::Received;
    else if (m.state == State::Received)
        m.state = State::Acknowledged;  // an outgoing copy that came from the server
}

// Fills what the stored row lacks from its copy; returns whether anything changed.
bool mergeInto(StoredMessage &stored, const StoredMessage &copy)
{
    bool changed = false;
    using Fill = std::pair<QString *, const QString *>;
    for (auto [field, value] : std::initializer_list<Fill>{{&stored.peerResource, &copy.peerResource},
                                                           {&stored.ownResource, &copy.ownResource},
                                                           {&stored.messageId, &copy.messageId},
                                                           {&stored.originId, &copy.originId},
                                                           {&stored.stanzaId, &copy.stanzaId}}) {
        if (field->isEmpty() && !value->isEmpty()) {
            *field = *value;
            changed = true;
        }
    }
    if (stored.direction == Direction::Outgoing && StoredMessage::rank(copy.state) > StoredMessage::rank(stored.state)) {
        stored.state = copy.state;
        changed = true;
    }
    return changed;
}
}  // namespace

QList<StoreResult> MessageStoreWriter::store(QList<StoredMessage> messages)
{
    QList<StoreResult> results(messages.size());
    if (!m_open)
        return results;  // error() already says why
    QSqlQuery control = query();
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(QStringLiteral("write to"), control.lastError());
        return results;
    }
    // m_error says what went wrong; nothing of the batch is kept.
    const auto abort = [&] {
        control.exec(QStringLiteral("ROLLBACK"));
        return QList<StoreResult>(messages.size());
    };
    const auto abortOn = [&](const QSqlQuery &q) {
        fail(QStringLiteral("write to"), q.lastError());
        return abort();
    };
    for (qsizetype i = 0; i < messages.size(); ++i) {
        StoredMessage &m = messages[i];
        normalize(m);
        StoreResult &result = results[i];
        StoredMessage stored = findDuplicate(m);
        if (!m_error.isEmpty())
            return abort();
        if (stored.rowId) {
            result.changed = mergeInto(stored, m);
            if (result.changed) {
                QSqlQuery &q = m_statements->merge;
                int c = 0;
                for (const auto *value : {&stored.peerResource, &stored.ownResource, &stored.messageId,
                                          &stored.originId, &stored.stanzaId})
                    q.bindValue(c++, text(*value));
                q.bindValue(c++, int(stored.state));
                q.bindValue(c++, stored.rowId);
                if (!q.exec())
                    return abortOn(q);
            }
            result.message = stored;
            continue;
        }
        QSqlQuery &q = m_statements->insert;
        int c = 0;
        for (const auto *value : {&m.account, &m.peer, &m.peerResource, &m.ownResource})
            q.bindValue(c++, text(*value));
        q.bindValue(c++, int(m.direction));
        for (const auto *value : {&m.body, &m.messageId, &m.originId, &m.stanzaId})
            q.bindValue(c++, text(*value));
        q.bindValue(c++, m.timeMs);
        q.bindValue(c++, int(m.state));
        q.bindValue(c++, text(m.correctionOf));
        q.bindValue(c++, text(m.replyTo));
        if (!q.exec())
            return abortOn(q);
        m.rowId = q.lastInsertId().toLongLong();
        result.message = m;
        result.inserted = true;
    }
    if (!control.exec(QStringLiteral("COMMIT")))
        return abortOn(control);
    return results;
}

QList<qint64> MessageStoreWriter::updateState(const QString &account, const QString &messageId, State state,
                                              const QString &peer)
{
    QList<qint64> changed;
    // Received is no outgoing state; an empty id would match every message without one.
    if (!m_open || state == State::Received || messageId.isEmpty())
        return changed;
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, state FROM messages WHERE account = ? AND message_id = ? AND message_id <> '' AND direction = 1")
              + (peer.isEmpty() ? QString() : QStringLiteral(" AND peer = ?")));
    q.addBindValue(account.toLower());
    q.addBindValue(messageId);
    if (!peer.isEmpty())
        q.addBindValue(peer.toLower());
    if (!q.exec()) {
        fail(QStringLiteral("read"), q.lastError());
        return changed;
    }
    while (q.next()) {
        const auto old = State(q.value(1).toInt());
        const bool retry = old == State::Failed && state == State::Queued;
        if (retry || StoredMessage::rank(state) > StoredMessage::rank(old))
            changed << q.value(0).toLongLong();
    }
    q.finish();
    for (const qint64 rowId : std::as_const(changed)) {
        q.prepare(QStringLiteral("UPDATE messages SET state = ? WHERE id = ?"));
        q.addBindValue(int(state));
        q.addBindValue(rowId);
        if (!q.exec()) {
            fail(QStringLiteral("write to"), q.lastError());
            return {};
        }
    }
    return changed;
}

int MessageStoreWriter::discardAccount(const QString &account)
{
    if (!m_open)
        return 0;
    QSqlQuery q = query();
    q.prepare(QStringLiteral("DELETE FROM messages WHERE account = ?"));
    q.addBindValue(account.toLower());
    if (!q.exec()) {
        fail(QStringLiteral("delete from"), q.lastError());
        return 0;
    }
    const int rows = q.numRowsAffected();
    q.prepare(QStringLiteral("DELETE FROM conversations WHERE account = ?"));
    q.addBindValue(account.toLower());
    if (!q.exec())
        fail(QStringLiteral("delete from"), q.lastError());
    return rows;
}
