// What the profile keeps of an account: its identity, where it connects, the trust decisions
// its user made and which resources it runs. Never the password (that is the keychain's).
#pragma once

#include "net/ConnectionSettings.h"

#include <QList>
#include <QString>

class QSettings;

struct SessionConfig {
    QString resource;
    bool online = true;  // connect it at start (it was online when the app last ran)
    bool operator==(const SessionConfig &) const = default;
};

// A PubSub feed the account subscribed to (DeviceController), kept so it comes back at start.
struct FeedConfig {
    QString service;   // e.g. pubsub.example.org
    QString node;
    QString resource;  // empty: the bare JID (every session); else only that session gets it
    QString device;    // bare JID of the device publishing it, if known (staleness at start)
    bool operator==(const FeedConfig &) const = default;
};

struct AccountConfig {
    QString jid;          // bare JID
    QString displayName;  // empty: the JID's user part
    QString host;
    quint16 port = 0;
    QString caCertificatesFile;
    QList<QByteArray> pinnedSha256;
    bool enabled = true;
    bool rememberPassword = true;
    QList<SessionConfig> sessions;
    QList<FeedConfig> feeds;

    // The settings one session connects with.
    ConnectionSettings connectionSettings(const QString &resource) const;

    // All accounts of a profile. Also reads the single [account] group of profiles written
    // before accounts had several sessions.
    static QList<AccountConfig> loadAll(QSettings &settings);
    static void saveAll(QSettings &settings, const QList<AccountConfig> &accounts);
    bool operator==(const AccountConfig &) const = default;
};
