// Saves the window as a PNG once the UI has settled (a condition holds and no frame has been
// drawn for a moment), then quits. Works offscreen: QQuickWindow::grabWindow needs no display.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

class QQuickWindow;

class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    ScreenshotTaker(QQuickWindow *window, const QString &file, QObject *parent = nullptr);

    // ready() is polled; the shot is taken when it holds and the window is quiet, or after
    // timeoutMs regardless (then the exit code is 3, so scripts notice).
    void takeWhenSettled(std::function<bool()> ready, int timeoutMs = 45000);

private:
    void poll();
    void save(int exitCode);

    QQuickWindow *m_window;
    QString m_file;
    std::function<bool()> m_ready;
    QTimer m_poll;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceFrame;
    QElapsedTimer m_sinceReady;
    int m_timeoutMs = 0;
};
