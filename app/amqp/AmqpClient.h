// One AMQP 1.0 connection's worker, on a thread of its own (AmqpConnection is its facade on the
// GUI thread): Qpid Proton's connection_driver over a QSslSocket, so TLS is Qt's and follows
// TlsPolicy exactly like the XMPP transports. Readings are appended to the ReadingStore and each
// delivery is accepted only once its samples are on disk (at-least-once); message-ids already
// accepted are remembered (AmqpIdLog) so a redelivery is stored once.
#pragma once

#include "amqp/AmqpSettings.h"
#include "devices/Reading.h"
#include "net/ConnectionError.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslError>

#include <proton/delivery.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/receiver.hpp>
#include <proton/sender.hpp>
#include <proton/session.hpp>

#include <atomic>
#include <deque>
#include <memory>

namespace proton::io {
class connection_driver;
}
class AmqpIdLog;
class ProtocolTrace;
class QSslSocket;
class QTimer;
class ReadingStore;

struct AmqpCounters {
    quint64 received = 0;    // messages delivered to us (redeliveries included)
    quint64 stored = 0;      // messages whose readings were stored and accepted
    quint64 duplicates = 0;  // redeliveries of a message-id already accepted: accepted, not stored
    quint64 refused = 0;     // poison messages: rejected (garbage, wrong content type, too big)
    quint64 linkErrors = 0;  // links the broker detached with an error
    int pending = 0;         // deliveries waiting for the disk
};
Q_DECLARE_METATYPE(AmqpCounters)

class AmqpClient : public QObject, private proton::messaging_handler
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, WaitingToReconnect };
    Q_ENUM(State)

    // A message body above this is refused (rejected) unread.
    static constexpr qsizetype MaxMessageBytes = 1024 * 1024;
    // Decoded messages go to the store (and the id log) in batches of this many, or after this.
    // Each batch costs two id-log transactions and a history commit before its deliveries are
    // accepted; at 256 / 2 ms the consume bench spent ~1.5 ms more CPU per 1,000 messages.
    static constexpr size_t StoreBatch = 1024;
    static constexpr int StoreDelayMs = 5;
    // Deliveries held unsettled (decoded, waiting for the disk) at most, in credit windows.
    // With credit tied to settlement the broker's credit ran low while a batch waited for the
    // disk: at 150,000 messages/s a window of 5,000 lasts 33 ms, about one batch's round trip.
    static constexpr int UnsettledWindows = 2;
    // Replies wait this long before commandFinished(id, false, ...).
    static constexpr int CommandTimeoutMs = 15000;

    // idLogFile: where accepted message-ids are kept (SQLite); empty keeps them in memory only.
    AmqpClient(const AmqpSettings &settings, ReadingStore *store, const QString &idLogFile);
    ~AmqpClient() override;

    // Thread-safe; null stops tracing.
    void setTrace(ProtocolTrace *trace) { m_trace.store(trace); }
    // Tests: the first reconnect delay (later ones double up to 30 s).
    void setReconnectDelayForTesting(int ms) { m_firstDelayMs = ms; }
    // A source the broker detached is attached again after this, doubling up to the max; an
    // attach that works resets it.
    static constexpr int FirstRelinkDelayMs = 1000;
    static constexpr int MaxRelinkDelayMs = 30000;

    // On the worker's thread (queued from the facade).
    void open(const QString &password);
    void disconnectFromBroker();
    void sendCommand(const QString &id, const QString &device, const QString &action, const QString &value);
    void close();  // WorkerThread: going away

Q_SIGNALS:
    void stateChanged(AmqpClient::State state, const QString &errorText);
    // Certificate rejections carry the certificate for the trust dialog.
    void failed(const ConnectionError::Details &details);
    void countersChanged(const AmqpCounters &counters);
    void commandFinished(const QString &id, bool ok, const QString &text);

private:
    friend struct AmqpTracer;
    struct Pending {
        quint64 seq;
        proton::delivery delivery;  // empty: the connection it came on is gone
        QString messageId;
        bool duplicate;
        qint64 batch = 0;  // the id log's row of its step 1 (AmqpIdLog::markAccepted)
    };
    // Decoded in this pump, handed to the store at its end (after the id log's step 1).
    struct ToStore {
        proton::delivery delivery;
        QString messageId;
        QString device;
        QList<Reading> readings;
        qint64 baseMs;
        bool logged;  // the id log has step 1 already (a redelivery after a crash)
    };
    struct Command {
        QString id, device, action, value;
        qint64 deadlineMs;
    };

    // Socket and driver (AmqpClient.cpp).
    void connectSocket();
    void startProtocol();
    void pump();
    void readSocket();
    void socketGone(const QString &why);
    void teardown();
    void setState(State state, const QString &error = {});
    void scheduleReconnect();
    void fail(ConnectionError::Details details);
    void record(bool sent, const char *frame);

    // messaging_handler (AmqpClientLinks.cpp).
    void on_connection_open(proton::connection &c) override;
    void on_receiver_open(proton::receiver &r) override;
    void on_receiver_error(proton::receiver &r) override;
    void on_sender_error(proton::sender &s) override;
    void on_session_error(proton::session &s) override;
    void on_message(proton::delivery &d, proton::message &m) override;
    void on_sendable(proton::sender &s) override;
    void on_transport_error(proton::transport &t) override;
    void on_connection_error(proton::connection &c) override;

    void attachSource(const QString &address);
    void sourceFailed(qsizetype index, const QString &why);
    void sourceRecovered(const QString &address);

    void handleReading(proton::delivery &d, proton::message &m);
    void handleReply(proton::delivery &d, proton::message &m);
    void refuse(proton::delivery &d, const QString &why);
    void storeDecoded();
    void requestPersistence();
    void persisted(quint64 upTo, bool ok);
    bool grantCredit();  // true: some was granted
    void flushCommands();
    QString replyQueue() const;    // linnet.replies.NAME
    QString replyAddress() const;  // its /queues/ address
    void openManagement();
    void sendDeclare();
    void handleManagementReply(proton::delivery &d, proton::message &m);
    void attachReplyQueue();
    void expireCommands();
    void countersDirty();

    AmqpSettings m_settings;
    ReadingStore *m_store;
    std::unique_ptr<AmqpIdLog> m_ids;
    std::atomic<ProtocolTrace *> m_trace{nullptr};
    QString m_password;  // in memory while open, for reconnects; never logged
    bool m_wanted = false;
    State m_state = State::Disconnected;
    QSslSocket *m_socket = nullptr;
    std::unique_ptr<proton::io::connection_driver> m_driver;
    QList<QSslError> m_sslErrors;
    bool m_wasOpen = false;
    bool m_pumping = false;  // Proton's dispatch is not re-entrant: handlers ask again instead
    bool m_pumpAgain = false;
    bool m_tracing = false;
    QString m_lastError;
    QTimer *m_tickTimer = nullptr;
    qint64 m_tickDue = 0;  // when m_tickTimer fires (ms since the epoch)
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_countersTimer = nullptr;
    QTimer *m_storeTimer = nullptr;
    QTimer *m_commandTimer = nullptr;
    int m_firstDelayMs = 1000;
    int m_backoffStep = 0;

    // The sources of this connection, each on a session of its own: RabbitMQ may end the
    // session of a link whose queue is gone, and the other sources must go on.
    struct Source {
        QString address;
        proton::session session;
        proton::receiver receiver;
    };
    QList<Source> m_sources;
    // Sources the broker detached (or refused) on this connection, re-attached with a backoff
    // of their own (the connection stays): failed attaches in a row, and why, for errorText.
    QHash<QString, int> m_relinkStep;
    QHash<QString, QString> m_linkTrouble;
    quint64 m_generation = 0;  // bumped by teardown(): a re-attach timer of an old connection ends
    std::vector<ToStore> m_toStore;
    std::deque<Pending> m_pending;
    // Ids of the first copies in m_toStore and m_pending: a second copy waits for the first.
    QSet<QString> m_unsettledIds;
    quint64 m_nextSeq = 1;
    quint64 m_requestedUpTo = 0;  // persistence asked for up to this seq
    bool m_persistInFlight = false;
    AmqpCounters m_counters;

    // Commands: replies on linnet.replies.NAME (declared if missing), a sender per device.
    // On a session of their own, opened at the first command: RabbitMQ ends the whole session
    // when a link names a queue it does not have, and readings must not go down with it.
    bool m_replyReady = false;
    proton::session m_commandSession;
    proton::receiver m_replyReceiver;
    // The management link pair that declares the reply queue (AmqpClientManagement.cpp).
    proton::sender m_manageSender;
    proton::receiver m_manageReceiver;
    QString m_declareId;  // the PUT's message-id, once sent
    QHash<QString, proton::sender> m_commandSenders;
    QList<Command> m_queuedCommands;    // not yet sent
    QHash<QString, Command> m_inFlight;  // sent, by message-id
};
