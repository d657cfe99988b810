// bench-sessions: many sessions of Linnet at once, as the app runs them (Accounts with several
// resources on one shared receive thread), against the fixture's Prosody. Measures:
//   - one session alone: start to online (the anchor);
//   - ACCOUNTS x RESOURCES sessions started together: start to the last one online;
//   - resident memory per additional session, from /proc/self/statm before and after;
//   - the GUI thread's longest stall while they log in (a 2 ms timer's largest gap), and the
//     same timer's largest gap while idle (the anchor).
// Prints JSON lines: {"type":"result", ...} or {"type":"error","error":...}.
//
//   bench-sessions --host H --port P --ca FILE --domain D --users u1,u2,... --resources 4  (password on stdin)
#include "ToolIo.h"
#include "account/Account.h"
#include "account/Session.h"
#include "net/NetworkThread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <QJsonObject>

#include <unistd.h>

namespace {
double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const auto fields = statm.readAll().split(' ');
    return fields.value(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// The GUI thread's longest gap between ticks of a 2 ms timer while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption hostOpt(QStringLiteral("host"), QStringLiteral("Server host."), QStringLiteral("host"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("port"));
    const QCommandLineOption caOpt(QStringLiteral("ca"), QStringLiteral("CA file."), QStringLiteral("file"));
    const QCommandLineOption domainOpt(QStringLiteral("domain"), QStringLiteral("XMPP domain."), QStringLiteral("domain"));
    const QCommandLineOption usersOpt(QStringLiteral("users"), QStringLiteral("Comma-separated users."), QStringLiteral("list"));
    const QCommandLineOption resourcesOpt(QStringLiteral("resources"), QStringLiteral("Sessions per account."), QStringLiteral("n"),
                                          QStringLiteral("4"));
    parser.addOptions({hostOpt, portOpt, caOpt, domainOpt, usersOpt, resourcesOpt});
    parser.process(app);
    const QString password = QTextStream(stdin).readLine().trimmed();
    const QStringList users = parser.value(usersOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int resources = parser.value(resourcesOpt).toInt();
    if (password.isEmpty() || users.isEmpty() || resources < 1)
        failJson(QStringLiteral("usage: see the source"));

    const auto configFor = [&](const QString &user, int sessions) {
        AccountConfig config;
        config.jid = user + QLatin1Char('@') + parser.value(domainOpt);
        config.host = parser.value(hostOpt);
        config.port = quint16(parser.value(portOpt).toUInt());
        config.caCertificatesFile = parser.value(caOpt);
        for (int i = 0; i < sessions; ++i)
            config.sessions << SessionConfig{QStringLiteral("bench-%1").arg(i), true};
        return config;
    };
    const auto waitOnline = [](const QList<Account *> &accounts, int expected, int timeoutMs) {
        return waitFor([&] {
            int online = 0;
            for (auto *account : accounts)
                online += account->onlineSessions();
            return online == expected;
        }, timeoutMs);
    };

    NetworkThread network;
    StallMeter stalls;

    // The anchor: the GUI thread's timer while nothing happens.
    stalls.start();
    waitFor([] { return false; }, 1000);
    const qint64 idleStallMs = stalls.stop();

    // The anchor: one session alone (the first user, one extra resource).
    QElapsedTimer clock;
    double oneSessionMs = 0;
    {
        Account single(configFor(users.first(), 1), &network);
        clock.start();
        single.setPassword(password);
        single.connectAll();
        if (!waitOnline({&single}, 1, 20000))
            failJson(QStringLiteral("one session did not get online"));
        oneSessionMs = double(clock.nsecsElapsed()) / 1e6;
    }
    waitFor([] { return false; }, 500);  // its bridge says goodbye

    const double before = residentMb();
    QList<Account *> accounts;
    const int total = int(users.size()) * resources;
    stalls.start();
    clock.start();
    for (const auto &user : users) {
        auto *account = new Account(configFor(user, resources), &network, &app);
        account->setPassword(password);
        account->connectAll();
        accounts << account;
    }
    if (!waitOnline(accounts, total, 30000))
        failJson(QStringLiteral("not all %1 sessions got online").arg(total));
    const double allMs = double(clock.nsecsElapsed()) / 1e6;
    waitFor([] { return false; }, 300);
    const qint64 loginStallMs = stalls.stop();
    const double after = residentMb();

    printJsonLine({{QStringLiteral("type"), QStringLiteral("result")},
                   {QStringLiteral("sessions"), total},
                   {QStringLiteral("one_session_ms"), oneSessionMs},
                   {QStringLiteral("all_sessions_ms"), allMs},
                   {QStringLiteral("rss_before_mb"), before},
                   {QStringLiteral("rss_after_mb"), after},
                   {QStringLiteral("mb_per_session"), (after - before) / total},
                   {QStringLiteral("login_stall_ms"), double(loginStallMs)},
                   {QStringLiteral("idle_stall_ms"), double(idleStallMs)}});
    qDeleteAll(accounts);
    return 0;
}
