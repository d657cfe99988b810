#include "SubscriberHarness.h"

#include "BenchLogging.h"
#include "ToolIo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace {
double round3(double x)
{
    return std::round(x * 1000.0) / 1000.0;
}
}  // namespace

SubscriberHarness::SubscriberHarness(QObject *parent)
    : QObject(parent)
    , m_stdin(new StdinLines(this))
{
    connect(m_stdin, &StdinLines::line, this, &SubscriberHarness::command);
    connect(m_stdin, &StdinLines::closed, this, [this] {
        if (!m_havePassword)
            fail(QStringLiteral("no --password and nothing on stdin"));
    });
    m_progress.setTimerType(Qt::PreciseTimer);
    connect(&m_progress, &QTimer::timeout, this, &SubscriberHarness::printProgress);
}

bool SubscriberHarness::parse(const QCoreApplication &app, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    auto opt = [&](const char *name, const char *help, const char *value) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value));
        parser.addOption(o);
        return o;
    };
    const auto jid = opt("jid", "Account (bare JID).", "jid");
    const auto password = opt("password", "Password (default: the first line of stdin).", "pw");
    const auto host = opt("host", "Server host (default 127.0.0.1).", "host");
    const auto port = opt("port", "c2s port (default 5222).", "port");
    const auto ca = opt("ca", "PEM file with the CA certificates to trust.", "file");
    const auto service = opt("service", "PubSub service JID.", "jid");
    const auto node = opt("node", "Node to subscribe to.", "name");
    const auto progress = opt("progress-ms", "Interval of progress lines (default 100).", "ms");
    const auto transport = opt("transport", "tcp (default), websocket or bosh (Linnet's subscriber only).", "name");
    const auto endpoint = opt("endpoint", "The wss:// or https:// endpoint for websocket or bosh.", "url");
    parser.process(app);

    m_options.jid = parser.value(jid);
    m_options.caFile = parser.value(ca);
    m_options.service = parser.value(service);
    m_options.node = parser.value(node);
    if (parser.isSet(host))
        m_options.host = parser.value(host);
    if (parser.isSet(transport))
        m_options.transport = parser.value(transport);
    m_options.endpoint = parser.value(endpoint);
    bool ok = true;
    if (parser.isSet(port))
        m_options.port = parser.value(port).toUShort(&ok);
    if (ok && parser.isSet(progress))
        m_options.progressMs = parser.value(progress).toInt(&ok);
    const bool overHttp = m_options.transport == u"websocket" || m_options.transport == u"bosh";
    if (!overHttp && m_options.transport != u"tcp")
        ok = false;
    if (!ok || m_options.progressMs < 10 || m_options.jid.isEmpty() || m_options.service.isEmpty() || m_options.node.isEmpty()
        || overHttp == m_options.endpoint.isEmpty()) {
        std::fprintf(stderr, "%s: --jid, --service and --node are required; numbers must be numbers; --transport is "
                             "tcp, websocket or bosh, the last two with --endpoint (see --help)\n",
                     qPrintable(QCoreApplication::applicationName()));
        return false;
    }
    if (parser.isSet(password)) {
        m_password = parser.value(password);
        m_havePassword = true;
    }
    return true;
}

void SubscriberHarness::whenPasswordKnown(std::function<void(const QString &)> login)
{
    m_login = std::move(login);
    if (m_havePassword)
        QTimer::singleShot(0, this, [this] { m_login(m_password); });
}

void SubscriberHarness::command(const QString &line)
{
    if (!m_havePassword) {
        m_havePassword = true;
        m_password = line;
        if (m_login)
            m_login(m_password);
        return;
    }
    if (line == u"window") {
        m_stats.startWindow();
    } else if (line == u"summary") {
        const auto s = m_stats.summary();
        printJsonLine({{QStringLiteral("type"), QStringLiteral("summary")},
                       {QStringLiteral("items"), double(s.total)},
                       {QStringLiteral("window_items"), double(s.windowItems)},
                       {QStringLiteral("p50_ms"), round3(s.p50Ms)},
                       {QStringLiteral("p95_ms"), round3(s.p95Ms)},
                       {QStringLiteral("p99_ms"), round3(s.p99Ms)},
                       {QStringLiteral("max_ms"), round3(s.maxMs)}});
    } else if (!line.isEmpty()) {
        qCWarning(lcBench) << "unknown command" << line;
    }
}

void SubscriberHarness::ready(const QJsonObject &extra)
{
    QJsonObject obj = extra;
    obj.insert(QStringLiteral("type"), QStringLiteral("ready"));
    printJsonLine(obj);
    m_sinceProgress.start();
    m_progress.start(m_options.progressMs);
}

void SubscriberHarness::printProgress()
{
    // A SIGSTOPped process prints nothing; the first line after SIGCONT covers the whole pause,
    // so the rate divides by the real elapsed time, not the timer's interval.
    const double dt = double(m_sinceProgress.nsecsElapsed()) / 1e9;
    m_sinceProgress.restart();
    const auto i = m_stats.takeInterval();
    QJsonObject obj{{QStringLiteral("type"), QStringLiteral("progress")},
                    {QStringLiteral("t"), double(wallClockUs()) / 1e6},
                    {QStringLiteral("items"), double(i.total)},
                    {QStringLiteral("n"), double(i.items)},
                    {QStringLiteral("rate"), std::round(dt > 0 ? double(i.items) / dt : 0)}};
    if (i.items > 0) {
        obj.insert(QStringLiteral("last_ms"), round3(i.lastMs));
        obj.insert(QStringLiteral("p50_ms"), round3(i.p50Ms));
        obj.insert(QStringLiteral("p99_ms"), round3(i.p99Ms));
        obj.insert(QStringLiteral("max_ms"), round3(i.maxMs));
    }
    printJsonLine(obj);
}

void SubscriberHarness::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    qCWarning(lcBench).noquote() << error;
    printJsonLine({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("error"), error}});
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
}
