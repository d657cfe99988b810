// One AMQP 1.0 connection of the profile, for QML: state, counters and commands. The work is
// done by an AmqpClient on a thread of its own; this facade only queues calls to it and
// mirrors what it reports.
#pragma once

#include "amqp/AmqpClient.h"
#include "amqp/AmqpSettings.h"
#include "core/WorkerThread.h"
#include "net/ConnectionError.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class ProtocolTrace;
class ReadingStore;

class AmqpConnection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AmqpConnection belongs to an account: AMQP connections are made from its settings.")
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(quint64 received READ received NOTIFY countersChanged)
    Q_PROPERTY(quint64 stored READ stored NOTIFY countersChanged)
    Q_PROPERTY(quint64 duplicates READ duplicates NOTIFY countersChanged)
    Q_PROPERTY(quint64 refused READ refused NOTIFY countersChanged)
    Q_PROPERTY(quint64 linkErrors READ linkErrors NOTIFY countersChanged)
    Q_PROPERTY(int pendingDeliveries READ pendingDeliveries NOTIFY countersChanged)

public:
    enum State {
        Disconnected = int(AmqpClient::State::Disconnected),
        Connecting = int(AmqpClient::State::Connecting),
        Connected = int(AmqpClient::State::Connected),
        WaitingToReconnect = int(AmqpClient::State::WaitingToReconnect),
    };
    Q_ENUM(State)

    // store must outlive this; idLogFile: where accepted message-ids are kept (SQLite, e.g.
    // next to the history database); empty: memory only.
    AmqpConnection(const AmqpSettings &settings, ReadingStore *store, const QString &idLogFile,
                   QObject *parent = nullptr);
    ~AmqpConnection() override;  // closes the connection and joins its thread

    const AmqpSettings &settings() const { return m_settings; }
    QString name() const { return m_settings.name; }
    State state() const { return m_state; }
    QString errorText() const { return m_errorText; }
    quint64 received() const { return m_counters.received; }
    quint64 stored() const { return m_counters.stored; }
    quint64 duplicates() const { return m_counters.duplicates; }
    quint64 refused() const { return m_counters.refused; }
    quint64 linkErrors() const { return m_counters.linkErrors; }
    int pendingDeliveries() const { return m_counters.pending; }
    // The last failure's details (a certificate rejection carries the certificate).
    const ConnectionError::Details &lastFailure() const { return m_failure; }

    // Frames go to trace while it records; null stops. trace must outlive this.
    void setTrace(ProtocolTrace *trace);
    // Tests: the first reconnect delay.
    void setReconnectDelayForTesting(int ms);

    // The password stays in memory for reconnects until close(); never stored or logged.
    Q_INVOKABLE void open(const QString &password);
    Q_INVOKABLE void close();
    // Sends `action` ("relay", "interval") with `value` to the device's command queue; the
    // answer (or a timeout after AmqpClient::CommandTimeoutMs) comes as commandFinished(id).
    Q_INVOKABLE QString sendCommand(const QString &device, const QString &action, const QString &value);

Q_SIGNALS:
    void stateChanged();
    void countersChanged();
    void commandFinished(const QString &id, bool ok, const QString &text);
    // Certificate rejected: lastFailure() has the certificate for the trust dialog.
    void certificateRejected();
    void authenticationFailed();

private:
    AmqpSettings m_settings;
    State m_state = Disconnected;
    QString m_errorText;
    AmqpCounters m_counters;
    ConnectionError::Details m_failure;
    std::unique_ptr<WorkerThread<AmqpClient>> m_worker;
};
