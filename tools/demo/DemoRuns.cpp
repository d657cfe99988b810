// The demo's app runs: the screenshots one after another once everything is online (or a
// window the user closes), each a separate start of the real app on a prepared profile.
#include "Demo.h"

#include "ChildProcess.h"
#include "DemoCast.h"
#include "ProsodyServer.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace {
constexpr int kScreenshotRunMs = 60000;
}  // namespace

void Demo::allReady()
{
    if (m_options.serve) {
        serveReady();
        return;
    }
    const QStringList importDashboard{QStringLiteral("--import-dashboard"), path(QStringLiteral("dashboard.json"))};
    if (!m_options.headless) {
        // A real window: the user closes it (or --seconds does).
        m_timedRun = m_options.seconds > 0;
        startApp(QStringLiteral("window"), importDashboard, m_timedRun ? m_options.seconds * 1000 : -1);
        return;
    }
    const QString partner = m_server->jid(demo::kChatPartner);
    const QString theme = QStringLiteral("--theme");
    const QString dark = QStringLiteral("dark");
    const QString show = QStringLiteral("--show");
    const QString accounts = QStringLiteral("accounts");
    const QStringList dashboard = importDashboard + QStringList{show, QStringLiteral("dashboard")};
    const QString commandDevice = m_server->jid(demo::kCommandDevice);
    const QStringList commandForm{show, QStringLiteral("devices"), QStringLiteral("--command"), commandDevice,
                                  QStringLiteral("thresholds"), QStringLiteral("--command-values"),
                                  demo::kCommandFormValues};
    const QStringList commandTable{show, QStringLiteral("devices"), QStringLiteral("--command"), commandDevice,
                                   QStringLiteral("status")};
    const QStringList commandDone{show, QStringLiteral("devices"), QStringLiteral("--command"), commandDevice,
                                  QStringLiteral("relay"), QStringLiteral("--command-values"), QStringLiteral("on=1")};
    const QStringList room{show, QStringLiteral("room:") + demo::kRoom + QLatin1Char('@') + m_server->mucJid()};
    const QStringList search{show, QStringLiteral("search:greenhouse")};
    m_pending = {
        // A command run to its end from the command view (the relay on): its note, and on the
        // dashboard the pinned relay tile shows the outcome from the command history.
        {QStringLiteral("command-done"), commandDone, path(QStringLiteral("command-done.png"))},
        // Then, while the flapping device is away (see kFlapFirstS): a stale series, the CO2
        // alert, 10 minutes of history.
        {QStringLiteral("dashboard"), dashboard, path(QStringLiteral("dashboard.png")), QStringLiteral("profile"), true},
        {QStringLiteral("dashboard-dark"), dashboard + QStringList{theme, dark}, path(QStringLiteral("dashboard-dark.png")),
         QStringLiteral("profile"), true},
        // The discovery tree with the fleet's nodes and the subscribed feeds beside it.
        {QStringLiteral("devices"), {show, QStringLiteral("devices")}, path(QStringLiteral("devices.png"))},
        {QStringLiteral("roster"), {}, path(QStringLiteral("roster.png"))},
        {QStringLiteral("roster-dark"), {theme, dark}, path(QStringLiteral("roster-dark.png"))},
        {QStringLiteral("chat"), {QStringLiteral("--open-chat"), partner, QStringLiteral("--send"), demo::kFirstMessage},
         path(QStringLiteral("chat.png"))},
        // The same conversation in dark, without sending the opener a second time.
        {QStringLiteral("chat-dark"), {QStringLiteral("--open-chat"), partner, theme, dark}, path(QStringLiteral("chat-dark.png"))},
        // Ad-hoc commands on a device: the second step of a multi-step form, and a result table.
        {QStringLiteral("command-form"), commandForm, path(QStringLiteral("command-form.png"))},
        {QStringLiteral("command-form-dark"), commandForm + QStringList{theme, dark},
         path(QStringLiteral("command-form-dark.png"))},
        {QStringLiteral("command-table"), commandTable, path(QStringLiteral("command-table.png"))},
        // The bots' room with its history (the first run joins it; the second finds it bookmarked).
        {QStringLiteral("room"), room, path(QStringLiteral("room.png"))},
        {QStringLiteral("room-dark"), room + QStringList{theme, dark}, path(QStringLiteral("room-dark.png"))},
        // Full-text search over what the runs above stored.
        {QStringLiteral("search"), search, path(QStringLiteral("search.png"))},
        {QStringLiteral("search-dark"), search + QStringList{theme, dark}, path(QStringLiteral("search-dark.png"))},
        {QStringLiteral("accounts"), {show, accounts}, path(QStringLiteral("accounts.png"))},
        {QStringLiteral("accounts-dark"), {show, accounts, theme, dark}, path(QStringLiteral("accounts-dark.png"))},
        // The protocol inspector recording from the start: the logins' stanzas, the broker's frames.
        {QStringLiteral("inspector"), {show, QStringLiteral("inspector")}, path(QStringLiteral("inspector.png"))},
        {QStringLiteral("inspector-dark"), {show, QStringLiteral("inspector"), theme, dark}, path(QStringLiteral("inspector-dark.png"))},
        // The same server seen by a profile that does not trust its CA: the trust dialog.
        {QStringLiteral("trust"), {}, path(QStringLiteral("trust.png")), QStringLiteral("profile-untrusted")},
        {QStringLiteral("trust-changed-dark"), {theme, dark}, path(QStringLiteral("trust-changed-dark.png")),
         QStringLiteral("profile-changed")},
    };
    runNext();
}

void Demo::runNext()
{
    if (m_pending.isEmpty()) {
        if (m_options.seconds <= 0) {
            finish(0);
            return;
        }
        qCInfo(lcDemo) << "running the app for" << m_options.seconds << "s";
        m_timedRun = true;
        startApp(QStringLiteral("timed"), {QStringLiteral("--import-dashboard"), path(QStringLiteral("dashboard.json"))},
                 m_options.seconds * 1000);
        return;
    }
    if (m_pending.first().needsStaleDevice && !m_deviceStale) {
        qCInfo(lcDemo).noquote() << "waiting for" << demo::kFlappingDevice << "to go offline";
        m_waitingForStale = true;
        return;
    }
    const AppRun run = m_pending.takeFirst();
    QFile::remove(run.screenshot);  // so only a picture from this run counts
    m_currentScreenshot = run.screenshot;
    startApp(run.label, run.args + QStringList{QStringLiteral("--screenshot"), run.screenshot}, kScreenshotRunMs,
             run.profile);
}

void Demo::startApp(const QString &label, const QStringList &args, int timeoutMs, const QString &profile)
{
    if (m_app)
        m_app->deleteLater();
    m_appLabel = label;
    m_app = new ChildProcess(QStringLiteral("linnet"), path(QStringLiteral("logs/app-%1.log").arg(label)), this);
    connect(m_app, &ChildProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        // Leave the emitting process's signal first: the handler may start the next one.
        QMetaObject::invokeMethod(this, [this, code, status] { onAppFinished(code, status == QProcess::CrashExit); },
                                  Qt::QueuedConnection);
    });

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (m_options.headless)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The passwords come from the keychain (this process's private Secret Service, in env).
    const QStringList fullArgs = QStringList{QStringLiteral("--profile"), path(profile)} + args;
    m_app->start(m_options.app, fullArgs, env, {});

    m_deadline.disconnect();
    if (timeoutMs > 0) {
        m_deadline.callOnTimeout(this, [this] {
            if (m_timedRun) {
                qCInfo(lcDemo) << "time is up";
                finish(0);
            } else {
                fail(QStringLiteral("the app (%1) did not finish within %2 s:\n%3")
                         .arg(m_appLabel)
                         .arg(kScreenshotRunMs / 1000)
                         .arg(m_app->errorTail(20)));
            }
        });
        m_deadline.start(timeoutMs);
    }
}

void Demo::onAppFinished(int exitCode, bool crashed)
{
    if (m_done)
        return;
    m_deadline.stop();
    if (crashed || exitCode != 0) {
        fail(QStringLiteral("the app (%1) %2 (log: %3):\n%4")
                 .arg(m_appLabel, crashed ? QStringLiteral("crashed") : QStringLiteral("exited with code %1").arg(exitCode),
                      path(QStringLiteral("logs/app-%1.log").arg(m_appLabel)), m_app->errorTail(20)));
        return;
    }
    if (m_timedRun) {  // the window was closed, or the app ended early by itself
        finish(0);
        return;
    }
    if (QFileInfo(m_currentScreenshot).size() <= 0) {
        fail(QStringLiteral("the app (%1) exited without writing %2:\n%3")
                 .arg(m_appLabel, m_currentScreenshot, m_app->errorTail(20)));
        return;
    }
    std::printf("%s\n", qPrintable(m_currentScreenshot));
    std::fflush(stdout);
    runNext();
}
