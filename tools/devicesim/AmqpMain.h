// The AMQP mode of linnet-devicesim (--amqp URL): devices on a RabbitMQ broker instead of
// XMPP accounts (AmqpFleet.h), with its own command line next to the publisher's and the
// fleet's.
#pragma once

#include <QCoreApplication>
#include <QStringList>

bool isAmqpCommandLine(const QStringList &arguments);
int runAmqp(QCoreApplication &app);
