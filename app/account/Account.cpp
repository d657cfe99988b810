#include "Account.h"

#include "ConnectionController.h"
#include "OwnResourcesModel.h"
#include "Registration.h"
#include "Session.h"
#include "amqp/AmqpConnectionsModel.h"
#include "chat/ChatController.h"
#include "chat/UnreadTracker.h"
#include "commands/CommandsController.h"
#include "dashboards/DashboardsModel.h"
#include "core/Logging.h"
#include "devices/DeviceController.h"
#include "devices/ReadingStore.h"
#include "muc/RoomsController.h"
#include "files/UploadController.h"
#include "inspector/XmppTraceTap.h"
#include "roster/RosterFilterModel.h"
#include "roster/RosterModel.h"

#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>
#include <QXmppUtils.h>

namespace {
constexpr qsizetype ReadingsPerSeries = 100000;

bool isValidResource(const QString &resource)
{
    return !resource.trimmed().isEmpty() && resource.size() <= 1023 && !resource.contains(QLatin1Char('/'));
}
}  // namespace

Account::Account(const AccountConfig &config, NetworkThread *network, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(network)
    // Shared with the sessions' reading interceptors, which live on the receive thread and may
    // outlive the account by a moment; deleted on this thread.
    , m_readings(new ReadingStore(ReadingsPerSeries), [](ReadingStore *store) { store->deleteLater(); })
{
    if (m_config.sessions.isEmpty())
        m_config.sessions << SessionConfig{QStringLiteral("linnet"), true};
    const auto main = [this] { return mainClient(); };
    m_contacts = new RosterFilterModel(this);
    m_chats = new ChatController(m_config.jid, main, this);
    m_devices = new DeviceController(m_readings, main, this);
    m_devices->restore(m_config.feeds);
    connect(m_devices, &DeviceController::feedsChanged, this, &Account::configChanged);  // saved
    m_dashboards = new DashboardsModel(
        DashboardContext{m_readings,
                         [this](const QString &service, const QString &node) { return m_devices->nodeAvailable(service, node); },
                         [this](const QString &service, const QString &node) { m_devices->subscribe(service, node); },
                         [this](const QString &service, const QString &node) { return m_devices->deviceJid(service, node); },
                         [this](const QString &service, const QString &node) { return m_devices->nodeTitle(service, node); }},
        this);
    connect(m_devices, &DeviceController::nodeAvailabilityChanged, m_dashboards, &DashboardsModel::notifyNodeAvailability);
    m_amqp = new AmqpConnectionsModel(m_config.jid, m_readings.get(), this);
    m_amqp->restore(m_config.amqp);
    connect(m_amqp, &AmqpConnectionsModel::brokersChanged, this, &Account::configChanged);  // saved
    m_ownResources = new OwnResourcesModel(m_config.jid, this);
    for (const auto &session : std::as_const(m_config.sessions))
        createSession(session.resource, session.online);
    // The roster is the account's; its first session keeps it (all sessions receive the same).
    m_roster = new RosterModel(m_sessions.constFirst()->client()->findExtension<QXmppRosterManager>(), this);
    m_contacts->setSourceModel(m_roster);
    connect(m_roster, &RosterModel::ownProfileChanged, this, &Account::configChanged);  // displayName
    connect(m_chats, &ChatController::currentChatChanged, m_roster, [this] { m_roster->setCurrentJid(m_chats->currentJid()); });  // roster.current (F)
    // After the sessions: it follows their presence and connection state.
    m_commands = new CommandsController(this);
    m_rooms = new RoomsController(this, this);  // after the sessions: it watches them
    m_chats->setRoomCheck([this](const QString &jid) { return m_rooms->isRoom(jid); });
    m_uploads = new UploadController(this);  // files (D): after the sessions, it uses the main client
    m_unread = new UnreadTracker(m_config.jid, m_chats, m_roster, this);  // unread and mute (C): after the roster

    // Carbons and archive copies of a blocked contact's messages are dropped like live ones.
    m_chats->setBlockedCheck([this](const QString &bareJid) { return m_roster->isBlocked(bareJid); });
}

Account::~Account()
{
    // Each session leaves politely as it is destroyed (Session::~Session).
    qDeleteAll(std::exchange(m_sessions, {}));
    // The brokers' deliveries stop before the history closes: nothing accepted is left unwritten.
    delete std::exchange(m_amqp, nullptr);
    m_readings->closeHistory();
}

QString Account::displayName() const
{
    if (!m_config.displayName.isEmpty())
        return m_config.displayName;
    // The name the account publishes (XEP-0172 nickname, else its vCard's), else the JID's user.
    const QString published = m_roster ? m_roster->ownName() : QString();
    return published.isEmpty() ? QXmppUtils::jidToUser(m_config.jid) : published;
}

void Account::setEnabled(bool enabled)
{
    if (m_config.enabled == enabled)
        return;
    m_config.enabled = enabled;
    if (!enabled)
        disconnectAll();
    Q_EMIT configChanged();
}

AccountConfig Account::config() const
{
    AccountConfig config = m_config;
    config.sessions.clear();
    for (auto *session : m_sessions)
        config.sessions << SessionConfig{session->resource(), m_wantOnline.value(session)};
    config.feeds = m_devices->feedConfigs();
    config.amqp = m_amqp->brokers();
    return config;
}

void Account::setConfig(const AccountConfig &config)
{
    const auto sessions = m_config.sessions;
    m_config = config;
    m_config.jid = jid();  // an account's identity does not change; make a new one instead
    m_config.sessions = sessions;
    Q_EMIT configChanged();
}

Session *Account::createSession(const QString &resource, bool online)
{
    auto *session = new Session(m_config.jid, resource, m_network, this);
    m_sessions << session;
    m_wantOnline.insert(session, online);
    // What the fast lane consumes, for the inspector: the session's interceptor keeps it while
    // the session's tap records.
    auto fastLane = std::make_shared<FastLaneTrace>();
    session->connection()->setInterceptor(m_devices->createInterceptor(fastLane));
    m_devices->addSession(session);
    m_chats->addClient(session->client());
    m_ownResources->addClient(session->client());
    connect(session->client()->findExtension<QXmppRosterManager>(), &QXmppRosterManager::presenceChanged, this,
            [this](const QString &bareJid, const QString &) { Q_EMIT contactResourcesChanged(bareJid); });
    connect(session->connection(), &ConnectionController::stateChanged, this, &Account::sessionStateChanged);
    // After Session set its own stanza log, which the tap keeps fed; goes with the session.
    // Without a trace yet it idles until setTrace().
    auto *tap = new XmppTraceTap(session->client(), m_trace, session->jid(), session);
    tap->setFastLane(std::move(fastLane));
    updateOwnSessions();
    return session;
}

void Account::setTrace(ProtocolTrace *trace)
{
    Q_ASSERT(!m_trace);  // once, from the AccountsModel
    m_trace = trace;
    for (auto *session : std::as_const(m_sessions)) {
        if (auto *tap = session->findChild<XmppTraceTap *>(QString(), Qt::FindDirectChildrenOnly))
            tap->setTrace(m_trace);
    }
}

// OwnResourcesModel marks this app's sessions among the account's resources.
void Account::updateOwnSessions()
{
    QStringList resources;
    for (auto *session : std::as_const(m_sessions))
        resources << session->resource();
    m_ownResources->setOwnSessions(resources);
}

QQmlListProperty<Session> Account::sessionList()
{
    // Read-only for QML: sessions are added and removed through addSession()/removeSession().
    return {this, &m_sessions, [](QQmlListProperty<Session> *list) { return static_cast<QList<Session *> *>(list->data)->size(); },
            [](QQmlListProperty<Session> *list, qsizetype i) { return static_cast<QList<Session *> *>(list->data)->at(i); }};
}

Session *Account::session(const QString &resource) const
{
    for (auto *session : m_sessions) {
        if (session->resource() == resource)
            return session;
    }
    return nullptr;
}

Session *Account::mainSession() const
{
    for (auto *session : m_sessions) {
        if (session->isOnline())
            return session;
    }
    return m_sessions.value(0);
}

QXmppClient *Account::mainClient() const
{
    auto *session = mainSession();
    return session && session->isOnline() ? session->client() : nullptr;
}

int Account::onlineSessions() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(), [](Session *s) { return s->isOnline(); }));
}

void Account::sessionStateChanged()
{
    if (onlineSessions() == 0)
        m_ownResources->clear();
    if (mainSession() != m_main) {
        m_main = mainSession();
        Q_EMIT mainSessionChanged();
    }
    Q_EMIT onlineSessionsChanged();
}

bool Account::isActive() const
{
    return std::any_of(m_wantOnline.cbegin(), m_wantOnline.cend(), [](bool online) { return online; });
}

void Account::setWantOnline(Session *session, bool online)
{
    const bool wasActive = isActive();
    if (std::exchange(m_wantOnline[session], online) != online)
        Q_EMIT configChanged();  // saved: restored at the next start
    if (isActive() != wasActive)
        Q_EMIT activeChanged();
}

void Account::setRegistration(Registration *registration)
{
    if (m_registration == registration)
        return;
    delete m_registration;
    m_registration = registration;
    if (registration)
        registration->setParent(this);
    Q_EMIT registrationChanged();
}

void Account::setPassword(const QString &password)
{
    m_password = password;
}

void Account::connectSession(Session *session)
{
    if (!session || !m_sessions.contains(session))
        return;
    setWantOnline(session, true);
    if (!m_config.enabled)
        return;
    if (m_password.isEmpty()) {
        Q_EMIT passwordNeeded();
        return;
    }
    session->open(m_config.connectionSettings(session->resource()), m_password);
}

void Account::disconnectSession(Session *session)
{
    if (!session || !m_sessions.contains(session))
        return;
    setWantOnline(session, false);
    session->close();
}

void Account::connectAll()
{
    for (auto *session : std::as_const(m_sessions)) {
        if (m_wantOnline.value(session) && session->connection()->state() == ConnectionController::State::Disconnected)
            connectSession(session);
    }
    // Nothing was meant to be online (a new login, or all signed out): the first session.
    if (!isActive() && !m_sessions.isEmpty())
        connectSession(m_sessions.constFirst());
    if (m_config.enabled)  // a turned-off account reaches no broker either
        m_amqp->openAll();
}

void Account::disconnectAll()
{
    for (auto *session : std::as_const(m_sessions))
        disconnectSession(session);
    m_amqp->closeAll();
}

Session *Account::addSession(const QString &resource)
{
    const QString name = resource.trimmed();
    if (!isValidResource(name) || session(name))
        return nullptr;
    auto *session = createSession(name, true);
    Q_EMIT sessionsChanged();
    qCInfo(lcAccount) << "Added the resource" << name << "to" << m_config.jid;
    if (!m_password.isEmpty())
        connectSession(session);
    return session;
}

bool Account::removeSession(Session *session)
{
    if (!session || m_sessions.size() < 2 || !m_sessions.contains(session) || session == m_sessions.constFirst())
        return false;
    setWantOnline(session, false);
    m_sessions.removeOne(session);
    m_wantOnline.remove(session);
    m_devices->removeSession(session);
    delete session;  // leaves politely
    updateOwnSessions();
    Q_EMIT sessionsChanged();
    sessionStateChanged();
    return true;
}

QStringList Account::contactResources(const QString &bareJid) const
{
    auto *rosterManager = mainSession()->client()->findExtension<QXmppRosterManager>();
    QStringList resources;
    const auto presences = rosterManager->getAllPresencesForBareJid(bareJid);
    for (auto it = presences.cbegin(); it != presences.cend(); ++it) {
        if (it->type() == QXmppPresence::Available && !it.key().isEmpty())
            resources << it.key();
    }
    resources.sort();
    return resources;
}

void Account::trustRefusedCertificate(Session *session)
{
    if (!session)
        return;
    const auto refused = session->connection()->refusedCertificate();
    if (refused.isNull())
        return;
    qCInfo(lcAccount) << "Trusting the certificate" << refused.sha256() << "for" << m_config.jid;
    // One pinned certificate per account: a new decision replaces the old one.
    m_config.pinnedSha256 = {refused.digest()};
    Q_EMIT configChanged();
    for (auto *s : std::as_const(m_sessions)) {
        if (m_wantOnline.value(s) && s->connection()->state() != ConnectionController::State::Connected)
            connectSession(s);
    }
}
