#include "Publisher.h"

#include "SenmlItem.h"
#include "ToolIo.h"

#include <QJsonObject>
#include <QSslCertificate>
#include <QSslSocket>
#include <QXmppClient.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubNodeConfig.h>
#include <QXmppTask.h>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcDeviceSim, "linnet.devicesim")

namespace {
constexpr int DrainTimeoutMs = 30000;  // acks still missing this long after the last publish: give up

double percentile(std::vector<float> v, double p)
{
    if (v.empty())
        return 0;
    const auto k = size_t(std::clamp(p * double(v.size() - 1), 0.0, double(v.size() - 1)));
    std::nth_element(v.begin(), v.begin() + qsizetype(k), v.end());
    return v[k];
}

double round2(double x)
{
    return std::round(x * 100.0) / 100.0;
}
}  // namespace

Publisher::Publisher(PublisherOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new QXmppClient(QXmppClient::NoExtensions, this))
    , m_pubsub(m_client->addNewExtension<QXmppPubSubManager>())
{
    // A 1 ms precise timer keeps a paced rate smooth: at 1,000 items/s one item per tick, never
    // a burst per second.
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(1);
    connect(&m_tick, &QTimer::timeout, this, &Publisher::pump);
    m_progress.setInterval(std::max(m_options.progressMs, 50));
    connect(&m_progress, &QTimer::timeout, this, &Publisher::printProgress);
    m_drainTimeout.setSingleShot(true);
    m_drainTimeout.setInterval(DrainTimeoutMs);
    connect(&m_drainTimeout, &QTimer::timeout, this, [this] {
        finish(1, QStringLiteral("%1 publishes still unacknowledged %2 s after the last one")
                      .arg(m_sent - m_acked - m_errors).arg(DrainTimeoutMs / 1000));
    });

    // Small publishes every millisecond are Nagle's worst case: each waits for the ACK of the
    // previous segment, and with the server's delayed ACKs that adds up to 40 ms per item.
    // QXmppClient keeps its stream private; the socket is in its object tree.
    if (auto *socket = m_client->findChild<QSslSocket *>()) {
        connect(socket, &QSslSocket::connected, this, [this, socket] {
            if (!m_options.nagle)
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        });
    } else {
        qCWarning(lcDeviceSim) << "no socket found to set TCP_NODELAY on";
    }
    connect(m_client, &QXmppClient::connected, this, [this] {
        if (m_phase == Phase::Connecting)
            ensureNodes();
    });
    connect(m_client, &QXmppClient::disconnected, this, [this] {
        if (m_phase != Phase::Done)
            finish(1, QStringLiteral("disconnected from the server"));
    });
    connect(m_client, &QXmppClient::errorOccurred, this, [this](const QXmppError &error) {
        finish(1, QStringLiteral("connection error: %1").arg(error.description));
    });
}

void Publisher::start(const QString &password)
{
    QXmppConfiguration config;
    config.setHost(m_options.host);
    config.setPort(m_options.port);
    config.setJid(m_options.jid);
    config.setPassword(password);
    config.setResource(m_options.resource);
    // Same rules as Linnet: TLS or nothing, certificate errors are fatal.
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setIgnoreSslErrors(false);
    config.setAutoReconnectionEnabled(false);
    if (!m_options.caFile.isEmpty()) {
        const auto cas = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            finish(2, QStringLiteral("no certificate in %1").arg(m_options.caFile));
            return;
        }
        config.setCaCertificates(cas);
    }
    m_phase = Phase::Connecting;
    qCInfo(lcDeviceSim) << "connecting as" << m_options.jid << "to" << m_options.host << m_options.port;
    m_client->connectToServer(config);
}

void Publisher::ensureNodes()
{
    QXmppPubSubNodeConfig config;
    bool ok = false;
    const quint64 maxItems = m_options.maxItems.toULongLong(&ok);
    // "max" is the server's cap (Prosody: pubsub_max_items, 256 by default); asking for more
    // than the cap makes Prosody refuse the node.
    config.setMaxItems(ok ? QXmppPubSubNodeConfig::ItemLimit(maxItems) : QXmppPubSubNodeConfig::ItemLimit(QXmppPubSubNodeConfig::Max()));
    m_pendingNodes = int(m_options.nodes.size());
    for (const QString &node : std::as_const(m_options.nodes)) {
        m_pubsub->createNode(m_options.service, node, config).then(this, [this, node](QXmppPubSubManager::Result &&result) {
            if (const auto *error = std::get_if<QXmppError>(&result)) {
                const auto stanzaError = error->value<QXmppStanza::Error>();
                if (!stanzaError || stanzaError->condition() != QXmppStanza::Error::Conflict) {
                    finish(1, QStringLiteral("cannot create node %1: %2").arg(node, error->description));
                    return;
                }
                qCInfo(lcDeviceSim) << "node" << node << "exists";
            } else {
                qCInfo(lcDeviceSim) << "created node" << node;
            }
            if (--m_pendingNodes == 0 && m_phase == Phase::Connecting) {
                m_phase = Phase::Ready;
                Q_EMIT ready();
            }
        });
    }
}

void Publisher::go()
{
    if (m_phase != Phase::Ready)
        return;
    m_phase = Phase::Publishing;
    m_clock.start();
    if (m_options.progressMs > 0)
        m_progress.start();
    if (m_options.rate > 0)
        m_tick.start();
    pump();
}

void Publisher::stop()
{
    if (m_phase == Phase::Publishing) {
        m_phase = Phase::Draining;
        m_tick.stop();
        m_drainTimeout.start();
        maybeFinish();
    } else if (m_phase != Phase::Draining) {
        finish(0);
    }
}

double Publisher::elapsedSeconds() const
{
    return double(m_clock.nsecsElapsed()) / 1e9;
}

void Publisher::pump()
{
    if (m_phase != Phase::Publishing)
        return;
    const double elapsed = elapsedSeconds();
    const bool countDone = m_options.count >= 0 && qint64(m_sent) >= m_options.count;
    const bool timeDone = m_options.seconds >= 0 && elapsed >= m_options.seconds;
    if (countDone || timeDone) {
        stop();
        return;
    }
    // Items due by now: item k is scheduled at k / rate seconds after go().
    quint64 due = m_options.rate > 0 ? quint64(elapsed * m_options.rate) + 1 : std::numeric_limits<quint64>::max();
    if (m_options.count >= 0)
        due = std::min<quint64>(due, quint64(m_options.count));
    const qint64 nowUs = wallClockUs();
    while (m_sent < due && qint64(m_sent - m_acked - m_errors) < m_options.window) {
        if (m_options.rate > 0) {
            const double behindMs = (elapsed - double(m_sent) / m_options.rate) * 1000.0;
            m_maxBehindMs = std::max(m_maxBehindMs, behindMs);
        }
        publishOne(nowUs);
    }
    if (m_options.count >= 0 && qint64(m_sent) >= m_options.count)
        stop();
}

void Publisher::publishOne(qint64 nowUs)
{
    const quint64 seq = m_sent++;
    const QString &node = m_options.nodes.at(qsizetype(seq % quint64(m_options.nodes.size())));
    // Rounded, not truncated: the subscriber's error is then ±0.5 ms around zero.
    const qint64 publishMs = (nowUs + 500) / 1000;
    SenmlItem item(QString::number(seq), node + QLatin1Char(':'), publishMs, seq);
    if (m_firstSendUs == 0)
        m_firstSendUs = nowUs;
    m_lastSendUs = nowUs;
    m_pubsub->publishItem(m_options.service, node, item).then(this, [this, nowUs](QXmppPubSubManager::PublishItemResult &&result) {
        const auto *error = std::get_if<QXmppError>(&result);
        acked(nowUs, !error, error ? error->description : QString());
    });
}

void Publisher::acked(qint64 sentUs, bool ok, const QString &error)
{
    const qint64 now = wallClockUs();
    if (ok) {
        ++m_acked;
        m_lastAckUs = now;
        m_ackMs.push_back(float(now - sentUs) / 1000.0f);
    } else {
        if (m_errors++ == 0)
            m_firstError = error;
        qCWarning(lcDeviceSim) << "publish failed:" << error;
    }
    if (m_phase == Phase::Publishing && m_options.rate <= 0)
        pump();  // as fast as the server acks: the window refills on every ack
    maybeFinish();
}

void Publisher::maybeFinish()
{
    if (m_phase == Phase::Draining && m_acked + m_errors >= m_sent)
        finish(m_errors == 0 ? 0 : 1, m_errors ? QStringLiteral("%1 publishes failed, first: %2").arg(m_errors).arg(m_firstError) : QString());
}

void Publisher::printProgress()
{
    printJsonLine({{QStringLiteral("type"), QStringLiteral("progress")},
                   {QStringLiteral("t"), double(wallClockUs()) / 1e6},
                   {QStringLiteral("sent"), double(m_sent)},
                   {QStringLiteral("acked"), double(m_acked)},
                   {QStringLiteral("errors"), double(m_errors)}});
}

void Publisher::finish(int exitCode, const QString &error)
{
    if (m_phase == Phase::Done)
        return;
    const Phase was = m_phase;
    m_phase = Phase::Done;
    m_tick.stop();
    m_progress.stop();
    m_drainTimeout.stop();
    if (!error.isEmpty())
        qCWarning(lcDeviceSim).noquote() << error;
    if (was == Phase::Publishing || was == Phase::Draining) {
        const double sendSpan = double(m_lastSendUs - m_firstSendUs) / 1e6;
        const double ackSpan = double(m_lastAckUs - m_firstSendUs) / 1e6;
        printJsonLine({{QStringLiteral("type"), QStringLiteral("done")},
                       {QStringLiteral("sent"), double(m_sent)},
                       {QStringLiteral("acked"), double(m_acked)},
                       {QStringLiteral("errors"), double(m_errors)},
                       {QStringLiteral("target_rate"), m_options.rate},
                       {QStringLiteral("send_seconds"), round2(sendSpan)},
                       {QStringLiteral("rate_sent"), round2(sendSpan > 0 ? double(m_sent - 1) / sendSpan : 0)},
                       {QStringLiteral("rate_acked"), round2(ackSpan > 0 ? double(m_acked) / ackSpan : 0)},
                       {QStringLiteral("max_behind_ms"), round2(m_maxBehindMs)},
                       {QStringLiteral("ack_p50_ms"), round2(percentile(m_ackMs, 0.50))},
                       {QStringLiteral("ack_p99_ms"), round2(percentile(m_ackMs, 0.99))},
                       {QStringLiteral("error"), error}});
    } else if (!error.isEmpty()) {
        printJsonLine({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("error"), error}});
    }
    // Leave cleanly (the server drops the session at once); finished() once that is done.
    if (m_client->state() != QXmppClient::DisconnectedState)
        m_client->disconnectFromServer();
    Q_EMIT finished(exitCode);
}
