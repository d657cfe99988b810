// bench-dashboard: the GUI end of issue 8's pipeline benchmarks, one process per scenario (a
// QApplication: Qt Charts in QML needs one). Modes (--mode):
//   dashboard  the Account (real receive path: StreamBridge, DeviceController, ReadingStore)
//              subscribed to the fleet's nodes, and the real DashboardPage (module Linnet) with
//              --tiles chart tiles of --series series each, live, in a window of --width x
//              --height. Measures frame times from QQuickWindow's frame signals, the GUI
//              thread's stalls, and the items the store received.
//   panzoom    no server: one series of --points points in a ReadingStore, the real ChartTile
//              (ChartView + ChartFeeder) in the window; zoom and pan steps, one per frame.
//   discovery  the Account logged in (and the dashboard shown with its tiles live): the
//              DiscoveryModel lists the PubSub service's nodes; time to --nodes rows and the
//              GUI thread's stalls meanwhile.
//   reconnect  the Account subscribed to all --nodes nodes: live, then every session
//              disconnects for --offline-s while the fleet publishes on, then reconnects:
//              backfill of every node plus the live feed.
// Nodes are the fleet's numbered devices (dev-0001 ...), each publishing series
// "<node>:temperature" and friends (tools/devicesim). Password: the first stdin line.
// stdout: JSON lines {"type":"ready"|"progress"|"phase"|"result"|"error", ...}; "t" is the wall
// clock in seconds (the driver's clock too).
#include "ToolIo.h"
#include "account/Account.h"
#include "account/ConnectionController.h"
#include "account/Session.h"
#include "dashboards/ChartFeeder.h"
#include "dashboards/Dashboard.h"
#include "dashboards/DashboardsModel.h"
#include "dashboards/TilesModel.h"
#include "devices/DeviceController.h"
#include "devices/DiscoveryModel.h"
#include "devices/Reading.h"
#include "devices/ReadingStore.h"
#include "net/NetworkThread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFont>
#include <QJsonObject>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QSGRendererInterface>
#include <QTextStream>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>

#include <sys/resource.h>
#include <vector>

Q_IMPORT_QML_PLUGIN(Linnet_CorePlugin)
Q_IMPORT_QML_PLUGIN(LinnetPlugin)

namespace {

double wallS()
{
    return double(wallClockUs()) / 1e6;
}

void phase(const QString &name, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("type"), QStringLiteral("phase"));
    extra.insert(QStringLiteral("phase"), name);
    extra.insert(QStringLiteral("t"), wallS());
    printJsonLine(extra);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const auto k = size_t(std::clamp(std::ceil(p * double(v.size())) - 1, 0.0, double(v.size() - 1)));
    return v[k];
}

void sleepMs(int ms)
{
    waitFor([] { return false; }, ms);
}

// Per frame, from QQuickWindow's signals: the frame's time = from the first of afterAnimating,
// beforeFrameBegin or beforeSynchronizing (the frame has started: animations advanced, items
// polished) to frameSwapped (the image is out); and the interval between frameSwapped signals.
// Direct connections: with a threaded render loop some of these come from the render thread.
class FrameMeter : public QObject
{
public:
    explicit FrameMeter(QQuickWindow *window)
    {
        auto begin = [this] {
            std::lock_guard lock(m_mutex);
            if (m_beginNs < 0)
                m_beginNs = m_clock.nsecsElapsed();
        };
        connect(window, &QQuickWindow::afterAnimating, this, begin, Qt::DirectConnection);
        connect(window, &QQuickWindow::beforeFrameBegin, this, begin, Qt::DirectConnection);
        connect(window, &QQuickWindow::beforeSynchronizing, this, begin, Qt::DirectConnection);
        connect(window, &QQuickWindow::frameSwapped, this, [this] {
            std::lock_guard lock(m_mutex);
            const qint64 now = m_clock.nsecsElapsed();
            if (m_recording && m_beginNs >= 0)
                m_frameMs.push_back(double(now - m_beginNs) / 1e6);
            if (m_recording && m_lastSwapNs >= 0)
                m_intervalMs.push_back(double(now - m_lastSwapNs) / 1e6);
            m_lastSwapNs = now;
            m_beginNs = -1;
            ++m_swaps;
        }, Qt::DirectConnection);
        m_clock.start();
    }
    void start()
    {
        std::lock_guard lock(m_mutex);
        m_frameMs.clear();
        m_intervalMs.clear();
        m_lastSwapNs = -1;
        m_recording = true;
        m_since.start();
    }
    QJsonObject stop(const QString &prefix)
    {
        std::lock_guard lock(m_mutex);
        m_recording = false;
        const double seconds = double(m_since.nsecsElapsed()) / 1e9;
        const double maxFrame = m_frameMs.empty() ? -1 : *std::max_element(m_frameMs.begin(), m_frameMs.end());
        return {{prefix + QStringLiteral("frames"), double(m_frameMs.size())},
                {prefix + QStringLiteral("fps"), double(m_frameMs.size()) / seconds},
                {prefix + QStringLiteral("frame_p50_ms"), percentile(m_frameMs, 0.50)},
                {prefix + QStringLiteral("frame_p99_ms"), percentile(m_frameMs, 0.99)},
                {prefix + QStringLiteral("frame_max_ms"), maxFrame},
                {prefix + QStringLiteral("interval_p50_ms"), percentile(m_intervalMs, 0.50)},
                {prefix + QStringLiteral("interval_p99_ms"), percentile(m_intervalMs, 0.99)}};
    }
    quint64 swaps() const { return m_swaps.load(); }

private:
    std::mutex m_mutex;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    qint64 m_beginNs = -1;
    qint64 m_lastSwapNs = -1;
    bool m_recording = false;
    std::vector<double> m_frameMs;
    std::vector<double> m_intervalMs;
    std::atomic<quint64> m_swaps = 0;
};

// The GUI thread's stalls: gaps between ticks of a 2 ms timer (longest and p99).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_gaps.push_back(double(m_clock.nsecsElapsed()) / 1e6); m_clock.restart(); });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_timer.start();
    }
    QJsonObject stop(const QString &prefix)
    {
        m_timer.stop();
        const double longest = m_gaps.empty() ? -1 : *std::max_element(m_gaps.begin(), m_gaps.end());
        return {{prefix + QStringLiteral("stall_max_ms"), longest}, {prefix + QStringLiteral("stall_p99_ms"), percentile(m_gaps, 0.99)}};
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<double> m_gaps;
};

QString nodeId(int i)
{
    return QStringLiteral("dev-") + QString::number(i + 1).rightJustified(4, QLatin1Char('0'));
}

const QStringList TileSeries{QStringLiteral("temperature"), QStringLiteral("humidity"), QStringLiteral("co2"),
                             QStringLiteral("power"), QStringLiteral("battery"), QStringLiteral("door")};

QJsonObject merge(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

QString graphicsApiName(QQuickWindow *window)
{
    switch (window->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software: return QStringLiteral("software");
    case QSGRendererInterface::OpenGL: return QStringLiteral("opengl");
    case QSGRendererInterface::Vulkan: return QStringLiteral("vulkan");
    case QSGRendererInterface::Null: return QStringLiteral("null");
    default: return QStringLiteral("other");
    }
}

struct Options {
    QString mode;
    QString host, ca, jid, service;
    quint16 port = 0;
    int nodes = 0;
    int tiles = 20;
    int series = 5;
    int width = 1280, height = 800;
    double warmupS = 5, seconds = 20, offlineS = 10;
    int points = 1'000'000;
    int progressMs = 200;
};

// The items the store took: one "<node>:temperature" reading per snapshot.
struct ItemCounter {
    std::atomic<quint64> items = 0;
    std::atomic<qint64> newestMs = 0;
};

class Pipeline
{
public:
    Pipeline(const Options &o, const QString &password)
        : m_o(o)
    {
        AccountConfig config;
        config.jid = o.jid;
        config.host = o.host;
        config.port = o.port;
        config.caCertificatesFile = o.ca;
        config.sessions = {{QStringLiteral("bench-") + o.mode, true}};
        m_account = std::make_unique<Account>(config, &m_network);
        auto *counter = &m_counter;
        m_account->readings()->setObserver([counter](const QString &, const QString &, const QList<Reading> &batch) {
            for (const Reading &r : batch) {
                if (r.series.endsWith(u":temperature")) {
                    counter->items.fetch_add(1, std::memory_order_relaxed);
                    qint64 seen = counter->newestMs.load(std::memory_order_relaxed);
                    while (r.timeMs > seen && !counter->newestMs.compare_exchange_weak(seen, r.timeMs)) {
                    }
                }
            }
        });
        m_progress.setInterval(o.progressMs);
        QObject::connect(&m_progress, &QTimer::timeout, [this] { printProgress(); });
        m_progress.start();
        m_account->setPassword(password);
    }
    ~Pipeline()
    {
        m_view.reset();
        m_account.reset();
    }

    Account *account() const { return m_account.get(); }
    ConnectionController *connection() const { return m_account->sessions().constFirst()->connection(); }
    bool online() const { return m_account->onlineSessions() > 0; }

    void printProgress()
    {
        const qint64 newest = m_counter.newestMs.load();
        printJsonLine({{QStringLiteral("type"), QStringLiteral("progress")},
                       {QStringLiteral("t"), wallS()},
                       {QStringLiteral("items"), double(m_counter.items.load())},
                       {QStringLiteral("newest_age_ms"), newest > 0 ? double(QDateTime::currentMSecsSinceEpoch() - newest) : -1.0},
                       {QStringLiteral("backfilled"), m_backfilled},
                       {QStringLiteral("online"), online()}});
    }

    void login()
    {
        m_account->connectAll();
        if (!waitFor([this] { return online(); }, 60000))
            failJson(QStringLiteral("the account did not get online in 60 s (state %1): %2")
                     .arg(int(connection()->state())).arg(connection()->errorMessage()));
    }

    // Subscribes to nodes 0..count-1 and waits for every answer.
    void subscribe(int count)
    {
        auto *devices = m_account->devices();
        int ok = 0;
        QString error;
        auto c1 = QObject::connect(devices, &DeviceController::subscribed, [&](const QString &, const QString &) { ++ok; });
        auto c2 = QObject::connect(devices, &DeviceController::subscriptionFailed,
                                   [&](const QString &, const QString &node, const QString &why) { error = node + u": " + why; });
        QObject::connect(devices, &DeviceController::backfilled, [this](const QString &, const QString &, qsizetype readings, qint64, qint64) {
            ++m_backfilled;
            m_backfilledReadings += double(readings);
        });
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i)
            devices->subscribe(m_o.service, nodeId(i));
        if (!waitFor([&] { return ok >= count || !error.isEmpty(); }, 60000) || !error.isEmpty())
            failJson(QStringLiteral("subscribing to %1 nodes: %2 of them answered; %3").arg(count).arg(ok).arg(error));
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        phase(QStringLiteral("subscribed"), {{QStringLiteral("nodes"), count}, {QStringLiteral("ms"), double(timer.elapsed())}});
    }

    // A dashboard of tiles chart tiles, tile k showing series of node k, and the real
    // DashboardPage showing it.
    void showDashboard()
    {
        Dashboard *dashboard = m_account->dashboards()->addDashboard(QStringLiteral("Bench"));
        if (!dashboard)
            failJson(QStringLiteral("no dashboard"));
        TilesModel *tiles = dashboard->tiles();
        for (int k = 0; k < m_o.tiles; ++k) {
            // 20 tiles of 3 x 2 on the 12-column grid: four a row, five rows.
            const int index = tiles->addTile(TilesModel::Chart, QStringLiteral("Device %1").arg(k + 1), -1, -1, 3, 2);
            if (index < 0)
                failJson(QStringLiteral("tile %1 did not fit").arg(k));
            for (int s = 0; s < m_o.series; ++s) {
                if (!tiles->addSeries(index, m_o.service, nodeId(k), nodeId(k) + QLatin1Char(':') + TileSeries.value(s % TileSeries.size())))
                    failJson(QStringLiteral("series %1 of tile %2 refused").arg(s).arg(k));
            }
            tiles->setWindow(index, 60'000);
        }
        m_view = std::make_unique<QQuickView>();
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->setInitialProperties({{QStringLiteral("account"), QVariant::fromValue(m_account.get())},
                                      {QStringLiteral("dashboard"), QVariant::fromValue(dashboard)}});
        m_view->loadFromModule("Linnet", "DashboardPage");
        if (m_view->status() != QQuickView::Ready)
            failJson(QStringLiteral("DashboardPage did not load: %1").arg(m_view->errors().isEmpty() ? QString() : m_view->errors().first().toString()));
        m_view->resize(m_o.width, m_o.height);
        m_view->show();
        m_frames = std::make_unique<FrameMeter>(m_view.get());
        if (!waitFor([this] { return m_frames->swaps() > 0; }, 20000))
            failJson(QStringLiteral("the window rendered no frame"));
        int charts = 0;
        for (auto *item : m_view->rootObject()->findChildren<QQuickItem *>()) {
            if (qstrcmp(item->metaObject()->className(), "DeclarativeChart") == 0 || item->inherits("QtCharts::DeclarativeChart"))
                ++charts;
        }
        phase(QStringLiteral("shown"), {{QStringLiteral("graphics_api"), graphicsApiName(m_view.get())},
                                        {QStringLiteral("charts"), charts}, {QStringLiteral("tiles"), tiles->rowCount()}});
    }

    FrameMeter *frames() const { return m_frames.get(); }
    quint64 items() const { return m_counter.items.load(); }
    qint64 newestAgeMs() const
    {
        const qint64 newest = m_counter.newestMs.load();
        return newest > 0 ? QDateTime::currentMSecsSinceEpoch() - newest : -1;
    }
    int backfilled() const { return m_backfilled; }
    double backfilledReadings() const { return m_backfilledReadings; }

private:
    const Options &m_o;
    NetworkThread m_network;  // outlives the account
    std::unique_ptr<Account> m_account;
    std::unique_ptr<QQuickView> m_view;
    std::unique_ptr<FrameMeter> m_frames;
    ItemCounter m_counter;
    QTimer m_progress;
    int m_backfilled = 0;
    double m_backfilledReadings = 0;
};

double cpuS(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

int runDashboard(const Options &o, const QString &password)
{
    Pipeline p(o, password);
    p.login();
    p.subscribe(o.nodes);
    p.showDashboard();
    printJsonLine({{QStringLiteral("type"), QStringLiteral("ready")}, {QStringLiteral("t"), wallS()}});
    sleepMs(int(o.warmupS * 1000));
    StallMeter stalls;
    const double t0 = wallS();
    const quint64 items0 = p.items();
    const double guiCpu0 = cpuS(RUSAGE_THREAD), procCpu0 = cpuS(RUSAGE_SELF);
    p.frames()->start();
    stalls.start();
    sleepMs(int(o.seconds * 1000));
    QJsonObject r = p.frames()->stop(QString());
    r.insert(QStringLiteral("gui_thread_cpu_pct"), 100 * (cpuS(RUSAGE_THREAD) - guiCpu0) / o.seconds);
    r.insert(QStringLiteral("process_cpu_pct"), 100 * (cpuS(RUSAGE_SELF) - procCpu0) / o.seconds);
    r = merge(r, stalls.stop(QString()));
    const double t1 = wallS();
    r.insert(QStringLiteral("type"), QStringLiteral("result"));
    r.insert(QStringLiteral("t0"), t0);
    r.insert(QStringLiteral("t1"), t1);
    r.insert(QStringLiteral("items"), double(p.items() - items0));
    r.insert(QStringLiteral("rate"), double(p.items() - items0) / (t1 - t0));
    r.insert(QStringLiteral("newest_age_ms"), double(p.newestAgeMs()));
    printJsonLine(r);
    return 0;
}

int runDiscovery(const Options &o, const QString &password)
{
    Pipeline p(o, password);
    p.login();
    p.subscribe(o.tiles);  // the dashboard's nodes
    p.showDashboard();
    printJsonLine({{QStringLiteral("type"), QStringLiteral("ready")}, {QStringLiteral("t"), wallS()}});
    sleepMs(int(o.warmupS * 1000));

    // Idle anchor: the same meters with the dashboard live, nothing else asked.
    StallMeter stalls;
    p.frames()->start();
    stalls.start();
    sleepMs(2000);
    QJsonObject r = merge(p.frames()->stop(QStringLiteral("idle_")), stalls.stop(QStringLiteral("idle_")));

    DiscoveryModel *model = p.account()->devices()->discovery();
    QElapsedTimer clock;
    p.frames()->start();
    stalls.start();
    clock.start();
    model->refresh();
    // The server's row (the roster's devices are listed beside it).
    QModelIndex server;
    if (!waitFor([&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex i = model->index(row, 0);
                if (i.data(DiscoveryModel::KindRole).value<DiscoveryModel::Kind>() == DiscoveryModel::Kind::Server
                    || i.data(DiscoveryModel::KindRole).toInt() == int(DiscoveryModel::Kind::Server)) {
                    server = i;
                    return true;
                }
            }
            return false;
        }, 10000))
        failJson(QStringLiteral("no server row in the discovery tree"));
    if (model->canFetchMore(server))
        model->fetchMore(server);
    QModelIndex service;
    auto findService = [&] {
        for (int row = 0; row < model->rowCount(server); ++row) {
            const QModelIndex i = model->index(row, 0, server);
            if (i.data(DiscoveryModel::JidRole).toString() == o.service) {
                service = i;
                return true;
            }
        }
        return false;
    };
    if (!waitFor(findService, 30000) || !waitFor([&] { return model->canFetchMore(service); }, 10000))
        failJson(QStringLiteral("the PubSub service did not show in the discovery tree"));
    const double servicesMs = double(clock.nsecsElapsed()) / 1e6;
    QElapsedTimer nodesClock;
    nodesClock.start();
    model->fetchMore(service);
    if (!waitFor([&] { return model->rowCount(service) >= o.nodes; }, 20000))
        failJson(QStringLiteral("only %1 of %2 nodes listed in 20 s").arg(model->rowCount(service)).arg(o.nodes));
    const double nodesMs = double(nodesClock.nsecsElapsed()) / 1e6;
    const double totalMs = double(clock.nsecsElapsed()) / 1e6;
    r = merge(r, merge(p.frames()->stop(QStringLiteral("list_")), stalls.stop(QStringLiteral("list_"))));
    // Then the per-node details (item counts, titles) fill in, a few requests at a time.
    p.frames()->start();
    stalls.start();
    auto detailsDone = [&] {
        for (int row = model->rowCount(service) - 1; row >= 0; --row) {
            if (model->index(row, 0, service).data(DiscoveryModel::ItemCountRole).toInt() < 0)
                return false;
        }
        return true;
    };
    const bool filled = waitFor(detailsDone, 20000);
    const double detailsMs = double(clock.nsecsElapsed()) / 1e6;
    r = merge(r, merge(p.frames()->stop(QStringLiteral("details_")), stalls.stop(QStringLiteral("details_"))));
    r.insert(QStringLiteral("type"), QStringLiteral("result"));
    r.insert(QStringLiteral("rows"), model->rowCount(service));
    r.insert(QStringLiteral("services_ms"), servicesMs);
    r.insert(QStringLiteral("nodes_ms"), nodesMs);
    r.insert(QStringLiteral("total_ms"), totalMs);
    r.insert(QStringLiteral("details_ms"), filled ? detailsMs : -1.0);
    printJsonLine(r);
    return 0;
}

int runReconnect(const Options &o, const QString &password)
{
    Pipeline p(o, password);
    p.login();
    QElapsedTimer firstClock;
    firstClock.start();
    p.subscribe(o.nodes);
    // Steady state first: every node's first backfill (after the first login) done, so no
    // request of the first session is still on its way when it goes.
    if (!waitFor([&] { return p.backfilled() >= o.nodes; }, 90000))
        failJson(QStringLiteral("the first backfill of %1 nodes did not finish in 90 s (%2 done)").arg(o.nodes).arg(p.backfilled()));
    const double firstBackfillS = double(firstClock.nsecsElapsed()) / 1e9;
    phase(QStringLiteral("first_backfill"), {{QStringLiteral("s"), firstBackfillS}, {QStringLiteral("readings"), p.backfilledReadings()}});
    printJsonLine({{QStringLiteral("type"), QStringLiteral("ready")}, {QStringLiteral("t"), wallS()}});
    sleepMs(int(o.warmupS * 1000));
    // Live before: the receive path's rate with everything subscribed.
    const double tLive0 = wallS();
    const quint64 live0 = p.items();
    sleepMs(5000);
    const double liveRate = double(p.items() - live0) / (wallS() - tLive0);
    // How old the newest stored reading is while live (the server's own queueing when it is
    // behind): caught up again means back to that.
    double ageBefore = 0;
    for (int i = 0; i < 5; ++i) {
        ageBefore = std::max(ageBefore, double(p.newestAgeMs()));
        sleepMs(200);
    }

    p.account()->disconnectAll();
    if (!waitFor([&] { return !p.online(); }, 10000))
        failJson(QStringLiteral("the account did not go offline"));
    const double tOff = wallS();
    phase(QStringLiteral("offline"));
    sleepMs(int(o.offlineS * 1000));
    const double tOn = wallS();
    phase(QStringLiteral("reconnect"));
    StallMeter stalls;
    stalls.start();
    p.account()->connectAll();
    double tOnline = -1, tFirstBackfill = -1, tBackfilled = -1, tCaught = -1;
    int backfilledBefore = p.backfilled();
    double readingsBefore = p.backfilledReadings();
    quint64 itemsBefore = p.items();
    quint64 itemsAtBackfilled = 0;
    double readingsAtBackfilled = 0;
    waitFor([&] {
        if (tOnline < 0) {
            if (!p.online())
                return false;
            // Counted from the login on: anything reported before it is not this reconnect's.
            tOnline = wallS();
            backfilledBefore = p.backfilled();
            readingsBefore = p.backfilledReadings();
            itemsBefore = p.items();
        }
        if (tFirstBackfill < 0 && p.backfilled() > backfilledBefore)
            tFirstBackfill = wallS();
        if (tBackfilled < 0 && p.backfilled() - backfilledBefore >= o.nodes) {
            tBackfilled = wallS();
            itemsAtBackfilled = p.items();
            readingsAtBackfilled = p.backfilledReadings();
        }
        // Caught up: every node backfilled and the newest stored reading fresh again.
        if (tBackfilled > 0 && p.newestAgeMs() >= 0 && double(p.newestAgeMs()) < ageBefore + 1000) {
            tCaught = wallS();
            return true;
        }
        return false;
    }, 60000);
    QJsonObject r = stalls.stop(QString());
    if (tOnline < 0)
        r.insert(QStringLiteral("login_error"), QStringLiteral("state %1: %2").arg(int(p.connection()->state())).arg(p.connection()->errorMessage()));
    r.insert(QStringLiteral("type"), QStringLiteral("result"));
    r.insert(QStringLiteral("first_backfill_s"), firstBackfillS);
    r.insert(QStringLiteral("live_rate"), liveRate);
    r.insert(QStringLiteral("age_before_ms"), ageBefore);
    r.insert(QStringLiteral("t_off"), tOff);
    r.insert(QStringLiteral("t_on"), tOn);
    r.insert(QStringLiteral("online_s"), tOnline > 0 ? tOnline - tOn : -1.0);
    r.insert(QStringLiteral("first_backfilled_s"), tFirstBackfill > 0 ? tFirstBackfill - tOn : -1.0);
    r.insert(QStringLiteral("backfilled_nodes"), p.backfilled() - backfilledBefore);
    // Readings decoded from the fetched items (the store then drops those it already had).
    r.insert(QStringLiteral("backfilled_readings"), (tBackfilled > 0 ? readingsAtBackfilled : p.backfilledReadings()) - readingsBefore);
    r.insert(QStringLiteral("backfilled_s"), tBackfilled > 0 ? tBackfilled - tOn : -1.0);
    r.insert(QStringLiteral("caught_up_s"), tCaught > 0 ? tCaught - tOn : -1.0);
    r.insert(QStringLiteral("live_items_to_backfilled"), double((tBackfilled > 0 ? itemsAtBackfilled : p.items()) - itemsBefore));
    r.insert(QStringLiteral("newest_age_ms"), double(p.newestAgeMs()));
    printJsonLine(r);
    return 0;
}

int runPanZoom(const Options &o)
{
    auto store = std::make_shared<ReadingStore>(qsizetype(o.points) + 1000);
    DashboardContext context;
    context.store = store;
    DashboardsModel model(context);
    Dashboard *dashboard = model.addDashboard(QStringLiteral("Pan"));
    TilesModel *tiles = dashboard->tiles();
    const int index = tiles->addTile(TilesModel::Chart, QStringLiteral("One million"), 0, 0, 12, 6);
    const QString service = QStringLiteral("pubsub.bench");
    tiles->addSeries(index, service, QStringLiteral("big"), QStringLiteral("big:power"));
    tiles->setWindow(index, 24 * 3600'000LL);
    const QString tileId = tiles->tiles().at(index).id;
    // 24 h at one sample per 86 ms (tst_chartfeeder's series).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Reading> batch;
    batch.reserve(o.points);
    for (int i = 0; i < o.points; ++i)
        batch << Reading{QStringLiteral("big:power"), QStringLiteral("W"), std::sin(i / 5000.0) * 20 + (i % 7),
                         now - 86'400'000 + qint64(i) * 86400'000 / o.points};
    store->append(service, QStringLiteral("big"), batch);
    batch.clear();

    QQuickView view;
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.setInitialProperties({{QStringLiteral("dashboard"), QVariant::fromValue(dashboard)}, {QStringLiteral("tileId"), tileId}});
    view.loadFromModule("Linnet", "ChartTile");
    if (view.status() != QQuickView::Ready)
        failJson(QStringLiteral("ChartTile did not load: %1").arg(view.errors().isEmpty() ? QString() : view.errors().first().toString()));
    view.resize(o.width, o.height);
    view.show();
    auto *feeder = view.rootObject()->property("feeder").value<ChartFeeder *>();
    if (!feeder)
        failJson(QStringLiteral("no feeder"));
    FrameMeter frames(&view);
    if (!waitFor([&] { return frames.swaps() > 0 && feeder->pointCount() > 0; }, 20000))
        failJson(QStringLiteral("the chart showed nothing"));
    sleepMs(1000);

    // The anchor: the same steps on the feeder alone (decimate + replace the series' points), no frames.
    auto step = [feeder](int i) {
        const int k = i % 80;
        if (k < 20)
            feeder->zoom(0.9, 0.5);
        else if (k < 40)
            feeder->pan(-0.05);
        else if (k < 60)
            feeder->pan(0.05);
        else
            feeder->zoom(1 / 0.9, 0.5);
    };
    QElapsedTimer anchorClock;
    anchorClock.start();
    constexpr int AnchorSteps = 80;
    for (int i = 0; i < AnchorSteps; ++i) {
        step(i);
        feeder->flush();
    }
    const double feederMs = double(anchorClock.nsecsElapsed()) / 1e6 / AnchorSteps;
    feeder->resetView();
    sleepMs(500);

    // Driven: the next step as soon as the frame showing the previous one is out.
    int steps = 0;
    int shown = 0;
    int lastUpdates = feeder->updates();
    QElapsedTimer sinceStep;
    auto next = [&] {
        step(steps++);
        sinceStep.restart();
    };
    QObject::connect(&view, &QQuickWindow::frameSwapped, &view, [&] {
        if (feeder->updates() != lastUpdates) {  // this frame shows a new view
            lastUpdates = feeder->updates();
            ++shown;
            next();
        }
    }, Qt::QueuedConnection);
    QTimer watchdog;  // a step whose frame never came (nothing changed): go on
    QObject::connect(&watchdog, &QTimer::timeout, &view, [&] {
        if (sinceStep.elapsed() > 200)
            next();
    });
    StallMeter stalls;
    frames.start();
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    sinceStep.start();
    watchdog.start(50);
    next();
    sleepMs(int(o.seconds * 1000));
    watchdog.stop();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    QJsonObject r = merge(frames.stop(QString()), stalls.stop(QString()));
    r.insert(QStringLiteral("type"), QStringLiteral("result"));
    r.insert(QStringLiteral("graphics_api"), graphicsApiName(&view));
    r.insert(QStringLiteral("points"), o.points);
    r.insert(QStringLiteral("steps"), steps);
    r.insert(QStringLiteral("views_shown"), shown);
    r.insert(QStringLiteral("views_per_s"), shown / seconds);
    r.insert(QStringLiteral("points_drawn"), feeder->pointCount());
    r.insert(QStringLiteral("feeder_ms_per_step"), feederMs);
    printJsonLine(r);
    return 0;
}

}  // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QUICK_CONTROLS_MATERIAL_VARIANT", "Dense");
    QApplication app(argc, argv);  // Qt Charts: a QGuiApplication would crash
    QApplication::setApplicationName(QStringLiteral("bench-dashboard"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QFont font(QStringLiteral("Inter"));
    font.setPointSizeF(10);
    QGuiApplication::setFont(font);

    QCommandLineParser parser;
    parser.addHelpOption();
    auto opt = [&](const char *name, const char *help, const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("v"));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        parser.addOption(o);
        return o;
    };
    const auto modeOpt = opt("mode", "dashboard, panzoom, discovery or reconnect.");
    const auto hostOpt = opt("host", "Server host.", "127.0.0.1");
    const auto portOpt = opt("port", "c2s port.", "5222");
    const auto caOpt = opt("ca", "CA file.");
    const auto jidOpt = opt("jid", "The account's bare JID.");
    const auto serviceOpt = opt("service", "PubSub service.");
    const auto nodesOpt = opt("nodes", "Fleet nodes dev-0001.. (subscribed; discovery: expected rows).", "100");
    const auto tilesOpt = opt("tiles", "Chart tiles.", "20");
    const auto seriesOpt = opt("series", "Series per tile (at most 6).", "5");
    const auto warmupOpt = opt("warmup", "Seconds before measuring.", "5");
    const auto secondsOpt = opt("seconds", "Seconds measured.", "20");
    const auto offlineOpt = opt("offline", "reconnect: seconds offline.", "10");
    const auto pointsOpt = opt("points", "panzoom: points in the series.", "1000000");
    parser.process(app);
    Options o;
    o.mode = parser.value(modeOpt);
    o.host = parser.value(hostOpt);
    o.port = quint16(parser.value(portOpt).toUInt());
    o.ca = parser.value(caOpt);
    o.jid = parser.value(jidOpt);
    o.service = parser.value(serviceOpt);
    o.nodes = parser.value(nodesOpt).toInt();
    o.tiles = parser.value(tilesOpt).toInt();
    o.series = std::clamp(parser.value(seriesOpt).toInt(), 1, 6);
    o.warmupS = parser.value(warmupOpt).toDouble();
    o.seconds = parser.value(secondsOpt).toDouble();
    o.offlineS = parser.value(offlineOpt).toDouble();
    o.points = parser.value(pointsOpt).toInt();
    if (o.mode == u"panzoom")
        return runPanZoom(o);
    if (o.mode != u"dashboard" && o.mode != u"discovery" && o.mode != u"reconnect")
        failJson(QStringLiteral("unknown --mode"));
    if (o.jid.isEmpty() || o.service.isEmpty())
        failJson(QStringLiteral("--jid and --service are required"));
    const QString password = QTextStream(stdin).readLine().trimmed();
    if (password.isEmpty())
        failJson(QStringLiteral("no password on stdin"));
    if (o.mode == u"dashboard")
        return runDashboard(o, password);
    if (o.mode == u"discovery")
        return runDiscovery(o, password);
    return runReconnect(o, password);
}
