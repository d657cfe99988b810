// The device simulator's publishing side: logs in, makes sure its nodes exist, then publishes
// SenML items at a steady rate (or as fast as the server acknowledges them) and reports what it
// achieved. Progress and the result go to stdout as JSON lines (see main.cpp).
#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcDeviceSim)

class QXmppClient;
class QXmppPubSubManager;

struct PublisherOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5222;
    QString jid;
    QString resource = QStringLiteral("devicesim");
    QString caFile;               // PEM; the only CAs trusted (the fixture's), else the system's
    QString service;              // PubSub service, e.g. pubsub.linnet.test
    QStringList nodes;            // items go round-robin over these; one simulated device per node
    double rate = 100;            // items/s over all nodes; 0: as fast as the server acks
    qint64 count = -1;            // stop after this many items (-1: no limit)
    double seconds = -1;          // stop after this long (-1: no limit)
    int window = 200;             // at most this many publishes awaiting their ack
    QString maxItems = QStringLiteral("max");  // node config pubsub#max_items at creation
    int progressMs = 500;         // 0: no progress lines
    bool nagle = false;           // false: TCP_NODELAY, each publish leaves at once
};

class Publisher : public QObject
{
    Q_OBJECT
public:
    explicit Publisher(PublisherOptions options, QObject *parent = nullptr);

    void start(const QString &password);  // connect; emits ready() once logged in and the nodes exist
    void go();     // start publishing (ready() must have been emitted)
    void stop();   // stop publishing; finished() follows once outstanding acks are in

Q_SIGNALS:
    void ready();
    void finished(int exitCode);

private:
    void ensureNodes();
    void pump();
    void publishOne(qint64 nowUs);
    void acked(qint64 sentUs, bool ok, const QString &error);
    void maybeFinish();
    void finish(int exitCode, const QString &error = {});
    void printProgress();
    double elapsedSeconds() const;

    PublisherOptions m_options;
    QXmppClient *m_client;
    QXmppPubSubManager *m_pubsub;
    QTimer m_tick;      // paces publishing in rate mode
    QTimer m_progress;
    QTimer m_drainTimeout;
    QElapsedTimer m_clock;  // since go()
    enum class Phase { Idle, Connecting, Ready, Publishing, Draining, Done } m_phase = Phase::Idle;
    int m_pendingNodes = 0;

    quint64 m_sent = 0;
    quint64 m_acked = 0;
    quint64 m_errors = 0;
    qint64 m_firstSendUs = 0;
    qint64 m_lastSendUs = 0;
    qint64 m_lastAckUs = 0;
    double m_maxBehindMs = 0;       // how late the worst publish was against its schedule
    std::vector<float> m_ackMs;     // publish→ack round trips
    QString m_firstError;
};
