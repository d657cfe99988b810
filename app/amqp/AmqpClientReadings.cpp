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
    const auto body = bodyBytes(m);
    if (!body)
        return refuse(d, QStringLiteral("body is neither data nor a string"));
    if (body->size() > MaxMessageBytes)
        return refuse(d, QStringLiteral("body of %1 bytes").arg(body->size()));
    // Already accepted once (a redelivery), or stored and waiting for the disk.
    if (!id.isEmpty() && m_ids->contains(id)) {
        ++m_counters.duplicates;
        d.accept();
        countersDirty();
        grantCredit();
        return;
    }
    if (!id.isEmpty() && m_unsettledIds.contains(id)) {
        storeDecoded();  // settled in order, after the first copy
        m_pending.push_back({m_nextSeq++, d, id, true});
        countersDirty();
        requestPersistence();
        return;
    }
    QString device = appProperty(m, "device");
    if (device.isEmpty())
        device = text(m.subject());
    if (device.isEmpty())
        return refuse(d, QStringLiteral("no device named"));
    const std::string type = mediaType(m.content_type());
    // Stored before a crash but never accepted: decoded with the same base again, so relative
    // times give the same samples and the store drops what reached the disk (AmqpIdLog.h).
    const auto loggedBase = id.isEmpty() ? std::nullopt : m_ids->storedBase(id);
    const qint64 created = m.creation_time().milliseconds();
    const qint64 baseMs = loggedBase ? *loggedBase : created > 0 ? created : QDateTime::currentMSecsSinceEpoch();
    DecodedPayload decoded;
    if (type == "application/senml+json") {
        decoded = decodeSenmlJson(*body, baseMs);
    } else if (type == "application/senml+xml") {
        decoded = decodeSenmlXml(*body, baseMs);
    } else if (type == "text/plain") {
        QString series = appProperty(m, "series");
        decoded = decodeBareNumber(*body, series.isEmpty() ? QStringLiteral("value") : series, appProperty(m, "unit"), baseMs);
    } else {
        return refuse(d, QStringLiteral("content type \"%1\"").arg(text(type)));
    }
    if (decoded.readings.isEmpty())
        return refuse(d, QStringLiteral("no readings in a %1 body from %2").arg(text(type), device));
    if (!id.isEmpty())
        m_unsettledIds.insert(id);
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
    for (const auto &t : m_toStore) {
        if (!t.messageId.isEmpty() && !t.logged)
            entries.append({t.messageId, t.baseMs});
    }
    m_ids->noteStored(entries);
    // One append per device, not per message: each takes the store's lock, looks its node up
    // and queues for the history.
    std::vector<std::pair<QString, QList<Reading>>> byDevice;
    QHash<QString, size_t> slot;
    for (auto &t : m_toStore) {
        if (const auto it = slot.constFind(t.device); it != slot.cend()) {
            byDevice[*it].second.append(std::move(t.readings));
        } else {
            slot.insert(t.device, byDevice.size());
            byDevice.emplace_back(t.device, std::move(t.readings));
        }
        m_pending.push_back({m_nextSeq++, std::move(t.delivery), std::move(t.messageId), false});
    }
    m_toStore.clear();
    const QString service = m_settings.service();
    for (const auto &[device, readings] : byDevice)
        m_store->append(service, device, readings);
    countersDirty();
    requestPersistence();
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
    QStringList ids;
    std::vector<Pending> done;
    while (!m_pending.empty() && m_pending.front().seq <= upTo) {
        done.push_back(std::move(m_pending.front()));
        m_pending.pop_front();
    }
    for (const auto &p : done) {
        if (!p.messageId.isEmpty() && !p.duplicate) {
            ids.append(p.messageId);
            m_unsettledIds.remove(p.messageId);
        }
    }
    m_ids->markAccepted(ids);  // before accepting: a crash in between gives a redelivery we recognise
    for (auto &p : done) {
        ++(p.duplicate ? m_counters.duplicates : m_counters.stored);
        if (p.delivery)
            p.delivery.accept();
    }
    countersDirty();
    grantCredit();
    requestPersistence();
    pump();
}
