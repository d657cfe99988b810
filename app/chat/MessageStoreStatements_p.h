// MessageStoreWriter's prepared statements and the column list that fromRow() reads.
#pragma once

#include "MessageStoreWriter.h"

#include <QSqlQuery>

struct MessageStoreWriter::Statements {
    // In StoredMessage's order; MessageStoreWriter::fromRow() reads them by position.
    static constexpr QLatin1StringView Columns{
        "id, account, peer, peer_resource, own_resource, direction, body, message_id, origin_id, stanza_id,"
        " time_ms, state, correction_of, reply_to"};
    // "SELECT <Columns> FROM messages "
    static QString select() { return QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM messages "); }

    QSqlQuery insert;
    QSqlQuery merge;
    QSqlQuery byStanzaId;
    QSqlQuery byOriginId;
    QSqlQuery byMessageId;
    QSqlQuery byRow;
};
