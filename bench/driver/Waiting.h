// Blocking waits for the driver's linear scenario code. They run the event loop (child output,
// timers, Unix signals keep flowing) and return early once the run is interrupted (Ctrl-C,
// SIGTERM from bench/run's timeout).
#pragma once

#include <functional>

namespace bench {
bool interrupted();
void interrupt();
// True once cond() holds; false on timeout or interruption. Checks every 10 ms.
bool waitUntil(const std::function<bool()> &cond, int timeoutMs);
void sleepMs(int ms);
double nowSeconds();  // wall clock, the same clock the children stamp their lines with
}  // namespace bench
