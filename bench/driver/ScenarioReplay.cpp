// Replay: pre-serialized PubSub notifications pushed over a loopback socket into a receive
// path, no server, no TLS (bench-replay). The floor is QXmlStreamReader tokenizing the same
// bytes; Linnet's figure is its StanzaFramer + SenML interceptor + ReadingStore.
// Best of three runs; the rate is per CPU-second of the receiving thread ("on one core"), so
// other load on the machine does not lower it; the wall-clock rate is in the log.
#include "Bench.h"
#include "Scenarios.h"
#include "Waiting.h"

#include <algorithm>

namespace bench {
namespace {

struct ReplayResult {
    QString error;
    double rate = 0;
    double wallRate = 0;
    double bytesPerItem = 0;
    QString mode;
};

ReplayResult replay(Bench &b, const QString &target)
{
    ReplayResult r;
    auto child = b.startProgram(QStringLiteral("replay-") + target, b.replayProgram(),
                                {QStringLiteral("--target"), target, QStringLiteral("--items"),
                                 QString::number(b.config().quick ? 30000 : 100000), QStringLiteral("--repeat"), QStringLiteral("3")});
    if (!waitUntil([&] { return child->hasExited(); }, 120000) || child->exitCode() != 0) {
        r.error = QStringLiteral("bench-replay --target %1 failed: %2").arg(target, child->errorTail(3));
        return r;
    }
    const QJsonObject best = child->last(QStringLiteral("best"));
    r.rate = best.value(u"rate_cpu").toDouble();
    r.wallRate = best.value(u"rate_wall").toDouble();
    r.mode = best.value(u"mode").toString();
    r.bytesPerItem = best.value(u"bytes").toDouble() / std::max(1.0, best.value(u"items").toDouble());
    return r;
}

}  // namespace

void runReplay(Bench &b)
{
    Table &t = b.table();
    const ReplayResult floor = replay(b, QStringLiteral("floor"));
    const ReplayResult linnet = replay(b, QStringLiteral("linnet"));
    if (!floor.error.isEmpty() || !linnet.error.isEmpty()) {
        t.failed(QStringLiteral("replay"), floor.error.isEmpty() ? linnet.error : floor.error);
        return;
    }
    const QString how = t.note(QStringLiteral("replay: items per CPU-second of the receiving thread, best of 3 runs of "
                                              "%1 notifications (%2 bytes each on average) over loopback TCP; wall-clock "
                                              "rates: Linnet %3/s, floor %4/s")
                                   .arg(b.config().quick ? QStringLiteral("30,000") : QStringLiteral("100,000"), count(floor.bytesPerItem),
                                        count(linnet.wallRate), count(floor.wallRate)));
    QString linnetText = count(linnet.rate);
    if (linnet.mode != u"linnet")
        linnetText += QLatin1Char(' ') + t.note(QStringLiteral("replay's Linnet row measured a ") + linnet.mode);
    t.add({QStringLiteral("replay, no server: items/s on one core ") + how, linnetText,
           QStringLiteral("floor: QXmlStreamReader %1").arg(count(floor.rate)), QStringLiteral(">= 50,000"),
           atLeast(linnet.rate, 50000)});
}

}  // namespace bench
