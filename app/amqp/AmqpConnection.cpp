#include "amqp/AmqpConnection.h"

#include "core/Logging.h"

#include <QUuid>

AmqpConnection::AmqpConnection(const AmqpSettings &settings, ReadingStore *store, const QString &idLogFile,
                               QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_worker(std::make_unique<WorkerThread<AmqpClient>>(new AmqpClient(settings, store, idLogFile),
                                                          QStringLiteral("linnet-amqp")))
{
    AmqpClient *client = m_worker->worker();
    connect(client, &AmqpClient::stateChanged, this, [this](AmqpClient::State state, const QString &error) {
        m_state = State(int(state));
        if (state == AmqpClient::State::Connected && error.isEmpty())
            m_errorText.clear();
        else if (!error.isEmpty())
            m_errorText = error;
        Q_EMIT stateChanged();
    });
    connect(client, &AmqpClient::failed, this, [this](const ConnectionError::Details &details) {
        m_failure = details;
        m_errorText = details.message;
        Q_EMIT stateChanged();
        if (details.kind == ConnectionError::Kind::CertificateRejected)
            Q_EMIT certificateRejected();
        else if (details.kind == ConnectionError::Kind::AuthenticationFailed)
            Q_EMIT authenticationFailed();
    });
    connect(client, &AmqpClient::countersChanged, this, [this](const AmqpCounters &counters) {
        m_counters = counters;
        Q_EMIT countersChanged();
    });
    connect(client, &AmqpClient::commandFinished, this, &AmqpConnection::commandFinished);
}

AmqpConnection::~AmqpConnection()
{
    m_worker.reset();  // the worker's close() ends the connection there, then the thread joins
}

void AmqpConnection::setTrace(ProtocolTrace *trace)
{
    m_worker->worker()->setTrace(trace);
}

void AmqpConnection::setReconnectDelayForTesting(int ms)
{
    QMetaObject::invokeMethod(m_worker->worker(), [client = m_worker->worker(), ms] {
        client->setReconnectDelayForTesting(ms);
    }, Qt::QueuedConnection);
}

void AmqpConnection::open(const QString &password)
{
    QMetaObject::invokeMethod(m_worker->worker(), [client = m_worker->worker(), password] { client->open(password); },
                              Qt::QueuedConnection);
}

void AmqpConnection::close()
{
    QMetaObject::invokeMethod(m_worker->worker(), &AmqpClient::disconnectFromBroker, Qt::QueuedConnection);
}

QString AmqpConnection::sendCommand(const QString &device, const QString &action, const QString &value)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QMetaObject::invokeMethod(m_worker->worker(), [client = m_worker->worker(), id, device, action, value] {
        client->sendCommand(id, device, action, value);
    }, Qt::QueuedConnection);
    return id;
}
