#include "Waiting.h"

#include "ToolIo.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace bench {
namespace {
bool g_interrupted = false;
}

bool interrupted()
{
    return g_interrupted;
}

void interrupt()
{
    g_interrupted = true;
}

bool waitUntil(const std::function<bool()> &cond, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!cond()) {
        if (g_interrupted || timer.elapsed() >= timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void sleepMs(int ms)
{
    waitUntil([] { return false; }, ms);
}

double nowSeconds()
{
    return double(wallClockUs()) / 1e6;
}
}  // namespace bench
