#include "Fleet.h"

#include "ToolIo.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <utility>

#include <sys/resource.h>

namespace devicesim {

namespace {

constexpr int TickMs = 5;
constexpr int LeaveTimeoutMs = 3000;  // logging out politely must not hold up the exit

double round2(double x)
{
    return std::round(x * 100.0) / 100.0;
}

double percentile(std::vector<float> v, double p)
{
    if (v.empty())
        return 0;
    const auto k = size_t(std::clamp(p * double(v.size() - 1), 0.0, double(v.size() - 1)));
    std::nth_element(v.begin(), v.begin() + qsizetype(k), v.end());
    return v[k];
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

}  // namespace

Fleet::Fleet(FleetOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_periodMs(std::max<qint64>(1, qint64(std::llround(1000.0 / std::max(m_options.rate, 0.001)))))
{
    m_slots.resize(size_t(m_options.devices.size()));
    for (int i = 0; i < int(m_slots.size()); ++i) {
        auto *device = new SimDevice(m_options.devices.at(i), &m_options.connection, this);
        m_slots[size_t(i)].device = device;
        connect(device, &SimDevice::online, this, [this, i] { onOnline(i); });
        connect(device, &SimDevice::offline, this, [this, i] { onOffline(i); });
        connect(device, &SimDevice::loginFailed, this, [this, device](const QString &why) {
            finish(1, QStringLiteral("%1 cannot log in: %2").arg(device->jid(), why));
        });
        connect(device, &SimDevice::acked, this,
                [this, i](bool ok, qint64 us, const QString &error) { onAcked(i, ok, us, error); });
        // Every device starts at --rate; a set-interval command changes its own (C2 of issue 9).
        device->deviceState().intervalMs = m_periodMs;
        connect(device, &SimDevice::intervalChanged, this, [this, i](qint64 ms) {
            // The new interval counts from now: a longer one does not wait for the old due
            // time, a shorter one does not wait out the old interval.
            m_slots[size_t(i)].nextDueMs = nowMs() + ms;
        });
    }
    // One precise timer for the whole fleet: 1,000 devices need not be 1,000 timers.
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &Fleet::tick);
    m_progress.setInterval(std::max(m_options.progressMs, 50));
    connect(&m_progress, &QTimer::timeout, this, &Fleet::printProgress);
    m_stopAfter.setSingleShot(true);
    connect(&m_stopAfter, &QTimer::timeout, this, &Fleet::stop);
    m_leaveTimeout.setSingleShot(true);
    m_leaveTimeout.setInterval(LeaveTimeoutMs * 2);  // half of it draining acks, half logging out
    connect(&m_leaveTimeout, &QTimer::timeout, this, [this] { finish(m_errors ? 1 : 0); });
}

namespace {
// CPU seconds this process used so far (user + system): what simulating the fleet costs.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
}  // namespace

double Fleet::elapsedS() const
{
    return double(m_clock.nsecsElapsed()) / 1e9;
}

void Fleet::start()
{
    m_clock.start();
    qCInfo(lcFleet) << "fleet of" << m_slots.size() << "devices on" << m_options.connection.domain;
    if (m_slots.empty()) {
        finish(2, QStringLiteral("a fleet needs at least one device"));
        return;
    }
    if (m_options.progressMs > 0)
        m_progress.start();
    m_tick.start();
    // Flapping counts from the start, so "first offline after N s" is predictable for a demo.
    for (int i = 0; i < int(m_slots.size()); ++i) {
        if (!m_options.flapping.contains(m_slots[size_t(i)].device->spec().id))
            continue;
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        m_slots[size_t(i)].flapTimer = timer;
        connect(timer, &QTimer::timeout, this, [this, i] { flap(i, m_slots[size_t(i)].device->isWanted()); });
        timer->start(int(m_options.flapFirstS * 1000));
    }
    loginNext();
}

void Fleet::loginNext()
{
    while (!m_stopping && m_loggingIn < std::max(1, m_options.loginConcurrency) && m_nextLogin < int(m_slots.size())) {
        ++m_loggingIn;
        m_slots[size_t(m_nextLogin++)].device->setWanted(true);
    }
}

void Fleet::onOnline(int index)
{
    Slot &slot = m_slots[size_t(index)];
    ++m_online;
    if (!std::exchange(slot.seen, true)) {  // the first login
        --m_loggingIn;
        if (++m_loggedIn == int(m_slots.size())) {
            m_loginSeconds = elapsedS();
            qCInfo(lcFleet) << "all" << m_loggedIn << "devices logged in after" << m_loginSeconds << "s";
        }
        loginNext();
        startHistory(index);
    } else {
        printPresence(index, true);
        pumpHistory(index);  // history cut short by an offline spell goes on
    }
}

void Fleet::onOffline(int index)
{
    --m_online;
    if (!m_stopping)
        printPresence(index, false);
    if (m_stopping && m_online == 0)
        finish(m_errors ? 1 : 0);
}

void Fleet::startHistory(int index)
{
    Slot &slot = m_slots[size_t(index)];
    // History at the live rate, but no denser than one reading a second, historyPerItem
    // readings an item (a device uploading what it buffered), more if the history would fill
    // over half of what the node keeps: live items need room too.
    const qint64 step = std::max<qint64>(1000, m_periodMs);
    const int total = int(m_options.historySeconds * 1000 / double(step));
    if (total <= 0) {
        goLive(index);
        return;
    }
    const qint64 room = std::max<qint64>(1, qint64(slot.device->maxItems()) / 2);
    const int perItem = std::max(m_options.historyPerItem, int((total + room - 1) / room));
    const qint64 now = nowMs();
    slot.history = {now - qint64(total) * step, step, total, 0, perItem};
    pumpHistory(index);
}

void Fleet::pumpHistory(int index)
{
    Slot &slot = m_slots[size_t(index)];
    History &h = slot.history;
    if (slot.live || !slot.device->isOnline())
        return;
    while (h.next < h.total && slot.device->inFlight() < m_options.window) {
        QList<Snapshot> pack;
        const int end = std::min(h.total, h.next + h.perItem);
        for (int k = h.next; k < end; ++k)
            pack.append(sampleAt(slot.device->spec(), m_options.connection.clock, h.startMs + qint64(k) * h.stepMs));
        h.next = end;
        slot.device->publish(pack);
        ++m_sent;
        ++m_historyItems;
    }
    if (h.next >= h.total && slot.device->inFlight() == 0)
        goLive(index);
}

void Fleet::goLive(int index)
{
    Slot &slot = m_slots[size_t(index)];
    if (slot.live)
        return;
    slot.live = true;
    ++m_historyDone;
    maybeReady();
}

void Fleet::maybeReady()
{
    if (m_ready || m_historyDone < int(m_slots.size()))
        return;
    m_ready = true;
    m_readySeconds = elapsedS();
    // Live readings start together once the whole fleet is in (a benchmark's login phase is
    // then logins alone), spread over one period: 1,000 devices at 1 Hz are one item per ms.
    const qint64 now = nowMs();
    for (size_t i = 0; i < m_slots.size(); ++i)
        m_slots[i].nextDueMs = now + m_slots[i].device->deviceState().intervalMs * qint64(i) / qint64(m_slots.size());
    m_liveSince = m_readySeconds;
    m_ackedAtLive = m_acked;
    quint64 smallestCap = 0;
    for (const Slot &slot : m_slots)
        smallestCap = smallestCap == 0 ? slot.device->maxItems() : std::min(smallestCap, slot.device->maxItems());
    printJsonLine({{QStringLiteral("type"), QStringLiteral("ready")},
                   {QStringLiteral("devices"), int(m_slots.size())},
                   {QStringLiteral("login_s"), round2(m_loginSeconds)},
                   {QStringLiteral("ready_s"), round2(m_readySeconds)},
                   {QStringLiteral("history_items"), double(m_historyItems)},
                   {QStringLiteral("max_items"), double(smallestCap)},
                   {QStringLiteral("cpu_s"), round2(cpuSeconds())},
                   {QStringLiteral("rate_per_device"), m_options.rate}});
    if (m_options.seconds >= 0)
        m_stopAfter.start(int(m_options.seconds * 1000));
}

void Fleet::onAcked(int index, bool ok, qint64 roundTripUs, const QString &error)
{
    // Cut off by a logout we asked for (stop(), or "offline ID" / flapping while publishes were
    // in flight): not a publishing error. A loaded machine has more of them in flight.
    if (!ok && (m_stopping || !m_slots[size_t(index)].device->isWanted())) {
        ++m_unanswered;
        return;
    }
    if (ok) {
        ++m_acked;
        m_ackMs.push_back(float(roundTripUs) / 1000.0f);
    } else {
        if (m_errors++ == 0)
            m_firstError = QStringLiteral("%1: %2").arg(m_slots[size_t(index)].device->spec().id, error);
        qCWarning(lcFleet) << m_slots[size_t(index)].device->spec().id << "publish failed:" << error;
    }
    if (!m_slots[size_t(index)].live)
        pumpHistory(index);
}

void Fleet::tick()
{
    const qint64 now = nowMs();
    for (Slot &slot : m_slots) {
        if (!m_ready || !slot.live || !slot.device->isOnline() || now < slot.nextDueMs)
            continue;
        const qint64 periodMs = slot.device->deviceState().intervalMs;
        // More than a period behind (an offline spell, a stall): start afresh, no burst.
        if (now - slot.nextDueMs > periodMs)
            slot.nextDueMs = now;
        while (slot.nextDueMs <= now) {
            if (slot.device->inFlight() < m_options.window) {
                slot.device->publish({sampleAt(slot.device->spec(), m_options.connection.clock, now)});
                ++m_sent;
            } else {
                ++m_skipped;
            }
            slot.nextDueMs += periodMs;
        }
    }
}

void Fleet::flap(int index, bool goOffline)
{
    Slot &slot = m_slots[size_t(index)];
    if (m_stopping)
        return;
    slot.device->setWanted(!goOffline);
    slot.flapTimer->start(int((goOffline ? m_options.flapOfflineS : m_options.flapOnlineS) * 1000));
}

bool Fleet::setDeviceOnline(const QString &id, bool online)
{
    for (Slot &slot : m_slots) {
        if (slot.device->spec().id == id) {
            if (!m_stopping)
                slot.device->setWanted(online);
            return true;
        }
    }
    return false;
}

void Fleet::printPresence(int index, bool online)
{
    printJsonLine({{QStringLiteral("type"), QStringLiteral("presence")},
                   {QStringLiteral("t"), double(wallClockUs()) / 1e6},
                   {QStringLiteral("device"), m_slots[size_t(index)].device->spec().id},
                   {QStringLiteral("online"), online}});
}

void Fleet::printProgress()
{
    printJsonLine({{QStringLiteral("type"), QStringLiteral("progress")},
                   {QStringLiteral("t"), double(wallClockUs()) / 1e6},
                   {QStringLiteral("online"), m_online},
                   {QStringLiteral("sent"), double(m_sent)},
                   {QStringLiteral("acked"), double(m_acked)},
                   {QStringLiteral("errors"), double(m_errors)},
                   {QStringLiteral("skipped"), double(m_skipped)}});
}

void Fleet::stop()
{
    if (m_stopping || m_done)
        return;
    m_stopping = true;
    m_tick.stop();
    m_stopAfter.stop();
    for (Slot &slot : m_slots) {
        if (slot.flapTimer)
            slot.flapTimer->stop();
    }
    // Publishes still awaiting their ack get a moment to be answered, so a stop does not
    // count them as lost; then every device logs out.
    m_leaveTimeout.start();
    auto *drain = new QTimer(this);
    drain->setInterval(20);
    connect(drain, &QTimer::timeout, this, [this, drain, deadline = elapsedS() + LeaveTimeoutMs / 1000.0] {
        const bool idle = std::all_of(m_slots.cbegin(), m_slots.cend(), [](const Slot &s) { return s.device->inFlight() == 0; });
        if (!idle && elapsedS() < deadline)
            return;
        drain->deleteLater();
        for (Slot &slot : m_slots)
            slot.device->setWanted(false);
        if (m_online == 0)
            finish(m_errors ? 1 : 0);
    });
    drain->start();
}

void Fleet::finish(int exitCode, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_tick.stop();
    m_progress.stop();
    m_stopAfter.stop();
    m_leaveTimeout.stop();
    if (!error.isEmpty())
        qCWarning(lcFleet).noquote() << error;
    const double liveSeconds = m_liveSince >= 0 ? elapsedS() - m_liveSince : 0;
    printJsonLine({{QStringLiteral("type"), QStringLiteral("done")},
                   {QStringLiteral("devices"), int(m_slots.size())},
                   {QStringLiteral("login_s"), round2(m_loginSeconds)},
                   {QStringLiteral("sent"), double(m_sent)},
                   {QStringLiteral("acked"), double(m_acked)},
                   {QStringLiteral("errors"), double(m_errors)},
                   {QStringLiteral("skipped"), double(m_skipped)},
                   {QStringLiteral("history_items"), double(m_historyItems)},
                   {QStringLiteral("live_seconds"), round2(liveSeconds)},
                   {QStringLiteral("rate_acked"), round2(liveSeconds > 0 ? double(m_acked - m_ackedAtLive) / liveSeconds : 0)},
                   {QStringLiteral("target_rate"), m_options.rate * double(m_slots.size())},
                   {QStringLiteral("unanswered_at_stop"), double(m_unanswered)},
                   {QStringLiteral("cpu_s"), round2(cpuSeconds())},
                   {QStringLiteral("ack_p50_ms"), round2(percentile(m_ackMs, 0.50))},
                   {QStringLiteral("ack_p99_ms"), round2(percentile(m_ackMs, 0.99))},
                   {QStringLiteral("error"), !error.isEmpty() ? error : m_firstError}});
    for (Slot &slot : m_slots)
        slot.device->setWanted(false);
    Q_EMIT finished(exitCode);
}

}  // namespace devicesim
