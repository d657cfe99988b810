// One simulated device on the network: logs in as <id>@DOMAIN/sensor, owns the
// PubSub node <id> (titled, with room for backfill), says what it is in disco#info (identity
// client/bot named by its title, an XEP-0128 form urn:linnet:device:0 naming its node) and
// answers a chat message with its latest readings, and offers ad-hoc commands to the fleet's
// allow-list (DeviceCommands.h, issue 9). What to publish and when is the fleet's business
// (Fleet); the signals come from Signals.h.
#pragma once

#include "DeviceState.h"
#include "Signals.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcFleet)

class QXmppClient;
class QXmppMessage;
class QXmppPubSubManager;

namespace AdHoc {
class CommandResponder;
}

namespace devicesim {

// What every device of a fleet shares.
struct FleetConnection {
    QString domain;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5222;
    QList<QSslCertificate> caCertificates;  // empty: the system's
    QString password;
    QString service;                        // pubsub.DOMAIN
    QString resource = QStringLiteral("sensor");
    quint64 maxItems = 2000;                // asked for at node creation (see SimDevice::ensureNode)
    SignalClock clock;
    QString presenceStatus;
    QStringList commandsAllowed;            // bare JIDs that may run the devices' commands; empty: nobody
};

inline constexpr QStringView DeviceFormType = u"urn:linnet:device:0";

class SimDevice : public QObject
{
    Q_OBJECT
public:
    SimDevice(DeviceSpec spec, const FleetConnection *connection, QObject *parent = nullptr);

    const DeviceSpec &spec() const { return m_spec; }
    QString jid() const;             // bare
    bool isOnline() const { return m_state == State::Online; }
    bool hasBeenOnline() const { return m_everOnline; }
    quint64 maxItems() const { return m_effectiveMaxItems; }  // what the node holds
    int inFlight() const { return m_inFlight; }

    // Stay online (reconnecting after a drop, 5 s later) or go offline politely.
    void setWanted(bool online);
    bool isWanted() const { return m_wanted; }

    // Publishes one item with these snapshots (in time order) and remembers the last one for
    // the status line. Only while online. Carries the relay once a command has switched it.
    void publish(const QList<Snapshot> &snapshots);
    // The last published readings (or, before any, what the signals say now).
    Snapshot latest() const;

    // What the ad-hoc commands change (DeviceCommands.h).
    DeviceState &deviceState() { return m_deviceState; }
    const DeviceState &deviceState() const { return m_deviceState; }
    QString displayName() const;  // the configured name, else the title
    // Live items from now on this far apart (the fleet follows intervalChanged()); the
    // presence status says so.
    void setIntervalMs(qint64 ms);
    void setRelay(bool on);
    // Once the current stanza's answer is written: log out, log in again about 5 s later.
    void reboot();

Q_SIGNALS:
    void online();                        // logged in, node in place
    void offline();                       // the session ended (asked for or not)
    void loginFailed(const QString &why);  // the first login did not succeed
    void acked(bool ok, qint64 roundTripUs, const QString &error);
    void intervalChanged(qint64 ms);

private:
    enum class State { Offline, Connecting, Online, Leaving };

    void connectNow();
    void onConnected();
    void onDisconnected();
    void ensureNode(int attempt);
    void answer(const QXmppMessage &message);
    QString presenceStatus() const;

    DeviceSpec m_spec;
    const FleetConnection *m_connection;
    QXmppClient *m_client;
    QXmppPubSubManager *m_pubsub;
    AdHoc::CommandResponder *m_commands;
    QTimer m_retry;
    State m_state = State::Offline;
    bool m_wanted = false;
    bool m_everOnline = false;
    bool m_announced = false;  // online() emitted for this session: offline() owed when it ends
    bool m_nodeReady = false;
    bool m_rebooting = false;  // the session ends for a reboot: back after RebootMs
    quint64 m_effectiveMaxItems = 0;
    int m_inFlight = 0;
    int m_failedAttempts = 0;  // before the first login
    quint64 m_session = 0;  // counts sessions: an answer from an ended one is not in flight any more
    quint64 m_sequence = 0;
    Snapshot m_last;
    bool m_hasLast = false;
    DeviceState m_deviceState;
};

}  // namespace devicesim
