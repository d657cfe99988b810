#include "Bench.h"

#include "BenchLogging.h"
#include "ProsodyServer.h"
#include "ServerProcess.h"
#include "Waiting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bench {
namespace {
const QString Password = QStringLiteral("bench-pw");
constexpr int ReadyTimeoutMs = 30000;
}  // namespace

Bench::Bench(Config config)
    : m_config(std::move(config))
{
    QDir().mkpath(m_config.outDir);
}

Bench::~Bench() = default;

bool Bench::wants(const QString &scenario) const
{
    return m_config.only.isEmpty() || m_config.only.contains(scenario);
}

QString Bench::password()
{
    return Password;
}

bool Bench::startServer(bool nagle, QString *error, const QStringList &extraUsers, XmppTestServer::Kind kind)
{
    m_server.reset();  // stops the previous one and removes its directory
    XmppTestServer::Options options;
    // One account per role, so a subscriber's node never has another online subscriber.
    options.accounts = {{QStringLiteral("sensor"), Password, QStringLiteral("Sensor")},
                        {QStringLiteral("linnet"), Password, QStringLiteral("Linnet")},
                        {QStringLiteral("anchor"), Password, QStringLiteral("Anchor")}};
    for (const auto &user : extraUsers)
        options.accounts.append({user, Password, user});
    options.pubsubStorage = m_config.pubsubStorage;
    options.nagle = nagle;
    options.logLevel = QStringLiteral("warn");  // Prosody's own logging costs it time per stanza
    m_server = XmppTestServer::create(options, kind);
    if (m_server->kind() != kind) {  // the fixture of this build cannot start that server
        if (error)
            *error = XmppTestServer::kindName(kind) + QStringLiteral(": no fixture in this build");
        m_server.reset();
        return false;
    }
    if (!m_server->start(error)) {
        m_server.reset();
        return false;
    }
    qCInfo(lcBench) << XmppTestServer::kindName(kind) << "on port" << m_server->c2sPort() << "nagle" << (nagle ? "on" : "off")
                    << "pubsub storage" << m_config.pubsubStorage;
    return true;
}

ProsodyServer *Bench::server() const
{
    return qobject_cast<ProsodyServer *>(m_server.get());
}

double Bench::serverCpuSeconds() const
{
    if (!m_server)
        return -1;
    if (const auto *prosody = server()) {
        // The fixture writes Prosody's pid file next to its data directory.
        QFile pidFile(QFileInfo(prosody->dataDir()).dir().filePath(QStringLiteral("prosody.pid")));
        if (!pidFile.open(QIODevice::ReadOnly))
            return -1;
        return processCpuSeconds(pidFile.readAll().trimmed().toLongLong());
    }
    // Others (ejabberd's beam.smp under ejabberdctl) have no pid file we know: the process
    // that listens on the c2s port is the server.
    const qint64 pid = listeningProcess(m_server->c2sPort());
    return pid > 0 ? processCpuSeconds(pid) : -1;
}

std::unique_ptr<Child> Bench::startProgram(const QString &name, const QString &program, const QStringList &args)
{
    const QString log = QDir(m_config.outDir).filePath(QStringLiteral("%1-%2.log").arg(++m_serial, 2, 10, QLatin1Char('0')).arg(name));
    auto child = std::make_unique<Child>(name, log);
    child->start(program, args);
    return child;
}

bool Bench::waitReady(Child *child, const QString &what, QString *error)
{
    const bool ready = waitUntil([&] { return !child->last(QStringLiteral("ready")).isEmpty() || child->hasExited()
                                              || !child->last(QStringLiteral("error")).isEmpty(); },
                                 ReadyTimeoutMs);
    if (ready && !child->last(QStringLiteral("ready")).isEmpty())
        return true;
    if (error) {
        const QString why = child->last(QStringLiteral("error")).value(u"error").toString();
        *error = QStringLiteral("%1 did not get ready: %2").arg(what, !why.isEmpty() ? why : interrupted() ? QStringLiteral("interrupted")
                                                                     : child->hasExited() ? child->errorTail()
                                                                                          : QStringLiteral("timeout"));
    }
    return false;
}

std::unique_ptr<Child> Bench::startPublisher(const QString &node, const QStringList &args, QString *error)
{
    const QStringList common{QStringLiteral("--jid"), m_server->jid(QStringLiteral("sensor")),
                             QStringLiteral("--host"), m_server->host(),
                             QStringLiteral("--port"), QString::number(m_server->c2sPort()),
                             QStringLiteral("--ca"), m_server->caCertificateFile(),
                             QStringLiteral("--service"), m_server->pubsubJid(),
                             QStringLiteral("--node"), node,
                             QStringLiteral("--progress-ms"), QStringLiteral("200"),
                             QStringLiteral("--wait-go")};
    auto child = startProgram(QStringLiteral("devicesim-") + node, QStringLiteral(BENCH_DEVICESIM), common + args);
    child->send(Password);
    if (!waitReady(child.get(), QStringLiteral("the publisher"), error))
        return nullptr;
    return child;
}

QString Bench::label(Sub which)
{
    switch (which) {
    case Sub::Linnet:
        return QStringLiteral("Linnet");
    case Sub::Anchor:
        return QStringLiteral("QXmpp");
    case Sub::LinnetWebSocket:
        return QStringLiteral("Linnet over WebSocket");
    case Sub::LinnetBosh:
        return QStringLiteral("Linnet over BOSH");
    }
    return {};
}

QString Bench::key(Sub which)
{
    switch (which) {
    case Sub::Linnet:
        return QStringLiteral("linnet");
    case Sub::Anchor:
        return QStringLiteral("anchor");
    case Sub::LinnetWebSocket:
        return QStringLiteral("linnet-websocket");
    case Sub::LinnetBosh:
        return QStringLiteral("linnet-bosh");
    }
    return {};
}

std::unique_ptr<Child> Bench::startSubscriber(Sub which, const QString &node, QString *error)
{
    const bool linnet = which != Sub::Anchor;
    const QString user = linnet ? QStringLiteral("linnet") : QStringLiteral("anchor");
    QStringList args{QStringLiteral("--jid"), m_server->jid(user),
                     QStringLiteral("--host"), m_server->host(),
                     QStringLiteral("--port"), QString::number(m_server->c2sPort()),
                     QStringLiteral("--ca"), m_server->caCertificateFile(),
                     QStringLiteral("--service"), m_server->pubsubJid(),
                     QStringLiteral("--node"), node};
    // Over HTTP the subscriber gets the endpoint and no host to fall back to.
    if (which == Sub::LinnetWebSocket)
        args << QStringLiteral("--transport") << QStringLiteral("websocket") << QStringLiteral("--endpoint")
             << m_server->websocketUrl().toString();
    else if (which == Sub::LinnetBosh)
        args << QStringLiteral("--transport") << QStringLiteral("bosh") << QStringLiteral("--endpoint")
             << m_server->boshUrl().toString();
    auto child = startProgram(user + QLatin1Char('-') + node,
                              linnet ? QStringLiteral(BENCH_LINNET_SUBSCRIBER) : QStringLiteral(BENCH_QXMPP_SUBSCRIBER), args);
    child->send(Password);
    if (!waitReady(child.get(), label(which) + QStringLiteral(" subscriber"), error))
        return nullptr;
    const QJsonObject ready = child->last(QStringLiteral("ready"));
    if (which == Sub::Linnet)
        m_linnetMode = ready.value(u"mode").toString();
    // A row over WebSocket or BOSH that silently went over TCP would measure the wrong thing.
    const QString over = ready.value(u"transport").toString();
    const QString expected = which == Sub::LinnetWebSocket ? QStringLiteral("WebSocket")
                             : which == Sub::LinnetBosh    ? QStringLiteral("BOSH")
                                                           : QString();
    if (!expected.isEmpty() && !over.startsWith(expected)) {
        if (error)
            *error = QStringLiteral("%1 subscriber connected over \"%2\"").arg(label(which), over);
        return nullptr;
    }
    return child;
}

QString Bench::replayProgram() const
{
    return QStringLiteral(BENCH_REPLAY);
}

double rateBetween(const QList<Progress> &lines, double t0, double t1)
{
    const Progress a = firstAtOrAfter(lines, t0), b = lastAtOrBefore(lines, t1);
    return b.t > a.t ? (b.items - a.items) / (b.t - a.t) : 0;
}

QList<Progress> progressOf(const Child &child, const QString &countField)
{
    QList<Progress> out;
    for (const QJsonObject &o : child.linesOfType(QStringLiteral("progress"))) {
        Progress p;
        p.t = o.value(u"t").toDouble();
        p.items = o.value(countField).toDouble();
        p.n = o.value(u"n").toDouble();
        p.lastMs = o.value(u"last_ms").toDouble(-1);
        out << p;
    }
    return out;
}

Progress firstAtOrAfter(const QList<Progress> &lines, double t)
{
    for (const Progress &p : lines) {
        if (p.t >= t)
            return p;
    }
    return lines.isEmpty() ? Progress{} : lines.last();
}

Progress lastAtOrBefore(const QList<Progress> &lines, double t)
{
    Progress found = lines.isEmpty() ? Progress{} : lines.first();
    for (const Progress &p : lines) {
        if (p.t > t)
            break;
        found = p;
    }
    return found;
}

}  // namespace bench
