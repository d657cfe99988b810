// The files the demo hands to people and programs: demo.json (how to reach the server) and
// fresh app profiles.
#pragma once

#include "DeviceCatalog.h"
#include "amqp/AmqpSettings.h"

#include <QList>
#include <QString>

class ProsodyServer;
struct ProsodyAccount;

namespace demo {

// {"host", "port", "domain", "ca" (the CA's PEM, copied next to file), "certificate_sha256" (the
//  server certificate's, AA:BB:... as the app shows it), "accounts": [{"jid", "password"}, ...], "pubsub": "pubsub.DOMAIN",
//  "devices": [{"jid", "node", "title", "password"}, ...]}, accounts in server order, devices in
// fleet order (their full JID is jid + "/sensor"). With a federated server, "federated" holds
// the same keys for it (its CA copied as ca-federated.pem).
bool writeDemoJson(const QString &file, const ProsodyServer &server, const QList<devicesim::DeviceSpec> &devices,
                   const QString &devicePassword, QString *error, const ProsodyServer *federated = nullptr,
                   const QList<devicesim::DeviceSpec> &federatedDevices = {});

// Replaces profileDir with a new one holding ca.pem and linnet.ini: the app's user with the
// resources kResources and the second account (kSecondAccount/kSecondResource), all online,
// trusting the demo CA. Their passwords are the keychain's (the demo's own Secret Service).
bool writeProfile(const QString &profileDir, const ProsodyServer &server, QString *error);

// A profile whose account does not trust the demo CA, so the server's certificate is refused
// and the trust dialog shows; changed: the account had trusted another certificate before.
// Adds an AMQP broker to the account jid of the profile in profileDir.
bool addBroker(const QString &profileDir, const QString &jid, const AmqpSettings &broker, QString *error);

bool writeUntrustingProfile(const QString &profileDir, const ProsodyServer &server, bool changed, QString *error);

// A picture to share in the chat (a chart-like image of a humidity curve, no text), PNG.
bool writeSharedPicture(const QString &file, QString *error);
// A bot's script (see linnet-buddybot --script): its lines, where "file:NAME" lines become a
// picture written under dir (writeSharedPicture).
bool writeBotScript(const QString &file, const QStringList &lines, const QString &dir, QString *error);

}  // namespace demo
