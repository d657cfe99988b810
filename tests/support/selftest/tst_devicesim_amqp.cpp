// linnet-devicesim --amqp as a process against a real RabbitMQ (tests/support/RabbitMqServer):
// its readings arrive on the queue with the protocol's properties and a SenML JSON body, its
// devices answer commands on their queues (and the relay shows in later readings), a wrong
// password or an untrusted certificate ends it with a clear error, and it comes back after the
// broker was killed and restarted, and --history-seconds sends back-dated readings first. The
// other end is a small Proton client (AmqpProbe.h).
#include "AmqpProbe.h"
#include "FleetProcess.h"
#include "RabbitMqServer.h"
#include "TestCertificates.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <proton/message.hpp>
#include <proton/message_id.hpp>

namespace {

using namespace amqpprobe;

const QString User = QStringLiteral("dev");
const QString Password = QStringLiteral("s3cret-dev");
const QStringList Devices = {QStringLiteral("press-1"), QStringLiteral("kiln-2"), QStringLiteral("chiller-3")};
const QString ReplyQueue = QStringLiteral("replies");
// Proton checks the broker's name against the certificate's DNS names only (not IP
// addresses): connect by a name the certificate has, which the build root resolves to 127.0.0.1.
const QString TlsName = QStringLiteral("linnet.test");

proton::message command(const QString &device, const QString &id, const QString &action, const QString &value)
{
    proton::message m;
    m.to(QStringLiteral("/queues/%1.commands").arg(device).toStdString());
    m.id(proton::message_id(id.toStdString()));
    m.subject(action.toStdString());
    m.properties().put("value", value.toStdString());
    m.reply_to(RabbitMqServer::queueAddress(ReplyQueue).toStdString());
    // RabbitMQ 4.0.5 ends the session (amqp:internal-error, function_clause in mc_amqp) on a
    // message without a body section, so the request carries one (the value again).
    m.body(value.toStdString());
    return m;
}

}  // namespace

class tst_DevicesimAmqp : public QObject
{
    Q_OBJECT

private:
    QString url() const { return QStringLiteral("amqps://%1:%2").arg(TlsName).arg(m_broker->port()); }
    bool startSim(FleetProcess &sim, const QStringList &extra, const QString &password = Password)
    {
        sim.process.start(QStringLiteral(LINNET_DEVICESIM),
                          QStringList{QStringLiteral("--amqp"), url(), QStringLiteral("--amqp-user"), User, QStringLiteral("--amqp-ca"),
                                      m_broker->caCertificateFile(), QStringLiteral("--progress-ms"), QStringLiteral("0")}
                              + extra);
        if (!sim.process.waitForStarted())
            return false;
        sim.process.write((password + QLatin1Char('\n')).toUtf8());  // the password never on the command line
        return true;
    }
    QList<Seen> readingsOf(ProbeClient &probe, const QString &device) const
    {
        QList<Seen> out;
        for (const Seen &s : probe.seen(RabbitMqServer::queueAddress(QStringLiteral("sensors"))))
            if (s.device == device)
                out.append(s);
        return out;
    }

    std::unique_ptr<RabbitMqServer> m_broker;

private Q_SLOTS:
    void initTestCase()
    {
        RabbitMqOptions options;
        options.users = {{User, Password, QString()}};
        options.queues = {QStringLiteral("sensors"), ReplyQueue};
        for (const QString &d : Devices)
            options.queues.append(d + QStringLiteral(".commands"));
        m_broker = std::make_unique<RabbitMqServer>(options);
        QString error;
        QVERIFY2(m_broker->start(&error), qPrintable(error));
    }

    // Readings of every device land on the queue with the protocol's properties and a SenML
    // JSON pack as a data section; every one accepted by the broker, message-ids unique.
    void readingsArrive()
    {
        ProbeClient probe(url(), m_broker->caCertificateFile(), {QStringLiteral("sensors")}, User, Password);
        probe.start();
        QTRY_VERIFY_WITH_TIMEOUT(probe.isReady(), 20000);
        FleetProcess sim;
        QVERIFY(startSim(sim, {QStringLiteral("--rate"), QStringLiteral("10")}));
        QTRY_VERIFY_WITH_TIMEOUT(!sim.last(QStringLiteral("ready")).isEmpty(), 20000);
        QCOMPARE(sim.last(QStringLiteral("ready")).value(u"devices").toArray().size(), 3);
        for (const QString &d : Devices)
            QTRY_VERIFY_WITH_TIMEOUT(readingsOf(probe, d).size() >= 5, 20000);

        QSet<QString> ids;
        const QList<Seen> all = probe.seen(RabbitMqServer::queueAddress(QStringLiteral("sensors")));
        for (const Seen &s : all) {
            QVERIFY2(Devices.contains(s.device), qPrintable(s.device));
            QCOMPARE(s.subject, s.device);
            QCOMPARE(s.contentType, QStringLiteral("application/senml+json"));
            QVERIFY(s.binaryBody);
            QVERIFY(!s.id.isEmpty());
            ids.insert(s.id);
            const QJsonArray pack = QJsonDocument::fromJson(s.body).array();
            QCOMPARE(pack.size(), 6);  // no relay record before a command switched it
            QCOMPARE(pack.at(0)[u"bn"].toString(), s.device + QLatin1Char(':'));
            QVERIFY(pack.at(0)[u"bt"].toDouble() > 1.7e9);
            QCOMPARE(pack.at(0)[u"n"].toString(), QStringLiteral("temperature"));
            QCOMPARE(pack.at(0)[u"u"].toString(), QStringLiteral("Cel"));
            QCOMPARE(pack.at(4)[u"n"].toString(), QStringLiteral("door"));
            QVERIFY(pack.at(4)[u"vb"].isBool());
        }
        QCOMPARE(ids.size(), all.size());

        sim.process.write("stop\n");
        QVERIFY(sim.process.waitForFinished(20000));
        QCOMPARE(sim.process.exitCode(), 0);
        const QJsonObject done = sim.last(QStringLiteral("done"));
        QVERIFY(done.value(u"sent").toDouble() >= 15);
        QCOMPARE(done.value(u"accepted").toDouble(), done.value(u"sent").toDouble());
        QCOMPARE(done.value(u"unconfirmed").toDouble(), 0.0);
    }

    // --history-seconds: back-dated readings every 5 s, oldest first, ahead of the live ones.
    void historyComesFirst()
    {
        ProbeClient probe(url(), m_broker->caCertificateFile(), {QStringLiteral("sensors")}, User, Password);
        probe.start();
        QTRY_VERIFY_WITH_TIMEOUT(probe.isReady(), 20000);
        FleetProcess sim;
        const qint64 startS = QDateTime::currentSecsSinceEpoch();
        QVERIFY(startSim(sim, {QStringLiteral("--device"), QStringLiteral("kiln-2"), QStringLiteral("--rate"),
                               QStringLiteral("0.2"), QStringLiteral("--history-seconds"), QStringLiteral("60")}));
        QTRY_VERIFY_WITH_TIMEOUT(readingsOf(probe, QStringLiteral("kiln-2")).size() >= 13, 20000);
        const QList<Seen> seen = readingsOf(probe, QStringLiteral("kiln-2"));
        const auto timeOf = [](const Seen &s) { return QJsonDocument::fromJson(s.body).array().at(0)[u"bt"].toDouble(); };
        QVERIFY2(timeOf(seen.at(0)) <= double(startS - 55), qPrintable(QString::number(timeOf(seen.at(0)) - double(startS))));
        for (int i = 1; i < 12; ++i)
            QCOMPARE(qRound((timeOf(seen.at(i)) - timeOf(seen.at(i - 1))) * 1000), 5000);
        QVERIFY(timeOf(seen.at(12)) >= double(startS) - 1);  // then live
        sim.process.write("stop\n");
        QVERIFY(sim.process.waitForFinished(20000));
    }

    // Requests on a device's queue get their reply (correlation-id, status, text); the relay
    // shows in the device's later readings, the interval changes its rate, nonsense is refused.
    void commandsGetReplies()
    {
        ProbeClient probe(url(), m_broker->caCertificateFile(), {QStringLiteral("sensors"), ReplyQueue}, User, Password);
        probe.start();
        QTRY_VERIFY_WITH_TIMEOUT(probe.isReady(), 20000);
        FleetProcess sim;
        QVERIFY(startSim(sim, {QStringLiteral("--device"), QStringLiteral("press-1"), QStringLiteral("--device"),
                               QStringLiteral("kiln-2"), QStringLiteral("--device"), QStringLiteral("chiller-3"),
                               QStringLiteral("--rate"), QStringLiteral("0.5")}));
        QTRY_VERIFY_WITH_TIMEOUT(!sim.last(QStringLiteral("ready")).isEmpty(), 20000);

        auto replyTo = [&](const QString &id) {
            for (const Seen &s : probe.seen(RabbitMqServer::queueAddress(ReplyQueue)))
                if (s.correlationId == id)
                    return s;
            return Seen{};
        };
        probe.send(command(QStringLiteral("press-1"), QStringLiteral("req-relay"), QStringLiteral("relay"), QStringLiteral("on")));
        QTRY_VERIFY_WITH_TIMEOUT(!replyTo(QStringLiteral("req-relay")).status.isEmpty(), 20000);
        Seen reply = replyTo(QStringLiteral("req-relay"));
        QCOMPARE(reply.status, QStringLiteral("ok"));
        QCOMPARE(QString::fromUtf8(reply.body), QStringLiteral("Relay on"));
        QVERIFY(!reply.binaryBody);  // an amqp-value string

        // The next readings of press-1 carry the relay, the other devices' do not.
        const qsizetype before = readingsOf(probe, QStringLiteral("press-1")).size();
        QTRY_VERIFY_WITH_TIMEOUT(readingsOf(probe, QStringLiteral("press-1")).size() > before, 20000);
        const QJsonArray pack = QJsonDocument::fromJson(readingsOf(probe, QStringLiteral("press-1")).last().body).array();
        QCOMPARE(pack.size(), 7);
        QCOMPARE(pack.at(6)[u"n"].toString(), QStringLiteral("relay"));
        QCOMPARE(pack.at(6)[u"v"].toDouble(), 1.0);

        // From one reading every 2 s to ten a second: kiln-2 visibly speeds up.
        probe.send(command(QStringLiteral("kiln-2"), QStringLiteral("req-interval"), QStringLiteral("interval"), QStringLiteral("0.1")));
        QTRY_VERIFY_WITH_TIMEOUT(!replyTo(QStringLiteral("req-interval")).status.isEmpty(), 20000);
        reply = replyTo(QStringLiteral("req-interval"));
        QCOMPARE(reply.status, QStringLiteral("ok"));
        QCOMPARE(QString::fromUtf8(reply.body), QStringLiteral("Interval is now 0.1 s"));
        const qsizetype kilnBefore = readingsOf(probe, QStringLiteral("kiln-2")).size();
        QTRY_VERIFY_WITH_TIMEOUT(readingsOf(probe, QStringLiteral("kiln-2")).size() >= kilnBefore + 20, 20000);
        QVERIFY(readingsOf(probe, QStringLiteral("chiller-3")).size() < 20);

        probe.send(command(QStringLiteral("chiller-3"), QStringLiteral("req-bad"), QStringLiteral("relay"), QStringLiteral("maybe")));
        probe.send(command(QStringLiteral("chiller-3"), QStringLiteral("req-unknown"), QStringLiteral("explode"), QString()));
        QTRY_VERIFY_WITH_TIMEOUT(!replyTo(QStringLiteral("req-unknown")).status.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!replyTo(QStringLiteral("req-bad")).status.isEmpty(), 20000);
        QCOMPARE(replyTo(QStringLiteral("req-bad")).status, QStringLiteral("error"));
        QVERIFY(QString::fromUtf8(replyTo(QStringLiteral("req-bad")).body).contains(u"on or off"));
        QCOMPARE(replyTo(QStringLiteral("req-unknown")).status, QStringLiteral("error"));

        sim.process.write("stop\n");
        QVERIFY(sim.process.waitForFinished(20000));
        QCOMPARE(sim.process.exitCode(), 0);
        QCOMPARE(sim.last(QStringLiteral("done")).value(u"commands").toDouble(), 4.0);
        QCOMPARE(sim.last(QStringLiteral("done")).value(u"command_errors").toDouble(), 2.0);
    }

    // What a user gets wrong ends the tool at once with the reason, and no password in it.
    void refusedLogins()
    {
        FleetProcess wrongPassword;
        QVERIFY(startSim(wrongPassword, {}, QStringLiteral("not-the-password")));
        QVERIFY(wrongPassword.process.waitForFinished(30000));
        QCOMPARE(wrongPassword.process.exitCode(), 1);
        const QString error = wrongPassword.last(QStringLiteral("error")).value(u"error").toString();
        QVERIFY2(error.contains(u"unauthorized") || error.contains(u"uthentication"), qPrintable(error));
        QVERIFY(!error.contains(u"not-the-password"));
        QVERIFY(!wrongPassword.stderrText().contains(u"not-the-password"));

        QTemporaryDir dir;
        linnet::test::CertificateFiles other;
        QString certError;
        QVERIFY2(linnet::test::makeCertificates(dir.path(), {TlsName}, {}, &other, &certError), qPrintable(certError));
        FleetProcess untrusted;
        untrusted.process.start(QStringLiteral(LINNET_DEVICESIM),
                                {QStringLiteral("--amqp"), url(), QStringLiteral("--amqp-user"), User, QStringLiteral("--amqp-password"),
                                 Password, QStringLiteral("--amqp-ca"), other.caCertificate});
        QVERIFY(untrusted.process.waitForFinished(30000));
        QCOMPARE(untrusted.process.exitCode(), 1);
        const QString tlsError = untrusted.last(QStringLiteral("error")).value(u"error").toString();
        QVERIFY2(tlsError.contains(u"certificate verify failed"), qPrintable(tlsError));

        FleetProcess plain;  // never a password without TLS
        plain.process.start(QStringLiteral(LINNET_DEVICESIM), {QStringLiteral("--amqp"), QStringLiteral("amqp://127.0.0.1:5672")});
        QVERIFY(plain.process.waitForFinished(10000));
        QCOMPARE(plain.process.exitCode(), 2);
    }

    // The broker killed and started again: the devices say so, come back on their own and
    // publish again; nothing they count as accepted is missing from the queue.
    void brokerRestart()
    {
        FleetProcess sim;
        QVERIFY(startSim(sim, {QStringLiteral("--device"), QStringLiteral("press-1"), QStringLiteral("--rate"), QStringLiteral("5"),
                               QStringLiteral("--progress-ms"), QStringLiteral("200")}));
        QTRY_VERIFY_WITH_TIMEOUT(!sim.last(QStringLiteral("ready")).isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(sim.last(QStringLiteral("progress")).value(u"accepted").toDouble() >= 3, 20000);
        QVERIFY(m_broker->kill());
        QTRY_VERIFY_WITH_TIMEOUT(!sim.last(QStringLiteral("connection")).isEmpty(), 20000);
        QCOMPARE(sim.last(QStringLiteral("connection")).value(u"state").toString(), QStringLiteral("lost"));
        QString error;
        QVERIFY2(m_broker->start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sim.last(QStringLiteral("connection")).value(u"state").toString(), QStringLiteral("open"), 40000);
        const double acceptedBefore = sim.last(QStringLiteral("progress")).value(u"accepted").toDouble();
        QTRY_VERIFY_WITH_TIMEOUT(sim.last(QStringLiteral("progress")).value(u"accepted").toDouble() >= acceptedBefore + 3, 20000);
        sim.process.write("stop\n");
        QVERIFY(sim.process.waitForFinished(20000));
        QCOMPARE(sim.process.exitCode(), 0);
        QVERIFY(sim.last(QStringLiteral("done")).value(u"reconnects").toDouble() >= 1);
    }
};

QTEST_GUILESS_MAIN(tst_DevicesimAmqp)
#include "tst_devicesim_amqp.moc"
