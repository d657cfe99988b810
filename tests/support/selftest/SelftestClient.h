// What the server fixtures' selftests share: a QXmpp client that records how its login ended,
// and a wait for a QXmpp task. Auto-reconnect is off so a failed login stays failed.
#pragma once

#include <QTest>
#include <QXmppClient.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>

struct Client {
    QXmppClient client;
    bool connected = false;
    bool sslErrors = false;
    QString error;

    Client()
    {
        QObject::connect(&client, &QXmppClient::connected, [this] { connected = true; });
        QObject::connect(&client, &QXmppClient::sslErrors, [this] { sslErrors = true; });
        QObject::connect(&client, &QXmppClient::errorOccurred, [this](const QXmppError &e) {
            error = e.description.isEmpty() ? QStringLiteral("error") : e.description;
        });
    }

    // ejabberd logs in slower than Prosody, more so under load: its tests pass a longer wait.
    bool login(QXmppConfiguration config, int timeoutMs = 15000)
    {
        connected = false;
        error.clear();
        config.setAutoReconnectionEnabled(false);
        client.connectToServer(config);
        return QTest::qWaitFor([this] { return connected || !error.isEmpty(); }, timeoutMs) && connected;
    }

    QXmppRosterManager *roster() const { return client.findExtension<QXmppRosterManager>(); }
};

template<typename T>
bool waitFor(const QXmppTask<T> &task, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return task.isFinished(); }, timeoutMs);
}
