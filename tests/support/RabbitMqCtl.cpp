// RabbitMqServer's management: rabbitmqctl against this node (its cookie through HOME, its
// epmd), since the root has no management plugin worth starting for a test.
#include "Epmd.h"
#include "RabbitMqFiles.h"
#include "RabbitMqServer.h"
#include "TestLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

using namespace linnet::test;

bool RabbitMqServer::runTool(const QString &program, const QStringList &args, QString *output, int timeoutMs) const
{
    if (!m_layout || !m_epmd) {
        if (output)
            *output = QStringLiteral("the broker was never started");
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessEnvironment(rabbitmqEnvironment(*m_layout, m_nodeName, m_epmd->port()));
    process.setWorkingDirectory(m_layout->dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, QStringList{QStringLiteral("-n"), m_nodeName} + args);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    const QString text = QString::fromUtf8(process.readAll()).trimmed();
    if (output)
        *output = finished ? text : QStringLiteral("timed out after %1 ms: %2").arg(timeoutMs).arg(text);
    const bool ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    qCDebug(lcLinnetTest).noquote() << QFileInfo(program).fileName() << args.join(QLatin1Char(' ')) << (ok ? "ok" : "failed")
                                    << "after" << timer.elapsed() << "ms" << (ok ? QString() : text);
    return ok;
}

bool RabbitMqServer::rabbitmqctl(const QStringList &args, QString *output, int timeoutMs) const
{
    return runTool(rabbitmqctlProgram(), args, output, timeoutMs);
}

bool RabbitMqServer::declareQueue(const QString &name, QString *error)
{
    return declareQueue(name, m_options.queueType, error);
}

bool RabbitMqServer::declareQueue(const QString &name, Options::QueueType type, QString *error)
{
    if (!m_layout) {
        if (error)
            *error = QStringLiteral("the broker was never started");
        return false;
    }
    // The CLI has no "declare": importing a definitions document with one queue does it.
    const QString file = m_layout->dir + QStringLiteral("/declare.json");
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(queueDefinitions(m_options.vhost, name, type)) < 0 || !out.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    QString output;
    if (!rabbitmqctl({QStringLiteral("import_definitions"), file}, &output)) {
        if (error)
            *error = QStringLiteral("declaring queue %1 failed: %2").arg(name, output);
        return false;
    }
    return true;
}

bool RabbitMqServer::deleteQueue(const QString &name, QString *error)
{
    QString output;
    if (!rabbitmqctl({QStringLiteral("delete_queue"), QStringLiteral("--vhost"), m_options.vhost, name}, &output)) {
        if (error)
            *error = QStringLiteral("deleting queue %1 failed: %2").arg(name, output);
        return false;
    }
    return true;
}

std::optional<qint64> RabbitMqServer::queueDepth(const QString &name) const
{
    QString output;
    if (!rabbitmqctl({QStringLiteral("list_queues"), QStringLiteral("--vhost"), m_options.vhost, QStringLiteral("--quiet"),
                      QStringLiteral("--formatter"), QStringLiteral("json"), QStringLiteral("name"),
                      QStringLiteral("messages_ready"), QStringLiteral("messages_unacknowledged")},
                     &output))
        return std::nullopt;
    // Warnings may precede the JSON array.
    const qsizetype start = output.indexOf(QLatin1Char('['));
    const QJsonArray queues = QJsonDocument::fromJson(output.mid(qMax<qsizetype>(0, start)).toUtf8()).array();
    for (const QJsonValue &value : queues) {
        const QJsonObject queue = value.toObject();
        if (queue.value(QStringLiteral("name")).toString() == name)
            return queue.value(QStringLiteral("messages_ready")).toInteger() + queue.value(QStringLiteral("messages_unacknowledged")).toInteger();
    }
    return std::nullopt;
}

bool RabbitMqServer::closeConnections(const QString &reason, QString *error)
{
    QString output;
    if (!rabbitmqctl({QStringLiteral("close_all_connections"), QStringLiteral("--vhost"), m_options.vhost, reason}, &output)) {
        if (error)
            *error = QStringLiteral("closing the connections failed: %1").arg(output);
        return false;
    }
    return true;
}
