// bench-linnet-subscriber: Linnet's own receive path as a PubSub subscriber, for the bench.
// Logs in with Linnet's Account (ConnectionSettings with the fixture's CA, TLS required) and
// subscribes through LinnetReceiver (the Account's DeviceController; items timed at ReadingStore).
// --transport websocket|bosh --endpoint URL: the session goes over XMPP over WebSocket or BOSH
// instead of TCP; "ready" names the transport the bridge opened, so the driver can check it.
// Protocol: see SubscriberHarness.h.
#include "BenchLogging.h"
#include "LinnetReceiver.h"
#include "SubscriberHarness.h"
#include "account/Account.h"
#include "account/AccountConfig.h"
#include "account/ConnectionController.h"
#include "account/Session.h"
#include "net/NetworkThread.h"
#include "net/StreamBridge.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench-linnet-subscriber"));
    SubscriberHarness harness;
    if (!harness.parse(app, QStringLiteral("Linnet's receive path as a PubSub subscriber (benchmark).")))
        return 2;
    const SubscriberOptions &o = harness.options();

    AccountConfig config;
    config.jid = o.jid;
    config.host = o.host;
    config.port = o.port;
    config.caCertificatesFile = o.caFile;
    config.sessions = {{QStringLiteral("linnet-bench"), true}};
    NetworkThread network;  // outlives the account
    Account account(config, &network);
    auto *connection = account.sessions().constFirst()->connection();
    LinnetReceiver receiver(&account, harness.stats());
    qCInfo(lcBench).noquote() << "measuring:" << receiver.mode();

    bool subscribing = false;
    QObject::connect(connection, &ConnectionController::loggedIn, &app, [&] {
        if (subscribing)
            return;  // a reconnect: the subscription is still there
        subscribing = true;
        receiver.subscribe(o.service, o.node);
    });
    QString transport;  // how the bridge reached the server (its own thread reports it)
    QObject::connect(connection->bridge(), &StreamBridge::transportOpened, &app,
                     [&](quint64, Transport used, const QString &where) { transport = AccountTransport::describe(used, where); });
    QObject::connect(&receiver, &LinnetReceiver::subscribed, &app, [&] {
        harness.ready({{QStringLiteral("mode"), receiver.mode()}, {QStringLiteral("transport"), transport}});
    });
    QObject::connect(&receiver, &LinnetReceiver::failed, &app, [&](const QString &error) {
        harness.fail(QStringLiteral("subscribing to %1 failed: %2").arg(o.node, error));
    });
    // Any error or drop ends the run: a reconnect would silently lose the backlog being measured.
    QObject::connect(connection, &ConnectionController::errorChanged, &app, [&] {
        if (connection->error() != ConnectionError::Kind::None)
            harness.fail(QStringLiteral("connection error: %1").arg(connection->errorMessage()));
    });
    QObject::connect(connection, &ConnectionController::stateChanged, &app, [&] {
        if (subscribing && connection->state() != ConnectionController::State::Connected)
            harness.fail(QStringLiteral("connection lost"));
    });

    // The session gets the transport straight away: the settings an AccountConfig makes carry
    // host and port only.
    ConnectionSettings settings = config.connectionSettings(config.sessions.constFirst().resource);
    if (o.transport != u"tcp") {
        settings.transport = o.transport == u"websocket" ? Transport::WebSocket : Transport::Bosh;
        settings.endpoint = QUrl(o.endpoint);
        settings.host.clear();  // nothing to fall back to: a row over HTTP must not measure TCP
        settings.port = 0;
    }
    harness.whenPasswordKnown([&](const QString &password) {
        account.setPassword(password);
        if (settings.transport == Transport::Automatic)
            account.connectAll();
        else
            account.sessions().constFirst()->open(settings, password);
    });
    return QCoreApplication::exec();
}
