#include "Account.h"

#include "ConnectionController.h"
#include "PresenceController.h"
#include "chat/ChatController.h"
#include "core/LogRedaction.h"
#include "core/Logging.h"
#include "devices/DeviceController.h"
#include "devices/ReadingStore.h"
#include "roster/RosterFilterModel.h"
#include "roster/RosterModel.h"

#include <QXmppCarbonManagerV2.h>
#include <QXmppClient.h>
#include <QXmppLogger.h>
#include <QXmppRosterManager.h>
#include <QXmppUtils.h>

Account::Account(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(new QXmppClient(QXmppClient::BasicExtensions, this))
{
    m_client->addNewExtension<QXmppCarbonManagerV2>();
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

    m_connection = new ConnectionController(m_client, this);
    m_presence = new PresenceController(m_client, this);
    m_roster = new RosterModel(m_client->findExtension<QXmppRosterManager>(), this);
    m_contacts = new RosterFilterModel(this);
    m_contacts->setSourceModel(m_roster);
    m_chats = new ChatController(m_client, this);

    m_readings = new ReadingStore(100000, this);
    m_devices = new DeviceController(m_client, m_readings, this);
    m_connection->setInterceptor(m_devices->interceptor());

    connect(m_chats, &ChatController::unreadCountChanged, m_roster, &RosterModel::setUnreadCount);
}

Account::~Account()
{
    // Leave politely so buddies see us go offline at once rather than after a timeout.
    m_connection->disconnectFromServer();
}

QString Account::displayName() const
{
    return QXmppUtils::jidToUser(m_settings.jid);
}

void Account::login(const QString &password)
{
    m_connection->connectToServer(m_settings, password);
}
