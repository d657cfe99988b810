// The files the demo hands to people and programs: demo.json (how to reach the server) and a
// fresh app profile with the account and the demo CA.
#pragma once

#include <QList>
#include <QString>

class ProsodyServer;
struct ProsodyAccount;

namespace demo {

// {"host", "port", "domain", "accounts": [{"jid", "password"}, ...]}, accounts in server order.
bool writeDemoJson(const QString &file, const ProsodyServer &server, QString *error);

// Replaces profileDir with a new one holding ca.pem and linnet.ini ([account] jid, host, port,
// resource, caCertificatesFile). Returns false with error on failure.
bool writeProfile(const QString &profileDir, const ProsodyServer &server, const QString &user, QString *error);

}  // namespace demo
