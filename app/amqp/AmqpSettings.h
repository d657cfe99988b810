// One AMQP 1.0 connection as the profile keeps it (the password lives in the keychain, never
// here). Its readings go into the account's ReadingStore under service() so dashboard tiles
// mix them with PubSub series; node = the device's name.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

struct AmqpSettings {
    enum class Sasl : quint8 { Plain, Anonymous };

    QString name;  // the user's name for it, unique per account: "factory", "plant-2"
    QUrl url;      // amqps://host:port (TLS required: amqp:// is refused)
    QString user;  // SASL PLAIN user; empty with Sasl::Anonymous
    Sasl sasl = Sasl::Plain;
    // Trust as for XMPP accounts (TlsPolicy): the system's CAs plus this file's, and the exact
    // certificates the user pinned in the trust dialog.
    QString caCertificatesFile;
    QList<QByteArray> pinnedSha256;
    // Where readings come from: RabbitMQ 4 v2 addresses such as "/queues/sensors".
    QStringList sources;
    // Link credit: how many messages the broker may send ahead, as any AMQP receiver's credit
    // window (granted in batches, spread over the sources). Deliveries waiting for the disk
    // do not use it up until they and the credit reach AmqpClient::UnsettledWindows windows:
    // then Linnet grants no credit while its store is behind instead of dropping.
    int creditWindow = 5000;

    // The ReadingStore service of this connection's readings.
    QString service() const { return QStringLiteral("amqp/") + name; }
    // A device's command address (request/reply, see app/amqp/README.md).
    static QString commandAddress(const QString &device) { return QStringLiteral("/queues/") + device + QStringLiteral(".commands"); }
    bool operator==(const AmqpSettings &) const = default;
    bool isValid() const
    {
        return !name.isEmpty() && url.isValid() && url.scheme() == QLatin1String("amqps") && !url.host().isEmpty()
            && (sasl == Sasl::Anonymous || !user.isEmpty());
    }
};
