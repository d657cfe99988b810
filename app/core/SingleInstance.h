// One Linnet per profile: the first start listens on a local socket in the profile directory;
// a later start with the same profile hands its xmpp: URI (or nothing: "come to the front") to
// it and exits, as a desktop's `linnet %u` expects. Two instances would also fight over the
// profile's databases.
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Before the window: hands uri to the instance running on this profile and waits (up to a
    // few seconds, on a local socket) for its answer. True if one took it: this start is done
    // (*answer says what it did). False if none runs (this start now holds the profile's lock)
    // or it did not answer.
    bool handOver(const QString &uri, QString *answer);
    // Becomes the instance of this profile; false (logged) if the socket cannot be made.
    bool listen();
    QString socketName() const { return m_name; }

Q_SIGNALS:
    // A later start's URI ("" when it only asked to come to the front). The reply goes back to
    // the starting process (printed there): what the receiver did.
    void received(const QString &uri, QString *reply);

private:
    void serve(QLocalSocket *socket);

    QString m_name;
    QLockFile m_lock;  // held by the instance that owns the profile, for its lifetime
    QLocalServer *m_server = nullptr;
};
