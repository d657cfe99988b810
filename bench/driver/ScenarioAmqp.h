// The AMQP scenario's shared parts (issue 13): one RabbitMQ for both rows, and how the driver
// starts the Proton anchor programs (bench-amqp-proton) and Linnet's (bench-amqp-linnet).
#pragma once

#include "Bench.h"

class RabbitMqServer;

namespace bench {

// Linnet's default credit window (AmqpSettings::creditWindow), the anchor's too.
constexpr int CreditWindow = 5000;

struct AmqpFixture {
    Bench &bench;
    RabbitMqServer &broker;

    // bench-amqp-proton MODE with the login (Proton checks DNS names: linnet.test, not 127.0.0.1).
    std::unique_ptr<Child> startProton(const QString &name, const QStringList &args) const;
    // bench-amqp-linnet on these queues, its history under the run's log directory.
    std::unique_ptr<Child> startLinnet(const QString &name, const QStringList &queues, const QStringList &args) const;
};

// Waits for a line of this type (or an error line, or the exit); empty with *error set if none.
QJsonObject awaitLine(Child &child, const QString &type, int timeoutMs, QString *error);

void runAmqpConsume(const AmqpFixture &f);  // ScenarioAmqp.cpp
void runAmqpStall(const AmqpFixture &f);    // ScenarioAmqpStall.cpp

}  // namespace bench
