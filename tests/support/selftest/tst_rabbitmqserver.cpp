// The RabbitMQ fixture's own tests: a tiny Proton C++ client logs in over TLS, sends and
// receives on declared queues, is refused with a wrong password, and a durable queue keeps its
// messages across SIGKILL + restart. Queue management (declare, delete, depth, closing
// connections) goes through the fixture's rabbitmqctl calls.
#include "RabbitMqServer.h"

#include <QTest>

#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/container.hpp>
#include <proton/delivery.hpp>
#include <proton/error_condition.hpp>
#include <proton/message.hpp>
#include <proton/message_id.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/receiver.hpp>
#include <proton/receiver_options.hpp>
#include <proton/sender.hpp>
#include <proton/ssl.hpp>
#include <proton/tracker.hpp>
#include <proton/transport.hpp>
#include <proton/work_queue.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <string>

namespace {

// One connection that sends `send` to an address, then reads `receive` messages from it, then
// closes; or ends with the first error. Runs a proton::container on the calling thread.
class TinyClient : public proton::messaging_handler
{
public:
    struct Result {
        bool opened = false;
        int accepted = 0;
        QStringList received;
        QString error;  // condition name and description of the first error, or "timeout"
    };

    std::string url;
    std::string address;
    std::string user;
    std::string password;
    std::string mechanisms = "PLAIN";
    std::string caFile;
    QStringList send;
    int receive = 0;
    int timeoutMs = 30000;
    Result result;
    // Set once the receiver is attached (read by the test's thread while run() goes on).
    std::shared_ptr<std::atomic<bool>> receiving = std::make_shared<std::atomic<bool>>(false);

    Result run()
    {
        // On a thread of its own so that a hang ends here, not in ctest's timeout. (A timer
        // scheduled on the container would keep run() from returning until it fires.)
        proton::container container(*this);
        auto done = std::async(std::launch::async, [&container] { container.run(); });
        if (done.wait_for(std::chrono::milliseconds(timeoutMs)) == std::future_status::timeout) {
            container.stop();  // thread-safe
            done.wait();
            if (result.error.isEmpty())
                result.error = QStringLiteral("timeout after %1 sent, %2 accepted, %3 received")
                                   .arg(m_sent).arg(result.accepted).arg(result.received.size());
        }
        return result;
    }

private:
    void on_container_start(proton::container &c) override
    {
        m_container = &c;
        proton::connection_options options;
        options.ssl_client_options(proton::ssl_client_options(caFile, proton::ssl::VERIFY_PEER_NAME))
            .sasl_enabled(true)
            .sasl_allowed_mechs(mechanisms);
        if (!user.empty())
            options.user(user).password(password);
        m_connection = c.connect(url, options);
    }

    void on_connection_open(proton::connection &c) override
    {
        result.opened = true;
        if (!send.isEmpty())
            c.open_sender(address);
        else
            openReceiver(c);
    }

    void openReceiver(proton::connection c)
    {
        if (receive > 0)
            c.open_receiver(address, proton::receiver_options().credit_window(receive));
        else
            finish();
    }

    void on_receiver_open(proton::receiver &) override { *receiving = true; }

    void on_sendable(proton::sender &s) override
    {
        while (m_sent < send.size() && s.credit() > 0) {
            proton::message message(send.at(m_sent++).toStdString());
            message.id(proton::message_id(std::to_string(m_sent)));
            s.send(message);
        }
    }

    void on_tracker_accept(proton::tracker &t) override
    {
        if (++result.accepted == send.size()) {
            t.sender().close();
            openReceiver(t.connection());
        }
    }

    void on_tracker_reject(proton::tracker &) override { fail(QStringLiteral("message rejected")); }

    void on_message(proton::delivery &, proton::message &m) override
    {
        result.received << QString::fromStdString(proton::get<std::string>(m.body()));
        if (result.received.size() == receive)
            finish();
    }

    void on_transport_close(proton::transport &) override
    {
        m_done = true;
        m_container->stop();
    }

    void on_error(const proton::error_condition &e) override
    {
        // A broker that drops TCP right after our close is not an error of the exchange.
        if (!m_done)
            fail(QString::fromStdString(e.name() + ": " + e.description()));
    }
    void on_transport_error(proton::transport &t) override { on_error(t.error()); }
    void on_connection_error(proton::connection &c) override { on_error(c.error()); }
    void on_receiver_error(proton::receiver &r) override { on_error(r.error()); }
    void on_sender_error(proton::sender &s) override { on_error(s.error()); }

    void fail(const QString &text)
    {
        if (result.error.isEmpty())
            result.error = text;
        finish();
    }

    void finish()
    {
        // Closing politely ends the run once the broker answers (on_transport_close).
        m_done = true;
        if (m_connection.active())
            m_connection.close();
    }

    proton::container *m_container = nullptr;
    proton::connection m_connection;
    int m_sent = 0;
    bool m_done = false;
};

const QString kUser = QStringLiteral("device");
const QString kPassword = QStringLiteral("s3cret \"pw\"");

}  // namespace

class TestRabbitMqServer : public QObject
{
    Q_OBJECT

private:
    TinyClient client(const QString &queue, const QString &password = kPassword) const
    {
        TinyClient c;
        // Proton's TLS checks DNS names only; the certificate also names linnet.test, which
        // resolves to 127.0.0.1 inside ./dev.
        c.url = QStringLiteral("amqps://linnet.test:%1").arg(m_broker->port()).toStdString();
        c.address = RabbitMqServer::queueAddress(queue).toStdString();
        c.user = kUser.toStdString();
        c.password = password.toStdString();
        c.caFile = m_broker->caCertificateFile().toStdString();
        return c;
    }

    std::unique_ptr<RabbitMqServer> m_broker;

private Q_SLOTS:
    void initTestCase()
    {
        m_broker = std::make_unique<RabbitMqServer>(RabbitMqOptions{
            .users = {{kUser, kPassword, {}}},
            .anonymous = true,
            .queues = {QStringLiteral("sensors"), QStringLiteral("press-1.commands")},
        });
        QString error;
        QVERIFY2(m_broker->start(&error), qPrintable(error));
        QCOMPARE(m_broker->url().scheme(), QStringLiteral("amqps"));
        QVERIFY(QFile::exists(m_broker->caCertificateFile()));
    }

    void sendAndReceiveOverTls()
    {
        TinyClient c = client(QStringLiteral("sensors"));
        c.send = {QStringLiteral("21.5"), QStringLiteral("22.0")};
        c.receive = 2;
        const auto result = c.run();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error + QLatin1Char('\n') + m_broker->logTail()));
        QCOMPARE(result.accepted, 2);
        QCOMPARE(result.received, c.send);
        QCOMPARE(m_broker->queueDepth(QStringLiteral("sensors")), std::optional<qint64>(0));
    }

    void wrongPasswordIsRefused()
    {
        TinyClient c = client(QStringLiteral("sensors"), QStringLiteral("wrong"));
        c.send = {QStringLiteral("x")};
        const auto result = c.run();
        QVERIFY(!result.opened);
        QVERIFY2(result.error.contains(QLatin1String("unauthorized-access")), qPrintable(result.error));
    }

    void untrustedCaIsRefused()
    {
        TinyClient c = client(QStringLiteral("sensors"));
        c.caFile = "/etc/ssl/certs/ca-certificates.crt";  // the system CAs did not sign the broker
        c.send = {QStringLiteral("x")};
        const auto result = c.run();
        QVERIFY(!result.opened);
        QVERIFY2(!result.error.isEmpty() && result.error != QLatin1String("timeout"), qPrintable(result.error));
    }

    void anonymousLogin()
    {
        TinyClient c = client(QStringLiteral("press-1.commands"));
        c.user.clear();
        c.mechanisms = "ANONYMOUS";
        c.send = {QStringLiteral("relay")};
        c.receive = 1;
        const auto result = c.run();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error + QLatin1Char('\n') + m_broker->logTail()));
        QCOMPARE(result.received, c.send);
    }

    void declareDepthDelete()
    {
        const QString queue = QStringLiteral("kiln-2.commands");
        QCOMPARE(m_broker->queueDepth(queue), std::nullopt);
        QString error;
        QVERIFY2(m_broker->declareQueue(queue, &error), qPrintable(error));
        TinyClient c = client(queue);
        c.send = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const auto result = c.run();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->queueDepth(queue), std::optional<qint64>(3), 30000);
        QVERIFY2(m_broker->deleteQueue(queue, &error), qPrintable(error));
        QCOMPARE(m_broker->queueDepth(queue), std::nullopt);
        // Gone for clients too: attaching to it is refused.
        TinyClient after = client(queue);
        after.receive = 1;
        QVERIFY(after.run().error.contains(QLatin1String("not-found")));
    }

    void closeConnectionsEndsClients()
    {
        TinyClient c = client(QStringLiteral("press-1.commands"));
        c.receive = 1;  // nothing comes: it waits until the broker closes it
        auto result = std::async(std::launch::async, [&c] { return c.run(); });
        QTRY_VERIFY_WITH_TIMEOUT(c.receiving->load(), 30000);
        QString error;
        QVERIFY2(m_broker->closeConnections(QStringLiteral("maintenance test"), &error), qPrintable(error));
        const QString text = result.get().error;
        // RabbitMQ 4.0 says amqp:internal-error, "Connection forced: <<\"REASON\">>".
        QVERIFY2(text.contains(QLatin1String("Connection forced")) && text.contains(QLatin1String("maintenance test")),
                 qPrintable(text));
    }

    void killAndRestartKeepsDurableQueue()
    {
        // Not marked durable by the sender: a quorum queue keeps it anyway.
        TinyClient c = client(QStringLiteral("sensors"));
        c.send = {QStringLiteral("before-kill-1"), QStringLiteral("before-kill-2")};
        QVERIFY(c.run().error.isEmpty());
        const quint16 port = m_broker->port();
        QVERIFY(m_broker->kill());
        QVERIFY(!m_broker->isRunning());
        QString error;
        QVERIFY2(m_broker->restart(&error), qPrintable(error));
        QCOMPARE(m_broker->port(), port);
        TinyClient after = client(QStringLiteral("sensors"));
        after.receive = 2;
        const auto result = after.run();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error + QLatin1Char('\n') + m_broker->logTail()));
        QCOMPARE(result.received, c.send);
    }

    void stopLeavesNothingRunning()
    {
        m_broker->stop();
        QVERIFY(!m_broker->isRunning());
        TinyClient c = client(QStringLiteral("sensors"));
        c.receive = 1;
        c.timeoutMs = 10000;
        QVERIFY(!c.run().opened);
    }
};

QTEST_GUILESS_MAIN(TestRabbitMqServer)
#include "tst_rabbitmqserver.moc"
