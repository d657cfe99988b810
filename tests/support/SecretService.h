// A real, private Secret Service for tests: its own D-Bus session bus (dbus-daemon with a
// generated config: no service activation, so nothing else is ever started on it) and, unless
// asked not to, a gnome-keyring-daemon on that bus with an unlocked "login" keyring as the
// default collection. Everything lives in one temporary directory (the bus socket, and the
// daemon's HOME, XDG_RUNTIME_DIR, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME), so the
// real user's keyring is never touched.
//
//   SecretService secrets;                    // a member of the test object: see below
//   QVERIFY2(secrets.start(&error), qPrintable(error));
//   // DBUS_SESSION_BUS_ADDRESS now names the private bus: QtKeychain/libsecret use it.
//
// start() returns once the keyring answers on the bus and its default collection is unlocked
// (event-driven: the bus name appearing and the Secret Service's collection signals, no sleeps).
// The destructor stops both daemons (SIGTERM, then SIGKILL), restores DBUS_SESSION_BUS_ADDRESS
// and removes the directory (LINNET_KEEP_SECRET_SERVICE=1 keeps it). If the test process dies,
// the kernel kills the daemons too (PR_SET_PDEATHSIG).
//
// One exported instance per process, started before QtKeychain is first used, destroyed after
// the tests: libsecret (GDBus) connects to the session bus once per process and keeps that
// connection, and GDBus ends the process with SIGTERM if that bus goes away while the event
// loop still runs. A member of the test object, or a local in main() around QTest::qExec, is
// right; creating one in init() or a test function is not. Instances with exportAddress =
// false (say, a bus without a Secret Service for a child process) can come and go freely.
#pragma once

#include <QString>

#include <memory>

class QProcess;
class QTemporaryDir;

class SecretService
{
public:
    struct Options {
        bool keyring = true;        // false: only the bus, with no Secret Service on it
        bool exportAddress = true;  // set this process's DBUS_SESSION_BUS_ADDRESS to the bus
        QString keyringPassword = QStringLiteral("linnet-test-keyring");
    };

    SecretService();
    explicit SecretService(Options options);
    ~SecretService();  // stop(), always
    SecretService(const SecretService &) = delete;
    SecretService &operator=(const SecretService &) = delete;

    // Starts the bus and (with keyring) gnome-keyring-daemon, waits up to 20 s for both.
    // Once running, returns true at once.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    QString busAddress() const;  // "unix:path=.../bus,guid=..."; empty before start()
    QString directory() const;   // the temporary directory; keyring files under home/
    QString log() const;         // what the daemons printed, for failure messages

private:
    bool startBus(QString *error);
    bool startKeyring(QString *error);
    bool waitForKeyring(QString *error);
    QString failure(const QString &what) const;

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
    QString m_address;
    QString m_connectionName;
    bool m_exported = false;
    bool m_hadAddress = false;
    QByteArray m_previousAddress;
};
