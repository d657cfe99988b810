// The receive-path measurements behind the live and backlog rows, for any subscriber (Sub):
// ScenarioLive/ScenarioBacklog run them over TCP, ScenarioTransports over WebSocket and BOSH
// next to TCP (issue 12), so every row is measured the same way.
#pragma once

#include "Bench.h"

#include <QString>

namespace bench {

// Live at the server ceiling (ScenarioLive.cpp).
struct LiveResult {
    QString error;
    double rate = 0;
    double ceiling = 0;
    double cpuPercent = 0;
    double serverCpuPercent = -1;
    double lagMs = 0;
    bool keptUp = false;
};
LiveResult measureLive(Bench &b, Sub which);
QString rateText(const LiveResult &r);  // "2,300 (keeps up)" or "... (behind: newest item 1.2 s old)"

// Backlogs (ScenarioBacklog.cpp).
struct DrainResult {
    QString error;
    double backlog = 0;     // items waiting at the resume
    double rate = 0;        // drain items/s
    double catchUpS = -1;   // -1: not within the bound
    double boundS = 0;
    double behindS = 0;     // when not caught up: age of the newest item at the bound
    double publishRate = 0; // pause: what the server acked while the subscriber was stopped
};
// Publishing at 1,000 items/s needs a server that forwards that many: on a busy machine it may
// not, and then the backlog piles up in the server, not in the subscriber.
constexpr double PauseRate = 1000;
constexpr double RateTolerance = 0.95;
DrainResult measurePause(Bench &b, Sub which);  // SIGSTOP 10 s at 1,000 items/s, then drain
DrainResult measureQueue(Bench &b, Sub which);  // 20,000 queued while stopped, then drain
QString catchUpText(const DrainResult &r);
QString rateText(const DrainResult &r);

}  // namespace bench
