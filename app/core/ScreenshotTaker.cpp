#include "ScreenshotTaker.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QQuickWindow>

using namespace std::chrono_literals;

namespace {
constexpr int QuietMs = 400;          // no frame for this long: animations and layout are done
constexpr int MaxWaitForQuietMs = 3000;  // a spinning busy indicator never goes quiet
}

ScreenshotTaker::ScreenshotTaker(QQuickWindow *window, const QString &file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(file)
{
    m_poll.setInterval(50ms);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTaker::poll);
    connect(m_window, &QQuickWindow::frameSwapped, this, [this] { m_sinceFrame.restart(); });
}

void ScreenshotTaker::takeWhenSettled(std::function<bool()> ready, int timeoutMs)
{
    m_ready = std::move(ready);
    m_timeoutMs = timeoutMs;
    m_sinceStart.start();
    m_sinceFrame.start();
    m_poll.start();
}

void ScreenshotTaker::poll()
{
    if (m_sinceStart.elapsed() > m_timeoutMs) {
        qCWarning(lcApp) << "The UI did not settle within" << m_timeoutMs << "ms; saving the screenshot anyway";
        save(3);
        return;
    }
    if (!m_ready())
        return;
    if (!m_sinceReady.isValid())
        m_sinceReady.start();
    if (m_sinceFrame.elapsed() >= QuietMs || m_sinceReady.elapsed() >= MaxWaitForQuietMs)
        save(0);
}

void ScreenshotTaker::save(int exitCode)
{
    m_poll.stop();
    const QImage image = m_window->grabWindow();
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    if (image.isNull() || !image.save(m_file, "PNG")) {
        qCCritical(lcApp) << "Could not save the screenshot to" << m_file;
        QCoreApplication::exit(4);
        return;
    }
    qCInfo(lcApp) << "Screenshot saved:" << QFileInfo(m_file).absoluteFilePath();
    QCoreApplication::exit(exitCode);
}
