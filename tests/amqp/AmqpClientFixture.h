// What tst_amqpclient and tst_amqpclient_faults share: the broker, a temporary directory, and
// settings, stores and readings made for it.
#pragma once

#include "AmqpTestPeer.h"
#include "RabbitMqServer.h"

#include "amqp/AmqpSettings.h"
#include "devices/ReadingStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <proton/message.hpp>

#include <limits>
#include <memory>
#include <vector>

class AmqpClientFixture
{
protected:
    RabbitMqServer *m_broker = nullptr;
    QTemporaryDir m_dir;

    AmqpPeerLogin login() const
    {
        return {m_broker->url(), m_broker->caCertificateFile(), QStringLiteral("dev"), QStringLiteral("pw")};
    }
    AmqpSettings settings(const QString &name, const QStringList &queues) const
    {
        AmqpSettings s;
        s.name = name;
        s.url = m_broker->url();
        s.user = QStringLiteral("dev");
        s.caCertificatesFile = m_broker->caCertificateFile();
        for (const auto &q : queues)
            s.sources.append(RabbitMqServer::queueAddress(q));
        return s;
    }
    std::unique_ptr<ReadingStore> historyStore(const QString &name)
    {
        auto store = std::make_unique<ReadingStore>();
        store->attachHistory(m_dir.filePath(name + QStringLiteral(".sqlite")), QStringLiteral("amqp@test"));
        return store;
    }
    static std::vector<proton::message> readings(const QString &prefix, const QString &device, int count, qint64 t0)
    {
        std::vector<proton::message> out;
        for (int i = 0; i < count; ++i)
            out.push_back(senmlJsonMessage(prefix + QString::number(i), device, i, t0 + i * 1000));
        return out;
    }
    // Readings with relative times (SenML: seconds before "now", the time it is decoded): a copy
    // decoded later gets later times, so only the id log keeps a redelivery from being stored a
    // second time.
    static std::vector<proton::message> timelessReadings(const QString &prefix, const QString &device, int count)
    {
        std::vector<proton::message> out;
        for (int i = 0; i < count; ++i) {
            proton::message m = senmlJsonMessage(prefix + QString::number(i), device, i, 0);
            const QJsonArray pack{QJsonObject{{QStringLiteral("bn"), QString(device + u':')},
                                              {QStringLiteral("n"), QStringLiteral("temp")},
                                              {QStringLiteral("u"), QStringLiteral("Cel")},
                                              {QStringLiteral("v"), i},
                                              {QStringLiteral("t"), i - count}}};
            const QByteArray json = QJsonDocument(pack).toJson(QJsonDocument::Compact);
            m.body(proton::binary(json.constData(), json.constData() + json.size()));
            out.push_back(m);
        }
        return out;
    }
    static qsizetype sampleCount(const ReadingStore &store, const QString &service, const QString &device)
    {
        return qsizetype(
            store.samples(service, device, device + QStringLiteral(":temp"), 0, std::numeric_limits<qint64>::max()).size());
    }
};
