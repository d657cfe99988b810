// The federated server's cast: a buddy bot and a device (linnet-devicesim --fleet 1), each
// logged in to the second domain. Alice reaches both over s2s: her messages to the buddy and
// her commands to the device leave the demo's server for the other one.
#include "ChildProcess.h"
#include "Demo.h"
#include "DemoCast.h"
#include "ProsodyServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

void Demo::startFederatedBots()
{
    const demo::Person &buddy = demo::kFederatedBuddy;
    ChildProcess *bot = startChild(
        QStringLiteral("bot-") + buddy.user + QStringLiteral("-federated"), m_options.bot,
        {QStringLiteral("--host"), m_federated->host(), QStringLiteral("--port"), QString::number(m_federated->c2sPort()),
         QStringLiteral("--jid"), m_federated->jid(buddy.user), QStringLiteral("--password"),
         m_federated->options().accounts.first().password, QStringLiteral("--ca"), m_federated->caCertificateFile(),
         QStringLiteral("--status"), buddy.status, QStringLiteral("--show"), buddy.show, QStringLiteral("--persona"),
         buddy.name.section(QLatin1Char(' '), 0, 0)});
    connect(bot, &ChildProcess::lineReceived, this, [this, bot](const QString &line) { onBotLine(bot, line); });
    ++m_buddyCount;

    // The device answers Alice's commands: she is on the other domain.
    ChildProcess *fleet = startChild(
        QStringLiteral("fleet-federated"), m_options.devicesim,
        {QStringLiteral("--fleet"), QString::number(demo::kFederatedFleetSize), QStringLiteral("--domain"),
         m_federated->domain(), QStringLiteral("--host"), m_federated->host(), QStringLiteral("--port"),
         QString::number(m_federated->c2sPort()), QStringLiteral("--ca"), m_federated->caCertificateFile(),
         QStringLiteral("--history-seconds"), QString::number(demo::kHistorySeconds), QStringLiteral("--progress-ms"),
         QStringLiteral("10000"), QStringLiteral("--allow"), m_server->jid(demo::kCast.first().user)},
        m_devicePassword.toUtf8() + '\n');
    connect(fleet, &ChildProcess::lineReceived, this, &Demo::onFederatedFleetLine);
}

void Demo::onFederatedFleetLine(const QString &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
    if (o.value(u"type").toString() != u"ready")
        return;
    qCInfo(lcDemo).noquote() << "the federated device is online after" << o.value(u"ready_s").toDouble() << "s";
    m_federatedFleetReady = true;
    maybeAllReady();
}
