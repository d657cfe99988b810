#include "RabbitMqFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace linnet::test {

namespace {

QString findProgram(const QString &name, const QString &fallback)
{
    // The real scripts live in /usr/lib/rabbitmq/bin; PATH has the su-wrappers.
    if (QFileInfo(fallback).isExecutable())
        return fallback;
    return QStandardPaths::findExecutable(name);
}

QJsonObject queueObject(const QString &vhost, const QString &queue, RabbitMqOptions::QueueType type)
{
    const QString typeName = type == RabbitMqOptions::QueueType::Quorum ? QStringLiteral("quorum") : QStringLiteral("classic");
    return QJsonObject{{QStringLiteral("name"), queue},
                       {QStringLiteral("vhost"), vhost},
                       {QStringLiteral("durable"), true},
                       {QStringLiteral("auto_delete"), false},
                       {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("x-queue-type"), typeName}}}};
}

}  // namespace

RabbitMqLayout::RabbitMqLayout(const QString &root)
    : dir(root)
    , configFile(root + QStringLiteral("/rabbitmq.conf"))
    , definitionsFile(root + QStringLiteral("/definitions.json"))
    , pluginsFile(root + QStringLiteral("/enabled_plugins"))
    , inetrcFile(root + QStringLiteral("/inetrc"))
    , dataDir(root + QStringLiteral("/data"))
    , logDir(root + QStringLiteral("/log"))
    , outputFile(root + QStringLiteral("/output.log"))
    , epmdOutputFile(root + QStringLiteral("/epmd.log"))
    , certDir(root + QStringLiteral("/certs"))
    , notifySocket(root + QStringLiteral("/notify"))
{
}

QString RabbitMqLayout::logFile(const QString &nodeName) const
{
    return logDir + QLatin1Char('/') + nodeName + QStringLiteral(".log");
}

QString rabbitmqServerProgram()
{
    return findProgram(QStringLiteral("rabbitmq-server"), QStringLiteral("/usr/lib/rabbitmq/bin/rabbitmq-server"));
}

QString rabbitmqctlProgram()
{
    return findProgram(QStringLiteral("rabbitmqctl"), QStringLiteral("/usr/lib/rabbitmq/bin/rabbitmqctl"));
}

QString rabbitmqConfig(const RabbitMqOptions &options, const RabbitMqLayout &layout, const QString &anonymousPassword)
{
    QStringList lines = {
        // TLS only, loopback only.
        QStringLiteral("listeners.tcp = none"),
        QStringLiteral("listeners.ssl.default = 127.0.0.1:%1").arg(layout.amqpsPort),
        QStringLiteral("ssl_options.cacertfile = %1").arg(layout.certificates.caCertificate),
        QStringLiteral("ssl_options.certfile = %1").arg(layout.certificates.serverCertificate),
        QStringLiteral("ssl_options.keyfile = %1").arg(layout.certificates.serverKey),
        QStringLiteral("ssl_options.verify = verify_none"),
        QStringLiteral("ssl_options.fail_if_no_peer_cert = false"),
        QStringLiteral("distribution.listener.interface = 127.0.0.1"),
        QStringLiteral("distribution.listener.port_range.min = %1").arg(layout.distPort),
        QStringLiteral("distribution.listener.port_range.max = %1").arg(layout.distPort),
        QStringLiteral("auth_mechanisms.1 = PLAIN"),
        // Users, permissions and queues come from here; no guest account is created.
        QStringLiteral("load_definitions = %1").arg(layout.definitionsFile),
        QStringLiteral("log.file.level = %1").arg(options.logLevel),
        QStringLiteral("log.console = false"),
        // Test brokers run on small, shared disks and memory: never block publishers for that.
        QStringLiteral("disk_free_limit.absolute = 1MB"),
        QStringLiteral("vm_memory_high_watermark.relative = 0.9"),
    };
    if (options.anonymous) {
        lines << QStringLiteral("auth_mechanisms.2 = ANONYMOUS")
              << QStringLiteral("anonymous_login_user = %1").arg(RabbitMqServer::anonymousUser())
              << QStringLiteral("anonymous_login_pass = %1").arg(anonymousPassword);
    } else {
        lines << QStringLiteral("anonymous_login_user = none");
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray rabbitmqDefinitions(const RabbitMqOptions &options, const QString &anonymousPassword)
{
    QList<TestAccount> users = options.users;
    if (options.anonymous)
        users << TestAccount{RabbitMqServer::anonymousUser(), anonymousPassword, {}};
    QJsonArray userArray;
    QJsonArray permissions;
    for (const TestAccount &user : std::as_const(users)) {
        // A clear-text "password" is hashed by the import (rabbit_definitions).
        userArray << QJsonObject{{QStringLiteral("name"), user.user},
                                 {QStringLiteral("password"), user.password},
                                 {QStringLiteral("tags"), QJsonArray{}}};
        permissions << QJsonObject{{QStringLiteral("user"), user.user},
                                   {QStringLiteral("vhost"), options.vhost},
                                   {QStringLiteral("configure"), QStringLiteral(".*")},
                                   {QStringLiteral("write"), QStringLiteral(".*")},
                                   {QStringLiteral("read"), QStringLiteral(".*")}};
    }
    QJsonArray queues;
    for (const QString &queue : options.queues)
        queues << queueObject(options.vhost, queue, options.queueType);
    const QJsonObject root{{QStringLiteral("users"), userArray},
                           {QStringLiteral("vhosts"), QJsonArray{QJsonObject{{QStringLiteral("name"), options.vhost}}}},
                           {QStringLiteral("permissions"), permissions},
                           {QStringLiteral("queues"), queues}};
    return QJsonDocument(root).toJson();
}

QByteArray rabbitmqInetrc()
{
    // Erlang's own resolver does not know "localhost" in every root; the node name needs it.
    return "{host,{127,0,0,1},[\"localhost\"]}.\n{lookup,[file,native]}.\n";
}

QByteArray queueDefinitions(const QString &vhost, const QString &queue, RabbitMqOptions::QueueType type)
{
    const QJsonObject root{{QStringLiteral("queues"), QJsonArray{queueObject(vhost, queue, type)}}};
    return QJsonDocument(root).toJson();
}

QProcessEnvironment rabbitmqEnvironment(const RabbitMqLayout &layout, const QString &nodeName, quint16 epmdPort)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto set = [&env](const char *name, const QString &value) { env.insert(QLatin1String(name), value); };
    set("HOME", layout.dir);  // .erlang.cookie of this node only
    set("ERL_EPMD_PORT", QString::number(epmdPort));
    set("ERL_EPMD_ADDRESS", QStringLiteral("127.0.0.1"));
    set("ERL_INETRC", layout.inetrcFile);
    set("RABBITMQ_CONF_ENV_FILE", QStringLiteral("/dev/null"));  // not /etc/rabbitmq/rabbitmq-env.conf
    set("RABBITMQ_NODENAME", nodeName);
    set("RABBITMQ_CONFIG_FILE", layout.configFile);
    set("RABBITMQ_ADVANCED_CONFIG_FILE", layout.dir + QStringLiteral("/advanced.config"));  // absent
    set("RABBITMQ_MNESIA_BASE", layout.dataDir);
    set("RABBITMQ_LOG_BASE", layout.logDir);
    set("RABBITMQ_ENABLED_PLUGINS_FILE", layout.pluginsFile);
    set("RABBITMQ_PLUGINS_EXPAND_DIR", layout.dir + QStringLiteral("/plugins-expand"));
    set("RABBITMQ_DIST_PORT", QString::number(layout.distPort));
    set("ERL_CRASH_DUMP_BYTES", QStringLiteral("0"));
    // Makes the script exec the VM (no shell in between that a SIGKILL would orphan it
    // from) and lets RabbitMQ send READY=1 to NOTIFY_SOCKET. (Its default VM flags already
    // make idle schedulers sleep: +sbwt none.)
    set("RUNNING_UNDER_SYSTEMD", QStringLiteral("1"));
    return env;
}

}  // namespace linnet::test
