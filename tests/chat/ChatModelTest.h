// Helpers of the ChatModel tests (tst_chatmodel*.cpp): a real MessageStore on a temporary
// SQLite file, messages to store in it, and waiting for a model's pages.
#pragma once

#include "chat/ChatModel.h"
#include "chat/MessageStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ChatModelTest {
inline const QString Alice = QStringLiteral("alice@linnet.test");
inline const QString Bob = QStringLiteral("bob@linnet.test");
inline const QString Room = QStringLiteral("garden@conference.linnet.test");
inline constexpr qint64 T0 = 1'780'000'000'000;  // some day in 2026, ms
inline constexpr int Wait = 60000;                // a loaded machine: waiting, not timing

using Direction = StoredMessage::Direction;
using State = StoredMessage::State;

inline StoredMessage message(Direction direction, const QString &body, qint64 timeMs, const QString &id = {},
                             const QString &peer = Bob)
{
    StoredMessage m;
    m.account = Alice;
    m.peer = peer;
    m.direction = direction;
    m.body = body;
    m.messageId = id;
    m.originId = id;
    m.timeMs = timeMs;
    m.state = direction == Direction::Outgoing ? State::Queued : State::Received;
    m.ownResource = QStringLiteral("desk");
    return m;
}

inline StoredMessage in(const QString &body, qint64 timeMs, const QString &id = {})
{
    return message(Direction::Incoming, body, timeMs, id);
}

inline StoredMessage out(const QString &body, qint64 timeMs, const QString &id = {})
{
    return message(Direction::Outgoing, body, timeMs, id);
}

// A store on a file of its own; every call waits for the store's answer.
class Store
{
public:
    Store()
    {
        QSignalSpy opened(&store, &MessageStore::opened);
        store.open(dir.filePath(MessageStore::FileName));
        if (!opened.wait(Wait))
            qWarning("the store did not open: %s", qPrintable(store.error()));
    }

    QList<StoreResult> put(const QList<StoredMessage> &messages)
    {
        QSignalSpy spy(&store, &MessageStore::stored);
        const auto id = store.store(messages);
        for (qsizetype seen = 0;;) {
            for (; seen < spy.size(); ++seen) {
                if (spy.at(seen).at(0).value<MessageStore::RequestId>() == id)
                    return spy.at(seen).at(1).value<QList<StoreResult>>();
            }
            if (!spy.wait(Wait))
                return {};
        }
    }
    StoredMessage put(const StoredMessage &message)
    {
        const auto results = put(QList<StoredMessage>{message});
        return results.isEmpty() ? StoredMessage{} : results.first().message;
    }
    // `count` messages, one a second from `from`, alternately incoming and outgoing: "m0", "m1", ...
    QList<StoredMessage> fill(int count, qint64 from = T0, int first = 0)
    {
        QList<StoredMessage> messages;
        for (int i = first; i < first + count; ++i) {
            const QString body = QStringLiteral("m%1").arg(i);
            messages << (i % 2 ? out(body, from + i * 1000, body) : in(body, from + i * 1000, body));
        }
        QList<StoredMessage> stored;
        for (const auto &result : put(messages))
            stored << result.message;
        return stored;
    }

    QTemporaryDir dir;
    MessageStore store;
};

inline bool settled(const ChatModel &model)
{
    return model.isLoaded() && !model.isLoading() && !model.isLoadingOlder() && !model.isLoadingNewer();
}

inline QString body(const ChatModel &model, int row)
{
    return model.index(row).data(ChatModel::BodyRole).toString();
}
}  // namespace ChatModelTest

// Waits until the model has its page(s).
#define WAIT_SETTLED(model) QTRY_VERIFY_WITH_TIMEOUT(ChatModelTest::settled(model), ChatModelTest::Wait)
