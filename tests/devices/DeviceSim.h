// A device as tools/devicesim/SimDevice.h describes it, for the device integration tests: its own QXmppClient
// (resource "sensor") with presence, a disco#info identity (client/bot, its title) and the
// urn:linnet:device:0 form naming its node, and publishing SenML to that node (created with a
// title). Items are written verbatim: the test controls every byte.
#pragma once

#include "LiveTest.h"
#include "PubSubPublishing.h"

#include <QDateTime>
#include <QXmppDataForm.h>
#include <QXmppLogger.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubManager.h>

// One SenML record of series "<id>:temperature" at timeMs.
inline QString senmlAt(const QString &id, qint64 timeMs, double value)
{
    return PubSubTest::senmlRecord(id + QLatin1Char(':'), QStringLiteral("temperature"), timeMs, value);
}

class DeviceSim
{
public:
    DeviceSim(const XmppTestServer &server, QString id, QString title)
        : m_server(server)
        , m_id(std::move(id))
        , m_title(std::move(title))
    {
        auto *disco = m_client.findExtension<QXmppDiscoveryManager>();
        disco->setClientCategory(QStringLiteral("client"));
        disco->setClientType(QStringLiteral("bot"));
        disco->setClientName(m_title);
        using Field = QXmppDataForm::Field;
        disco->setClientInfoForm(QXmppDataForm(
            QXmppDataForm::Result,
            {Field(Field::HiddenField, QStringLiteral("FORM_TYPE"), QStringLiteral("urn:linnet:device:0")),
             Field(Field::TextSingleField, QStringLiteral("pubsub-service"), server.pubsubJid()),
             Field(Field::TextSingleField, QStringLiteral("pubsub-node"), m_id)}));
        m_pubsub = m_client.addNewExtension<QXmppPubSubManager>();
        if (qEnvironmentVariableIsSet("DEVICESIM_LOG")) {  // the device's stanzas, for a post-mortem
            auto *logger = new QXmppLogger(&m_client);
            logger->setLoggingType(QXmppLogger::StdoutLogging);
            m_client.setLogger(logger);
        }
    }

    QString jid() const { return m_server.jid(m_id); }
    QString node() const { return m_id; }
    QXmppClient &client() { return m_client; }

    bool connect()
    {
        bool connected = false;
        QMetaObject::Connection done = QObject::connect(&m_client, &QXmppClient::connected, [&] { connected = true; });
        m_client.connectToServer(LiveTest::peerConfiguration(m_server, m_id, QStringLiteral("sensor")));
        const bool ok = QTest::qWaitFor([&] { return connected; }, 15000);
        QObject::disconnect(done);
        return ok;
    }
    bool disconnect()
    {
        m_client.disconnectFromServer();
        return QTest::qWaitFor([&] { return !m_client.isConnected(); }, 15000);
    }

    bool createNode(const QString &node, const QString &title)
    {
        return PubSubTest::createNode(*m_pubsub, m_server.pubsubJid(), node, title, 10000).isEmpty();
    }
    bool createNode() { return createNode(m_id, m_title); }

    bool publish(const QString &node, const QString &payload)
    {
        const QString error = PubSubTest::publish(*m_pubsub, m_server.pubsubJid(), node, payload, 10000);
        if (!error.isEmpty())
            qWarning() << "publish failed:" << error;
        return error.isEmpty();
    }
    bool publishAt(qint64 timeMs, double value) { return publish(m_id, senmlAt(m_id, timeMs, value)); }

    // Creates count nodes "<prefix>NNNN" at once (requests pipelined), waiting for all.
    bool createNodes(const QString &prefix, int count)
    {
        int done = 0;
        for (int i = 0; i < count; ++i) {
            QXmppPubSubNodeConfig config;
            config.setTitle(QStringLiteral("Fleet sensor %1").arg(i));
            m_pubsub->createNode(m_server.pubsubJid(), prefix + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')), config)
                .then(&m_client, [&](QXmppPubSubManager::Result &&) { ++done; });
        }
        return QTest::qWaitFor([&] { return done == count; }, 60000);
    }

private:
    const XmppTestServer &m_server;
    QString m_id;
    QString m_title;
    QXmppClient m_client;
    QXmppPubSubManager *m_pubsub = nullptr;
};
