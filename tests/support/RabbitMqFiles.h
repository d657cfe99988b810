// The files a test RabbitMQ runs from (rabbitmq.conf, the definitions loaded at boot, the
// enabled-plugins file) and the programs. Internal to linnet_testsupport; tests use
// RabbitMqServer.
#pragma once

#include "RabbitMqServer.h"
#include "TestCertificates.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace linnet::test {

// Where one node's files live; everything sits inside its temporary directory.
struct RabbitMqLayout {
    QString dir;               // also the node's HOME: its .erlang.cookie is there
    QString configFile;        // rabbitmq.conf
    QString definitionsFile;   // users, permissions, queues (load_definitions)
    QString pluginsFile;       // enabled_plugins: none
    QString inetrcFile;        // Erlang's resolver: "localhost" (the node's host) is 127.0.0.1
    QString dataDir;           // RABBITMQ_MNESIA_BASE
    QString logDir;
    QString outputFile;        // the VM's own stdout/stderr
    QString epmdOutputFile;
    QString certDir;
    QString notifySocket;
    CertificateFiles certificates;
    quint16 amqpsPort = 0;
    quint16 distPort = 0;      // Erlang distribution, 127.0.0.1 only

    explicit RabbitMqLayout(const QString &root = {});
    QString logFile(const QString &nodeName) const;
};

// Debian's scripts (not the /usr/sbin wrappers, which switch to the rabbitmq user); empty
// when RabbitMQ is not installed.
QString rabbitmqServerProgram();
QString rabbitmqctlProgram();

QString rabbitmqConfig(const RabbitMqOptions &options, const RabbitMqLayout &layout,
                       const QString &anonymousPassword);
// A definitions document (rabbitmqctl import_definitions / load_definitions).
QByteArray rabbitmqDefinitions(const RabbitMqOptions &options, const QString &anonymousPassword);
QByteArray rabbitmqInetrc();
QByteArray queueDefinitions(const QString &vhost, const QString &queue, RabbitMqOptions::QueueType type);

// The environment the server and its CLI tools share: this node's config, data, cookie
// (through HOME), epmd and nothing from /etc/rabbitmq.
QProcessEnvironment rabbitmqEnvironment(const RabbitMqLayout &layout, const QString &nodeName, quint16 epmdPort);

}  // namespace linnet::test
