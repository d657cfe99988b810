// bench-qxmpp-subscriber: the anchor. The minimal QXmpp 1.10 subscriber of issue 3: a
// QXmppClient, QXmppPubSubManager and one extension implementing QXmppPubSubEventHandler that
// counts items (PubSubCounter). Nothing of Linnet: it shows what QXmpp alone achieves in the
// same run, on the same server, with the same publisher. Protocol: see SubscriberHarness.h.
#include "BenchLogging.h"
#include "PubSubCounter.h"
#include "SubscriberHarness.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QXmppClient.h>
#include <QXmppLogger.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench-qxmpp-subscriber"));
    SubscriberHarness harness;
    if (!harness.parse(app, QStringLiteral("A minimal QXmpp PubSub subscriber that counts items (benchmark anchor).")))
        return 2;
    const SubscriberOptions &o = harness.options();

    QXmppClient client(QXmppClient::NoExtensions);
    auto *pubsub = client.addNewExtension<QXmppPubSubManager>();
    client.addNewExtension<PubSubCounter>(o.node, harness.stats());

    // For a look at the stanzas (e.g. to refresh the replay's template): to stderr, never in a run.
    if (qEnvironmentVariableIsSet("LINNET_BENCH_XMPP_LOG")) {
        auto *logger = new QXmppLogger(&client);
        logger->setLoggingType(QXmppLogger::SignalLogging);
        logger->setMessageTypes(QXmppLogger::ReceivedMessage);
        QObject::connect(logger, &QXmppLogger::message, &app, [](QXmppLogger::MessageType, const QString &text) {
            qCInfo(lcBench).noquote() << text;
        });
        client.setLogger(logger);
    }

    bool subscribed = false;
    QObject::connect(&client, &QXmppClient::connected, &app, [&] {
        if (subscribed)
            return;
        pubsub->subscribeToNode(o.service, o.node, QXmppUtils::jidToBareJid(o.jid)).then(&app, [&](QXmppPubSubManager::Result &&r) {
            if (const auto *error = std::get_if<QXmppError>(&r)) {
                harness.fail(QStringLiteral("subscribing to %1 failed: %2").arg(o.node, error->description));
                return;
            }
            subscribed = true;
            harness.ready({{QStringLiteral("mode"), QStringLiteral("qxmpp")}});
        });
    });
    QObject::connect(&client, &QXmppClient::errorOccurred, &app, [&](const QXmppError &error) {
        harness.fail(QStringLiteral("connection error: %1").arg(error.description));
    });
    QObject::connect(&client, &QXmppClient::disconnected, &app, [&] {
        harness.fail(QStringLiteral("disconnected"));
    });

    harness.whenPasswordKnown([&](const QString &password) {
        QXmppConfiguration config;
        config.setHost(o.host);
        config.setPort(o.port);
        config.setJid(o.jid);
        config.setPassword(password);
        config.setResource(QStringLiteral("anchor"));
        config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
        config.setIgnoreSslErrors(false);
        config.setAutoReconnectionEnabled(false);
        // QXmpp pings every 60 s and drops the link if the pong takes 20 s. Behind a backlog it
        // does (the pong queues behind the items), which would end a backlog run with a
        // disconnect instead of measuring the drain. The bench measures parsing, not that.
        config.setKeepAliveInterval(3600);
        config.setKeepAliveTimeout(3600);
        if (!o.caFile.isEmpty())
            config.setCaCertificates(QSslCertificate::fromPath(o.caFile, QSsl::Pem));
        qCInfo(lcBench) << "anchor connecting as" << o.jid;
        client.connectToServer(config);
    });
    return QCoreApplication::exec();
}
