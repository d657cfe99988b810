// The other side of the transport tests: plain QXmpp clients over TCP (STARTTLS) to the
// fixture's server, whatever transport Linnet uses. Bob chats; the sensor owns a PubSub node
// and publishes SenML to it verbatim. Both can be reconnected after the server restarts (QXmpp's
// own retry waits 10 s, too long for a test).
#pragma once

#include "XmppTestServer.h"

#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppPubSubBaseItem.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubNodeConfig.h>
#include <QXmppTask.h>

namespace TransportTest {

inline const QString Password = QStringLiteral("transports-pw");

// One SenML record "<id>:temperature" at timeMs.
inline QString senml(const QString &id, qint64 timeMs, double value)
{
    return QStringLiteral("<sensml xmlns='urn:ietf:params:xml:ns:senml'><senml bn='%1:' n='temperature' u='Cel' "
                          "bt='%2' v='%3'/></sensml>")
        .arg(id, QString::number(double(timeMs) / 1000.0, 'f', 3), QString::number(value));
}

class RawItem : public QXmppPubSubBaseItem
{
public:
    RawItem() = default;
    explicit RawItem(QString payload)
        : m_payload(std::move(payload))
    {
    }
    void serializePayload(QXmlStreamWriter *writer) const override
    {
        QXmlStreamReader reader(m_payload);
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartDocument() && !reader.isEndDocument())
                writer->writeCurrentToken(reader);
        }
    }

private:
    QString m_payload;
};

class Peer
{
public:
    Peer(const XmppTestServer &server, QString user)
        : m_server(server)
        , m_user(std::move(user))
    {
        m_pubsub = m_client.addNewExtension<QXmppPubSubManager>();
    }

    QXmppClient &client() { return m_client; }
    QString jid() const { return m_server.jid(m_user); }

    // (Re)connects over STARTTLS and waits for the session.
    bool connect()
    {
        if (m_client.isConnected()) {
            m_client.disconnectFromServer();
            if (!QTest::qWaitFor([&] { return !m_client.isConnected(); }, 5000))
                return false;
        }
        m_client.connectToServer(m_server.clientConfiguration(m_user, Password, QStringLiteral("peer")));
        return QTest::qWaitFor([&] { return m_client.isConnected(); }, 15000);
    }

    bool createNode(const QString &node)
    {
        QXmppPubSubNodeConfig config;
        config.setTitle(QStringLiteral("Transport test ") + node);
        bool done = false;
        bool ok = false;
        m_pubsub->createNode(m_server.pubsubJid(), node, config).then(&m_client, [&](QXmppPubSubManager::Result &&result) {
            ok = std::holds_alternative<QXmpp::Success>(result);
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }

    bool publish(const QString &node, const QString &payload)
    {
        bool done = false;
        bool ok = false;
        m_pubsub->publishItem(m_server.pubsubJid(), node, RawItem(payload))
            .then(&m_client, [&](QXmppPubSubManager::PublishItemResult &&result) {
                ok = std::holds_alternative<QString>(result);
                if (!ok)
                    qWarning() << "publish failed:" << std::get<QXmppError>(result).description;
                done = true;
            });
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }

private:
    const XmppTestServer &m_server;
    QString m_user;
    QXmppClient m_client;
    QXmppPubSubManager *m_pubsub = nullptr;
};

}  // namespace TransportTest
