// A fleet of simulated devices in one process: logs them in a few at a time, lets each publish
// its back-dated history once, then publishes live readings at each device's interval (--rate's
// until a set-interval command changes it), makes
// chosen devices go offline and come back on a schedule (staleness in the app), and reports on
// stdout as JSON lines (see FleetMain.cpp).
#pragma once

#include "SimDevice.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace devicesim {

struct FleetOptions {
    QList<DeviceSpec> devices;
    FleetConnection connection;
    double rate = 1;              // items per second per device (each item: one reading of every series)
    double historySeconds = 0;    // back-dated readings published once at the start
    // Readings per history item. Packed, the history survives a subscriber's "newest N items"
    // backfill (Linnet fetches 100) for a while after the start.
    int historyPerItem = 30;
    QStringList flapping;         // ids of devices that go offline and come back
    double flapFirstS = 60;       // seconds after the start until the first offline spell
    double flapOfflineS = 90;     // how long each spell lasts
    double flapOnlineS = 180;     // online time between spells
    int loginConcurrency = 50;    // logins under way at once
    int window = 32;              // publishes per device awaiting their ack; beyond: skipped
    int progressMs = 1000;        // 0: no progress lines
    double seconds = -1;          // stop this long after "ready" (-1: run until stopped)
};

class Fleet : public QObject
{
    Q_OBJECT
public:
    explicit Fleet(FleetOptions options, QObject *parent = nullptr);

    void setPassword(const QString &password) { m_options.connection.password = password; }
    void start();
    void stop();  // every device logs out; finished() follows
    // Takes a device offline or brings it back (stdin "offline ID" / "online ID").
    bool setDeviceOnline(const QString &id, bool online);

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct History {
        qint64 startMs = 0;
        qint64 stepMs = 1000;
        int total = 0;    // readings
        int next = 0;     // the first not yet published
        int perItem = 1;  // readings per item
    };
    struct Slot {
        SimDevice *device = nullptr;
        History history;
        bool seen = false;       // has been online at least once
        bool live = false;       // history done: publishing on the schedule
        qint64 nextDueMs = 0;
        QTimer *flapTimer = nullptr;
    };

    void loginNext();
    void onOnline(int index);
    void onOffline(int index);
    void onAcked(int index, bool ok, qint64 roundTripUs, const QString &error);
    void startHistory(int index);
    void pumpHistory(int index);
    void goLive(int index);
    void tick();
    void flap(int index, bool goOffline);
    void maybeReady();
    void printProgress();
    void printPresence(int index, bool online);
    void finish(int exitCode, const QString &error = {});
    double elapsedS() const;

    FleetOptions m_options;
    std::vector<Slot> m_slots;
    qint64 m_periodMs = 1000;  // --rate's interval: the history's and every device's at the start
    int m_nextLogin = 0;
    int m_loggingIn = 0;
    int m_loggedIn = 0;      // devices that have been online at least once
    int m_historyDone = 0;
    int m_online = 0;
    QTimer m_tick;
    QTimer m_progress;
    QTimer m_stopAfter;
    QTimer m_leaveTimeout;
    QElapsedTimer m_clock;   // since start()
    double m_loginSeconds = -1;
    double m_readySeconds = -1;
    bool m_ready = false;
    bool m_stopping = false;
    bool m_done = false;

    quint64 m_sent = 0;
    quint64 m_acked = 0;
    quint64 m_errors = 0;
    quint64 m_skipped = 0;   // live readings dropped: the device's window was full
    quint64 m_historyItems = 0;
    quint64 m_unanswered = 0;  // publishes cut off by a logout we asked for (stop, offline)
    double m_liveSince = -1;
    quint64 m_ackedAtLive = 0;
    std::vector<float> m_ackMs;
    QString m_firstError;
};

}  // namespace devicesim
