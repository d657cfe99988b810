#include "SimDevice.h"

#include "CommandResponder.h"
#include "DeviceCommands.h"
#include "DeviceCommandsPrivate.h"
#include "DeviceReadings.h"
#include "ToolIo.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QXmppAuthenticationError.h>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppMessage.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubNodeConfig.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include <array>
#include <utility>

Q_LOGGING_CATEGORY(lcFleet, "linnet.devicesim.fleet")

namespace devicesim {

namespace {

constexpr int RetryMs = 5000;  // after a drop, plus up to as much again so a fleet spreads out
constexpr int MaxFirstAttempts = 5;
constexpr int RebootMs = 5000;  // the command says "back in about 5 s"

// Prosody refuses a node whose pubsub#max_items exceeds its pubsub_max_items (256 unless
// configured): then the default cap, then "max" (whatever the cap is).
constexpr quint64 ProsodyDefaultCap = 256;

QXmppPubSubNodeConfig nodeConfig(const DeviceSpec &spec, int attempt, quint64 requested)
{
    QXmppPubSubNodeConfig config;
    config.setTitle(spec.title);
    if (attempt == 0)
        config.setMaxItems(QXmppPubSubNodeConfig::ItemLimit(requested));
    else if (attempt == 1)
        config.setMaxItems(QXmppPubSubNodeConfig::ItemLimit(ProsodyDefaultCap));
    else
        config.setMaxItems(QXmppPubSubNodeConfig::ItemLimit(QXmppPubSubNodeConfig::Max()));
    return config;
}

}  // namespace

SimDevice::SimDevice(DeviceSpec spec, const FleetConnection *connection, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_connection(connection)
    , m_client(new QXmppClient(QXmppClient::NoExtensions, this))
    , m_pubsub(m_client->addNewExtension<QXmppPubSubManager>())
    , m_commands(new AdHoc::CommandResponder)
{
    for (const commands::Sensor &sensor : commands::sensors())
        m_deviceState.settings.sensors.append(sensor.series);
    // disco#info: who this is and which node carries its readings (how Linnet maps a device
    // to its node and back).
    auto *disco = m_client->addNewExtension<QXmppDiscoveryManager>();
    disco->setClientCategory(QStringLiteral("client"));
    disco->setClientType(QStringLiteral("bot"));
    disco->setClientName(m_spec.title);
    QXmppDataForm form(QXmppDataForm::Result);
    form.setFields({
        QXmppDataForm::Field(QXmppDataForm::Field::HiddenField, QStringLiteral("FORM_TYPE"), DeviceFormType.toString()),
        QXmppDataForm::Field(QXmppDataForm::Field::TextSingleField, QStringLiteral("pubsub-service"), m_connection->service),
        QXmppDataForm::Field(QXmppDataForm::Field::TextSingleField, QStringLiteral("pubsub-node"), m_spec.id),
    });
    disco->setClientInfoForm(form);

    // Ad-hoc commands: the responder answers disco#items/#info on its nodes, so it must see
    // stanzas before the discovery manager (which would answer item-not-found).
    m_client->insertExtension(0, m_commands);
    m_commands->setAuthorizer(allowListAuthorizer(m_connection->commandsAllowed));
    addDeviceCommands(m_commands, this);
    connect(m_commands, &AdHoc::CommandResponder::requestHandled, this,
            [this](const QString &from, const QString &node, AdHoc::Action action, const QString &outcome) {
                // Every step for a post-mortem; a refusal (forbidden, bad-action ...) is news.
                const bool refused = outcome != u"executing" && outcome != u"completed" && outcome != u"canceled";
                if (refused)
                    qCInfo(lcFleet).noquote() << m_spec.id << node << AdHoc::actionName(action) << "from" << from << "refused:" << outcome;
                else
                    qCDebug(lcFleet).noquote() << m_spec.id << node << AdHoc::actionName(action) << "from" << from << "->" << outcome;
            });

    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SimDevice::connectNow);
    connect(m_client, &QXmppClient::connected, this, &SimDevice::onConnected);
    connect(m_client, &QXmppClient::disconnected, this, &SimDevice::onDisconnected);
    connect(m_client, &QXmppClient::messageReceived, this, &SimDevice::answer);
    connect(m_client, &QXmppClient::errorOccurred, this, [this](const QXmppError &error) {
        // A refused password or certificate will not get better; a busy server or a dropped
        // connection may: retry those a few times before the first login counts as failed.
        const bool fatal = error.holdsType<QXmpp::AuthenticationError>()
            || (error.holdsType<QAbstractSocket::SocketError>()
                && error.value<QAbstractSocket::SocketError>() == QAbstractSocket::SslHandshakeFailedError);
        if (!m_everOnline && (fatal || ++m_failedAttempts >= MaxFirstAttempts)) {
            m_wanted = false;
            m_retry.stop();
            Q_EMIT loginFailed(error.description);
        } else {
            qCInfo(lcFleet) << jid() << "connection problem:" << error.description;
        }
    });
    // Small publishes leave at once (see Publisher: Nagle and delayed ACKs cost ~20 ms each).
    if (auto *socket = m_client->findChild<QSslSocket *>()) {
        connect(socket, &QSslSocket::connected, this,
                [socket] { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    }
}

QString SimDevice::jid() const
{
    return m_spec.id + QLatin1Char('@') + m_connection->domain;
}

void SimDevice::setWanted(bool online)
{
    m_wanted = online;
    if (online && m_state == State::Offline && !m_retry.isActive()) {
        connectNow();
    } else if (!online) {
        m_retry.stop();
        if (m_state == State::Online || m_state == State::Connecting) {
            m_state = State::Leaving;
            m_client->disconnectFromServer();  // unavailable presence, then the stream closes
        }
    }
}

void SimDevice::connectNow()
{
    if (!m_wanted || m_state != State::Offline)
        return;
    QXmppConfiguration config;
    config.setHost(m_connection->host);
    config.setPort(m_connection->port);
    config.setDomain(m_connection->domain);  // the certificate is checked against this name
    config.setUser(m_spec.id);
    config.setPassword(m_connection->password);
    config.setResource(m_connection->resource);
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setIgnoreSslErrors(false);
    if (!m_connection->caCertificates.isEmpty())
        config.setCaCertificates(m_connection->caCertificates);
    config.setAutoReconnectionEnabled(false);  // the device retries by itself (m_retry)
    // A server busy with a thousand logins answers pings late; that is no reason to leave.
    config.setKeepAliveTimeout(60);
    QXmppPresence presence(QXmppPresence::Available);
    presence.setStatusText(presenceStatus());
    m_state = State::Connecting;
    m_client->connectToServer(config, presence);
}

void SimDevice::onConnected()
{
    m_deviceState.upSinceMs = QDateTime::currentMSecsSinceEpoch();
    if (m_nodeReady) {
        m_state = State::Online;
        m_announced = true;
        Q_EMIT online();
        return;
    }
    ensureNode(0);
}

// Creates the node (or, if it exists, configures it) with the title and the biggest item
// limit the server takes of: the requested one, Prosody's default cap, "max".
void SimDevice::ensureNode(int attempt)
{
    const QXmppPubSubNodeConfig config = nodeConfig(m_spec, attempt, m_connection->maxItems);
    const std::array<quint64, 3> limits{m_connection->maxItems, ProsodyDefaultCap, ProsodyDefaultCap};
    auto done = [this, limit = limits[size_t(attempt)]] {
        if (m_state != State::Connecting)
            return;
        m_nodeReady = true;
        m_effectiveMaxItems = limit;
        m_state = State::Online;
        m_everOnline = true;
        m_announced = true;
        Q_EMIT online();
    };
    m_pubsub->createNode(m_connection->service, m_spec.id, config)
        .then(this, [this, attempt, config, done](QXmppPubSubManager::Result &&result) {
            const auto *error = std::get_if<QXmppError>(&result);
            if (!error)
                return done();
            const auto stanzaError = error->value<QXmppStanza::Error>();
            if (stanzaError && stanzaError->condition() == QXmppStanza::Error::Conflict) {
                // Ours from an earlier run (or another owner's: publishing will say so).
                m_pubsub->configureNode(m_connection->service, m_spec.id, config)
                    .then(this, [this, attempt, done](QXmppPubSubManager::Result &&configured) {
                        if (std::holds_alternative<QXmppError>(configured) && attempt < 2) {
                            ensureNode(attempt + 1);
                            return;
                        }
                        done();
                    });
                return;
            }
            if (m_state != State::Connecting)
                return;  // the session ended meanwhile; the next one tries again
            if (attempt < 2) {
                qCDebug(lcFleet) << m_spec.id << "node refused with this pubsub#max_items:" << error->description;
                ensureNode(attempt + 1);
                return;
            }
            qCWarning(lcFleet) << m_spec.id << "cannot create its node:" << error->description;
            if (!m_everOnline)
                Q_EMIT loginFailed(QStringLiteral("cannot create node %1: %2").arg(m_spec.id, error->description));
            setWanted(false);
        });
}

void SimDevice::onDisconnected()
{
    const bool wasOnline = std::exchange(m_announced, false);
    m_state = State::Offline;
    m_inFlight = 0;  // unanswered publishes are lost with the stream
    ++m_session;
    if (wasOnline)
        Q_EMIT offline();
    const bool rebooting = std::exchange(m_rebooting, false);
    if (m_wanted)
        m_retry.start(rebooting ? RebootMs : RetryMs + int(QRandomGenerator::global()->bounded(RetryMs)));
}

void SimDevice::publish(const QList<Snapshot> &snapshots)
{
    if (m_state != State::Online || snapshots.isEmpty())
        return;
    const qint64 firstMs = snapshots.first().timeMs;
    const QString id = QStringLiteral("%1-%2").arg(firstMs).arg(m_sequence++);
    const qint64 sentUs = wallClockUs();
    m_last = snapshots.last();
    m_hasLast = true;
    ++m_inFlight;
    const std::optional<bool> relay = m_deviceState.relayReported ? std::optional(m_deviceState.relay) : std::nullopt;
    m_pubsub->publishItem(m_connection->service, m_spec.id, ReadingsItem(id, m_spec.id, snapshots, relay))
        .then(this, [this, sentUs, session = m_session](QXmppPubSubManager::PublishItemResult &&result) {
            if (session == m_session)
                --m_inFlight;
            const auto *error = std::get_if<QXmppError>(&result);
            Q_EMIT acked(!error, wallClockUs() - sentUs, error ? error->description : QString());
        });
}

Snapshot SimDevice::latest() const
{
    return m_hasLast ? m_last : sampleAt(m_spec, m_connection->clock, QDateTime::currentMSecsSinceEpoch());
}

void SimDevice::answer(const QXmppMessage &message)
{
    if (message.body().isEmpty() || QXmppUtils::jidToBareJid(message.from()) == jid()
        || (message.type() != QXmppMessage::Chat && message.type() != QXmppMessage::Normal))
        return;
    QXmppMessage reply(QString(), message.from(), statusLine(m_spec.title, latest()));
    reply.setType(QXmppMessage::Chat);
    reply.setId(QXmppUtils::generateStanzaUuid());
    m_client->sendPacket(reply);
}

QString SimDevice::displayName() const
{
    return m_deviceState.settings.name.isEmpty() ? m_spec.title : m_deviceState.settings.name;
}

QString SimDevice::presenceStatus() const
{
    if (!m_deviceState.intervalChanged)
        return m_connection->presenceStatus;  // the fleet's words for its --rate
    return m_deviceState.intervalMs == 1000 ? QStringLiteral("Publishing every second")
                                            : QStringLiteral("Publishing every %1 s").arg(commands::secondsText(m_deviceState.intervalMs));
}

void SimDevice::setIntervalMs(qint64 ms)
{
    ms = std::max<qint64>(1, ms);
    if (ms == m_deviceState.intervalMs)
        return;
    m_deviceState.intervalMs = ms;
    m_deviceState.intervalChanged = true;
    if (m_state == State::Online) {
        // Watchers see the new rate in the presence status, as they saw the old one.
        QXmppPresence presence = m_client->clientPresence();
        presence.setStatusText(presenceStatus());
        m_client->setClientPresence(presence);
    }
    Q_EMIT intervalChanged(ms);
}

void SimDevice::setRelay(bool on)
{
    m_deviceState.relay = on;
    m_deviceState.relayReported = true;
}

void SimDevice::reboot()
{
    // The responder writes the answer when the command's handler returns; leaving from the
    // event loop afterwards lets it go out first (the stream is closed politely, so what is
    // written is delivered).
    QTimer::singleShot(0, this, [this] {
        if (m_state != State::Online || !m_wanted)
            return;
        qCInfo(lcFleet) << m_spec.id << "rebooting: offline for" << RebootMs / 1000 << "s";
        m_rebooting = true;
        m_state = State::Leaving;
        m_client->disconnectFromServer();
    });
}

}  // namespace devicesim
