// MessageStore's worker: owns the SQLite connection and lives on the store's thread. Every
// method runs there; MessageStore posts them in order and sends the answers back.
#pragma once

#include "MessageStore.h"
#include "StoredMessage.h"

#include <QObject>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <utility>

class QSqlError;

class MessageStoreWriter : public QObject
{
    Q_OBJECT
public:
    MessageStoreWriter();
    ~MessageStoreWriter() override;

    // The error of the last call ("" when it went well); reading it clears it.
    QString takeError() { return std::exchange(m_error, {}); }
    bool isOpen() const { return m_open; }

    bool open(const QString &file);
    void close();

    // MessageStoreWriter.cpp: writing.
    QList<StoreResult> store(QList<StoredMessage> messages);
    QList<qint64> updateState(const QString &account, const QString &messageId, StoredMessage::State state,
                              const QString &peer);
    int discardAccount(const QString &account);

    // MessageStoreQueries.cpp: reading.
    MessagePage fetchNewest(const QString &account, const QString &peer, int limit);
    MessagePage fetchBefore(const QString &account, const QString &peer, qint64 rowId, int limit);
    MessagePage fetchAfter(const QString &account, const QString &peer, qint64 rowId, int limit);
    MessagePage fetchAround(const QString &account, const QString &peer, qint64 rowId, int limit);
    QString lastStanzaId(const QString &account);
    QList<StoredMessage> outbox(const QString &account);
    MessageSearchResult search(const QString &text, const QString &account, int limit);
    bool checkIntegrity(QString *report);

    // MessageStoreConversations.cpp: read state and mute per conversation.
    qint64 markRead(const QString &account, const QString &peer);
    bool setMuted(const QString &account, const QString &peer, bool muted);
    bool markRoom(const QString &account, const QString &room);
    QList<ConversationState> conversations(const QString &account);

    // "word another" -> "\"word\"* \"another\"*": every word a prefix, FTS5 syntax quoted away;
    // "" when nothing searchable is left.
    static QString ftsQuery(const QString &text);

    struct Statements;  // MessageStoreStatements_p.h

private:
    bool migrate();
    bool setUp();
    bool fail(const QString &what, const QSqlError &error);
    QSqlQuery query() const;
    // The stored row this message is a copy of (rule by rule, see MessageStore.h), or rowId 0.
    StoredMessage findDuplicate(const StoredMessage &message);
    std::optional<StoredMessage> row(qint64 rowId);
    // Rows of a conversation next to (time, row): older ones newest first, or newer ones oldest first.
    // A page at the row rowId: `before` older rows, the row itself or not, `after` newer rows.
    MessagePage pageAt(const QString &account, const QString &peer, qint64 rowId, int before, bool withAnchor,
                       int after);
    QList<StoredMessage> neighbours(const StoredMessage &anchor, bool older, int limit);
    static StoredMessage fromRow(const QSqlQuery &query);

    QString m_connection;
    QString m_error;
    bool m_open = false;
    std::unique_ptr<Statements> m_statements;  // prepared once; gone before the connection
};
