#include "MessageStore.h"

#include "MessageStoreWriter.h"
#include "core/Logging.h"


#include <algorithm>

MessageStore::MessageStore(QObject *parent)
    : QObject(parent)
    , m_worker(new MessageStoreWriter, QStringLiteral("linnet-messages"))
    , m_writer(m_worker.worker())
{
    qRegisterMetaType<StoredMessage>();
    qRegisterMetaType<StoreResult>();
    qRegisterMetaType<MessagePage>();
    qRegisterMetaType<MessageSearchResult>();
    qRegisterMetaType<QList<StoredMessage>>();
    qRegisterMetaType<QList<StoreResult>>();
    qRegisterMetaType<ConversationState>();
    qRegisterMetaType<QList<ConversationState>>();
}

MessageStore::~MessageStore() = default;  // the worker finishes what is queued, then closes

void MessageStore::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    if (!error.isEmpty())
        qCWarning(lcChat).noquote() << error;
    Q_EMIT errorChanged();
}

template<typename Work, typename Deliver>
MessageStore::RequestId MessageStore::post(Work work, Deliver deliver)
{
    const RequestId id = ++m_lastId;
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, id, work = std::move(work),
                                         deliver = std::move(deliver)]() mutable {
        auto result = work(writer);
        const QString error = writer->takeError();
        // Context `this`: dropped if the store is gone by then (it waits for this thread first).
        QMetaObject::invokeMethod(this, [this, id, result = std::move(result), error, deliver = std::move(deliver)] {
            if (!error.isEmpty())
                setError(error);
            deliver(id, result);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return id;
}

void MessageStore::open(const QString &databaseFile)
{
    if (!m_file.isEmpty() || databaseFile.isEmpty())
        return;
    m_file = databaseFile;
    post([databaseFile](MessageStoreWriter *writer) { return writer->open(databaseFile); },
         [this](RequestId, bool ok) {
             if (!ok)
                 return;  // the error came along
             m_open = true;
             setError({});
             qCInfo(lcChat) << "Message store open:" << m_file;
             Q_EMIT opened();
         });
}

MessageStore::RequestId MessageStore::store(const QList<StoredMessage> &messages)
{
    return post([messages](MessageStoreWriter *writer) { return writer->store(messages); },
                [this](RequestId id, const QList<StoreResult> &results) { Q_EMIT stored(id, results); });
}

MessageStore::RequestId MessageStore::updateState(const QString &account, const QString &messageId,
                                                  StoredMessage::State state, const QString &peer)
{
    return post(
        [account, messageId, state, peer](MessageStoreWriter *writer) {
            return writer->updateState(account, messageId, state, peer);
        },
        [this, account, messageId, state](RequestId id, const QList<qint64> &rows) {
            Q_EMIT stateUpdated(id, account.toLower(), messageId, state, rows);
        });
}

MessageStore::RequestId MessageStore::discardAccount(const QString &account)
{
    qCInfo(lcChat) << "Discarding the stored messages of" << account;
    return post([account](MessageStoreWriter *writer) { return writer->discardAccount(account); },
                [this, account](RequestId id, int rows) { Q_EMIT accountDiscarded(id, account.toLower(), rows); });
}

MessageStore::RequestId MessageStore::fetchPage(Page kind, const QString &account, const QString &peer,
                                                qint64 rowId, int limit)
{
    limit = std::clamp(limit, 1, MaxLimit);
    return post(
        [kind, account, peer, rowId, limit](MessageStoreWriter *writer) {
            switch (kind) {
            case Page::Newest:
                return writer->fetchNewest(account, peer, limit);
            case Page::Before:
                return writer->fetchBefore(account, peer, rowId, limit);
            case Page::After:
                return writer->fetchAfter(account, peer, rowId, limit);
            case Page::Around:
                break;
            }
            return writer->fetchAround(account, peer, rowId, limit);
        },
        [this](RequestId id, const MessagePage &page) { Q_EMIT pageLoaded(id, page); });
}

MessageStore::RequestId MessageStore::fetchNewest(const QString &account, const QString &peer, int limit)
{
    return fetchPage(Page::Newest, account, peer, 0, limit);
}

MessageStore::RequestId MessageStore::fetchBefore(const QString &account, const QString &peer, qint64 rowId, int limit)
{
    return fetchPage(Page::Before, account, peer, rowId, limit);
}

MessageStore::RequestId MessageStore::fetchAfter(const QString &account, const QString &peer, qint64 rowId, int limit)
{
    return fetchPage(Page::After, account, peer, rowId, limit);
}

MessageStore::RequestId MessageStore::fetchAround(const QString &account, const QString &peer, qint64 rowId, int limit)
{
    return fetchPage(Page::Around, account, peer, rowId, limit);
}

MessageStore::RequestId MessageStore::fetchLastStanzaId(const QString &account)
{
    return post([account](MessageStoreWriter *writer) { return writer->lastStanzaId(account); },
                [this, account](RequestId id, const QString &stanzaId) {
                    Q_EMIT lastStanzaIdLoaded(id, account.toLower(), stanzaId);
                });
}

MessageStore::RequestId MessageStore::fetchOutbox(const QString &account)
{
    return post([account](MessageStoreWriter *writer) { return writer->outbox(account); },
                [this, account](RequestId id, const QList<StoredMessage> &messages) {
                    Q_EMIT outboxLoaded(id, account.toLower(), messages);
                });
}

MessageStore::RequestId MessageStore::search(const QString &text, const QString &account, int limit)
{
    limit = std::clamp(limit, 1, MaxLimit);
    return post([text, account, limit](MessageStoreWriter *writer) { return writer->search(text, account, limit); },
                [this](RequestId id, const MessageSearchResult &result) { Q_EMIT searchFinished(id, result); });
}

MessageStore::RequestId MessageStore::checkIntegrity()
{
    return post(
        [](MessageStoreWriter *writer) {
            QString report;
            const bool ok = writer->checkIntegrity(&report);
            return std::make_pair(ok, report);
        },
        [this](RequestId id, const std::pair<bool, QString> &result) {
            if (!result.first)
                qCWarning(lcChat).noquote() << "Message store integrity check failed:" << result.second;
            Q_EMIT integrityChecked(id, result.first, result.second);
        });
}

MessageStore::RequestId MessageStore::markRead(const QString &account, const QString &peer)
{
    return post([account, peer](MessageStoreWriter *writer) { return writer->markRead(account, peer); },
                [this, account, peer](RequestId id, qint64 rowId) {
                    Q_EMIT readMarked(id, account.toLower(), peer.toLower(), rowId);
                });
}

MessageStore::RequestId MessageStore::setMuted(const QString &account, const QString &peer, bool muted)
{
    return post([account, peer, muted](MessageStoreWriter *writer) { return writer->setMuted(account, peer, muted); },
                [this, account, peer, muted](RequestId id, bool) {
                    Q_EMIT mutedSet(id, account.toLower(), peer.toLower(), muted);
                });
}

MessageStore::RequestId MessageStore::markRoom(const QString &account, const QString &room)
{
    return post([account, room](MessageStoreWriter *writer) { return writer->markRoom(account, room); },
                [this, account, room](RequestId id, bool) { Q_EMIT roomMarked(id, account.toLower(), room.toLower()); });
}

MessageStore::RequestId MessageStore::fetchConversations(const QString &account)
{
    return post([account](MessageStoreWriter *writer) { return writer->conversations(account); },
                [this, account](RequestId id, const QList<ConversationState> &conversations) {
                    Q_EMIT conversationsLoaded(id, account.toLower(), conversations);
                });
}

bool MessageStore::waitForIdle(int timeoutMs)
{
    return m_worker.waitForIdle(timeoutMs);
}
