// What the profile keeps of an account: its identity, where it connects, the trust decisions
// its user made and which resources it runs. Never the password (that is the keychain's).
#pragma once

#include "amqp/AmqpSettings.h"
#include "net/ConnectionSettings.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class Account;
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
    // How the sessions reach the server (see ConnectionSettings). endpoint: the WebSocket or
    // BOSH address set by hand, only with those transports; empty: found through XEP-0156.
    Transport transport = Transport::Automatic;
    QUrl endpoint;
    QList<SessionConfig> sessions;
    QList<FeedConfig> feeds;
    // AMQP 1.0 brokers whose feeds go into this account's readings (their passwords: keychain).
    QList<AmqpSettings> amqp;

    // The settings one session connects with.
    ConnectionSettings connectionSettings(const QString &resource) const;

    // All accounts of a profile. Also reads the single [account] group of profiles written
    // before accounts had several sessions.
    static QList<AccountConfig> loadAll(QSettings &settings);
    static void saveAll(QSettings &settings, const QList<AccountConfig> &accounts);
    bool operator==(const AccountConfig &) const = default;

    // The transport as the profile spells it ("automatic", "starttls", "directtls",
    // "websocket", "bosh"): words, so a reordered enum never reads an old profile wrongly.
    static QString transportKey(Transport transport);
    static Transport transportFromKey(const QString &key);  // unknown: Automatic
    static bool usesEndpoint(Transport transport) { return transport == Transport::WebSocket || transport == Transport::Bosh; }
};

// An account's transport for QML: the accounts page's "Connection" section reads, checks and
// changes it here, and the session rows say what a link runs over. Only encrypted endpoints
// are accepted: wss:// for WebSocket, https:// for BOSH.
class AccountTransport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_MOC_INCLUDE("account/Account.h")

public:
    enum Kind {
        Automatic = int(Transport::Automatic),
        StartTls = int(Transport::StartTls),
        DirectTls = int(Transport::DirectTls),
        WebSocket = int(Transport::WebSocket),
        Bosh = int(Transport::Bosh),
    };
    Q_ENUM(Kind)

    explicit AccountTransport(QObject *parent = nullptr);

    Q_INVOKABLE int kindOf(Account *account) const;
    Q_INVOKABLE QString endpointOf(Account *account) const;
    Q_INVOKABLE bool usesEndpoint(int kind) const { return AccountConfig::usesEndpoint(Transport(kind)); }
    // Why this endpoint cannot be used with this transport, or empty (also when it is empty
    // and not needed: XEP-0156 finds it).
    Q_INVOKABLE QString endpointProblem(int kind, const QString &endpoint) const;
    // Sets the transport (and, for WebSocket and BOSH, the endpoint; cleared for the others)
    // and saves it with the profile. Sessions online keep their link; one connecting or waiting
    // to reconnect tries the new way at once. False (nothing changed) for a kind or endpoint that cannot work.
    Q_INVOKABLE bool apply(Account *account, int kind, const QString &endpoint);

    // What a link runs over, as ConnectionController::transportName shows it:
    // "WebSocket (wss://example.org/xmpp-websocket)", "STARTTLS (xmpp.example.org:5222)".
    static QString describe(Transport transport, const QString &where);
    static QString name(Transport transport);
    // endpoint as the user typed it, as a URL (empty text: an empty URL).
    static QUrl parseEndpoint(const QString &endpoint);
};
