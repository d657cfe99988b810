#include "Demo.h"

#include "ChildProcess.h"
#include "DemoCast.h"
#include "DemoDashboard.h"
#include "DemoFiles.h"
#include "DeviceCatalog.h"
#include "FederatedServers.h"
#include "ProsodyAccounts.h"
#include "ProsodyServer.h"
#include "RabbitMqServer.h"
#include "SecretService.h"
#include "amqp/AmqpConnectionsModel.h"
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
    if (m_options.serve)  // no app of ours reads the keychain
        startBots();
    else
        storePasswords();
}

bool Demo::prepare()
{
    for (const QString &program : {m_options.app, m_options.bot, m_options.devicesim}) {
        if (program.isEmpty() && m_options.serve)
            continue;
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
    // Served, there is no app of ours: the client brings its own keychain.
    if (!m_options.serve) {
        m_secrets = std::make_unique<SecretService>();
        QString secretsError;
        if (!m_secrets->start(&secretsError)) {
            fail(QStringLiteral("the demo's private keychain (dbus-daemon, gnome-keyring-daemon) did not start: %1")
                     .arg(secretsError));
            return false;
        }
    }

    ProsodyServer::Options server;
    server.domain = demo::kDomain;
    server.mutualRoster = true;
    server.pubsubMaxItems = 2000;  // the fleet's nodes keep ~30 min of readings for backfill
    for (const demo::Person &person : demo::kCast) {
        server.accounts.append({person.user, randomPassword(), person.name});
        if (!person.groups.isEmpty())
            server.rosterGroups.insert(person.user, person.groups);
    }
    // The federated server: its buddy, and its device (whose account is written below).
    ProsodyServer::Options federated;
    federated.domain = demo::kFederatedDomain;
    federated.pubsubMaxItems = 2000;
    federated.accounts.append({demo::kFederatedBuddy.user, randomPassword(), demo::kFederatedBuddy.name});
    m_servers = std::make_unique<FederatedServers>(FederatedServers::Options{server, federated, true});
    m_server = &m_servers->one();
    m_federated = &m_servers->two();
    const QList<devicesim::DeviceSpec> federatedDevices = devicesim::demoDevices(demo::kFederatedFleetSize);
    // Alice and those on the other server in each other's rosters (subscription both).
    const QString alice = m_server->jid(demo::kCast.first().user);
    m_servers->befriend(alice, demo::kCast.first().name, m_federated->jid(demo::kFederatedBuddy.user),
                        demo::kFederatedBuddy.name, demo::kFederatedBuddy.groups.value(0));
    for (const devicesim::DeviceSpec &device : federatedDevices)
        m_servers->befriend(alice, demo::kCast.first().name, m_federated->jid(device.id), demo::kFederatedDeviceName,
                            QStringLiteral("Devices"));
    QString error;
    if (!m_servers->start(&error)) {
        fail(QStringLiteral("the XMPP servers did not start: %1").arg(error));
        return false;
    }
    qCInfo(lcDemo).noquote() << "XMPP server" << m_server->domain() << "on" << m_server->host() + QLatin1Char(':')
                                 + QString::number(m_server->c2sPort()) << "federating with" << m_federated->domain()
                             << "on port" << m_federated->c2sPort();

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
    // The federated device: only its account (its roster, with Alice, is FederatedServers').
    for (const devicesim::DeviceSpec &device : federatedDevices) {
        if (!devicesim::writeProsodyAccount(m_federated->dataDir(), m_federated->domain(), device.id, m_devicePassword,
                                            &error)) {
            fail(QStringLiteral("cannot create the federated device's account: %1").arg(error));
            return false;
        }
    }

    // demo.json first: whoever waits for it can connect while the rest starts up.
    if (!demo::writeDemoJson(path(QStringLiteral("demo.json")), *m_server, devices, m_devicePassword, &error,
                             m_federated, federatedDevices)
        || !demo::writeProfile(path(QStringLiteral("profile")), *m_server, &error)
        || !demo::writeUntrustingProfile(path(QStringLiteral("profile-untrusted")), *m_server, false, &error)
        || !demo::writeUntrustingProfile(path(QStringLiteral("profile-changed")), *m_server, true, &error)
        || !demo::writeDashboard(path(QStringLiteral("dashboard.json")), m_server->pubsubJid(), &error)) {
        fail(error);
        return false;
    }
    if (!prepareAmqp(&error)) {
        fail(error);
        return false;
    }
    if (!m_options.serve) {  // served, stdout says READY once everything is online
        std::printf("%s\n", qPrintable(path(QStringLiteral("demo.json"))));
        std::fflush(stdout);
    }
    return true;
}

// The app's accounts keep their passwords in the keychain, as after "Remember the password".
void Demo::storePasswords()
{
    m_credentials = std::make_unique<CredentialStore>();
    const QStringList users{demo::kCast.first().user, demo::kSecondAccount};
    m_passwordsToStore = int(users.size()) + 1;  // and the user's AMQP broker's
    const QString brokerKey = AmqpConnectionsModel::keychainKey(m_server->jid(demo::kCast.first().user), demo::kAmqpBroker);
    m_credentials->write(brokerKey, m_amqpPassword, this, [this](const CredentialStore::Result &result) {
        if (result.status != CredentialStore::Status::Ok) {
            fail(QStringLiteral("cannot keep the broker's password in the demo's keychain: %1").arg(result.error));
            return;
        }
        if (--m_passwordsToStore == 0)
            startBots();
    });
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

// What a bot says by itself once online: the chat partner's waiting messages (and picture) for
// the app's user, then both bots' lines in the room. Written next to demo.json.
QStringList Demo::scriptFor(const demo::Person &person, QString *error) const
{
    const QString room = QStringLiteral("join:") + demo::kRoom + QLatin1Char('@') + m_server->mucJid();
    QStringList lines;
    if (person.user == demo::kChatPartner)
        lines << demo::kWaitingMessages << room;
    else if (person.user == QLatin1String("wren"))
        lines << QStringLiteral("wait:2500") << room;  // after Robin has created the room
    else
        return {};
    for (const QString &line : person.user == demo::kChatPartner ? demo::kRobinInRoom : demo::kWrenInRoom)
        lines << QStringLiteral("room:") + line;
    const QString file = path(person.user + QStringLiteral("-script.txt"));
    if (!demo::writeBotScript(file, lines, m_options.out, error))
        return {};
    QStringList args{QStringLiteral("--script"), file};
    if (person.user == demo::kChatPartner)
        args << QStringLiteral("--script-to") << m_server->jid(demo::kCast.first().user);
    return args;
}

void Demo::startBots()
{
    for (int i = 0; i < demo::kCast.size(); ++i) {
        const demo::Person &person = demo::kCast[i];
        if (!person.bot)
            continue;
        QString scriptError;
        const QStringList script = scriptFor(person, &scriptError);
        if (!scriptError.isEmpty()) {
            fail(scriptError);
            return;
        }
        ChildProcess *bot = startChild(
            QStringLiteral("bot-") + person.user, m_options.bot,
            QStringList{QStringLiteral("--host"), m_server->host(), QStringLiteral("--port"), QString::number(m_server->c2sPort()),
             QStringLiteral("--jid"), m_server->jid(person.user), QStringLiteral("--password"),
             m_server->options().accounts.at(i).password, QStringLiteral("--ca"), m_server->caCertificateFile(),
             QStringLiteral("--status"), person.status, QStringLiteral("--show"), person.show,
             QStringLiteral("--persona"), person.name.section(QLatin1Char(' '), 0, 0)}
                + script);
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
    startFederatedBots();
    startAmqpDevices();

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
    if (m_readyBots < m_buddyCount || !m_fleetReady || !m_federatedFleetReady || !m_amqpReady)
        return;
    m_deadline.disconnect();
    m_deadline.stop();
    allReady();
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
    stopAmqp();
    if (m_servers) {
        // The servers' directories go away with them; keep their logs for a post-mortem.
        for (const auto &[server, name] : {std::pair{m_federated, "prosody-federated.log"}, std::pair{m_server, "prosody.log"}}) {
            const QString log = path(QStringLiteral("logs/") + QLatin1String(name));
            QFile::remove(log);
            QFile::copy(server->logFile(), log);
            server->stop();
        }
    }
    emit finished(exitCode);
}
