// bench-linnet-subscriber: Linnet's own receive path as a PubSub subscriber, for the bench.
// Logs in with Linnet's Account (ConnectionSettings with the fixture's CA, TLS required) and
// subscribes through LinnetReceiver (the Account's DeviceController; items timed at ReadingStore).
// Protocol: see SubscriberHarness.h.
#include "BenchLogging.h"
#include "LinnetReceiver.h"
#include "SubscriberHarness.h"
#include "account/Account.h"
#include "account/ConnectionController.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench-linnet-subscriber"));
    SubscriberHarness harness;
    if (!harness.parse(app, QStringLiteral("Linnet's receive path as a PubSub subscriber (benchmark).")))
        return 2;
    const SubscriberOptions &o = harness.options();

    ConnectionSettings settings;
    settings.jid = o.jid;
    settings.resource = QStringLiteral("linnet-bench");
    settings.host = o.host;
    settings.port = o.port;
    settings.caCertificatesFile = o.caFile;
    Account account(settings);
    LinnetReceiver receiver(&account, harness.stats());
    qCInfo(lcBench).noquote() << "measuring:" << receiver.mode();

    bool subscribing = false;
    QObject::connect(account.connection(), &ConnectionController::loggedIn, &app, [&] {
        if (subscribing)
            return;  // a reconnect: the subscription is still there
        subscribing = true;
        receiver.subscribe(o.service, o.node);
    });
    QObject::connect(&receiver, &LinnetReceiver::subscribed, &app, [&] {
        harness.ready({{QStringLiteral("mode"), receiver.mode()}});
    });
    QObject::connect(&receiver, &LinnetReceiver::failed, &app, [&](const QString &error) {
        harness.fail(QStringLiteral("subscribing to %1 failed: %2").arg(o.node, error));
    });
    // Any error or drop ends the run: a reconnect would silently lose the backlog being measured.
    QObject::connect(account.connection(), &ConnectionController::errorChanged, &app, [&] {
        if (account.connection()->error() != ConnectionError::Kind::None)
            harness.fail(QStringLiteral("connection error: %1").arg(account.connection()->errorMessage()));
    });
    QObject::connect(account.connection(), &ConnectionController::stateChanged, &app, [&] {
        if (subscribing && account.connection()->state() != ConnectionController::State::Connected)
            harness.fail(QStringLiteral("connection lost"));
    });

    harness.whenPasswordKnown([&](const QString &password) { account.login(password); });
    return QCoreApplication::exec();
}
