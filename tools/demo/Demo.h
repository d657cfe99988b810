// The whole demo: a Prosody with the cast's accounts, a bot per simulated buddy, a fleet of
// simulated devices (linnet-devicesim --fleet), a second Prosody on another domain federating
// with the first (a buddy and a device of its own), then the app (screenshots when headless, a
// window otherwise), and a RabbitMQ with three AMQP devices (DemoAmqp.cpp). Everything it starts, it stops.
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace demo {
struct Person;
}
class ChildProcess;
class CredentialStore;
class FederatedServers;
class ProsodyServer;
class RabbitMqServer;
class SecretService;

class Demo : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString app;       // the linnet executable
        QString bot;       // the linnet-buddybot executable
        QString devicesim;  // the linnet-devicesim executable
        QString out;       // demo.json, profile/, *.png, logs/
        int seconds = 0;   // > 0: also run the app this long (headless) or close the window after it
        bool headless = true;
        bool serve = false;  // no app: READY <demo.json> once all are online, then until stdin closes
    };

    explicit Demo(Options options, QObject *parent = nullptr);
    ~Demo() override;

    void start();                     // runs asynchronously; ends with finished()
    void interrupt(int signalNumber);  // Ctrl-C / SIGTERM: stop everything, finished(130)

signals:
    void finished(int exitCode);

private:
    struct AppRun {
        QString label;  // also names the log file
        QStringList args;
        QString screenshot;
        QString profile = QStringLiteral("profile");  // under --out
        bool needsStaleDevice = false;  // wait until the flapping device is offline
    };

    bool prepare();
    void storePasswords();
    void startBots();
    void startFederatedBots();  // DemoFederation.cpp: the federated server's buddy and device
    QStringList scriptFor(const demo::Person &person, QString *error) const;
    ChildProcess *startChild(const QString &name, const QString &program, const QStringList &args,
                             const QByteArray &stdinText = {});
    void onBotLine(ChildProcess *bot, const QString &line);
    void onFleetLine(const QString &line);
    void onFederatedFleetLine(const QString &line);
    // DemoAmqp.cpp: the broker and its devices (issue 13).
    bool prepareAmqp(QString *error);
    void startAmqpDevices();
    void onAmqpDevicesLine(const QString &line);
    void stopAmqp();
    void maybeAllReady();
    void allReady();
    void serveReady();  // DemoServe.cpp
    void runNext();
    void startApp(const QString &label, const QStringList &args, int timeoutMs,
                  const QString &profile = QStringLiteral("profile"));
    void onAppFinished(int exitCode, bool crashed);
    void fail(const QString &message);
    void finish(int exitCode);
    QString path(const QString &name) const;

    Options m_options;
    // A private Secret Service (D-Bus + gnome-keyring) holding the app's passwords, as a user's
    // keychain would: the app logs its accounts in from it, and no real keyring is touched.
    std::unique_ptr<SecretService> m_secrets;
    std::unique_ptr<CredentialStore> m_credentials;
    int m_passwordsToStore = 0;
    std::unique_ptr<FederatedServers> m_servers;
    ProsodyServer *m_server = nullptr;     // the demo's own (m_servers->one())
    ProsodyServer *m_federated = nullptr;  // the federated one (m_servers->two())
    QList<ChildProcess *> m_bots;  // the buddies, then the fleet (stopped in this order)
    int m_readyBots = 0;
    int m_buddyCount = 0;
    QString m_devicePassword;
    bool m_fleetReady = false;
    bool m_federatedFleetReady = false;
    std::unique_ptr<RabbitMqServer> m_rabbit;  // the AMQP devices' broker
    QString m_amqpPassword;
    bool m_amqpReady = false;
    bool m_deviceStale = false;     // the flapping device is offline right now
    bool m_waitingForStale = false;  // runNext() waits for it
    ChildProcess *m_app = nullptr;
    QString m_appLabel;
    QList<AppRun> m_pending;  // screenshot runs still to do
    QString m_currentScreenshot;
    QTimer m_deadline;  // the current step's timeout, or the end of a timed run
    bool m_timedRun = false;
    bool m_done = false;
};
