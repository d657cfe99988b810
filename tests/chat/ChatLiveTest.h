// Helpers of the live ChatController tests (tst_chatcontroller, tst_outbox): a real Prosody, a
// Linnet account whose chats keep everything in a MessageStore on a real SQLite file, and
// plain QXmpp clients as the other side (or as another client on the same account).
#pragma once

#include "AccountHarness.h"
#include "LiveTest.h"
#include "chat/ChatController.h"
#include "chat/ChatModel.h"
#include "StoreProbe.h"
#include "chat/MessageStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppMessage.h>

#include <memory>

namespace ChatLive {

using StoreProbe::openStore;
using StoreProbe::sql;

inline QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// Rows of the file whose body is `body`.
inline int rowsWithBody(const QString &file, const QString &body)
{
    return sql(file, QStringLiteral("SELECT count(*) FROM messages WHERE body = %1").arg(quoted(body))).value(0).toInt();
}

inline int rowCount(const QString &file)
{
    return sql(file, QStringLiteral("SELECT count(*) FROM messages")).value(0).toInt();
}

template<typename Signal, typename Request>
QList<QVariant> ask(MessageStore &store, Signal signal, Request request)
{
    QSignalSpy spy(&store, signal);
    const MessageStore::RequestId id = request();
    for (qsizetype seen = 0;;) {
        for (; seen < spy.size(); ++seen) {
            if (spy.at(seen).at(0).template value<MessageStore::RequestId>() == id)
                return spy.at(seen);
        }
        if (!spy.wait(60000))
            return {};
    }
}

inline QList<StoredMessage> newest(MessageStore &s, const QString &account, const QString &peer, int limit = 1000)
{
    const auto args = ask(s, &MessageStore::pageLoaded, [&] { return s.fetchNewest(account, peer, limit); });
    return args.isEmpty() ? QList<StoredMessage>{} : args.at(1).value<MessagePage>().messages;
}

inline QList<StoredMessage> outbox(MessageStore &s, const QString &account)
{
    const auto args = ask(s, &MessageStore::outboxLoaded, [&] { return s.fetchOutbox(account); });
    return args.isEmpty() ? QList<StoredMessage>{} : args.at(2).value<QList<StoredMessage>>();
}

inline std::pair<bool, QString> integrity(MessageStore &s)
{
    const auto args = ask(s, &MessageStore::integrityChecked, [&] { return s.checkIntegrity(); });
    return args.isEmpty() ? std::pair{false, QStringLiteral("<no answer>")} : std::pair{args.at(1).toBool(), args.at(2).toString()};
}

// The newest stored message of a conversation with this body (rowId 0 if none).
inline StoredMessage findStored(MessageStore &s, const QString &account, const QString &peer, const QString &body)
{
    const auto messages = newest(s, account, peer);
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->body == body)
            return *it;
    }
    return {};
}

inline QXmppMessage chat(const QString &to, const QString &body, const QString &id = {})
{
    QXmppMessage message(QString(), to, body);
    message.setType(QXmppMessage::Chat);
    if (!id.isEmpty())
        message.setId(id);
    return message;
}

}  // namespace ChatLive
