// The other side of the transport tests: plain QXmpp clients over TCP (STARTTLS) to the
// fixture's server, whatever transport Linnet uses. Bob chats; the sensor owns a PubSub node
// and publishes SenML to it verbatim. Both can be reconnected after the server restarts (QXmpp's
// own retry waits 10 s, too long for a test).
#pragma once

#include "PubSubPublishing.h"
#include "XmppTestServer.h"

#include <QTest>
#include <QXmppClient.h>
#include <QXmppPubSubManager.h>

namespace TransportTest {

inline const QString Password = QStringLiteral("transports-pw");

// One SenML record "<id>:temperature" at timeMs.
inline QString senml(const QString &id, qint64 timeMs, double value)
{
    return PubSubTest::senmlRecord(id + QLatin1Char(':'), QStringLiteral("temperature"), timeMs, value);
}

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
        return PubSubTest::createNode(*m_pubsub, m_server.pubsubJid(), node, QStringLiteral("Transport test ") + node, 10000).isEmpty();
    }

    bool publish(const QString &node, const QString &payload)
    {
        const QString error = PubSubTest::publish(*m_pubsub, m_server.pubsubJid(), node, payload, 10000);
        if (!error.isEmpty())
            qWarning() << "publish failed:" << error;
        return error.isEmpty();
    }

private:
    const XmppTestServer &m_server;
    QString m_user;
    QXmppClient m_client;
    QXmppPubSubManager *m_pubsub = nullptr;
};

}  // namespace TransportTest
