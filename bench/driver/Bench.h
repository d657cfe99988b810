// The driver's shared state: the fixture Prosody of the current phase, the programs it starts
// (paths baked in by CMake), logs, and the table. Scenarios (Scenarios.h) are linear code on
// top of it.
#pragma once

#include "Child.h"
#include "Table.h"
#include "XmppTestServer.h"

#include <QJsonObject>
#include <QString>

#include <memory>

class ProsodyServer;

namespace bench {

// LinnetWebSocket / LinnetBosh: Linnet's subscriber over XMPP over WebSocket or BOSH (issue 12),
// on the server's https port; the others over TCP (STARTTLS).
enum class Sub { Linnet, Anchor, LinnetWebSocket, LinnetBosh };

struct Config {
    QString outDir;
    QString pubsubStorage = QStringLiteral("memory");
    QStringList only;   // scenario names to run; empty: all
    bool quick = false; // shorter windows, for trying the bench out
};

// One progress line of a subscriber (see SubscriberHarness.h) or publisher (Publisher.cpp).
struct Progress {
    double t = 0;           // the child's wall clock, seconds
    double items = 0;       // subscriber: items so far; publisher: acked so far
    double n = 0;           // subscriber: items in this interval
    double lastMs = -1;     // subscriber: latency of the newest item (-1: none in the interval)
};

class Bench
{
public:
    explicit Bench(Config config);
    ~Bench();

    const Config &config() const { return m_config; }
    Table &table() { return m_table; }
    bool wants(const QString &scenario) const;
    // Scales a duration down in --quick runs.
    int ms(int full) const { return m_config.quick ? full / 3 : full; }

    // Replaces the running server (if any) by a fresh one with these settings; extraUsers get
    // accounts with password() too. Prosody unless asked for ejabberd (the "ejabberd" scenario).
    bool startServer(bool nagle, QString *error, const QStringList &extraUsers = {},
                     XmppTestServer::Kind kind = XmppTestServer::Kind::Prosody);
    static QString password();
    ProsodyServer *server() const;  // the current server if it is a Prosody, else nullptr
    XmppTestServer *xmppServer() const { return m_server.get(); }
    double serverCpuSeconds() const;  // the server process's user+system CPU so far, -1 if unknown

    // Each waits until the program says "ready" (logged in, node there / subscribed).
    std::unique_ptr<Child> startPublisher(const QString &node, const QStringList &args, QString *error);
    std::unique_ptr<Child> startSubscriber(Sub which, const QString &node, QString *error);
    std::unique_ptr<Child> startProgram(const QString &name, const QString &program, const QStringList &args);

    static QString label(Sub which);
    // For node and log file names: "linnet", "anchor", "linnet-websocket", "linnet-bosh".
    static QString key(Sub which);
    QString linnetMode() const { return m_linnetMode; }
    QString replayProgram() const;

private:
    bool waitReady(Child *child, const QString &what, QString *error);

    Config m_config;
    Table m_table;
    std::unique_ptr<XmppTestServer> m_server;
    QString m_linnetMode;
    int m_serial = 0;  // numbers log files in start order
};

// Progress lines of a child, in order.
QList<Progress> progressOf(const Child &child, const QString &countField = QStringLiteral("items"));
// The first progress line at or after t (or the last one), and the last at or before t.
Progress firstAtOrAfter(const QList<Progress> &lines, double t);
Progress lastAtOrBefore(const QList<Progress> &lines, double t);
// items/s between the lines nearest to t0 and t1 (0 without two distinct lines).
double rateBetween(const QList<Progress> &lines, double t0, double t1);

}  // namespace bench
