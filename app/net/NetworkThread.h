// The one receive thread all sessions of all accounts share: every StreamBridge lives here,
// so a burst of thousands of stanzas never stalls the GUI, and 20 sessions cost one thread,
// not 20.
//
// Ownership across threads: a session's ConnectionController creates its bridge, moves it
// here with adopt() and, when it goes, asks it to close and delete itself on this thread
// (release()). Destroying the NetworkThread (after every session is gone) waits a bounded
// time for the bridges still saying goodbye to their servers, then stops the thread.
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <chrono>

class StreamBridge;

class NetworkThread : public QObject
{
    Q_OBJECT

public:
    explicit NetworkThread(QObject *parent = nullptr);
    ~NetworkThread() override;

    // Moves a new bridge (no parent) onto this thread; it is counted until it is deleted.
    void adopt(StreamBridge *bridge);
    // Closes the bridge politely and deletes it on this thread once it has closed.
    void release(StreamBridge *bridge);
    int liveBridges() const { return m_live.load(); }

    static constexpr std::chrono::milliseconds GoodbyeTimeout{3000};

private:
    QThread m_thread;
    std::atomic<int> m_live{0};
};
