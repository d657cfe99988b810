// What one account sends in 1:1 chats, kept in the MessageStore until the server has it, so a
// message written offline or not yet acknowledged survives a restart and goes out exactly once.
//
// submit() stores the message first, as Queued, with an origin-id equal to its id (XEP-0359);
// only once the store answers (the row is on disk) is it handed to the main session's stream:
// Sent. The send task ends when the server acknowledges the stanza (XEP-0198): Acknowledged.
// A receipt makes it Delivered and an error reply Failed (setState, from the controller).
//
// A message handed to a stream that the server has not acknowledged UnconfirmedAfter later is
// overdue: overdueChanged(peer, id, true), so the view can say "not confirmed yet" (it may still
// be acknowledged, or sent again on the next stream: it is not failed). The ack, a receipt, an
// error reply or a resend (which waits anew) ends that (overdueChanged(…, false)).
//
// flush() sends what the store still has Queued or Sent-but-unacknowledged, oldest first, with
// the same id and origin-id (receivers and the server's archive de-duplicate a resend). It runs
// whenever a session comes online. What this run has handed to a stream and whose task is still
// pending is skipped: QXmpp keeps such stanzas and sends them again itself on the next stream
// (resumed or new), so sending them here too would make a copy.
#pragma once

#include "MessageStore.h"
#include "StoredMessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QXmppClient;
class QXmppMessage;

class Outbox : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds UnconfirmedAfter{30000};

    Outbox(const QString &ownBareJid, std::function<QXmppClient *()> sender, QObject *parent = nullptr);

    // How long a sent message waits for the server's ack before it is overdue (tests).
    void setUnconfirmedAfter(std::chrono::milliseconds after) { m_unconfirmedAfter = after; }
    bool isOverdue(const QString &messageId) const { return m_overdue.contains(messageId); }
    // For a view opened while some are overdue.
    QStringList overdueIds() const { return QStringList(m_overdue.cbegin(), m_overdue.cend()); }

    void setStore(MessageStore *store);
    // Room conversations are skipped when the outbox is flushed (rooms send their own).
    void setRoomCheck(std::function<bool(const QString &bareJid)> isRoom) { m_isRoom = std::move(isRoom); }

    // message: peer, peerResource, body (and correctionOf, replyTo) set; the rest is filled in
    // (account, direction, ids, time, state, our resource when known).
    // Returns the message id.
    QString submit(StoredMessage message);
    // Sends what the store has waiting (if a session is online).
    void flush();
    // A failed message goes back to Queued and is sent again.
    void retry(const QString &messageId, const QString &peer);
    // A message's progress reported from outside (receipt, error reply).
    void setState(const QString &peer, const QString &messageId, StoredMessage::State state);

    // Sends a stanza without content (a chat state) after the messages submitted before it,
    // so it cannot overtake one still on its way to the store.
    void sendInOrder(QXmppMessage stanza);

    // The stanza a stored outgoing message goes out as (the same for a resend).
    static QXmppMessage toStanza(const StoredMessage &message);

Q_SIGNALS:
    // A submitted message is stored (result.message has its rowId): show it.
    void submitted(const StoreResult &result);
    // An outgoing message's state advanced in the store.
    void stateChanged(const QString &peer, const QString &messageId, StoredMessage::State state);
    // Sent on a live stream and not acknowledged for UnconfirmedAfter (true), or no longer so.
    void overdueChanged(const QString &peer, const QString &messageId, bool overdue);

private:
    void send(QXmppClient *client, const StoredMessage &message);
    void watchAck(const QString &peer, const QString &messageId);
    void checkDeadlines();
    void clearOverdue(const QString &peer, const QString &messageId);
    void onStored(MessageStore::RequestId id, const QList<StoreResult> &results);
    void onOutboxLoaded(MessageStore::RequestId id, const QString &account, const QList<StoredMessage> &messages);
    void onStateUpdated(MessageStore::RequestId id, const QString &account, const QString &messageId,
                        StoredMessage::State state, const QList<qint64> &rowIds);

    QString m_ownJid;
    std::function<QXmppClient *()> m_sender;
    std::function<bool(const QString &)> m_isRoom;
    QPointer<MessageStore> m_store;
    QSet<MessageStore::RequestId> m_submits;
    // Submissions and the stanzas sent after them, in the order they were made, while a
    // submission is waiting for the store.
    struct Step {
        MessageStore::RequestId submit = 0;
        std::shared_ptr<QXmppMessage> stanza;
    };
    QList<Step> m_sequence;
    QHash<MessageStore::RequestId, QString> m_stateRequests;  // -> peer
    QSet<MessageStore::RequestId> m_retries;                   // state requests that flush after
    MessageStore::RequestId m_flushRequest = 0;
    bool m_flushAgain = false;
    // Handed to a stream and the task still pending (QXmpp resends these itself), or written
    // to a stream without stream management (no ack will ever come; sent once per run).
    QSet<QString> m_inFlight;
    QSet<QString> m_writtenUnacked;
    std::chrono::milliseconds m_unconfirmedAfter = UnconfirmedAfter;
    struct Deadline {
        qint64 dueMs = 0;  // on m_clock
        QString peer;
        QString messageId;
        quint64 send = 0;
    };
    QElapsedTimer m_clock;
    QTimer m_ackTimer;
    QQueue<Deadline> m_deadlines;
    QHash<QString, quint64> m_sendOf;  // message id -> its send in flight (a resend's deadline apart)
    quint64 m_lastSend = 0;
    QSet<QString> m_overdue;
};
