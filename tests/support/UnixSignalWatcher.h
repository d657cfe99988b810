// Turns SIGINT/SIGTERM (or any signals) into a Qt signal, for the demo and the buddy bot.
// A signal handler may only do async-signal-safe things, so it writes the signal number into a
// socketpair (the self-pipe trick) and a QSocketNotifier reads it in the event loop.
#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    // One watcher per process: the handlers share a single pipe.
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void received(int signalNumber);

private:
    void readSignal();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};
