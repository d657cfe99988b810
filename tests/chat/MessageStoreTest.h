// The message store's tests (tst_messagestore*.cpp): one class, its helpers. Every request is
// asked through the real MessageStore (its thread, its signals) against a real SQLite file.
#pragma once

#include "StoreProbe.h"
#include "chat/MessageStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Direction = StoredMessage::Direction;
using State = StoredMessage::State;

namespace StoreTest {

using StoreProbe::openStore;
using StoreProbe::sql;
inline const QString Alice = QStringLiteral("alice@linnet.test");
inline const QString Bob = QStringLiteral("bob@linnet.test");
inline const QString Carol = QStringLiteral("carol@linnet.test");
inline const QString Dave = QStringLiteral("dave@linnet.test");
inline constexpr qint64 T0 = 1'780'000'000'000;  // some day in 2026, ms

struct Ids {
    QString messageId, originId, stanzaId;
};

inline StoredMessage message(const QString &account, const QString &peer, Direction direction, const QString &body,
                             Ids ids = {}, qint64 timeMs = T0)
{
    StoredMessage m;
    m.account = account;
    m.peer = peer;
    m.direction = direction;
    m.body = body;
    m.messageId = ids.messageId;
    m.originId = ids.originId;
    m.stanzaId = ids.stanzaId;
    m.timeMs = timeMs;
    m.state = direction == Direction::Outgoing ? State::Queued : State::Received;
    m.ownResource = QStringLiteral("desk");
    return m;
}

inline StoredMessage incoming(const QString &body, Ids ids = {}, qint64 timeMs = T0, const QString &peer = Bob)
{
    return message(Alice, peer, Direction::Incoming, body, ids, timeMs);
}

inline StoredMessage outgoing(const QString &body, Ids ids = {}, qint64 timeMs = T0, const QString &peer = Bob)
{
    return message(Alice, peer, Direction::Outgoing, body, ids, timeMs);
}

// Makes the request, waits for the answer that carries its id, returns that signal's arguments.
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

inline QList<StoreResult> store(MessageStore &s, const QList<StoredMessage> &messages)
{
    const auto args = ask(s, &MessageStore::stored, [&] { return s.store(messages); });
    return args.isEmpty() ? QList<StoreResult>{} : args.at(1).value<QList<StoreResult>>();
}

inline StoreResult store(MessageStore &s, const StoredMessage &message)
{
    const auto results = store(s, QList<StoredMessage>{message});
    return results.isEmpty() ? StoreResult{} : results.first();
}

template<typename Request>
MessagePage page(MessageStore &s, Request request)
{
    const auto args = ask(s, &MessageStore::pageLoaded, request);
    return args.isEmpty() ? MessagePage{} : args.at(1).template value<MessagePage>();
}

inline MessagePage newest(MessageStore &s, int limit, const QString &account = Alice, const QString &peer = Bob)
{
    return page(s, [&] { return s.fetchNewest(account, peer, limit); });
}

inline QList<StoredMessage> outbox(MessageStore &s, const QString &account = Alice)
{
    const auto args = ask(s, &MessageStore::outboxLoaded, [&] { return s.fetchOutbox(account); });
    return args.isEmpty() ? QList<StoredMessage>{} : args.at(2).value<QList<StoredMessage>>();
}

inline QString lastStanzaId(MessageStore &s, const QString &account = Alice)
{
    const auto args = ask(s, &MessageStore::lastStanzaIdLoaded, [&] { return s.fetchLastStanzaId(account); });
    return args.isEmpty() ? QStringLiteral("<no answer>") : args.at(2).toString();
}

inline QList<qint64> updateState(MessageStore &s, const QString &messageId, State state, const QString &peer = {})
{
    const auto args = ask(s, &MessageStore::stateUpdated,
                          [&] { return s.updateState(Alice, messageId, state, peer); });
    return args.isEmpty() ? QList<qint64>{-1} : args.at(4).value<QList<qint64>>();
}

inline MessageSearchResult search(MessageStore &s, const QString &text, const QString &account = {}, int limit = 50)
{
    const auto args = ask(s, &MessageStore::searchFinished, [&] { return s.search(text, account, limit); });
    return args.isEmpty() ? MessageSearchResult{} : args.at(1).value<MessageSearchResult>();
}

inline QList<ConversationState> conversations(MessageStore &s, const QString &account = Alice)
{
    const auto args = ask(s, &MessageStore::conversationsLoaded, [&] { return s.fetchConversations(account); });
    return args.isEmpty() ? QList<ConversationState>{} : args.at(2).value<QList<ConversationState>>();
}

inline qint64 markRead(MessageStore &s, const QString &peer, const QString &account = Alice)
{
    const auto args = ask(s, &MessageStore::readMarked, [&] { return s.markRead(account, peer); });
    return args.isEmpty() ? -1 : args.at(3).toLongLong();
}

inline std::pair<bool, QString> integrity(MessageStore &s)
{
    const auto args = ask(s, &MessageStore::integrityChecked, [&] { return s.checkIntegrity(); });
    return args.isEmpty() ? std::pair{false, QStringLiteral("<no answer>")} : std::pair{args.at(1).toBool(), args.at(2).toString()};
}

inline QStringList bodies(const QList<StoredMessage> &messages)
{
    QStringList out;
    for (const auto &m : messages)
        out << m.body;
    return out;
}

}  // namespace StoreTest

class TestMessageStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    // tst_messagestore.cpp: the file, and what is one message.
    void migratesFromEmpty();
    void refusesANewerSchema();
    void reopenKeepsEverything();
    void sameStanzaIdIsOneMessage();
    void sameOriginIdIsOneMessage();
    void sameMessageIdWithoutIdsIsOneMessage();
    void differentMessagesAreNotMerged();
    void duplicatesWithinABatch();
    // tst_messagestore_queries.cpp: what can be asked.
    void pagesInOrderWithBoundaries();
    void pageAroundARow();
    void outboxOldestFirst();
    void stateUpdates();
    void searchesBodies();
    void integrityCheckFindsDamage();
    void hundredThousandMessages();
    void twoAccountsAtOnce();
    void twoStoresOnOneFile();
    // tst_messagestore_conversations.cpp: read state and mute per conversation.
    void unreadAfterTheLastReadRow();
    void olderHistoryIsNotUnread();
    void muteIsKept();
    void historyBeforeSchema2CountsAsRead();
    void discardAccountForgetsConversations();
    void roomStanzaIdsAreNotTheCatchUpPoint();
    // tst_messagestore_kill.cpp: killed while writing.
    void survivesAKill();
    void writerChild();  // the process survivesAKill() kills; skipped on its own

private:
    QString file() const { return m_dir->filePath(QStringLiteral("profile/") + MessageStore::FileName); }
    std::unique_ptr<QTemporaryDir> m_dir;
};
