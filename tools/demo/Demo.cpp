#include "Demo.h"

#include "ChildProcess.h"
#include "DemoCast.h"
#include "DemoDashboard.h"
#include "DemoFiles.h"
#include "DeviceCatalog.h"
#include "ProsodyAccounts.h"
#include "ProsodyServer.h"
#include "SecretService.h"
#include "security/CredentialStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cstdio>
#include <utility>

Q_LOGGING_CATEGORY(lcDemo, "linnet.demo")

namespace {

constexpr int kBotsReadyMs = 30000;  // the buddies online, the fleet online with its history
constexpr int kScreenshotRunMs = 60000;

QString randomPassword()
{
    return QStringLiteral("demo-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

}  // namespace

Demo::Demo(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_deadline.setSingleShot(true);
}

Demo::~Demo()
{
    finish(1);  // no-op after a normal end; otherwise still stops everything
}

QString Demo::path(const QString &name) const
{
    return QDir(m_options.out).absoluteFilePath(name);
}

void Demo::start()
{
    if (!prepare())
        return;
    storePasswords();
}

bool Demo::prepare()
{
    for (const QString &program : {m_options.app, m_options.bot, m_options.devicesim}) {
        if (!QFileInfo(program).isExecutable()) {
            fail(QStringLiteral("%1 is not an executable (build it first: ./dev build)").arg(program));
            return false;
        }
    }
    if (!QDir().mkpath(path(QStringLiteral("logs")))) {
        fail(QStringLiteral("cannot create %1").arg(path(QStringLiteral("logs"))));
        return false;
    }
    // Before anything uses the keychain: this process and the apps it starts use this bus.
    m_secrets = std::make_unique<SecretService>();
    QString secretsError;
    if (!m_secrets->start(&secretsError)) {
        fail(QStringLiteral("the demo's private keychain (dbus-daemon, gnome-keyring-daemon) did not start: %1")
                 .arg(secretsError));
        return false;
    }

    ProsodyServer::Options server;
    server.domain = demo::kDomain;
    server.mutualRoster = true;
    server.pubsubMaxItems = 2000;  // the fleet's nodes keep ~30 min of readings for backfill
    for (const demo::Person &person : demo::kCast)
        server.accounts.append({person.user, randomPassword(), person.name});
    m_server = std::make_unique<ProsodyServer>(server);
    QString error;
    if (!m_server->start(&error)) {
        fail(QStringLiteral("the XMPP server did not start: %1").arg(error));
        return false;
    }
    qCInfo(lcDemo).noquote() << "XMPP server" << m_server->domain() << "on" << m_server->host() + QLatin1Char(':')
                                 + QString::number(m_server->c2sPort());

    // The fleet's accounts, and the devices in the watchers' rosters, straight into Prosody's
    // store: it reads them at the next login.
    const QList<devicesim::DeviceSpec> devices = devicesim::demoDevices(demo::kFleetSize);
    m_devicePassword = randomPassword();
    devicesim::FleetAccountsResult written;
    if (!devicesim::writeFleetAccounts(m_server->dataDir(), m_server->domain(), devices, m_devicePassword,
                                       demo::kDeviceWatchers, &written, &error)) {
        fail(QStringLiteral("cannot create the device accounts: %1").arg(error));
        return false;
    }
    qCInfo(lcDemo) << written.accounts << "device accounts written in" << written.elapsedMs << "ms";

    // demo.json first: whoever waits for it can connect while the rest starts up.
    if (!demo::writeDemoJson(path(QStringLiteral("demo.json")), *m_server, devices, m_devicePassword, &error)
        || !demo::writeProfile(path(QStringLiteral("profile")), *m_server, &error)
        || !demo::writeUntrustingProfile(path(QStringLiteral("profile-untrusted")), *m_server, false, &error)
        || !demo::writeUntrustingProfile(path(QStringLiteral("profile-changed")), *m_server, true, &error)
        || !demo::writeDashboard(path(QStringLiteral("dashboard.json")), m_server->pubsubJid(), &error)) {
        fail(error);
        return false;
    }
    std::printf("%s\n", qPrintable(path(QStringLiteral("demo.json"))));
    std::fflush(stdout);
    return true;
}

// The app's accounts keep their passwords in the keychain, as after "Remember the password".
void Demo::storePasswords()
{
    m_credentials = std::make_unique<CredentialStore>();
    const QStringList users{demo::kCast.first().user, demo::kSecondAccount};
    m_passwordsToStore = int(users.size());
    for (const ProsodyAccount &account : m_server->options().accounts) {
        if (!users.contains(account.user))
            continue;
        const QString jid = m_server->jid(account.user);
        m_credentials->write(jid, account.password, this, [this, jid](const CredentialStore::Result &result) {
            if (result.status != CredentialStore::Status::Ok) {
                fail(QStringLiteral("cannot keep the password of %1 in the demo's keychain: %2").arg(jid, result.error));
                return;
            }
            if (--m_passwordsToStore == 0)
                startBots();
        });
    }
}

ChildProcess *Demo::startChild(const QString &name, const QString &program, const QStringList &args,
                               const QByteArray &stdinText)
{
    auto *child = new ChildProcess(name, path(QStringLiteral("logs/%1.log").arg(name)), this);
    connect(child, &ChildProcess::finished, this, [this, child](int code) {
        if (!m_done)
            fail(QStringLiteral("%1 exited (code %2):\n%3").arg(child->name()).arg(code).arg(child->errorTail()));
    });
    m_bots.append(child);
    child->start(program, args, QProcessEnvironment::systemEnvironment(), stdinText);
    return child;
}

void Demo::startBots()
{
    for (int i = 0; i < demo::kCast.size(); ++i) {
        const demo::Person &person = demo::kCast[i];
        if (!person.bot)
            continue;
        ChildProcess *bot = startChild(
            QStringLiteral("bot-") + person.user, m_options.bot,
            {QStringLiteral("--host"), m_server->host(), QStringLiteral("--port"), QString::number(m_server->c2sPort()),
             QStringLiteral("--jid"), m_server->jid(person.user), QStringLiteral("--password"),
             m_server->options().accounts.at(i).password, QStringLiteral("--ca"), m_server->caCertificateFile(),
             QStringLiteral("--status"), person.status, QStringLiteral("--show"), person.show,
             QStringLiteral("--persona"), person.name.section(QLatin1Char(' '), 0, 0)});
        connect(bot, &ChildProcess::lineReceived, this, [this, bot](const QString &line) { onBotLine(bot, line); });
        ++m_buddyCount;
    }
    // The devices: 1 reading a second each, 10 minutes of history, one that comes and goes.
    // The password goes in on stdin, out of ps.
    ChildProcess *fleet = startChild(
        QStringLiteral("fleet"), m_options.devicesim,
        {QStringLiteral("--fleet"), QString::number(demo::kFleetSize), QStringLiteral("--domain"), m_server->domain(),
         QStringLiteral("--host"), m_server->host(), QStringLiteral("--port"), QString::number(m_server->c2sPort()),
         QStringLiteral("--ca"), m_server->caCertificateFile(), QStringLiteral("--history-seconds"),
         QString::number(demo::kHistorySeconds), QStringLiteral("--flap"), demo::kFlappingDevice,
         QStringLiteral("--flap-first"), QString::number(demo::kFlapFirstS), QStringLiteral("--flap-offline"),
         QString::number(demo::kFlapOfflineS), QStringLiteral("--flap-online"), QString::number(demo::kFlapOnlineS),
         QStringLiteral("--progress-ms"), QStringLiteral("10000"),
         // The app's user may run the devices' ad-hoc commands (the second account may not).
         QStringLiteral("--allow"), m_server->jid(demo::kCast.first().user)},
        m_devicePassword.toUtf8() + '\n');
    connect(fleet, &ChildProcess::lineReceived, this, &Demo::onFleetLine);

    m_deadline.callOnTimeout(this, [this] {
        QStringList waiting;
        for (ChildProcess *bot : std::as_const(m_bots))
            waiting << bot->name() + QStringLiteral(": ") + bot->errorTail(5);
        fail(QStringLiteral("the bots and devices were not online after %1 s:\n%2").arg(kBotsReadyMs / 1000).arg(waiting.join(QLatin1Char('\n'))));
    });
    m_deadline.start(kBotsReadyMs);
}

void Demo::onBotLine(ChildProcess *bot, const QString &line)
{
    Q_UNUSED(bot);
    if (!line.startsWith(QLatin1String("READY ")))
        return;
    qCInfo(lcDemo).noquote() << "bot online:" << line.mid(6);
    ++m_readyBots;
    maybeAllReady();
}

void Demo::onFleetLine(const QString &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
    const QString type = o.value(u"type").toString();
    if (type == u"ready") {
        qCInfo(lcDemo).noquote() << o.value(u"devices").toInt() << "devices online after" << o.value(u"ready_s").toDouble() << "s";
        m_fleetReady = true;
        maybeAllReady();
    } else if (type == u"presence" && o.value(u"device").toString() == demo::kFlappingDevice) {
        m_deviceStale = !o.value(u"online").toBool();
        qCInfo(lcDemo).noquote() << demo::kFlappingDevice << (m_deviceStale ? "went offline" : "is back");
        if (m_deviceStale && std::exchange(m_waitingForStale, false))
            runNext();
    }
}

void Demo::maybeAllReady()
{
    if (m_readyBots < m_buddyCount || !m_fleetReady)
        return;
    m_deadline.disconnect();
    m_deadline.stop();
    allReady();
}

void Demo::allReady()
{
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
        {QStringLiteral("chat"), {QStringLiteral("--open-chat"), partner, QStringLiteral("--send"), demo::kFirstMessage},
         path(QStringLiteral("chat.png"))},
        {QStringLiteral("chat-dark"),
         {QStringLiteral("--open-chat"), partner, QStringLiteral("--send"), demo::kFirstMessage, theme, dark},
         path(QStringLiteral("chat-dark.png"))},
        // Ad-hoc commands on a device: the second step of a multi-step form, and a result table.
        {QStringLiteral("command-form"), commandForm, path(QStringLiteral("command-form.png"))},
        {QStringLiteral("command-form-dark"), commandForm + QStringList{theme, dark},
         path(QStringLiteral("command-form-dark.png"))},
        {QStringLiteral("command-table"), commandTable, path(QStringLiteral("command-table.png"))},
        {QStringLiteral("accounts"), {show, accounts}, path(QStringLiteral("accounts.png"))},
        {QStringLiteral("accounts-dark"), {show, accounts, theme, dark}, path(QStringLiteral("accounts-dark.png"))},
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

void Demo::interrupt(int signalNumber)
{
    qCInfo(lcDemo) << "signal" << signalNumber << "- stopping everything";
    finish(130);
}

void Demo::fail(const QString &message)
{
    if (m_done)
        return;
    std::fprintf(stderr, "linnet-demo: %s\n", qPrintable(message));
    finish(1);
}

void Demo::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    // The app first (it would otherwise see its server vanish), then the bots and the devices,
    // then Prosody.
    if (m_app)
        m_app->stop();
    for (ChildProcess *bot : std::as_const(m_bots))
        bot->stop();
    if (m_server) {
        // The server's directory goes away with it; keep its log for a post-mortem.
        const QString log = path(QStringLiteral("logs/prosody.log"));
        QFile::remove(log);
        QFile::copy(m_server->logFile(), log);
        m_server->stop();
    }
    emit finished(exitCode);
}
