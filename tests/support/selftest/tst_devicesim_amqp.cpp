// linnet-devicesim --amqp as a process against a real RabbitMQ (tests/support/RabbitMqServer):
// its readings arrive on the queue with the protocol's properties and a SenML JSON body, its
// devices answer commands on their queues (and the relay shows in later readings), a wrong
// password or an untrusted certificate ends it with a clear error, and it comes back after the
// broker was killed and restarted. The other end is a small Proton client in this file.
#include "FleetProcess.h"
#include "RabbitMqServer.h"
#include "TestCertificates.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/container.hpp>
#include <proton/delivery.hpp>
#include <proton/message.hpp>
#include <proton/message_id.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/receiver.hpp>
#include <proton/receiver_options.hpp>
#include <proton/scalar.hpp>
#include <proton/sender.hpp>
#include <proton/sender_options.hpp>
#include <proton/source.hpp>
#include <proton/ssl.hpp>
#include <proton/target_options.hpp>
#include <proton/work_queue.hpp>

#include <atomic>
#include <deque>
#include <mutex>
#include <thread>

namespace {

const QString User = QStringLiteral("dev");
const QString Password = QStringLiteral("s3cret-dev");
const QStringList Devices = {QStringLiteral("press-1"), QStringLiteral("kiln-2"), QStringLiteral("chiller-3")};
const QString ReplyQueue = QStringLiteral("replies");
// Proton checks the broker's name against the certificate's DNS names only (not IP
// addresses): connect by a name the certificate has, which the build root resolves to 127.0.0.1.
const QString TlsName = QStringLiteral("linnet.test");

// A message as the test saw it (copied out of Proton's thread).
struct Seen {
    QString address;
    QString id;
    QString correlationId;
    QString subject;
    QString contentType;
    QString device;
    QString status;
    QByteArray body;
    bool binaryBody = false;
};

template<class Scalar>  // proton::scalar or proton::message_id
QString scalarText(const Scalar &s)
{
    if (s.empty())
        return {};
    return s.type() == proton::STRING ? QString::fromStdString(proton::get<std::string>(s)) : QString::fromStdString(proton::to_string(s));
}

// Receives from some queues and sends anything anywhere (anonymous sender, "to" per message),
// on its own Proton thread. Thread-safe: send(), seen(), isReady().
class ProbeClient : public proton::messaging_handler
{
public:
    ProbeClient(const QString &url, const QString &caFile, QStringList queues)
        : m_url(url.toStdString())
        , m_ca(caFile.toStdString())
        , m_queues(std::move(queues))
    {
    }
    ~ProbeClient() override
    {
        if (m_connection)
            m_connection->work_queue().add([this] { m_connection->close(); });
        if (m_thread.joinable())
            m_thread.join();
    }
    void start()
    {
        m_thread = std::thread([this] {
            try {
                m_container.run();
            } catch (const std::exception &e) {
                qWarning() << "probe:" << e.what();
            }
        });
    }
    bool isReady() const { return m_ready; }
    void send(proton::message m)
    {
        m_connection->work_queue().add([this, m] {
            m_pending.push_back(m);
            flush();
        });
    }
    QList<Seen> seen(const QString &address) const
    {
        std::lock_guard lock(m_mutex);
        QList<Seen> out;
        for (const Seen &s : m_seen)
            if (s.address == address)
                out.append(s);
        return out;
    }

private:
    void on_container_start(proton::container &c) override
    {
        proton::connection_options co;
        co.user(User.toStdString()).password(Password.toStdString()).sasl_allowed_mechs("PLAIN");
        co.ssl_client_options(proton::ssl_client_options(m_ca, proton::ssl::VERIFY_PEER_NAME));
        c.connect(m_url, co);
    }
    void on_connection_open(proton::connection &c) override
    {
        m_connection = std::make_unique<proton::connection>(c);
        for (const QString &q : std::as_const(m_queues))
            c.open_receiver(RabbitMqServer::queueAddress(q).toStdString(), proton::receiver_options().credit_window(500));
        proton::target_options anonymous;
        anonymous.anonymous(true);
        m_sender = c.open_sender(std::string(), proton::sender_options().target(anonymous));
    }
    void on_receiver_open(proton::receiver &) override
    {
        ++m_openReceivers;
        m_ready = m_openReceivers == m_queues.size() && m_senderOpen;
    }
    void on_sender_open(proton::sender &) override
    {
        m_senderOpen = true;
        m_ready = m_openReceivers == m_queues.size() && m_senderOpen;
    }
    void on_sendable(proton::sender &) override { flush(); }
    void on_message(proton::delivery &d, proton::message &m) override
    {
        Seen s;
        s.address = QString::fromStdString(d.receiver().source().address());
        s.id = scalarText(m.id());
        s.correlationId = scalarText(m.correlation_id());
        s.subject = QString::fromStdString(m.subject());
        s.contentType = QString::fromStdString(m.content_type());
        if (m.properties().exists("device"))
            s.device = scalarText(m.properties().get("device"));
        if (m.properties().exists("status"))
            s.status = scalarText(m.properties().get("status"));
        s.binaryBody = m.body().type() == proton::BINARY;
        if (s.binaryBody) {
            const auto b = proton::get<proton::binary>(m.body());
            s.body = QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
        } else if (m.body().type() == proton::STRING) {
            s.body = QByteArray::fromStdString(proton::get<std::string>(m.body()));
        }
        std::lock_guard lock(m_mutex);
        m_seen.append(s);
    }
    void on_error(const proton::error_condition &e) override { qWarning() << "probe:" << e.what().c_str(); }
    void flush()
    {
        while (!m_pending.empty() && m_sender.active() && m_sender.credit() > 0) {
            m_sender.send(m_pending.front());
            m_pending.pop_front();
        }
    }

    std::string m_url;
    std::string m_ca;
    QStringList m_queues;
    proton::container m_container{*this};
    std::thread m_thread;
    std::unique_ptr<proton::connection> m_connection;
    proton::sender m_sender;
    std::deque<proton::message> m_pending;
    int m_openReceivers = 0;
    bool m_senderOpen = false;
    std::atomic<bool> m_ready{false};
    mutable std::mutex m_mutex;
    QList<Seen> m_seen;
};

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
        ProbeClient probe(url(), m_broker->caCertificateFile(), {QStringLiteral("sensors")});
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

    // Requests on a device's queue get their reply (correlation-id, status, text); the relay
    // shows in the device's later readings, the interval changes its rate, nonsense is refused.
    void commandsGetReplies()
    {
        ProbeClient probe(url(), m_broker->caCertificateFile(), {QStringLiteral("sensors"), ReplyQueue});
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
