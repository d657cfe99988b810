// Sessions (issue 7): 5 accounts x 4 resources logging in at once, as the app runs them, against
// the fixture's Prosody (bench-sessions). Rows: start to all online (anchor: one session alone),
// resident memory per session, and the GUI thread's longest stall during the logins (anchor:
// the same timer while idle).
#include "Bench.h"
#include "ProsodyServer.h"
#include "Scenarios.h"
#include "Waiting.h"

namespace bench {

void runSessions(Bench &b)
{
    Table &t = b.table();
    QStringList users;
    for (int i = 1; i <= 5; ++i)
        users << QStringLiteral("user%1").arg(i);
    QString error;
    if (!b.startServer(/*nagle=*/false, &error, users)) {
        t.failed(QStringLiteral("sessions"), QStringLiteral("Prosody did not start: ") + error);
        return;
    }
    auto *server = b.server();
    auto child = b.startProgram(QStringLiteral("sessions"), QStringLiteral(BENCH_SESSIONS),
                                {QStringLiteral("--host"), server->host(), QStringLiteral("--port"), QString::number(server->c2sPort()),
                                 QStringLiteral("--ca"), server->caCertificateFile(), QStringLiteral("--domain"), server->domain(),
                                 QStringLiteral("--users"), users.join(QLatin1Char(',')), QStringLiteral("--resources"), QStringLiteral("4")});
    child->send(Bench::password());
    if (!waitUntil([&] { return child->hasExited(); }, 90000) || child->exitCode() != 0) {
        const QString why = child->last(QStringLiteral("error")).value(u"error").toString();
        t.failed(QStringLiteral("sessions"), why.isEmpty() ? child->errorTail(3) : why);
        return;
    }
    const QJsonObject r = child->last(QStringLiteral("result"));
    const int sessions = r.value(u"sessions").toInt();
    const double all = r.value(u"all_sessions_ms").toDouble() / 1000.0;
    const double perSession = r.value(u"mb_per_session").toDouble();
    const double stall = r.value(u"login_stall_ms").toDouble();
    const QString how = t.note(QStringLiteral("sessions: %1 accounts x 4 resources on one receive thread; memory is resident "
                                              "(/proc/self/statm) %2 MB before the logins, %3 MB with all online")
                                   .arg(users.size())
                                   .arg(fixed(r.value(u"rss_before_mb").toDouble(), 1), fixed(r.value(u"rss_after_mb").toDouble(), 1)));
    t.add({QStringLiteral("%1 sessions: start to all online ").arg(sessions) + how, fixed(all, 2) + QStringLiteral(" s"),
           QStringLiteral("one session alone: %1 s").arg(fixed(r.value(u"one_session_ms").toDouble() / 1000.0, 2)),
           QStringLiteral("<= 5 s"), atMost(all, 5)});
    t.add({QStringLiteral("%1 sessions: memory per session").arg(sessions), fixed(perSession, 2) + QStringLiteral(" MB"), QString(),
           QStringLiteral("<= 3 MB"), atMost(perSession, 3)});
    t.add({QStringLiteral("%1 sessions: GUI thread's longest stall while logging in").arg(sessions),
           fixed(stall, 0) + QStringLiteral(" ms"),
           QStringLiteral("idle: %1 ms").arg(fixed(r.value(u"idle_stall_ms").toDouble(), 0)), QStringLiteral("<= 50 ms"),
           atMost(stall, 50)});
}

}  // namespace bench
