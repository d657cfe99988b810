// DeviceController, filling the gap: each feed's recent items fetched after a (re)login, a few
// requests at a time, and what they do not reach back to marked as a gap.
#include "DeviceController.h"

#include "Backfill.h"
#include "FeedsModel.h"
#include "ReadingStore.h"
#include "ReadingSubscriptions.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QXmppClient.h>

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
}  // namespace

qint64 DeviceController::lastStoredMs(const QString &service, const QString &node) const
{
    qint64 last = 0;
    for (const auto &info : m_store->seriesInfo(service, node))
        last = std::max(last, info.lastMs);
    return last;
}

// The node's newest items, stored; the part of the time we were away that they do not reach
// back to is marked as a gap (a resumed stream had the server resend what it held for us).
// Queued: at most MaxBackfillsInFlight requests are on their way at once.
void DeviceController::backfill(const QString &service, const QString &node)
{
    const bool queued = std::any_of(m_backfillQueue.cbegin(), m_backfillQueue.cend(), [&](const QueuedBackfill &q) {
        return q.service == service && q.node == node;
    });
    if (!queued)
        m_backfillQueue.append({service, node, now()});
    sendQueuedBackfills();
    updateBusy();
}

void DeviceController::sendQueuedBackfills()
{
    while (m_backfilling < MaxBackfillsInFlight && !m_backfillQueue.isEmpty()) {
        const QueuedBackfill next = m_backfillQueue.takeFirst();
        const QString service = next.service, node = next.node;
        auto *feed = m_feeds->find(service, node);
        auto *client = feed ? clientFor(*feed) : nullptr;
        // Unsubscribed, or its session went offline meanwhile: the feed keeps what it lost
        // (lostAtMs) and is backfilled when its session is back.
        if (!client || !client->isAuthenticated())
            continue;
        const qint64 lostAt = feed->resumed ? 0 : feed->lostAtMs;
        feed->lostAtMs = 0;
        feed->resumed = false;
        feed->backfilled = true;
        const qint64 backAt = next.backAtMs;
        ++m_backfilling;
        Backfill::requestRecentItems(client, service, node, BackfillItems, this, [=, this](Backfill::Fetched &&fetched) {
            --m_backfilling;
            if (!fetched.error.isEmpty())
                qCWarning(lcDevices) << "Fetching the recent items of" << node << "on" << service << "failed:" << fetched.error;
            const auto stored = Backfill::store(*m_store, m_health.get(), service, node, fetched.items, now(),
                                                [this, service, node](const QString &id) {
                                                    // Every reconnect fetches the same items again: a bad one counts once.
                                                    return m_subscriptions->firstSighting(service, node, QStringLiteral("backfill:") + id);
                                                });
            const auto gap = Backfill::uncovered(lostAt, backAt, stored);
            if (gap)
                m_store->addGap(service, node, gap->first, gap->second);
            qCDebug(lcDevices) << "Backfilled" << stored.readings << "readings of" << node << "on" << service
                               << (gap ? "with a gap" : "without a gap");
            // Once the last of a batch is in: refreshLive() walks every feed's series, and a
            // reconnect to 1,000 feeds calling it per backfill spent seconds of GUI time on it.
            if (m_backfilling == 0 && m_backfillQueue.isEmpty())
                m_feeds->refreshLive();
            Q_EMIT backfilled(service, node, stored.readings, gap ? gap->first : 0, gap ? gap->second : 0);
            sendQueuedBackfills();
            updateBusy();
        });
    }
}

bool DeviceController::isBusy() const
{
    if (m_backfilling > 0 || !m_backfillQueue.isEmpty())
        return true;
    // A feed waiting for a session that is offline is not busy: nothing is happening.
    return std::any_of(m_feeds->feeds().cbegin(), m_feeds->feeds().cend(), [this](const Feed &feed) {
        if (feed.state != Feed::State::Subscribing)
            return false;
        const auto *client = clientFor(feed);
        return client && client->isAuthenticated();
    });
}

void DeviceController::updateBusy()
{
    if (std::exchange(m_busy, isBusy()) != m_busy)
        Q_EMIT busyChanged();
}
