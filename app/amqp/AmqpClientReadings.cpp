// AmqpClient's readings: decoding, the id log's two steps, settlement after persistence.
#include "amqp/AmqpClient.h"

#include "amqp/AmqpClientMessage.h"
#include "amqp/AmqpIdLog.h"
#include "core/Logging.h"
#include "devices/PayloadDecoder.h"
#include "devices/ReadingStore.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>

#include <proton/delivery.hpp>
#include <proton/message.hpp>
#include <proton/receiver.hpp>

#include <ranges>

using namespace amqpmsg;

void AmqpClient::on_message(proton::delivery &d, proton::message &m)
{
    if (d.receiver() == m_replyReceiver)
        handleReply(d, m);
    else if (d.receiver() == m_manageReceiver)
        handleManagementReply(d, m);
    else
        handleReading(d, m);
}

void AmqpClient::refuse(proton::delivery &d, const QString &why)
{
    // Rejected, not released: a poison message must not come back forever.
    ++m_counters.refused;
    countersDirty();
    qCWarning(lcAmqp) << "Refused a message on" << m_settings.name << ":" << why;
    d.reject();
    grantCredit();
}

void AmqpClient::handleReading(proton::delivery &d, proton::message &m)
{
    ++m_counters.received;
    const QString id = idText(m.id());
    const Body body(m);
    if (!body.valid())
        return refuse(d, QStringLiteral("body is neither data nor a string"));
    if (body.bytes().size() > MaxMessageBytes)
        return refuse(d, QStringLiteral("body of %1 bytes").arg(body.bytes().size()));
    // Already accepted once (a redelivery), or stored and waiting for the disk.
    if (!id.isEmpty() && m_ids->contains(id)) {
        ++m_counters.duplicates;
        d.accept();
        countersDirty();
        grantCredit();
        return;
    }
    // The first copy of an id holds its place until settled; inserting tells whether one does
    // already (one hash lookup, not two).
    bool secondCopy = false;
    if (!id.isEmpty()) {
        const qsizetype before = m_unsettledIds.size();
        m_unsettledIds.insert(id);
        secondCopy = m_unsettledIds.size() == before;
    }
    if (secondCopy) {
        storeDecoded();  // settled in order, after the first copy
        m_pending.push_back({m_nextSeq++, d, id, true});
        countersDirty();
        requestPersistence();
        return;
    }
    const auto refuseFirst = [&](const QString &why) {
        if (!id.isEmpty())
            m_unsettledIds.remove(id);
        refuse(d, why);
    };
    QString device = appProperty(m, "device");
    if (device.isEmpty())
        device = text(m.subject());
    if (device.isEmpty())
        return refuseFirst(QStringLiteral("no device named"));
    const std::string contentType = m.content_type();
    // Stored before a crash but never accepted: decoded with the same base again, so relative
    // times give the same samples and the store drops what reached the disk (AmqpIdLog.h).
    const auto loggedBase = id.isEmpty() ? std::nullopt : m_ids->storedBase(id);
    const qint64 created = m.creation_time().milliseconds();
    const qint64 baseMs = loggedBase ? *loggedBase : created > 0 ? created : QDateTime::currentMSecsSinceEpoch();
    DecodedPayload decoded;
    if (isMediaType(contentType, "application/senml+json")) {
        decoded = decodeSenmlJson(body.bytes(), baseMs);
    } else if (isMediaType(contentType, "application/senml+xml")) {
        decoded = decodeSenmlXml(body.bytes(), baseMs);
    } else if (isMediaType(contentType, "text/plain")) {
        QString series = appProperty(m, "series");
        decoded = decodeBareNumber(body.bytes(), series.isEmpty() ? QStringLiteral("value") : series, appProperty(m, "unit"), baseMs);
    } else {
        return refuseFirst(QStringLiteral("content type \"%1\"").arg(text(contentType)));
    }
    if (decoded.readings.isEmpty())
        return refuseFirst(QStringLiteral("no readings in a %1 body from %2").arg(text(contentType), device));
    m_toStore.push_back({d, id, device, std::move(decoded.readings), baseMs, loggedBase.has_value()});
    countersDirty();
}

// At the end of each pump (and before a teardown): step 1 of the id log for the whole batch in
// one transaction, and only then the readings to the store, whose history may commit them any
// time after append(). The other order could leave samples on disk whose id is unknown.
void AmqpClient::storeDecoded()
{
    if (m_storeTimer)
        m_storeTimer->stop();
    if (m_toStore.empty())
        return;
    QList<std::pair<QString, qint64>> entries;
    entries.reserve(qsizetype(m_toStore.size()));
    for (const auto &t : m_toStore) {
        if (!t.messageId.isEmpty() && !t.logged)
            entries.append({t.messageId, t.baseMs});
    }
    qint64 batch = 0;
    m_ids->noteStored(entries, &batch);
    // One append per device, not per message: each takes the store's lock, looks its node up
    // and queues for the history. Each device's list is sized first (no regrowing).
    std::vector<std::pair<QString, QList<Reading>>> byDevice;
    std::vector<size_t> slotOf;
    slotOf.reserve(m_toStore.size());
    {
        QHash<QString, size_t> slot;
        std::vector<qsizetype> sizes;
        for (const auto &t : m_toStore) {
            const auto it = slot.constFind(t.device);
            const size_t i = it != slot.cend() ? *it : slot.insert(t.device, sizes.size()).value();
            if (i == sizes.size()) {
                sizes.push_back(0);
                byDevice.emplace_back(t.device, QList<Reading>());
            }
            sizes[i] += t.readings.size();
            slotOf.push_back(i);
        }
        for (size_t i = 0; i < sizes.size(); ++i)
            byDevice[i].second.reserve(sizes[i]);
    }
    for (size_t i = 0; i < m_toStore.size(); ++i) {
        auto &t = m_toStore[i];
        byDevice[slotOf[i]].second.append(std::move(t.readings));
        const qint64 row = t.messageId.isEmpty() || t.logged ? 0 : batch;
        m_pending.push_back({m_nextSeq++, std::move(t.delivery), std::move(t.messageId), false, row});
    }
    m_toStore.clear();
    const QString service = m_settings.service();
    for (const auto &[device, readings] : byDevice)
        m_store->append(service, device, readings);
    countersDirty();
    requestPersistence();
    // What waits for the disk does not use the credit up (UnsettledWindows). Out of a pump's
    // dispatch (its end, the batch timer) the flow is written by one more.
    if (grantCredit())
        pump();
}

// One request at a time: the store's writer commits everything appended before it, so each
// answer settles a whole batch of deliveries.
void AmqpClient::requestPersistence()
{
    if (m_persistInFlight || m_pending.empty() || m_pending.back().seq <= m_requestedUpTo)
        return;
    m_persistInFlight = true;
    const quint64 upTo = m_pending.back().seq;
    m_requestedUpTo = upTo;
    QPointer<AmqpClient> self(this);
    m_store->whenPersisted([self, upTo](bool ok) {
        QMetaObject::invokeMethod(self, [self, upTo, ok] {
            if (self)
                self->persisted(upTo, ok);
        }, Qt::QueuedConnection);
    });
}

void AmqpClient::persisted(quint64 upTo, bool ok)
{
    m_persistInFlight = false;
    if (!ok)
        qCWarning(lcAmqp) << "The history did not confirm; accepting" << m_settings.name << "deliveries held in memory only";
    auto end = m_pending.begin();
    while (end != m_pending.end() && end->seq <= upTo)
        ++end;
    const auto done = std::ranges::subrange(m_pending.begin(), end);
    QList<std::pair<QString, qint64>> ids;
    ids.reserve(qsizetype(done.size()));
    for (const auto &p : done) {
        if (!p.messageId.isEmpty() && !p.duplicate) {
            ids.append({p.messageId, p.batch});
            m_unsettledIds.remove(p.messageId);
        }
    }
    // In memory now: a redelivery from here on is a duplicate. In the file with the next
    // batch's step 1, or below once nothing else waits (AmqpIdLog.h: a crash before that is
    // safe too).
    m_ids->markAccepted(ids);
    for (auto &p : done) {
        ++(p.duplicate ? m_counters.duplicates : m_counters.stored);
        if (p.delivery)
            p.delivery.accept();
    }
    m_pending.erase(m_pending.begin(), end);
    if (m_pending.empty() && m_toStore.empty())
        m_ids->flushAccepted();
    countersDirty();
    grantCredit();
    requestPersistence();
    pump();
}
