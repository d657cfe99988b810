// What both subscriber programs share: their command line, the password (first stdin line
// unless --password), the driver's stdin commands, and the JSON lines they print:
//   {"type":"ready", ...}            subscribed, items may flow
//   {"type":"progress","t":s,"items":N,"n":k,"rate":r,"last_ms":x,"p50_ms":..,"p99_ms":..,"max_ms":..}
//                                    every --progress-ms; t is the subscriber's wall clock,
//                                    so a driver can time events to the interval, not to its
//                                    own polling
//   {"type":"summary","items":N,"window_items":k,"p50_ms":..,"p95_ms":..,"p99_ms":..,"max_ms":..}
//                                    answer to "summary"; "window" starts a new latency window
//   {"type":"error","error":"..."}   then exit 1
#pragma once

#include "ItemStats.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

class QCoreApplication;
class StdinLines;

struct SubscriberOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5222;
    QString jid;       // bare
    QString caFile;    // the only CA trusted
    QString service;   // PubSub service
    QString node;
    int progressMs = 100;
    // Linnet's subscriber only: "tcp" (default), "websocket" or "bosh", and the wss:// or
    // https:// endpoint for the last two. The QXmpp anchor always uses TCP.
    QString transport = QStringLiteral("tcp");
    QString endpoint;
};

class SubscriberHarness : public QObject
{
    Q_OBJECT
public:
    explicit SubscriberHarness(QObject *parent = nullptr);

    // Parses the command line; prints usage and returns false on bad arguments.
    bool parse(const QCoreApplication &app, const QString &description);
    const SubscriberOptions &options() const { return m_options; }
    ItemStats *stats() { return &m_stats; }

    // Calls login with the password once it is known (at once with --password).
    void whenPasswordKnown(std::function<void(const QString &)> login);
    void ready(const QJsonObject &extra = {});
    void fail(const QString &error);

private:
    void command(const QString &line);
    void printProgress();

    SubscriberOptions m_options;
    ItemStats m_stats;
    StdinLines *m_stdin;
    QString m_password;
    bool m_havePassword = false;
    std::function<void(const QString &)> m_login;
    QTimer m_progress;
    QElapsedTimer m_sinceProgress;
    bool m_failed = false;
};
