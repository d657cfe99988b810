#include "Session.h"

#include "ConnectionController.h"
#include "PresenceController.h"
#include "adhoc/CommandClient.h"
#include "core/LogRedaction.h"
#include "core/Logging.h"

#include <QXmppBlockingManager.h>
#include <QXmppCarbonManagerV2.h>
#include <QXmppClient.h>
#include <QXmppClientExtension.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppLogger.h>
#include <QXmppPubSubManager.h>

namespace {
// Tells others (disco#info, caps) that this client answers delivery receipts (XEP-0184);
// ChatController does the answering, for the messages that should get one. Chat states
// (XEP-0085) are among QXmppDiscoveryManager's own features.
class ReceiptsFeature : public QXmppClientExtension
{
public:
    QStringList discoveryFeatures() const override { return {QStringLiteral("urn:xmpp:receipts")}; }
};
}  // namespace

Session::Session(const QString &bareJid, const QString &resource, NetworkThread *network, QObject *parent)
    : QObject(parent)
    , m_bareJid(bareJid)
    , m_resource(resource)
    , m_client(new QXmppClient(QXmppClient::BasicExtensions, this))
{
    m_client->addNewExtension<QXmppCarbonManagerV2>();
    m_client->addNewExtension<QXmppBlockingManager>();  // the roster's block list (XEP-0191)
    m_client->addNewExtension<QXmppPubSubManager>();
    m_client->addNewExtension<ReceiptsFeature>();
    m_commands = m_client->addNewExtension<AdHoc::CommandClient>();
    // A device that does not answer a command in 30 s is not going to; tests shorten it.
    if (const int ms = qEnvironmentVariableIntValue("LINNET_COMMAND_TIMEOUT_MS"); ms > 0)
        m_commands->setTimeout(std::chrono::milliseconds(ms));
    // Who we are to others (disco#info, XEP-0115 caps): Linnet, not QXmpp's defaults, so the
    // account's other resources and buddies' clients name this one correctly.
    auto *disco = m_client->findExtension<QXmppDiscoveryManager>();
    disco->setClientName(QStringLiteral("Linnet"));
    disco->setClientCapabilitiesNode(QStringLiteral("https://linnet.example.org"));
    // Stanzas go to linnet.xmpp, off by default (formatting every stanza costs time on the
    // receive path), and never with the SASL exchange or, unless asked, message bodies.
    if (lcXmpp().isDebugEnabled()) {
        auto *logger = new QXmppLogger(m_client);
        logger->setLoggingType(QXmppLogger::SignalLogging);
        logger->setMessageTypes(QXmppLogger::AnyMessage);
        const bool bodies = qEnvironmentVariableIntValue("LINNET_LOG_BODIES") == 1;
        connect(logger, &QXmppLogger::message, this, [bodies](QXmppLogger::MessageType, const QString &text) {
            qCDebug(lcXmpp).noquote() << redactXmppLog(text, bodies);
        });
        m_client->setLogger(logger);
    }
    m_connection = new ConnectionController(m_client, network, this);
    m_presence = new PresenceController(m_client, this);
    m_connection->setInitialPresence([this] { return m_presence->toXmpp(); });
}

Session::~Session()
{
    close();
    // The connection goes before the client it watches (children die in creation order, the
    // client first): nothing may react to the client's last signals.
    m_client->disconnect(m_connection);
    delete m_connection;
}

bool Session::isOnline() const
{
    return m_connection->state() == ConnectionController::State::Connected;
}

void Session::open(ConnectionSettings settings, const QString &password)
{
    settings.resource = m_resource;
    m_connection->connectToServer(settings, password);
}

void Session::close()
{
    m_connection->disconnectFromServer();
}
